package assets

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"strings"
	"testing"
)

var updateFavicon = flag.Bool("update-favicon", false, "rewrite assets/favicon.svg and assets/favicon.png from their drawing")

// The site's icon, drawn once in numbers on a 32-unit square: a speech
// bubble ("your views") in the focus yellow on the accent blue of
// site.css. assets/favicon.svg and its PNG fallback (for browsers without
// SVG icons, and for link previews, which want a bitmap of 200 pixels or
// more) are both made from it, so they cannot drift apart.
var (
	iconBlue   = color.RGBA{0x1a, 0x3d, 0x7c, 0xff}
	iconYellow = color.RGBA{0xff, 0xdd, 0x00, 0xff}
	iconShapes = []iconShape{
		{kind: "rect", x: 0, y: 0, w: 32, h: 32, r: 6, fill: iconBlue},
		{kind: "rect", x: 5, y: 7, w: 22, h: 15, r: 3, fill: iconYellow},
		{kind: "tail", x: 10, y: 21, w: 6, h: 6, fill: iconYellow},
		{kind: "circle", x: 11, y: 14.5, r: 1.8, fill: iconBlue},
		{kind: "circle", x: 16, y: 14.5, r: 1.8, fill: iconBlue},
		{kind: "circle", x: 21, y: 14.5, r: 1.8, fill: iconBlue},
	}
)

const iconPixels = 256

// iconShape is a rounded rectangle, a circle (x, y its centre), or the
// bubble's tail: a right triangle with its corner at (x, y), going w right
// and h down.
type iconShape struct {
	kind       string
	x, y, w, h float64
	r          float64
	fill       color.RGBA
}

func (s iconShape) svg() string {
	fill := fmt.Sprintf("#%02x%02x%02x", s.fill.R, s.fill.G, s.fill.B)
	switch s.kind {
	case "rect":
		return fmt.Sprintf(`<rect x="%g" y="%g" width="%g" height="%g" rx="%g" fill="%s"/>`, s.x, s.y, s.w, s.h, s.r, fill)
	case "circle":
		return fmt.Sprintf(`<circle cx="%g" cy="%g" r="%g" fill="%s"/>`, s.x, s.y, s.r, fill)
	}
	return fmt.Sprintf(`<path d="M%g %gv%gl%g-%gz" fill="%s"/>`, s.x, s.y, s.h, s.w, s.h, fill)
}

func (s iconShape) contains(px, py float64) bool {
	switch s.kind {
	case "rect":
		if px < s.x || px > s.x+s.w || py < s.y || py > s.y+s.h {
			return false
		}
		// Distance from the nearest corner's centre, inside the corner boxes.
		cx := math.Max(s.x+s.r-px, px-(s.x+s.w-s.r))
		cy := math.Max(s.y+s.r-py, py-(s.y+s.h-s.r))
		return cx <= 0 || cy <= 0 || cx*cx+cy*cy <= s.r*s.r
	case "circle":
		return (px-s.x)*(px-s.x)+(py-s.y)*(py-s.y) <= s.r*s.r
	}
	dx, dy := px-s.x, py-s.y
	return dx >= 0 && dy >= 0 && dy <= s.h && dx <= s.w*(1-dy/s.h)
}

func iconSVG() []byte {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">`)
	for _, s := range iconShapes {
		b.WriteString(s.svg())
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

// iconPNG paints the shapes in order, each pixel the mean of 4 by 4
// samples, so edges are smooth and the bytes the same on every machine.
func iconPNG() []byte {
	const samples = 4
	img := image.NewRGBA(image.Rect(0, 0, iconPixels, iconPixels))
	scale := 32.0 / iconPixels
	for y := range iconPixels {
		for x := range iconPixels {
			var r, g, b, a int
			for sy := range samples {
				for sx := range samples {
					px := (float64(x) + (float64(sx)+0.5)/samples) * scale
					py := (float64(y) + (float64(sy)+0.5)/samples) * scale
					var c color.RGBA
					for _, s := range iconShapes {
						if s.contains(px, py) {
							c = s.fill
						}
					}
					r, g, b, a = r+int(c.R), g+int(c.G), b+int(c.B), a+int(c.A)
				}
			}
			n := samples * samples
			img.SetRGBA(x, y, color.RGBA{uint8(r / n), uint8(g / n), uint8(b / n), uint8(a / n)})
		}
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestFaviconIsItsDrawing: assets/favicon.svg and assets/favicon.png are
// what the drawing above makes. After changing the drawing,
//
//	go test ./internal/assets -run TestFaviconIsItsDrawing -update-favicon
func TestFaviconIsItsDrawing(t *testing.T) {
	for name, want := range map[string][]byte{"favicon.svg": iconSVG(), "favicon.png": iconPNG()} {
		file := "../../assets/" + name
		if *updateFavicon {
			if err := os.WriteFile(file, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("assets/%s is not what its drawing in favicon_test.go makes: run go test ./internal/assets -run TestFaviconIsItsDrawing -update-favicon", name)
		}
	}
}
