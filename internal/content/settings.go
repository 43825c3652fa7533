package content

import (
	"errors"
	"strconv"

	"github.com/BurntSushi/toml"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/limits"
)

// Settings are the site-wide settings from content/site.toml.
type Settings struct {
	Title        string // title
	BaseURL      string // base_url: absolute http(s) address of the home page, ending in "/"
	Organisation string // organisation
	Phone        string // phone: digits and single spaces, like "01603 222494"
	Language     string // language: a BCP 47 tag, like "en-GB"
	TimeZone     string // time_zone: a tz database name that time.LoadLocation accepts
	// Limits are the [limits] table: sizes raised above the defaults,
	// where a field left at zero keeps its default.
	Limits limits.Limits
}

type rawSettings struct {
	Title        rawValue `toml:"title"`
	BaseURL      rawValue `toml:"base_url"`
	Organisation rawValue `toml:"organisation"`
	Phone        rawValue `toml:"phone"`
	Language     rawValue `toml:"language"`
	TimeZone     rawValue `toml:"time_zone"`
	Limits       rawValue `toml:"limits"`
}

var settingsKeys = []string{"title", "base_url", "organisation", "phone", "language", "time_zone"}

var settingsExamples = map[string]string{
	"title":        "Children's Services: your views",
	"base_url":     "https://www.norfolk.gov.uk/childrensservices/",
	"organisation": "Norfolk County Council",
	"phone":        "01603 222494",
	"language":     "en-GB",
	"time_zone":    "Europe/London",
}

// ParseSettings reads content/site.toml. path is its slash path from the
// project folder, for messages.
func ParseSettings(path string, src []byte) (Settings, diag.List) {
	var l diag.List
	text, ok := checkEncoding(path, src, &l)
	if !ok {
		return Settings{}, l
	}
	var raw rawSettings
	md, err := toml.Decode(string(text), &raw)
	if err != nil {
		settingsError(path, text, err, &l)
		return Settings{}, l
	}
	c := &checker{path: path, marker: "+++", lines: keyLines("+++", text, 1), diags: &l, examples: settingsExamples}
	for _, key := range md.Undecoded() {
		if len(key) == 1 {
			c.errorf(key[0], "%s", unknownKey("setting", key[0], "site.toml", settingsKeys))
		}
	}
	s := c.settings(raw)
	s.Limits = c.limits(raw.Limits, text)
	l.Sort()
	return s, l
}

func settingsError(path string, text []byte, err error, l *diag.List) {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		l.Errorf(path, 1, "site.toml cannot be read (%v)", err)
		return
	}
	line := min(max(pe.Position.Line, 1), max(lineCount(text), 1))
	if m := tomlDuplicate.FindStringSubmatch(pe.Message); m != nil {
		l.Errorf(path, line, "%s is given twice: keep one and delete the other", m[1])
		return
	}
	l.Errorf(path, line, `site.toml cannot be read here (%s): write each setting as name = value, with text in double quotes, like phone = %s`,
		pe.Message, strconv.Quote(settingsExamples["phone"]))
}
