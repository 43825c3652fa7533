package assets

// urlRef finds the reference inside the url( that starts at css[at]:
// css[start:stop] is the text between the quotes, or the unquoted text
// without its surrounding spaces, and css[end-1] is the closing ")". ok is
// false for a url( that is not closed properly, which is then left alone.
func urlRef(css []byte, at int) (start, stop, end int, ok bool) {
	i := skipSpace(css, at+len("url("))
	if i < len(css) && (css[i] == '"' || css[i] == '\'') {
		quoted := stringEnd(css, i)
		if quoted-i < 2 || css[quoted-1] != css[i] {
			return 0, 0, 0, false
		}
		start, stop = i+1, quoted-1
		i = quoted
	} else {
		start = i
		for i < len(css) && !isSpace(css[i]) && css[i] != ')' {
			if c := css[i]; c == '"' || c == '\'' || c == '(' {
				return 0, 0, 0, false
			}
			if css[i] == '\\' {
				i = escapeEnd(css, i)
			} else {
				i++
			}
		}
		stop = i
	}
	i = skipSpace(css, i)
	if i >= len(css) || css[i] != ')' {
		return 0, 0, 0, false
	}
	return start, stop, i + 1, true
}

func skipSpace(css []byte, i int) int {
	for i < len(css) && isSpace(css[i]) {
		i++
	}
	return i
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
