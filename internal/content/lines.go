package content

import (
	"bytes"
	"regexp"
)

var (
	yamlKeyLine  = regexp.MustCompile(`^([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \t]*:`)
	tomlKeyLine  = regexp.MustCompile(`^[ \t]*([A-Za-z0-9_-]+)[ \t]*[.=]`)
	tomlTableKey = regexp.MustCompile(`^[ \t]*\[\[?[ \t]*([A-Za-z0-9_-]+)`)
)

// fieldLines finds the line of each top-level key in the front matter, so
// that a problem with a value is reported where the editor wrote it. The
// decoders do not say where each value came from.
func fieldLines(f fences) map[string]int {
	return keyLines(f.marker, f.block, 2)
}

// keyLines scans block, whose first line is line first of the file.
func keyLines(marker string, block []byte, first int) map[string]int {
	lines := make(map[string]int)
	rest := block
	for n := first; len(rest) > 0; n++ {
		var text []byte
		text, rest, _ = bytes.Cut(rest, []byte{'\n'})
		key, table := topLevelKey(marker, text)
		if key != "" {
			if _, seen := lines[key]; !seen {
				lines[key] = n
			}
		}
		if table {
			// Keys after a TOML table header belong to the table.
			break
		}
	}
	return lines
}

func topLevelKey(marker string, text []byte) (key string, table bool) {
	if marker == "---" {
		if m := yamlKeyLine.FindSubmatch(text); m != nil {
			return string(m[1]), false
		}
		return "", false
	}
	if m := tomlTableKey.FindSubmatch(text); m != nil {
		return string(m[1]), true
	}
	if m := tomlKeyLine.FindSubmatch(text); m != nil {
		return string(m[1]), false
	}
	return "", false
}
