package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a block: its text and where it starts.
type sentence struct {
	Offset int // byte offset in the block's text
	Text   string
}

// sentences splits text at full stops, question marks and exclamation
// marks that end a sentence: followed by the end of the text, or by a space
// and a capital letter, a digit or an opening quote or bracket. Stops after
// common abbreviations ("No. 2", "e.g.") do not end one. The end of a block
// always ends a sentence, so each list item counts as one.
func sentences(text string) []sentence {
	var out []sentence
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		for end < len(text) && strings.ContainsRune(`"')]`, rune(text[end])) {
			end++
		}
		for _, closing := range []string{"”", "’"} {
			if strings.HasPrefix(text[end:], closing) {
				end += len(closing)
			}
		}
		if !endsSentence(text, start, i, end) {
			continue
		}
		add(&out, text, start, end)
		start, i = end, end-1
	}
	add(&out, text, start, len(text))
	return out
}

func add(out *[]sentence, text string, start, end int) {
	s := text[start:end]
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	if !hasWord(trimmed) {
		return
	}
	*out = append(*out, sentence{Offset: start + len(s) - len(trimmed), Text: strings.TrimRightFunc(trimmed, unicode.IsSpace)})
}

// endsSentence decides whether the mark at i, whose closing quotes run to
// end, ends the sentence that began at start.
func endsSentence(text string, start, i, end int) bool {
	if end == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) {
		return false // "2.2", "www.gov.uk", "e.g."
	}
	if text[i] == '.' && isAbbreviation(lastWord(text[start:i])) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(text[end:], unicode.IsSpace))
	return unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`"'(“‘[`, next)
}

var abbreviations = map[string]bool{
	"no": true, "nos": true, "e.g": true, "i.e": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"st": true, "vs": true, "approx": true, "tel": true, "ref": true, "cllr": true, "prof": true,
}

func isAbbreviation(w string) bool {
	w = strings.ToLower(w)
	return abbreviations[w] || utf8.RuneCountInString(w) == 1 && w != "a" && w != "i" // an initial: "J. Peter Kincaid"
}

// lastWord is the last run of s that is not space. It reads back from the
// end only as far as that run: it runs at every full stop, and a sentence
// can run for a whole page.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
	return strings.TrimLeft(s, `("'“‘`)
}

// words are the words of text: runs of letters, digits, apostrophes and
// hyphens that hold at least one letter or digit. "large-print" and
// "children's" are one word each; "–" and "&" are none.
func words(text string) []string {
	var out []string
	eachWord(text, func(w string) { out = append(out, w) })
	return out
}

// eachWord calls f with each of the words of text, in order, without
// making a list of them: the checks read every word of the site.
func eachWord(text string, f func(string)) {
	start, alnum := -1, false
	for i, r := range text {
		switch {
		case isAlnum(r):
			if start < 0 {
				start = i
			}
			alnum = true
		case r == '\'' || r == '’' || r == '-':
			if start < 0 {
				start, alnum = i, false
			}
		case start >= 0:
			if alnum {
				f(text[start:i])
			}
			start, alnum = -1, false
		}
	}
	if start >= 0 && alnum {
		f(text[start:])
	}
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// hasWord reports whether text holds a word at all.
func hasWord(text string) bool {
	return strings.IndexFunc(text, isAlnum) >= 0
}

// opening is the first few words of a sentence, to quote in a message.
func opening(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + "…"
}
