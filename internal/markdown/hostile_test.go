package markdown

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

var updateHostile = flag.Bool("update-hostile", false, "rewrite testdata/hostile/*.errors from what Convert reports")

// TestHostileMarkdown converts each testdata/hostile/NAME.md and compares
// every problem with NAME.errors (no file: no problems).
func TestHostileMarkdown(t *testing.T) {
	c := New()
	eachInput(t, "testdata/hostile/*.md", func(t *testing.T, name string, src []byte) {
		compareGolden(t, name+".errors", []byte(diagLines(c.Convert(src, testContext()))), *updateHostile)
	})
}

// TestHostileMarkdownSizes are the inputs too big to keep as files. The
// body starts on line 5 of the file (testContext).
func TestHostileMarkdownSizes(t *testing.T) {
	raise := "if it is meant, raise the limit with "
	tests := []struct {
		name, src, want string
	}{
		{
			"table cells",
			strings.Repeat("|a", 101) + "|\n" + strings.Repeat("|-", 101) + "|\n" + strings.Repeat(strings.Repeat("|b", 101)+"|\n", 100),
			"content/workshops/northern.md:106: error: the tables up to here have 10,201 cells, over the limit of 10,000: split the table, or put its data in a download from assets/; " + raise + "table_cells = 20_000 under [limits] in content/site.toml\n",
		},
		{
			"a short row is padded to the header's width",
			strings.Repeat("|a", 100) + "|\n" + strings.Repeat("|-", 100) + "|\n" + strings.Repeat("|b\n", 100),
			"content/workshops/northern.md:106: error: the tables up to here have 10,100 cells, over the limit of 10,000: split the table, or put its data in a download from assets/; " + raise + "table_cells = 20_000 under [limits] in content/site.toml\n",
		},
		{
			"headings",
			strings.Repeat("## Dates\n\n", 1001),
			"content/workshops/northern.md:2005: error: this is heading number 1,001, over the limit of 1,000: split the page into several; " + raise + "headings_per_page = 2_000 under [limits] in content/site.toml\n",
		},
		{
			"setext headings",
			strings.Repeat("Dates\n-----\n\n", 1001),
			"content/workshops/northern.md:3006: error: this is heading number 1,001, over the limit of 1,000: split the page into several; " + raise + "headings_per_page = 2_000 under [limits] in content/site.toml\n",
		},
		{
			"open angle destinations",
			"A paragraph.\n\n" + strings.Repeat("[a](<", 20_000),
			"content/workshops/northern.md:7: error: the Markdown from here on has so many [, ]( and ` that do not pair up that it would take too long to read: close each link and code span, and write \\[, \\] or \\` where the character is meant as text\n",
		},
		{
			"emphasis closers that find nothing",
			"A paragraph.\n\n" + strings.Repeat("a*_", 20_000),
			"content/workshops/northern.md:7: error: the Markdown from here on has so many *, _ and ~ that cannot pair up that it would take too long to read: close each emphasis, and write \\*, \\_ or \\~ where the character is meant as text\n",
		},
		{
			"underscores inside words between emphasis",
			strings.Repeat("*a_b", 20_000),
			"content/workshops/northern.md:5: error: the Markdown from here on has so many *, _ and ~ that cannot pair up that it would take too long to read: close each emphasis, and write \\*, \\_ or \\~ where the character is meant as text\n",
		},
		{
			"many emphasised words in one paragraph are fine",
			strings.Repeat("*a* _b_ **c** snake_case ", 20_000),
			"",
		},
		{
			"underscores inside words between stars inside words",
			strings.Repeat("snake_case a*b ", 20_000),
			"content/workshops/northern.md:5: error: the Markdown from here on has so many *, _ and ~ that cannot pair up that it would take too long to read: close each emphasis, and write \\*, \\_ or \\~ where the character is meant as text\n",
		},
		{
			"brackets on many lines of one paragraph",
			strings.Repeat("[a]\n", 2_000),
			"content/workshops/northern.md:5: error: the Markdown from here on has so many [, ]( and ` that do not pair up that it would take too long to read: close each link and code span, and write \\[, \\] or \\` where the character is meant as text\n",
		},
		{
			"backtick runs of every length",
			func() string {
				var b strings.Builder
				for i := 1; i < 1000; i++ {
					fmt.Fprintf(&b, "a %s a\n", strings.Repeat("`", i))
				}
				return b.String()
			}(),
			"content/workshops/northern.md:5: error: the Markdown from here on has so many [, ]( and ` that do not pair up that it would take too long to read: close each link and code span, and write \\[, \\] or \\` where the character is meant as text\n",
		},
		{
			"a reference used many times with a long address",
			"[r]: https://example.org/" + strings.Repeat("a", 2000) + "\n\n" + strings.Repeat("[r] ", 10_000),
			"content/workshops/northern.md:5: error: the page's HTML would be about 61,740,031 bytes, over the limit of 8,388,608: split the page, and check for a link reference like [name] used many times with a long address; " + raise + "page_bytes = 16_777_216 under [limits] in content/site.toml\n",
		},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := diagLines(c.Convert([]byte(tt.src), testContext())); got != tt.want {
				t.Errorf("Convert() problems:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestThousandsOfIdenticalHeadingsGetUniqueIDs: the ids are made in one
// step each, and stay unique.
func TestThousandsOfIdenticalHeadingsGetUniqueIDs(t *testing.T) {
	src := strings.Repeat("## Dates\n\n## Dates 1\n\n", 500)
	res := New().Convert([]byte(src), testContext())
	seen := map[string]bool{}
	for _, h := range res.Headings {
		if seen[h.ID] {
			t.Fatalf("id %q is given twice", h.ID)
		}
		seen[h.ID] = true
	}
	if len(seen) != 1000 || !seen["dates"] || !seen["dates-1"] || !seen["dates-1-1"] {
		t.Errorf("%d ids, want 1000 with dates, dates-1 and dates-1-1", len(seen))
	}
}

// TestLongListsOfLinksAreNotTooMuch: each item is a paragraph of its own,
// so a list of thousands of links costs goldmark no re-reading.
func TestLongListsOfLinksAreNotTooMuch(t *testing.T) {
	for _, item := range []string{"- [Vision](/vision/)\n", "1. [Vision](/vision/)\n", "%d. [Vision](/vision/)\n"} {
		var b strings.Builder
		for i := 1; i <= 5000; i++ {
			if strings.Contains(item, "%d") {
				fmt.Fprintf(&b, item, i)
			} else {
				b.WriteString(item)
			}
		}
		if got := diagLines(New().Convert([]byte(b.String()), testContext())); got != "" {
			t.Errorf("a list of 5,000 links %q: %s, want no problems", item, got)
		}
	}
	// But numbers that cannot start a list are a paragraph's text.
	src := "Text\n" + strings.Repeat("2. [a]\n", 5000)
	if got := diagLines(New().Convert([]byte(src), testContext())); !strings.Contains(got, "would take too long to read") {
		t.Errorf("a paragraph of 5,000 lines with brackets: %q, want it refused", got)
	}
}
