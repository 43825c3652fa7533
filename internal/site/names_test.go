package site_test

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/site"
)

var settings = content.Settings{
	Title: "Test site", BaseURL: "https://example.org/sub/", Organisation: "Test Council",
	Phone: "01603 222494", Language: "en-GB", TimeZone: "Europe/London",
}

func page(path string) content.Page {
	p := content.Page{Path: path, FieldLines: map[string]int{}}
	p.Front.Title, p.Front.Description = "A page", "A page."
	return p
}

func TestWindowsDeviceNamesAreRefused(t *testing.T) {
	for _, tt := range []struct{ path, want string }{
		{"content/con.md", `content/con.md: error: the name "con" is a device name Windows reserves, so the page could not be saved or opened there: choose another name, like "con-page"`},
		{"content/aux/index.md", `content/aux/index.md: error: the name "aux" is a device name Windows reserves, so the page could not be saved or opened there: choose another name, like "aux-page"`},
		{"content/news/nul.md", `content/news/nul.md: error: the name "nul" is a device name Windows reserves, so the page could not be saved or opened there: choose another name, like "nul-page"`},
		{"content/com1.md", `content/com1.md: error: the name "com1" is a device name Windows reserves, so the page could not be saved or opened there: choose another name, like "com1-page"`},
		{"content/lpt9/x.md", `content/lpt9/x.md: error: the name "lpt9" is a device name Windows reserves, so the page could not be saved or opened there: choose another name, like "lpt9-page"`},
		{"content/prn.md", `content/prn.md: error: the name "prn" is a device name Windows reserves, so the page could not be saved or opened there: choose another name, like "prn-page"`},
	} {
		_, l := site.New(settings, []content.Page{page(tt.path)}, site.Options{})
		if got := l.Error(); got != tt.want {
			t.Errorf("site.New(%s) problems:\n%s\nwant:\n%s", tt.path, got, tt.want)
		}
	}
	for _, ok := range []string{"content/console.md", "content/com10.md", "content/auxiliary/x.md", "content/con-page.md", "content/lpt.md"} {
		if _, l := site.New(settings, []content.Page{page(ok)}, site.Options{}); len(l) > 0 {
			t.Errorf("site.New(%s) problems = %v, want none", ok, l)
		}
	}
}

func TestAliasesThatDifferOnlyInCase(t *testing.T) {
	a, b := page("content/a.md"), page("content/b.md")
	a.FieldLines["aliases"], b.FieldLines["aliases"] = 4, 5
	a.Front.Aliases = []string{"/Old/", "/B/"}
	b.Front.Aliases = []string{"/old/"}
	_, l := site.New(settings, []content.Page{a, b}, site.Options{})
	want := "content/a.md:4: error: the alias /B/ differs only in letter case from the address /sub/b/ of content/b.md, and the host treats them as one: remove it from aliases\n" +
		"content/b.md:5: error: the alias /old/ differs only in letter case from the alias /sub/Old/ of content/a.md, and the host treats them as one: keep one of them"
	if got := l.Error(); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
}

// FuzzPageName: a content file whose name the model accepts gets an
// output file that is a plain relative path, in lower case, naming no
// Windows device, so publish never has to refuse it.
func FuzzPageName(f *testing.F) {
	for _, name := range []string{
		"vision.md", "workshops/northern.md", "index.md", "workshops/index.md", "con.md", "aux/x.md",
		"../x.md", "a/../b.md", "Vision.md", "a b.md", "a\\b.md", "a\x00.md", ".md", "a_b.md", "com1.md", "x/.md",
	} {
		f.Add(name)
	}
	f.Fuzz(func(t *testing.T, name string) {
		s, l := site.New(settings, []content.Page{page("content/" + name)}, site.Options{})
		if l.HasErrors() {
			return
		}
		for _, p := range s.Pages {
			if !fs.ValidPath(p.File) || !filepath.IsLocal(filepath.FromSlash(p.File)) {
				t.Fatalf("content/%s: output file %q could leave the output folder", name, p.File)
			}
			if strings.ToLower(p.File) != p.File {
				t.Fatalf("content/%s: output file %q is not in lower case", name, p.File)
			}
			for seg := range strings.SplitSeq(p.File, "/") {
				switch stem, _, _ := strings.Cut(seg, "."); stem {
				case "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
					"lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9":
					t.Fatalf("content/%s: output file %q names a Windows device", name, p.File)
				}
			}
		}
	})
}
