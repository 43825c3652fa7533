package facts

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fixed is a Resolver with a few facts and states.
type fixed struct{}

func (fixed) Fact(name string) (string, bool) {
	v, ok := map[string]string{"closes": "Wednesday 8 June 2005", "phone": "01603 222494", "workshop-count": "five", "venue": "The *Big* Hall"}[name]
	return v, ok
}

func (fixed) State(name string) (bool, bool) {
	on, ok := map[string]bool{"open": true, "closed": false}[name]
	return on, ok
}

func (fixed) Facts() []string  { return []string{"closes", "phone", "workshop-count", "venue"} }
func (fixed) States() []string { return []string{"open", "closed"} }

func TestMarkdown(t *testing.T) {
	for _, tc := range []struct {
		name, in, want, errors string
	}{
		{"a fact", "Tell us by {closes}.\n", "Tell us by Wednesday 8 June 2005.\n", ""},
		{"a capital", "{Workshop-count} workshops.\n", "Five workshops.\n", ""},
		{"escaped for Markdown", "At {venue}.\n", `At The \*Big\* Hall.` + "\n", ""},
		{"a brace that is not a fact", "a {b c} and \\{closes} and {}\n", "a {b c} and \\{closes} and {}\n", ""},
		{"a state that holds", "::: open\nOpen.\n:::\n::: closed\nClosed.\n:::\nAlways.\n", "\nOpen.\n\n\n\n\nAlways.\n", ""},
		{"nested", "::: open\n::: closed\nNever.\n:::\nOpen.\n:::\n", "\n\n\n\nOpen.\n\n", ""},
		{"an unknown fact", "By {closse}.\n", "By {closse}.\n",
			`p.md:3: error: there is no fact {closse} (did you mean "closes"?): correct the name (the README's "Facts" lists them all), or write a brace that is not a fact as \{`},
		{"an unknown state", "x\n::: opn\ny\n:::\n", "x\n\ny\n\n",
			`p.md:4: error: there is no state "opn" (did you mean "open"?): a block may show while open or closed, or while a workshop is upcoming or past (the README's "Words for each day" lists them all)`},
		{"a block never closed", "::: open\ny\n", "\ny\n", "p.md:3: error: this ::: block is never closed: end it with a line of three colons, :::, after its last line"},
		{"a close with nothing open", ":::\n", "\n", "p.md:3: error: this ::: closes a block, but no block is open: delete it, or open one above with a line like ::: open"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, l := Markdown([]byte(tc.in), Place{File: "p.md", Line: 3}, fixed{})
			if string(got) != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if l.Error() != tc.errors {
				t.Errorf("problems:\n%s\nwant:\n%s", l.Error(), tc.errors)
			}
		})
	}
}

func TestText(t *testing.T) {
	got, l := Text("By {closes}, at {venue}", Place{File: "p.md", Line: 2}, fixed{})
	if want := "By Wednesday 8 June 2005, at The *Big* Hall"; got != want || len(l) > 0 {
		t.Errorf("Text = %q, %v; want %q", got, l, want)
	}
}

// FuzzMarkdown: any text, no panic; every line stays on its line; every
// problem is on a line of the text.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{"{closes}", "::: open\nx\n:::\n", "{", "{}", "{a.b-c}", ":::\n:::", "\\{x}", "::: open\n::: \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, l := Markdown([]byte(in), Place{File: "p.md", Line: 1}, fixed{})
		if strings.Count(string(out), "\n") != strings.Count(in, "\n") {
			t.Fatalf("lines moved: %q -> %q", in, out)
		}
		if utf8.ValidString(in) && !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 out of %q", in)
		}
		lines := strings.Count(in, "\n") + 1
		for _, d := range l {
			if d.Line < 1 || d.Line > lines {
				t.Fatalf("problem on line %d of a %d-line text: %v", d.Line, lines, d)
			}
		}
	})
}
