package content

import (
	"bytes"
	"unicode/utf8"

	"norfolk.gov.uk/microsite/internal/diag"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// checkEncoding reports files that are not plain UTF-8, the mistakes Windows
// editors make most. It returns the text to parse (without a UTF-8 BOM, so
// the rest of the file can still be checked) and false if the file is
// unreadable as text.
func checkEncoding(path string, src []byte, l *diag.List) ([]byte, bool) {
	if looksUTF16(src) {
		l.Errorf(path, 1, "the file is saved as UTF-16: save it as UTF-8")
		return nil, false
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		l.Errorf(path, lineAt(src, i), "this line holds a NUL character, which is not text: delete it, or save the file again as UTF-8 text")
		return nil, false
	}
	if bytes.HasPrefix(src, utf8BOM) {
		l.Errorf(path, 1, "the file starts with a byte-order mark: save it as UTF-8 without BOM")
		src = src[len(utf8BOM):]
	}
	if i := firstInvalidUTF8(src); i >= 0 {
		l.Errorf(path, lineAt(src, i), "this line holds a character that is not valid UTF-8: save the file as UTF-8, or retype the character")
		return nil, false
	}
	return src, true
}

// looksUTF16 also catches UTF-16 without a BOM: plain English in UTF-16 has
// a NUL in every other byte, which a stray NUL in UTF-8 text does not.
func looksUTF16(src []byte) bool {
	if bytes.HasPrefix(src, []byte{0xFE, 0xFF}) || bytes.HasPrefix(src, []byte{0xFF, 0xFE}) {
		return true
	}
	return len(src) >= 2 && bytes.Count(src, []byte{0})*4 >= len(src)
}

func firstInvalidUTF8(src []byte) int {
	if utf8.Valid(src) { // much faster than decoding rune by rune, and the usual case
		return -1
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineAt returns the 1-based line holding byte offset i.
func lineAt(src []byte, i int) int {
	return bytes.Count(src[:min(i, len(src))], []byte{'\n'}) + 1
}

// lineCount counts a last line without a final newline as a line.
func lineCount(src []byte) int {
	n := bytes.Count(src, []byte{'\n'})
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return n
}
