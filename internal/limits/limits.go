// Package limits holds the sizes no page or site may pass, so that no input,
// however large or strange, makes a build slow or exhausts memory. Each
// limit is checked before the work it protects: a file's size before it is
// parsed, its front matter's size and depth before YAML or TOML reads it,
// the nesting of its Markdown before goldmark parses it.
//
// Editors raise a limit in content/site.toml:
//
//	[limits]
//	file_bytes = 2_097_152
//
// A limit left out, or 0, keeps its default.
package limits

import (
	"fmt"
	"strconv"
	"strings"
)

// Limits are the largest sizes a build accepts. A zero field means the
// default; Or fills those in.
type Limits struct {
	FileBytes        int // one content file, in bytes
	FrontMatterBytes int // the front matter between its fences, in bytes
	FrontMatterDepth int // lists and tables inside one another in front matter
	MarkdownDepth    int // lists, quotes, emphasis and links inside one another
	TableCells       int // table cells on one page, counting the empty ones a short row is padded with
	HeadingsPerPage  int
	Pages            int // pages in the site
	PageBytes        int // one page's HTML as rendered, before minifying
	LayoutBytes      int // one layout or partial in layouts/, in bytes
	AssetBytes       int // one file in assets/, in bytes
	AvoidListBytes   int // content/avoid-words.txt, in bytes
	TitleChars       int // a page's title, in characters: every page's menu repeats it
	DescriptionChars int // a page's description, in characters
	OutputBytes      int // everything a build writes, in bytes
}

// Default returns the limits a build uses unless site.toml raises them.
// They are far above what the council's pages need (the longest page is
// under 3 KiB, with 8 headings and one small table) and low enough that
// the slowest Markdown at that size still converts in well under a second.
func Default() Limits {
	return Limits{
		FileBytes:        1 << 20,  // 1 MiB: about 150,000 words, a book
		FrontMatterBytes: 64 << 10, // 64 KiB: the fields take a few hundred bytes
		FrontMatterDepth: 32,       // the fields nest 2 deep at most (aliases is a list)
		MarkdownDepth:    32,       // readers lose track after 3 or 4; goldmark slows with depth squared
		TableCells:       10_000,   // 1,000 rows of 10 columns
		HeadingsPerPage:  1_000,
		Pages:            50_000,
		PageBytes:        8 << 20,   // 8 MiB: a 1 MiB page of links or tables can grow about 5 times
		LayoutBytes:      1 << 20,   // 1 MiB: the built-in layouts are a few KiB each
		AssetBytes:       64 << 20,  // 64 MiB: room for a long document as a PDF
		AvoidListBytes:   256 << 10, // 256 KiB: some 20,000 entries; plain-English lists have a few hundred
		TitleChars:       200,       // browsers and search results show about 60
		DescriptionChars: 1_000,     // search engines show about 160, and the check warns past that
		OutputBytes:      1 << 30,   // 1 GiB: the council's site writes about 100 KiB
	}
}

// Or returns l with every zero field taken from d.
func (l Limits) Or(d Limits) Limits {
	for _, s := range Settings {
		if *s.field(&l) == 0 {
			*s.field(&l) = *s.field(&d)
		}
	}
	return l
}

// OrDefault returns l with every zero field taken from Default.
func (l Limits) OrDefault() Limits { return l.Or(Default()) }

// Setting is one limit as editors name it in the [limits] table of
// content/site.toml.
type Setting struct {
	Key   string // "file_bytes"
	field func(*Limits) *int
}

// Field returns the field of l that s names.
func (s Setting) Field(l *Limits) *int { return s.field(l) }

// Settings lists the limits in the order of the Limits struct.
var Settings = []Setting{
	{"file_bytes", func(l *Limits) *int { return &l.FileBytes }},
	{"front_matter_bytes", func(l *Limits) *int { return &l.FrontMatterBytes }},
	{"front_matter_depth", func(l *Limits) *int { return &l.FrontMatterDepth }},
	{"markdown_depth", func(l *Limits) *int { return &l.MarkdownDepth }},
	{"table_cells", func(l *Limits) *int { return &l.TableCells }},
	{"headings_per_page", func(l *Limits) *int { return &l.HeadingsPerPage }},
	{"pages", func(l *Limits) *int { return &l.Pages }},
	{"page_bytes", func(l *Limits) *int { return &l.PageBytes }},
	{"layout_bytes", func(l *Limits) *int { return &l.LayoutBytes }},
	{"asset_bytes", func(l *Limits) *int { return &l.AssetBytes }},
	{"avoid_list_bytes", func(l *Limits) *int { return &l.AvoidListBytes }},
	{"title_chars", func(l *Limits) *int { return &l.TitleChars }},
	{"description_chars", func(l *Limits) *int { return &l.DescriptionChars }},
	{"output_bytes", func(l *Limits) *int { return &l.OutputBytes }},
}

// Keys are the names of Settings, for messages.
func Keys() []string {
	keys := make([]string, len(Settings))
	for i, s := range Settings {
		keys[i] = s.Key
	}
	return keys
}

// Exceeded is the end of every message about a limit: what the limit is,
// and how to raise it if the size is meant. what says what was measured,
// like "the file is 2,000,000 bytes".
func Exceeded(what string, limit int, key, fix string) string {
	return fmt.Sprintf("%s, over the limit of %s: %s; if it is meant, raise the limit with %s = %s under [limits] in content/site.toml",
		what, Count(limit), fix, key, raised(limit))
}

// raised suggests a new value: twice the old one, written as TOML allows,
// with underscores between thousands.
func raised(limit int) string {
	return strings.ReplaceAll(Count(2*limit), ",", "_")
}

// Count writes n with commas between thousands, as editors read numbers.
func Count(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
