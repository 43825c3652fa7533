package check

import (
	"regexp"
	"strconv"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/site"
)

// countWords are the numbers prose writes in words.
var countWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// countOf finds a number, in words or digits, followed within three words
// by "workshops": what a count of the workshops typed by hand looks like.
// Go's regexp runs in linear time, whatever the text.
var countOf = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})((?:[ \t]+[a-z'’-]+){0,3}?)[ \t]+workshops\b`)

// Counts reports a count of the workshops typed by hand in a page's text,
// title or description: it would not follow the workshop pages when one is
// added or taken away. The fix is {workshop-count}.
func Counts(p *site.Page) diag.List {
	var l diag.List
	n := len(p.Site().Workshops())
	if n == 0 {
		return nil
	}
	check := func(text string, lineOf func(int) int) {
		for _, m := range countOf.FindAllStringSubmatchIndex(text, -1) {
			word := text[m[2]:m[3]]
			got, ok := countWords[strings.ToLower(word)]
			if !ok {
				got, _ = strconv.Atoi(word)
			}
			fix := "{workshop-count}"
			if word[0] >= 'A' && word[0] <= 'Z' {
				fix = "{Workshop-count}"
			}
			if got != n {
				l.Errorf(p.Source, lineOf(m[0]), "%q says there are %d workshops, but content/workshops/ has %s: write the number as %s, so that it follows the workshop pages", text[m[0]:m[1]], got, site.Words(n), fix)
			} else {
				l.Errorf(p.Source, lineOf(m[0]), "%q counts the workshops by hand: write the number as %s, so that it follows the workshop pages", text[m[0]:m[1]], fix)
			}
		}
	}
	check(p.WrittenTitle, func(int) int { return p.FieldLines["title"] })
	check(p.WrittenDescription, func(int) int { return p.FieldLines["description"] })
	check(string(p.Body), diag.NewLines(p.Body, p.BodyLine).Line)
	return l
}
