package check

import (
	"bufio"
	"bytes"
	"strings"
	"unicode"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
)

// AvoidListPath is the editors' list of words to avoid, in the project
// folder. The content loader knows it is not a page.
const AvoidListPath = "content/avoid-words.txt"

// Avoid is one entry of the list: a word or phrase plain-English guidance
// says to avoid, and what to write instead.
type Avoid struct {
	Words   []string // lower case: ["in", "order", "to"]
	Instead string   // "to"; empty if the list gives no alternative
}

// ParseAvoidList reads the list: one entry a line, written
// "word = plainer alternative", with "#" starting a comment. A line
// without "=" is a word to avoid with no alternative given. Mistakes are
// warnings: the rest of the list still works.
func ParseAvoidList(file string, src []byte) ([]Avoid, diag.List) {
	var list []Avoid
	var l diag.List
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		phrase, instead, _ := strings.Cut(line, "=")
		if strings.TrimSpace(line) == "" {
			continue
		}
		ws := strings.Fields(strings.ToLower(phrase))
		if len(ws) == 0 || len(words(phrase)) != len(ws) {
			l.Warnf(file, n, "this line is not used: write a word to avoid, then = and a plainer word, like: utilise = use")
			continue
		}
		list = append(list, Avoid{Words: ws, Instead: strings.TrimSpace(instead)})
	}
	return list, l
}

// avoidWords warns about every use of a listed word in the page's prose,
// headings, table cells, title and description.
func avoidWords(p *site.Page, blocks []markdown.Block, list []Avoid, l *diag.List) {
	if len(list) == 0 {
		return
	}
	report := func(line int, found string, a Avoid) {
		if a.Instead == "" {
			l.Warnf(p.Source, line, "%q is on the list of words to avoid (%s): say plainly what you mean", found, AvoidListPath)
			return
		}
		l.Warnf(p.Source, line, "%q is on the list of words to avoid (%s): write %q instead", found, AvoidListPath, a.Instead)
	}
	for _, field := range []struct{ name, text string }{{"title", p.Front.Title}, {"description", p.Front.Description}} {
		for _, m := range findAvoided(field.text, list) {
			report(p.FieldLines[field.name], m.text, m.avoid)
		}
	}
	for _, b := range blocks {
		if b.Quote {
			continue // quoted as written
		}
		for _, m := range findAvoided(b.Text, list) {
			report(b.LineAt(m.offset), m.text, m.avoid)
		}
	}
}

type avoided struct {
	offset int
	text   string
	avoid  Avoid
}

// findAvoided finds the listed phrases in text, whole words only, with the
// last word in any of its usual forms: "utilise" also finds "utilised",
// "utilises" and "utilising".
func findAvoided(text string, list []Avoid) []avoided {
	toks := tokens(text)
	var found []avoided
	for i := range toks {
		for _, a := range list {
			if i+len(a.Words) > len(toks) || !matches(toks[i:i+len(a.Words)], a.Words) {
				continue
			}
			last := toks[i+len(a.Words)-1]
			found = append(found, avoided{offset: toks[i].offset, text: text[toks[i].offset : last.offset+len(last.text)], avoid: a})
		}
	}
	return found
}

func matches(toks []token, ws []string) bool {
	for j, w := range ws {
		got := strings.ToLower(toks[j].text)
		if got != w && (j < len(ws)-1 || !isFormOf(got, w)) {
			return false
		}
	}
	return true
}

// isFormOf reports whether got is word with a regular ending.
func isFormOf(got, word string) bool {
	stem := strings.TrimSuffix(word, "e")
	for _, form := range []string{word + "s", word + "es", word + "d", word + "ed", word + "ing", stem + "ing", stem + "ed"} {
		if got == form {
			return true
		}
	}
	return false
}

type token struct {
	offset int
	text   string
}

// tokens are the words of text with their offsets, as words finds them.
func tokens(text string) []token {
	var toks []token
	start := -1
	for i, r := range text + " " {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			w := strings.TrimLeft(text[start:i], "'’-")
			if w = strings.TrimRight(w, "'’-"); w != "" {
				toks = append(toks, token{offset: i - len(strings.TrimLeft(text[start:i], "'’-")), text: w})
			}
			start = -1
		}
	}
	return toks
}
