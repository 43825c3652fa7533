package content

import (
	"fmt"
	"strings"
	"unicode"
)

// cleanAlias checks an old address that is to redirect to a page. Aliases
// become redirect rules and file names, so anything that could climb out of
// the site or mean two things is refused rather than cleaned up silently.
func cleanAlias(a string) (string, error) {
	if reason := aliasProblem(a); reason != "" {
		return "", fmt.Errorf("alias %q %s", a, reason)
	}
	last := a[strings.LastIndexByte(a, '/')+1:]
	if last != "" && !strings.Contains(last, ".") {
		a += "/"
	}
	return a, nil
}

func aliasProblem(a string) string {
	switch {
	case strings.Contains(a, "://"):
		return `must be an address on this site, not a full web address: write only the part after the domain, like "/old-page/"`
	case !strings.HasPrefix(a, "/"):
		return `must start with "/", like "/old-page/"`
	case strings.ContainsFunc(a, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }):
		return "holds an invisible control character: retype it"
	case strings.Contains(a, `\`):
		return `uses a backslash: use "/" between the parts of an address`
	case strings.ContainsAny(a, "?#"):
		return `must not hold "?" or "#": give only the path, like "/old-page/"`
	case strings.Contains(a, "//"):
		return `must not hold "//": use a single "/" between the parts`
	case strings.ContainsFunc(a, unicode.IsSpace):
		return `holds a space: an old address has none (write a space as "%20" if the old address had one)`
	case strings.ContainsAny(a, "*!"):
		return `must not hold "*" or "!": they mean something else in the host's redirect rules; give the one old address`
	case encodedSeparator(a):
		return `holds an encoded "/", "\", "." or NUL (like "%2F" or "%2e"): write the address as it reads, like "/old-page/"`
	}
	for _, seg := range strings.Split(a, "/") {
		if seg == "." || seg == ".." {
			return `must not hold "." or ".." as a part: write the address in full, like "/old-page/"`
		}
		if strings.HasPrefix(seg, ":") {
			return `has a part starting with ":", which the host's redirect rules read as a placeholder: give the one old address`
		}
	}
	return ""
}

// encodedSeparator reports whether a holds a percent-encoded character that
// could, once decoded, climb out of the site or end a name early.
func encodedSeparator(a string) bool {
	lower := strings.ToLower(a)
	for _, enc := range []string{"%2f", "%5c", "%2e", "%00"} {
		if strings.Contains(lower, enc) {
			return true
		}
	}
	return false
}
