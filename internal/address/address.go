// Package address writes web addresses for paper, where a reader types
// them: broken only after a "/" or a ".", never inside a word, nor after a
// hyphen, where the break would read as a word hyphenated.
package address

import (
	"html"
	"strings"
)

// HTML is u escaped for HTML, with a <wbr> after each "/" and "." but the
// first of "//", and each part of it that holds a hyphen in a span of class
// "address-part", which the print stylesheet keeps on one line.
func HTML(u string) string {
	var b strings.Builder
	for part := range parts(u) {
		if b.Len() > 0 {
			b.WriteString("<wbr>")
		}
		if strings.Contains(part, "-") {
			b.WriteString(`<span class="address-part">` + html.EscapeString(part) + "</span>")
		} else {
			b.WriteString(html.EscapeString(part))
		}
	}
	return b.String()
}

// parts splits u after each "/" or "." that is not followed by another
// "/"; the parts joined are u.
func parts(u string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := 0
		for i := 0; i < len(u); i++ {
			if (u[i] == '/' || u[i] == '.') && (i+1 >= len(u) || u[i+1] != '/') {
				if !yield(u[start : i+1]) {
					return
				}
				start = i + 1
			}
		}
		if start < len(u) {
			yield(u[start:])
		}
	}
}
