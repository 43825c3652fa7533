package content

import (
	"regexp"
	"strconv"
)

var decimalText = regexp.MustCompile(`^[-+]?[0-9]+$`)

// asWritten undoes YAML 1.1's readings of numbers that editors do not mean:
// weight: 010 is 10, not octal 8. A whole number written any other way
// (0x10, 0b11, 1_000, 1:30, which YAML reads as 16, 3, 1000 and 90) becomes
// text again, so the field's check asks for digits.
func asWritten(v rawValue) rawValue {
	switch v.value.(type) {
	case int, int64, uint64:
	default:
		return v
	}
	if !v.isText {
		return v // TOML, which has no such readings
	}
	if !decimalText.MatchString(v.text) {
		v.value = v.text
		return v
	}
	if n, err := strconv.ParseInt(v.text, 10, 64); err == nil {
		v.value = n
	}
	return v
}
