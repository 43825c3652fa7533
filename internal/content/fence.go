package content

import (
	"bytes"

	"norfolk.gov.uk/microsite/internal/diag"
)

// fences is where a page's front matter sits: the marker on line 1 and the
// line of the closing marker.
type fences struct {
	marker    string // "---" for YAML, "+++" for TOML
	closeLine int
	block     []byte // the lines between the markers
	bodyStart int    // offset of the line after the closing marker
}

// findFences checks what adrg/frontmatter forgives: it skips blank lines
// before the opening marker and treats a missing closing marker as "no front
// matter", both of which would otherwise publish the fields as body text.
// The closing marker is matched as the library matches it (surrounding space
// ignored) so that both agree on where the body starts.
func findFences(path string, src []byte, l *diag.List) (fences, bool) {
	first, rest, _ := bytes.Cut(src, []byte{'\n'})
	marker := string(bytes.TrimRight(first, " \t\r"))
	if marker != "---" && marker != "+++" {
		l.Errorf(path, 1, "line 1 must open the front matter with --- (YAML) or +++ (TOML), with nothing before it, not even a blank line")
		return fences{}, false
	}
	offset := len(first) + 1
	for line := 2; len(rest) > 0; line++ {
		text, next, _ := bytes.Cut(rest, []byte{'\n'})
		if string(bytes.TrimSpace(text)) == marker {
			f := fences{marker: marker, closeLine: line, block: src[len(first)+1 : offset], bodyStart: min(offset+len(text)+1, len(src))}
			return f, true
		}
		offset += len(text) + 1
		rest = next
	}
	l.Errorf(path, 1, "the front matter opened on line 1 with %s is never closed: add a line with just %s after the last field", marker, marker)
	return fences{}, false
}
