package check

import (
	"fmt"
	"math"
	"time"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
)

// prose warns about sentences of more than 25 words, at the line each
// starts on, quoting its first words so the editor can find it; and about
// a page whose prose needs a reading age over 11, by the Flesch–Kincaid
// grade level plus five years. Short pages are left alone by the second: a
// handful of sentences says little about how hard a page is. Both read the
// same sentences, so each block is split once.
func prose(p *site.Page, blocks []markdown.Block, l *diag.List) {
	var c counts
	for _, b := range blocks {
		if !isProse(b) {
			continue
		}
		lines := b.Lines()
		for _, s := range sentences(b.Text) {
			if n := c.sentence(s.Text); n > maxSentenceWords {
				l.Warnf(p.Source, lines.Line(s.Offset), "the sentence %q has %d words: aim for %d or fewer: split it, or cut words it does not need",
					opening(s.Text, 6), n, maxSentenceWords)
			}
		}
	}
	if c.Words < minWordsForReading {
		return
	}
	g := c.grade()
	if age := math.Round(g + 5); age > maxReadingAge {
		l.Warnf(p.Source, p.BodyLine, "reading age about %.0f (Flesch–Kincaid grade %.1f): aim for %d or under: shorter sentences and shorter words help",
			age, g, maxReadingAge)
	}
}

// longDate writes a date as the site does: "Wednesday 8 June 2005".
func longDate(t time.Time) string {
	return fmt.Sprintf("%s %d %s %d", t.Weekday(), t.Day(), t.Month(), t.Year())
}
