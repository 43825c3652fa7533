package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkPath explains why p is refused, or returns nil.
func checkPath(p string) error {
	switch {
	case p == "" || p == ".":
		return errors.New("is empty")
	case !utf8.ValidString(p):
		return errors.New("is not valid UTF-8")
	case strings.ContainsRune(p, '\\'):
		return errors.New("contains a backslash; use / between folders")
	case !fs.ValidPath(p):
		return errors.New("must be relative, use / between folders, and have no empty, . or .. parts")
	}
	if i := strings.IndexFunc(p, unicode.IsControl); i >= 0 {
		return fmt.Errorf("contains the control character %U", []rune(p[i:])[0])
	}
	if i := strings.IndexAny(p, `:<>"|?*`); i >= 0 {
		return fmt.Errorf("contains %q, which Windows does not allow in file names", p[i])
	}
	for seg := range strings.SplitSeq(p, "/") {
		if err := checkSegment(seg); err != nil {
			return err
		}
	}
	return nil
}

// checkSegment refuses one path element that Windows would treat as a
// device or silently rename.
func checkSegment(seg string) error {
	if strings.HasSuffix(seg, ".") || strings.HasSuffix(seg, " ") {
		return fmt.Errorf("part %q ends in a dot or space, which Windows drops", seg)
	}
	stem, _, _ := strings.Cut(seg, ".")
	if reserved[strings.ToUpper(strings.TrimRight(stem, " "))] {
		return fmt.Errorf("part %q is a device name Windows reserves", seg)
	}
	return nil
}

// reserved holds Windows device names, which stay devices whatever extension
// follows them ("nul.txt" is still NUL).
var reserved = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true,
	"COM0": true, "COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true,
	"COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"COM¹": true, "COM²": true, "COM³": true,
	"LPT0": true, "LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true,
	"LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
	"LPT¹": true, "LPT²": true, "LPT³": true,
}

// CheckPath explains why Publish would refuse the output path p, or
// returns nil, so that the stage that makes a file from an editor's one
// can name that file instead of the output path.
func CheckPath(p string) error { return checkPath(p) }
