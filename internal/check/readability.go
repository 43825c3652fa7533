package check

import (
	"strings"

	"norfolk.gov.uk/microsite/internal/markdown"
)

// counts are what the Flesch–Kincaid formula reads from a text.
type counts struct {
	Words, Sentences, Syllables int
}

// grade is the Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers and
// Chissom, 1975, for the US Navy): the US school grade a reader needs.
// Reading age is about grade + 5.
func (c counts) grade() float64 {
	if c.Words == 0 || c.Sentences == 0 {
		return 0
	}
	return 0.39*float64(c.Words)/float64(c.Sentences) + 11.8*float64(c.Syllables)/float64(c.Words) - 15.59
}

// add counts the sentences of one block of prose.
func (c *counts) add(text string) {
	for _, s := range sentences(text) {
		c.sentence(s.Text)
	}
}

// sentence counts one sentence and returns its number of words.
func (c *counts) sentence(text string) int {
	n := 0
	eachWord(text, func(w string) {
		n++
		c.Syllables += wordSyllables(w)
	})
	c.Sentences++
	c.Words += n
	return n
}

// wordSyllables counts a word with hyphens as its parts, and a number as
// one syllable (readers take in "2005" or "01603" at a glance).
func wordSyllables(w string) int {
	n := 0
	for part := range strings.SplitSeq(w, "-") {
		if s := syllables(part); s > 0 {
			n += s
		} else if part != "" {
			n++
		}
	}
	return max(n, 1)
}

// isProse reports the blocks that are the editor's running text. Headings,
// table cells and captions are labels, not sentences, and would make any
// page look easy to read; quotations are someone else's words, which the
// editor may not reword.
func isProse(b markdown.Block) bool {
	return !b.Quote && (b.Kind == markdown.BlockParagraph || b.Kind == markdown.BlockListItem)
}
