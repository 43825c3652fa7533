package content

import (
	"errors"
	"regexp"
	"strconv"

	"github.com/BurntSushi/toml"
)

var (
	tomlDuplicate   = regexp.MustCompile(`^Key '(.*)' has already been defined`)
	tomlBadDatetime = regexp.MustCompile(`^invalid datetime: "(.*)"$`)
)

func (d *decoder) toml(data []byte, v any) error {
	md, err := toml.Decode(string(data), v)
	if err != nil {
		d.tomlError(err)
		return nil
	}
	d.decoded = true
	reported := map[string]bool{}
	for _, key := range md.Undecoded() {
		// Only the top-level name, once: the keys inside an unknown table
		// (or under an unknown dotted name, x.y = 1) go with it.
		if !reported[key[0]] {
			reported[key[0]] = true
			d.list.Errorf(d.path, d.line(key[0]), "%s", unknownKey("field", key[0], "a page", pageKeys))
		}
	}
	return nil
}

func (d *decoder) tomlError(err error) {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		d.list.Errorf(d.path, 1, "the TOML front matter cannot be read (%v)", err)
		return
	}
	line := d.blockLine(strconv.Itoa(pe.Position.Line))
	if m := tomlDuplicate.FindStringSubmatch(pe.Message); m != nil {
		d.duplicate(m[1], line)
		return
	}
	if m := tomlBadDatetime.FindStringSubmatch(pe.Message); m != nil {
		if _, derr := parseDate(pe.LastKey, m[1]); derr != nil {
			d.list.Errorf(d.path, line, "%v", derr)
			return
		}
	}
	d.list.Errorf(d.path, line, `the TOML front matter cannot be read here (%s): write each field as name = value, with text in double quotes, like title = "Northern area workshop"`, pe.Message)
}

func (d *decoder) line(key string) int {
	if n, ok := d.lines[key]; ok {
		return n
	}
	return 1
}
