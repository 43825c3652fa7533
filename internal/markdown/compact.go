package markdown

import (
	"bytes"
	"strings"
)

// compact leaves out the line breaks goldmark writes after block tags,
// which mean nothing in HTML, so that a page's text comes out as a minifier
// would leave it without a minifier's pass over every byte. A break next to
// inline markup ("</a>\n<a") is a space between words and stays, as does
// everything inside <pre>, where breaks are the text.
//
// It reads only HTML the converter wrote: text and attribute values are
// escaped, so every '<' and '>' outside them is a tag's.
func compact(html []byte) string {
	var b strings.Builder
	b.Grow(len(html))
	from := 0 // html[from:] is still to write
	pre := bytes.Index(html, []byte("<pre"))
	for i := 0; ; i++ {
		nl := bytes.IndexByte(html[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl
		if pre >= 0 && pre < i {
			// The break is inside or after a <pre> block: look again from
			// the block's end.
			end := bytes.Index(html[pre:], []byte("</pre>"))
			if end < 0 {
				break
			}
			i = pre + end + len("</pre>") - 1
			if pre = bytes.Index(html[i:], []byte("<pre")); pre >= 0 {
				pre += i
			}
			continue
		}
		if i > 0 && html[i-1] == '>' && (i+1 == len(html) || html[i+1] == '<' &&
			(blockTag(tagBefore(html[:i])) || blockTag(tagAfter(html[i+1:])))) {
			b.Write(html[from:i])
			from = i + 1
		}
	}
	b.Write(html[from:])
	return b.String()
}

// tagBefore names the tag that ends s: "p" for `...</p>`.
func tagBefore(s []byte) []byte {
	lt := bytes.LastIndexByte(s, '<')
	if lt < 0 {
		return nil
	}
	return tagAfter(s[lt:])
}

// tagAfter names the tag that starts s: "li" for `<li>...` or `</li>...`.
func tagAfter(s []byte) []byte {
	s = bytes.TrimPrefix(bytes.TrimPrefix(s, []byte("<")), []byte("/"))
	end := 0
	for end < len(s) && (s[end] >= 'a' && s[end] <= 'z' || s[end] >= '0' && s[end] <= '9') {
		end++
	}
	return s[:end]
}

// blockTag reports whether the converter writes name as a block, beside
// which white space is never shown.
func blockTag(name []byte) bool {
	switch string(name) {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "hr", "pre",
		"table", "caption", "thead", "tbody", "tr", "th", "td":
		return true
	}
	return false
}
