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

func TestImportedStylesheetsTakeTheirFingerprintedNames(t *testing.T) {
	files := map[string]string{
		"site.css":        "@import \"parts/print.css\" print;\n@import url(parts/print.css);\nb{color:#000}",
		"parts/print.css": "@import 'type.css';\np{margin:0}",
		"parts/type.css":  "p{font-size:1rem}",
	}
	m, out := build(t, files, Options{})
	if m["parts/print.css"] != "assets/parts/print."+fingerprint(out[m["parts/print.css"]])+".css" {
		t.Errorf("parts/print.css published as %s, want a hash of its rewritten bytes", m["parts/print.css"])
	}
	typeName := strings.TrimPrefix(m["parts/type.css"], "assets/parts/")
	if got := out[m["parts/print.css"]]; got != "@import '"+typeName+"';\np{margin:0}" {
		t.Errorf("parts/print.css = %q, want the @import of %s", got, typeName)
	}
	printName := strings.TrimPrefix(m["parts/print.css"], "assets/")
	if got, want := out[m["site.css"]], "@import \""+printName+"\" print;\n@import url("+printName+");\nb{color:#000}"; got != want {
		t.Errorf("site.css = %q, want %q", got, want)
	}
}

func TestStylesheetsImportingEachOther(t *testing.T) {
	files := map[string]string{"a.css": "@import \"b.css\";", "b.css": "\n@import \"a.css\";"}
	_, _, diags := Build(mapFS(files), Options{})
	want := `assets/b.css:2: error: "a.css" names assets/a.css, which names this stylesheet in turn, directly or through others: stylesheets cannot import each other in a loop; remove one of the two`
	if got := diags.Error(); got != want {
		t.Errorf("problems = %s, want %s", got, want)
	}
}

func TestAssetNamesThatCannotBePublished(t *testing.T) {
	files := map[string]string{"Logo.svg": "<svg/>", "logo.svg": "<svg/>", "a:b.png": "png", "nul.txt": "x", "ok.txt": "x"}
	m, _, diags := Build(mapFS(files), Options{})
	want := "assets/a:b.png: error: this file's name cannot be published (contains ':', which Windows does not allow in file names): rename the file\n" +
		"assets/logo.svg: error: this file's name differs from assets/Logo.svg only in letter case, so one would overwrite the other on Windows and macOS: rename one of them\n" +
		"assets/nul.txt: error: this file's name cannot be published (part \"nul.txt\" is a device name Windows reserves): rename the file"
	if got := diags.Error(); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
	if len(m) != 2 {
		t.Errorf("published %v, want Logo.svg and ok.txt", m)
	}
}

func TestSVGsThatRunScriptAreRefused(t *testing.T) {
	for _, tt := range []struct{ svg, want string }{
		{`<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>`, ""},
		{`<svg xmlns="http://www.w3.org/2000/svg"><style>circle{fill:#000}</style><image href="data:image/png;base64,AA=="/></svg>`, ""},
		{"<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script></svg>", "assets/a.svg:2: error: a <script> element: an SVG image must not run script: remove it; the image is not published"},
		{`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`, "assets/a.svg:1: error: an onload= attribute: an SVG image must not run script: remove it; the image is not published"},
		{`<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;avascript:alert(1)"><text>x</text></a></svg>`, `assets/a.svg:1: error: a href="javascript:..." address: an SVG image must not run script: remove it; the image is not published`},
		{`<svg xmlns="http://www.w3.org/2000/svg"><animate attributeName="href" to="javascript:alert(1)"/></svg>`, `assets/a.svg:1: error: a to="javascript:..." address: an SVG image must not run script: remove it; the image is not published`},
		{`<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject></svg>`, "assets/a.svg:1: error: a <foreignobject> element, which can load and run a page of its own: link to the page instead; the image is not published"},
		{"<!DOCTYPE svg [<!ENTITY x \"javascript:alert(1)\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&x;\"/></svg>", "assets/a.svg:1: error: a DOCTYPE that declares entities (<!ENTITY>): remove the DOCTYPE, which an SVG image does not need; the image is not published"},
	} {
		m, _, diags := Build(mapFS(map[string]string{"a.svg": tt.svg}), Options{})
		if got := diags.Error(); got != tt.want {
			t.Errorf("Build(%q): problems %q, want %q", tt.svg, got, tt.want)
		}
		if _, published := m["a.svg"]; published != (tt.want == "") {
			t.Errorf("Build(%q) published it: %v", tt.svg, published)
		}
	}
}
