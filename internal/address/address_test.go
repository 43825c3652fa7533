package address

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://www.norfolk.gov.uk/childrensservices/rejected-structures/",
			`https://<wbr>www.<wbr>norfolk.<wbr>gov.<wbr>uk/<wbr>childrensservices/<wbr><span class="address-part">rejected-structures/</span>`},
		{"http://127.0.0.1:8080/a?b=1&c=<x>", "http://<wbr>127.<wbr>0.<wbr>0.<wbr>1:8080/<wbr>a?b=1&amp;c=&lt;x&gt;"},
		{"", ""},
		{"/", "/"},
	} {
		if got := HTML(c.in); got != c.want {
			t.Errorf("HTML(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

var markup = regexp.MustCompile(`<wbr>|<span class="address-part">|</span>`)

// FuzzHTML: whatever the address, the markup taken out leaves it, escaped;
// there is no other markup.
func FuzzHTML(f *testing.F) {
	for _, s := range []string{"https://www.norfolk.gov.uk/a-b/", "//", "a.b-c./-", "<script>-</script>", "\xff/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		got := HTML(u)
		if plain := markup.ReplaceAllString(got, ""); plain != html.EscapeString(u) {
			t.Errorf("HTML(%q) = %q: without its markup %q, want %q", u, got, plain, html.EscapeString(u))
		}
		if strings.Count(markup.ReplaceAllString(got, ""), "<") != 0 {
			t.Errorf("HTML(%q) = %q holds markup of its own", u, got)
		}
	})
}
