package assets

import (
	"strings"
	"testing"
)

func TestCSSURLsPointAtHashedNames(t *testing.T) {
	files := map[string]string{
		"images/x.svg":      "<svg/>",
		"fonts/a.woff2":     "wOF2",
		"css/bg.png":        "png",
		"my images/a b.png": "png",
		"css/site.css": `@font-face { src: url("../fonts/a.woff2") format("woff2"), url('../fonts/a.woff2?#iefix'); }
.a { background: url(bg.png) }
.b { background: URL( ./bg.png ) }
.c { background: url(../images/x.svg#close) }
.d { background: url(../my%20images/a%20b.png) }
.e { background: url(data:image/png;base64,AAAA) }
.f { background: url(https://www.norfolk.gov.uk/logo.png) }
.g { background: url(/childrensservices/logo.png) }
.h { fill: url(#gradient) }
.i::after { content: "url(bg.png)" }
/* url(bg.png) in a comment */
`,
	}
	m, out := build(t, files, Options{})
	h := func(name string) string { return fingerprint(files[name]) }
	want := `@font-face { src: url("../fonts/a.` + h("fonts/a.woff2") + `.woff2") format("woff2"), url('../fonts/a.` + h("fonts/a.woff2") + `.woff2?#iefix'); }
.a { background: url(bg.` + h("css/bg.png") + `.png) }
.b { background: URL( ./bg.` + h("css/bg.png") + `.png ) }
.c { background: url(../images/x.` + h("images/x.svg") + `.svg#close) }
.d { background: url(../my%20images/a%20b.` + h("my images/a b.png") + `.png) }
.e { background: url(data:image/png;base64,AAAA) }
.f { background: url(https://www.norfolk.gov.uk/logo.png) }
.g { background: url(/childrensservices/logo.png) }
.h { fill: url(#gradient) }
.i::after { content: "url(bg.png)" }
/* url(bg.png) in a comment */
`
	got := out[m["css/site.css"]]
	if got != want {
		t.Errorf("css/site.css =\n%s\nwant\n%s", got, want)
	}
	if m["css/site.css"] != "assets/css/site."+fingerprint(want)+".css" {
		t.Errorf("css/site.css published as %s, want a hash of the rewritten bytes", m["css/site.css"])
	}
}

func TestMinifiedCSSKeepsHashedURLs(t *testing.T) {
	files := map[string]string{"img/a.png": "png", "site.css": "a {\n  background: url( \"img/a.png\" );\n}\n"}
	m, out := build(t, files, Options{Minify: true})
	if got, want := out[m["site.css"]], "img/a."+fingerprint("png")+".png"; !strings.Contains(got, want) {
		t.Errorf("site.css = %q, want it to contain %q", got, want)
	}
}

func TestCSSURLProblems(t *testing.T) {
	tests := []struct {
		css, want string
	}{
		{"a{}\n\nb { background: url(images/missing.svg) }", "assets/site.css:3: error: url(images/missing.svg) points at assets/images/missing.svg, which does not exist"},
		{"/* a\ncomment */ b { background: url('fonts/gone.woff2') }", "assets/site.css:2: error: url(fonts/gone.woff2) points at assets/fonts/gone.woff2, which does not exist"},
		{"b { background: url(../../secret.png) }", "assets/site.css:1: error: url(../../secret.png) points outside the assets folder"},
		{"@import url(print.css);", "assets/site.css:1: error: url(print.css) names another stylesheet"},
		{"b { background: url(.hidden.png) }", "which does not exist"},
	}
	for _, tt := range tests {
		files := map[string]string{"site.css": tt.css, "print.css": "p{}", ".hidden.png": "x"}
		m, out, diags := Build(mapFS(files), Options{Minify: true})
		if len(diags) != 1 || !strings.Contains(diags[0].String(), tt.want) {
			t.Errorf("Build(%q): problems = %v, want one containing %q", tt.css, diags, tt.want)
		}
		if _, ok := m["site.css"]; !ok || len(out) != 2 {
			t.Errorf("Build(%q) dropped files: %v", tt.css, m)
		}
	}
}
