package markdown

import "strings"

// addressKind is what a link's address points at; each kind has its own rule.
type addressKind int

const (
	addrEmpty     addressKind = iota
	addrForbidden             // a scheme browsers would run or fetch: javascript:, data:, file:, ...
	addrExternal              // http(s) outside the site
	addrContact               // mailto: and tel:, used as written
	addrPage                  // a content file: "../vision.md#dates"
	addrRoot                  // root-relative: "/vision/#dates"
	addrFragment              // this page: "#dates"
	addrRelative              // any other relative address, which breaks when pages move
)

// classify decides what dest (escapes and entities already resolved) points at.
func classify(dest string) addressKind {
	if strings.TrimSpace(dest) == "" {
		return addrEmpty
	}
	switch scheme(dest) {
	case "":
	case "http", "https":
		return addrExternal
	case "mailto", "tel":
		return addrContact
	default:
		return addrForbidden
	}
	pathPart, _, _ := strings.Cut(dest, "#")
	pathPart, _, _ = strings.Cut(pathPart, "?")
	switch {
	case strings.ContainsAny(dest, "\\\x00") || strings.HasPrefix(dest, "//"):
		// Browsers read "//host" and "/\host" as another website.
		return addrForbidden
	case len(pathPart) >= 3 && strings.EqualFold(pathPart[len(pathPart)-3:], ".md"):
		return addrPage
	case strings.HasPrefix(dest, "/"):
		return addrRoot
	case strings.HasPrefix(dest, "#"):
		return addrFragment
	}
	return addrRelative
}

// scheme returns the lower-case scheme browsers would see in dest, or "" if
// it has none. Browsers ignore leading spaces and control characters and drop
// tabs and newlines anywhere, and an address may be percent-encoded, so
// "%20Java\tScript:" must be read as "javascript".
func scheme(dest string) string {
	s := dest
	for range 3 {
		s = percentDecode(s)
	}
	s = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	i := strings.IndexAny(s, ":/?#")
	if i <= 0 || s[i] != ':' {
		return ""
	}
	return strings.ToLower(s[:i])
}

// percentDecode decodes every well-formed %XX and leaves the rest, as a
// browser does; url.PathUnescape would give up on the first bad one.
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}
