package content

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// plainYAML fills raw from front matter written the way nearly every page
// writes it: one field a line, each value a double-quoted string without
// escapes, a date, a whole number or true or false. It gives the values the
// YAML decoder would, in a small part of the time, and reports false,
// having set nothing, for anything else, which the decoder then reads.
func plainYAML(block []byte, raw *rawFront) bool {
	var got rawFront
	for len(block) > 0 {
		line, rest, _ := bytes.Cut(block, []byte("\n"))
		block = rest
		if len(line) == 0 {
			continue
		}
		key, value, ok := bytes.Cut(line, []byte(": "))
		if !ok {
			return false
		}
		f := got.field(string(key))
		if f == nil || f.set {
			return false
		}
		if *f, ok = plainValue(value); !ok {
			return false
		}
	}
	*raw = got
	return true
}

func plainValue(v []byte) (rawValue, bool) {
	s := string(v)
	switch {
	case len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"':
		text := s[1 : len(s)-1]
		if !plainQuoted(text) {
			return rawValue{}, false
		}
		return rawValue{set: true, value: text, text: text, isText: true}, true
	case s == "true" || s == "false":
		return rawValue{set: true, value: s == "true", text: s, isText: true}, true
	case isDate(s):
		// YAML reads a date into a plain value as its text.
		return rawValue{set: true, value: s, text: s, isText: true}, true
	case len(s) <= 9 && (s == "0" || s != "" && s[0] >= '1' && s[0] <= '9' && allDigits(s)):
		n, _ := strconv.Atoi(s)
		return rawValue{set: true, value: n, text: s, isText: true}, true
	}
	return rawValue{}, false
}

// plainQuoted reports whether text, between double quotes, means itself
// to YAML: no quote or backslash, no control character, no NEL, line or
// paragraph separator (which YAML folds), byte-order mark or non-character.
func plainQuoted(text string) bool {
	for _, r := range text {
		if r == '"' || r == '\\' || r < 0x20 || r == 0x7F ||
			r >= 0x80 && (r < 0xA0 || r == 0x2028 || r == 0x2029 || r == 0xFEFF || r == utf8.RuneError || r > 0xFFFD && r < 0x10000) {
			return false
		}
	}
	return true
}

func isDate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
