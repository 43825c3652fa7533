package content

import (
	"fmt"
	"strings"
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
	case strings.ContainsFunc(a, func(r rune) bool { return r < 0x20 || r == 0x7f }):
		return "holds an invisible control character: retype it"
	case strings.Contains(a, `\`):
		return `uses a backslash: use "/" between the parts of an address`
	case strings.ContainsAny(a, "?#"):
		return `must not hold "?" or "#": give only the path, like "/old-page/"`
	case strings.Contains(a, "//"):
		return `must not hold "//": use a single "/" between the parts`
	}
	for _, seg := range strings.Split(a, "/") {
		if seg == "." || seg == ".." {
			return `must not hold "." or ".." as a part: write the address in full, like "/old-page/"`
		}
	}
	return ""
}
