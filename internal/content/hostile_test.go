package content

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v2"

	"norfolk.gov.uk/microsite/internal/limits"
)

var updateHostile = flag.Bool("update-hostile", false, "rewrite testdata/hostile/*.errors from what ParsePage reports")

// TestHostileFiles parses each testdata/hostile/NAME.md as content/NAME.md
// and compares every problem with NAME.errors, one "file:line: error:
// message" a line (no file: no problems). A file that may be read must be
// read as its editor meant: hostileFront says how.
func TestHostileFiles(t *testing.T) {
	inputs, err := filepath.Glob("testdata/hostile/*.md")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no hostile files: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".md")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			p, l := ParsePage("content/"+name+".md", src)
			if d := time.Since(start); d > time.Second {
				t.Errorf("ParsePage took %v, want well under a second", d)
			}
			got := ""
			for _, d := range l {
				got += d.String() + "\n"
			}
			wantFile := strings.TrimSuffix(in, ".md") + ".errors"
			if *updateHostile {
				writeOrRemove(t, wantFile, got)
				return
			}
			want, _ := os.ReadFile(wantFile)
			if got != string(want) {
				t.Errorf("ParsePage(%s) problems:\n%s\nwant (%s):\n%s", in, got, wantFile, want)
			}
			if check, ok := hostileFront[name]; ok {
				if msg := check(p.Front); msg != "" {
					t.Errorf("ParsePage(%s).Front = %+v: %s", in, p.Front, msg)
				}
			}
		})
	}
}

// hostileFront checks the fields of the hostile files that are read.
var hostileFront = map[string]func(FrontMatter) string{
	"yaml-yes-no-on": func(f FrontMatter) string {
		if f.Title != "yes" || f.Description != "no" || !f.Draft {
			return `want title "yes", description "no", draft true`
		}
		return ""
	},
	"yaml-leading-zero": func(f FrontMatter) string {
		if f.Weight != 10 || f.Print != 7 {
			return "want weight 10 and print 7, as written, not octal"
		}
		return ""
	},
	"yaml-unquoted-date": func(f FrontMatter) string {
		if f.Date.String() != "2005-10-12" {
			return "want date 2005-10-12"
		}
		return ""
	},
	"crlf-line-ends": func(f FrontMatter) string {
		if f.Title != "a" || f.Description != "b" {
			return `want title "a", description "b"`
		}
		return ""
	},
}

func writeOrRemove(t *testing.T, file, text string) {
	t.Helper()
	if text == "" {
		if err := os.Remove(file); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return
	}
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHostileSizes are the inputs too big to keep as files.
func TestHostileSizes(t *testing.T) {
	lim := limits.Default()
	tests := []struct {
		name string
		src  string
		want string
	}{
		{
			"file over the limit",
			"---\ntitle: a\ndescription: b\n---\n" + strings.Repeat("Words. ", lim.FileBytes/7+1),
			"content/big.md:1: error: the file is 1,048,611 bytes, over the limit of 1,048,576: split it into smaller pages; if it is meant, raise the limit with file_bytes = 2_097_152 under [limits] in content/site.toml",
		},
		{
			"front matter over the limit",
			"---\ntitle: a\ndescription: " + strings.Repeat("b", lim.FrontMatterBytes) + "\n---\n",
			"content/big.md:1: error: the front matter is 65,559 bytes, over the limit of 65,536: the fields need a few hundred bytes: check that the closing --- is where it should be; if it is meant, raise the limit with front_matter_bytes = 131_072 under [limits] in content/site.toml",
		},
		{
			"a page closed by a fence far down",
			"---\ntitle: a\ndescription: b\n" + strings.Repeat("x: y\n", lim.FrontMatterBytes/5) + "---\n",
			"content/big.md:1: error: the front matter is 65,559 bytes, over the limit of 65,536: the fields need a few hundred bytes: check that the closing --- is where it should be; if it is meant, raise the limit with front_matter_bytes = 131_072 under [limits] in content/site.toml",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, l := ParsePage("content/big.md", []byte(tt.src))
			if l.Error() != tt.want {
				t.Errorf("ParsePage() problems:\n%s\nwant:\n%s", l.Error(), tt.want)
			}
		})
	}
}

// TestRaisedLimitsAreUsed: a file over the default is read when the site
// raises the limit.
func TestRaisedLimitsAreUsed(t *testing.T) {
	src := "---\ntitle: a\ndescription: b\n---\n" + strings.Repeat("Words. ", 200_000)
	if _, l := ParsePageWithin("content/big.md", []byte(src), limits.Limits{FileBytes: 2 << 20}); len(l) > 0 {
		t.Errorf("ParsePageWithin() with file_bytes raised: %v, want no problems", l)
	}
}

// TestYAMLRefusesBillionLaughs shows that yaml.v2 itself refuses an
// expansion of aliases: the front-matter check refuses every alias before
// YAML sees it, so this is a second line of defence.
func TestYAMLRefusesBillionLaughs(t *testing.T) {
	src, err := os.ReadFile("testdata/hostile/yaml-billion-laughs.md")
	if err != nil {
		t.Fatal(err)
	}
	block := strings.Trim(strings.TrimPrefix(string(src), "---\n"), "-\n")
	var v map[string]any
	start := time.Now()
	err = yaml.Unmarshal([]byte(block), &v)
	if err == nil || !strings.Contains(err.Error(), "excessive aliasing") {
		t.Errorf("yaml.Unmarshal(billion laughs) = %v, want an error about excessive aliasing", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("yaml.Unmarshal(billion laughs) took %v", d)
	}
}

func TestLongTitlesAndDescriptionsAreRefused(t *testing.T) {
	src := "---\ntitle: " + strings.Repeat("a", 201) + "\ndescription: " + strings.Repeat("é", 1001) + "\n---\n"
	_, l := ParsePage("content/a.md", []byte(src))
	want := "content/a.md:2: error: the title is 201 characters, over the limit of 200: menus, tabs and search results show about 60: keep it to a few words, and say the rest on the page; if it is meant, raise the limit with title_chars = 400 under [limits] in content/site.toml\n" +
		"content/a.md:3: error: the description is 1,001 characters, over the limit of 1,000: search results show about 160: say the rest on the page; if it is meant, raise the limit with description_chars = 2_000 under [limits] in content/site.toml"
	if got := l.Error(); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
}
