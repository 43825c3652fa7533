package markdown

import (
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/postprocess"
)

// visionAddress is what follows a link to the vision page, for print.
const visionAddress = `<span class="print-address" hidden> (https://<wbr>www.<wbr>norfolk.<wbr>gov.<wbr>uk/<wbr>childrensservices/<wbr>vision/)</span>`

func TestCompactLeavesOutOnlyBreaksBesideBlocks(t *testing.T) {
	for _, tc := range []struct{ md, want string }{
		{"One.\n\nTwo.\n", "<p>One.</p><p>Two.</p>"},
		{"- a\n- b\n", "<ul><li>a</li><li>b</li></ul>"},
		// Between two links the break is the space between them.
		{"[a](/vision.md)\n[b](/vision.md)\n", "<p><a href=\"https://www.norfolk.gov.uk/childrensservices/vision/\">a</a>" + visionAddress + "\n<a href=\"https://www.norfolk.gov.uk/childrensservices/vision/\">b</a>" + visionAddress + "</p>"},
		// In code, breaks are the text, even between two empty lines.
		{"```\n\n\n```\n\nAfter.\n", "<pre><code>\n\n</code></pre><p>After.</p>"},
		{"> Quoted.\n\n---\n", "<blockquote><p>Quoted.</p></blockquote><hr>"},
	} {
		ctx := testContext()
		ctx.Compact = true
		if got := New().Convert([]byte(tc.md), ctx).HTML; got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.md, got, tc.want)
		}
	}
}

// FuzzCompact checks that compact HTML means what the converter's full
// HTML means: the minifier makes the same page of both.
func FuzzCompact(f *testing.F) {
	addCases(f)
	c := New()
	f.Fuzz(func(t *testing.T, src []byte) {
		ctx := testContext()
		full := c.Convert(src, ctx).HTML
		ctx.Compact = true
		short := c.Convert(src, ctx).HTML
		if strings.Count(short, "\n") > strings.Count(full, "\n") {
			t.Fatalf("compact HTML has more line breaks than the full:\n%s", short)
		}
		want, err := postprocess.Parts{}.HTML(full)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := (postprocess.Parts{}).HTML(short); err != nil || got != want {
			t.Errorf("minified compact HTML:\n%s\nwant the full HTML minified:\n%s", got, want)
		}
	})
}
