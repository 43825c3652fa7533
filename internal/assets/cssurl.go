package assets

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// rewriteURLs returns css with the reference inside each url(...), and in
// each @import "...", replaced by replace(ref, line), where line is the
// 1-based line the url( or @import starts on. It understands just enough
// CSS to skip comments and strings, so that text like content: "url(x)" is
// left alone. Malformed url(...)s are left as they are: the minifier and
// the browser already know what to make of them.
func rewriteURLs(css []byte, replace func(ref string, line int) string) []byte {
	var out []byte // stays nil until something changes
	copied, line := 0, 1
	for i := 0; i < len(css); {
		end := skipOver(css, i)
		if end == i && isURLStart(css, i) {
			if start, stop, urlEnd, ok := urlRef(css, i); ok {
				ref := string(css[start:stop])
				if repl := replace(ref, line); repl != ref {
					out = append(append(out, css[copied:start]...), repl...)
					copied = stop
				}
				end = urlEnd
			}
		} else if end == i && isImportStart(css, i) {
			if start, stop, ok := importRef(css, i); ok {
				ref := string(css[start:stop])
				if repl := replace(ref, line); repl != ref {
					out = append(append(out, css[copied:start]...), repl...)
					copied = stop
				}
				end = stop + 1
			}
		}
		if end == i {
			end = i + 1
		}
		line += bytes.Count(css[i:end], []byte("\n"))
		i = end
	}
	if out == nil {
		return css
	}
	return append(out, css[copied:]...)
}

// skipOver returns the end of the comment, string or escape starting at
// css[i], or i if none starts there.
func skipOver(css []byte, i int) int {
	switch css[i] {
	case '/':
		if !bytes.HasPrefix(css[i:], []byte("/*")) {
			return i
		}
		if n := bytes.Index(css[i+2:], []byte("*/")); n >= 0 {
			return i + 2 + n + 2
		}
		return len(css)
	case '"', '\'':
		return stringEnd(css, i)
	case '\\':
		return escapeEnd(css, i)
	}
	return i
}

// stringEnd returns the end of the string whose quote is at css[i]. As in
// CSS, an unescaped newline ends a string (as a bad one) and is not part of it.
func stringEnd(css []byte, i int) int {
	quote := css[i]
	for j := i + 1; j < len(css); {
		switch css[j] {
		case quote:
			return j + 1
		case '\n':
			return j
		case '\\':
			j = escapeEnd(css, j)
		default:
			j++
		}
	}
	return len(css)
}

// escapeEnd steps over a backslash and the whole character after it, so that
// no scan ever stops inside a multi-byte character.
func escapeEnd(css []byte, i int) int {
	if i+1 >= len(css) {
		return len(css)
	}
	_, size := utf8.DecodeRune(css[i+1:])
	return i + 1 + size
}

// isURLStart reports whether a url( function starts at css[i], and not, say,
// the end of a longer name like "myurl(".
func isURLStart(css []byte, i int) bool {
	if len(css)-i < 4 || !strings.EqualFold(string(css[i:i+4]), "url(") {
		return false
	}
	return i == 0 || !isNameByte(css[i-1])
}

func isNameByte(c byte) bool {
	return c == '-' || c == '_' || c == '\\' || c >= 0x80 ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isImportStart reports an @import rule starting at css[i].
func isImportStart(css []byte, i int) bool {
	const at = "@import"
	return len(css)-i > len(at) && strings.EqualFold(string(css[i:i+len(at)]), at) && !isNameByte(css[i+len(at)])
}

// importRef finds the string of an @import "..." starting at css[i]: the
// offsets of its text between the quotes. An @import url(...) is left to
// the url( that follows, and a string with escapes is left as written.
func importRef(css []byte, i int) (start, stop int, ok bool) {
	j := i + len("@import")
	for j < len(css) && (css[j] == ' ' || css[j] == '\t' || css[j] == '\n' || css[j] == '\r' || css[j] == '\f') {
		j++
	}
	if j == len(css) || css[j] != '"' && css[j] != '\'' {
		return 0, 0, false
	}
	end := stringEnd(css, j)
	if end > len(css) || end-1 <= j || css[end-1] != css[j] || bytes.IndexByte(css[j+1:end-1], '\\') >= 0 {
		return 0, 0, false
	}
	return j + 1, end - 1, true
}
