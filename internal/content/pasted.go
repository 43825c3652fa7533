package content

import (
	"bytes"
	"unicode/utf8"

	"norfolk.gov.uk/microsite/internal/diag"
)

// pasted finds what text pasted from Word or a web page brings with it
// and Markdown would not show as meant: bullets typed as characters (a
// line of "•" and a tab becomes one paragraph of bullets), and invisible
// characters (zero-width spaces and joiners, soft hyphens), which break
// search, spelling checks and what a screen reader says. Each line is
// reported once for each kind, with what to delete.
func pasted(path string, text []byte, l *diag.List) {
	line := 1
	for rest := text; len(rest) > 0; line++ {
		var ln []byte
		ln, rest, _ = bytes.Cut(rest, []byte("\n"))
		trimmed := bytes.TrimLeft(ln, " \t")
		for _, b := range []string{"•", "·", "▪", "◦", "–"} {
			after, ok := bytes.CutPrefix(trimmed, []byte(b))
			if ok && len(after) > 0 && (after[0] == '\t' || after[0] == ' ') && (b != "–" || after[0] == '\t') {
				l.Errorf(path, line, "this line starts with a bullet pasted from Word (%s): Markdown does not read it as a list; write each item on its own line starting with - and a space, like - Large print copies", b)
				break
			}
		}
		if bytes.IndexByte(ln, 0xC2) < 0 && bytes.IndexByte(ln, 0xE2) < 0 && bytes.IndexByte(ln, 0xEF) < 0 {
			continue // none of the characters below can be in the line
		}
		seen := map[rune]bool{}
		for i := 0; i < len(ln); {
			r, size := utf8.DecodeRune(ln[i:])
			i += size
			if name, ok := invisible[r]; ok && !seen[r] {
				seen[r] = true
				l.Errorf(path, line, "this line holds an invisible %s (U+%04X), pasted with the text: delete it (retyping the word it is in does)", name, r)
			}
		}
	}
}

// invisible are the characters pasted text brings that show as nothing.
var invisible = map[rune]string{
	'\u200B': "zero-width space",
	'\u200C': "zero-width non-joiner",
	'\u200D': "zero-width joiner",
	'\u2060': "word joiner",
	'\uFEFF': "zero-width no-break space",
	'\u00AD': "soft hyphen",
}
