package check

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
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

// AvoidList is the list as ParseAvoidList reads it, with an index of its
// phrases word by word, so that a page is checked in one pass over its
// words however long the list is. Its zero value is an empty list.
type AvoidList struct {
	Entries []Avoid
	index   *avoidNode
}

// GoString writes the entries alone, so a list prints the same on every
// build and can key a cache.
func (a AvoidList) GoString() string { return fmt.Sprintf("%#v", a.Entries) }

// maxAvoidWords is the most words an entry may have. It bounds how far
// the check looks ahead from each word of a page.
const maxAvoidWords = 10

// ParseAvoidList reads the list: one entry a line, written
// "word = plainer alternative", with "#" starting a comment. A line
// without "=" is a word to avoid with no alternative given. Mistakes are
// warnings: the rest of the list still works.
func ParseAvoidList(file string, src []byte) (AvoidList, diag.List) {
	var list AvoidList
	var l diag.List
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(nil, len(src)+1)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		phrase, instead, _ := strings.Cut(line, "=")
		if strings.TrimSpace(line) == "" {
			continue
		}
		ws := strings.Fields(strings.ToLower(phrase))
		key := strings.Join(ws, " ")
		switch {
		case len(ws) == 0 || len(words(phrase)) != len(ws):
			l.Warnf(file, n, "this line is not used: write a word to avoid, then = and a plainer word, like: utilise = use")
		case len(ws) > maxAvoidWords:
			l.Warnf(file, n, "this line is not used: a phrase to avoid may have at most %d words, and this one has %d: shorten it", maxAvoidWords, len(ws))
		case seen[key] > 0:
			l.Warnf(file, n, "this line is not used: %q is already on line %d: delete one of the two", key, seen[key])
		default:
			seen[key] = n
			list.add(Avoid{Words: ws, Instead: strings.TrimSpace(instead)})
		}
	}
	return list, l
}

// avoidNode is one step of the index: the words that may come next, and
// the entries whose phrase ends at this word.
type avoidNode struct {
	next map[string]*avoidNode
	ends []int // indexes into Entries, in list order
}

func (n *avoidNode) child(w string) *avoidNode {
	if n.next == nil {
		n.next = map[string]*avoidNode{}
	}
	c := n.next[w]
	if c == nil {
		c = &avoidNode{}
		n.next[w] = c
	}
	return c
}

// add indexes a: every word but the last as written, the last in each of
// its usual forms.
func (a *AvoidList) add(e Avoid) {
	if a.index == nil {
		a.index = &avoidNode{}
	}
	a.Entries = append(a.Entries, e)
	n := a.index
	for _, w := range e.Words[:len(e.Words)-1] {
		n = n.child(w)
	}
	for _, form := range formsOf(e.Words[len(e.Words)-1]) {
		end := n.child(form)
		if k := len(a.Entries) - 1; !slices.Contains(end.ends, k) {
			end.ends = append(end.ends, k)
		}
	}
}

// avoidWords warns about every use of a listed word in the page's prose,
// headings, table cells, title and description.
func avoidWords(p *site.Page, blocks []markdown.Block, list AvoidList, l *diag.List) {
	if list.index == nil {
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
		found := findAvoided(b.Text, list)
		if len(found) == 0 {
			continue
		}
		lines := b.Lines()
		for _, m := range found {
			report(lines.Line(m.offset), m.text, m.avoid)
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
// "utilises" and "utilising". From each word it follows the index at most
// maxAvoidWords words on, so it takes time in proportion to the text.
func findAvoided(text string, list AvoidList) []avoided {
	toks := tokens(text)
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t.text)
	}
	var found []avoided
	var ends []int
	for i := range toks {
		ends = ends[:0]
		n := list.index
		for j := i; j < len(toks) && n != nil; j++ {
			if n = n.next[lower[j]]; n == nil {
				break
			}
			for _, k := range n.ends {
				ends = append(ends, k<<8|(j-i)) // the entry, and how many words on it ends
			}
		}
		slices.Sort(ends)
		for _, e := range ends {
			last := toks[i+(e&0xff)]
			found = append(found, avoided{offset: toks[i].offset, text: text[toks[i].offset : last.offset+len(last.text)], avoid: list.Entries[e>>8]})
		}
	}
	return found
}

// formsOf is word and its forms with a regular ending.
func formsOf(word string) []string {
	stem := strings.TrimSuffix(word, "e")
	return []string{word, word + "s", word + "es", word + "d", word + "ed", word + "ing", stem + "ing", stem + "ed"}
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
