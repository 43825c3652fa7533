package assets

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/publish"
)

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

// build runs Build and fails the test on any problem.
func build(t *testing.T, files map[string]string, opts Options) (Manifest, map[string]string) {
	t.Helper()
	m, out, diags := Build(mapFS(files), opts)
	if len(diags) > 0 {
		t.Fatalf("Build: unexpected problems:\n%v", diags)
	}
	got := make(map[string]string)
	for _, f := range out {
		got[f.Path] = string(f.Data)
	}
	return m, got
}

func fingerprint(data string) string {
	sum := sha256.Sum256([]byte(data))
	return hex.EncodeToString(sum[:4])
}

func TestNamesCarryHashOfOutput(t *testing.T) {
	files := map[string]string{
		"images/logo.png":    "\x89PNG not really",
		"fonts/a.b.woff2":    "wOF2",
		"LICENSE":            "no extension",
		"docs/consult.pdf":   "%PDF-1.4",
		"nested.dir/readme":  "dot in the folder, not the file",
		"scripts/app.min.js": "var a = 1;\n",
	}
	m, out := build(t, files, Options{})
	want := Manifest{
		"images/logo.png":    "assets/images/logo." + fingerprint(files["images/logo.png"]) + ".png",
		"fonts/a.b.woff2":    "assets/fonts/a.b." + fingerprint(files["fonts/a.b.woff2"]) + ".woff2",
		"LICENSE":            "assets/LICENSE." + fingerprint(files["LICENSE"]),
		"docs/consult.pdf":   "assets/docs/consult." + fingerprint(files["docs/consult.pdf"]) + ".pdf",
		"nested.dir/readme":  "assets/nested.dir/readme." + fingerprint(files["nested.dir/readme"]),
		"scripts/app.min.js": "assets/scripts/app.min." + fingerprint(files["scripts/app.min.js"]) + ".js",
	}
	if !maps.Equal(m, want) {
		t.Errorf("Manifest = %v, want %v", m, want)
	}
	for name, outPath := range m {
		if out[outPath] != files[name] {
			t.Errorf("%s = %q, want %q copied as it is", outPath, out[outPath], files[name])
		}
	}
}

func TestHashChangesWithContent(t *testing.T) {
	before, _ := build(t, map[string]string{"site.js": "a()", "x.txt": "same"}, Options{})
	after, _ := build(t, map[string]string{"site.js": "b()", "x.txt": "same"}, Options{})
	if before["site.js"] == after["site.js"] {
		t.Errorf("site.js kept the name %s after its content changed", after["site.js"])
	}
	if before["x.txt"] != after["x.txt"] {
		t.Errorf("x.txt renamed from %s to %s though it did not change", before["x.txt"], after["x.txt"])
	}
}

func TestMinify(t *testing.T) {
	files := map[string]string{
		"site.css":    "body {\n  color: #ff0000;\n}\n",
		"app.js":      "function hello ( name ) {\n  return 'hi ' + name ;\n}\n",
		"logo.svg":    `<svg xmlns="http://www.w3.org/2000/svg" >  <!-- c -->  <rect width="10" height="10" /> </svg>`,
		"data.json":   "{\n  \"a\" : [ 1, 2 ]\n}\n",
		"feed.xml":    "<a>\n  <b> x </b>\n</a>\n",
		"photo.png":   "  binary  \n",
		"notes.txt":   "  keep   my spacing  ",
		"print.CSS":   "p {  margin : 0 }",
		"module.mjs":  "export const a = 1 ;",
		"favicon.ico": "  ",
	}
	for _, minify := range []bool{false, true} {
		m, out := build(t, files, Options{Minify: minify})
		for name, src := range files {
			got := out[m[name]]
			shrunk := len(got) < len(src)
			if want := minify && mediaTypes[strings.ToLower(extOf(name))] != ""; shrunk != want {
				t.Errorf("Minify=%v: %s = %q from %q; shrunk = %v, want %v", minify, name, got, src, shrunk, want)
			}
		}
	}
}

func TestMinifiedCSSIsAsExpected(t *testing.T) {
	m, out := build(t, map[string]string{"site.css": "body {\n  color: #ff0000;\n}\n"}, Options{Minify: true})
	if got, want := out[m["site.css"]], "body{color:red}"; got != want {
		t.Errorf("site.css minified = %q, want %q", got, want)
	}
}

func TestOutputSortedAndDeterministic(t *testing.T) {
	files := map[string]string{
		"z.css": "a{background:url(b/y.png)}", "b/y.png": "y", "a.js": "x()", "m/n/o.svg": "<svg/>",
	}
	m1, f1, d1 := Build(mapFS(files), Options{Minify: true})
	m2, f2, d2 := Build(mapFS(files), Options{Minify: true})
	if !maps.Equal(m1, m2) || !reflect.DeepEqual(f1, f2) || !reflect.DeepEqual(d1, d2) {
		t.Errorf("two builds differ:\n%v %v\n%v %v", m1, f1, m2, f2)
	}
	if !slices.IsSortedFunc(f1, func(a, b publish.File) int { return strings.Compare(a.Path, b.Path) }) {
		t.Errorf("files are not sorted by path: %v", f1)
	}
}

func TestEmptyFolder(t *testing.T) {
	m, files, diags := Build(fstest.MapFS{}, Options{Minify: true})
	if len(m) != 0 || len(files) != 0 || len(diags) != 0 {
		t.Errorf("Build(empty) = %v, %v, %v; want nothing", m, files, diags)
	}
}

func TestSkipsHiddenAndTemporaryFiles(t *testing.T) {
	files := map[string]string{
		"site.css": "a{}", ".DS_Store": "x", ".git/config": "x", "images/.hidden.png": "x",
		"site.css~": "x", ".site.css.swp": "x", "site.css.swp": "x", "site.css.swo": "x", "x.tmp": "x",
		"4913": "", "images/4913": "", "site.css___jb_tmp___": "x", "site.css___jb_old___": "x",
		"logo.svg.goutputstream-ABC123": "x", ".#site.css": "x",
	}
	m, _ := build(t, files, Options{})
	if got := slices.Sorted(maps.Keys(m)); !slices.Equal(got, []string{"site.css"}) {
		t.Errorf("built %q, want only site.css", got)
	}
}

func TestMinifyErrorNamesFileAndLine(t *testing.T) {
	src := "var ok = 1;\nvar broken = ;\n"
	m, out, diags := Build(mapFS(map[string]string{"app.js": src}), Options{Minify: true})
	if len(diags) != 1 || diags[0].File != "assets/app.js" || diags[0].Line != 2 || diags[0].Severity != diag.Error {
		t.Fatalf("problems = %v, want one error at assets/app.js:2", diags)
	}
	if strings.Contains(diags[0].Message, "\n") {
		t.Errorf("message %q spans lines; editors' tools want one", diags[0].Message)
	}
	if got := out[0].Data; string(got) != src || out[0].Path != m["app.js"] {
		t.Errorf("%s = %q, want the source published unminified", out[0].Path, got)
	}
}
