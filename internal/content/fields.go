package content

import (
	"math"
	"time"

	"norfolk.gov.uk/microsite/internal/diag"
)

// checker turns raw values into typed fields, reporting each problem on the
// line of its key and carrying on, so an editor sees every problem at once.
type checker struct {
	path   string
	marker string
	lines  map[string]int
	diags  *diag.List
	// examples are values shown in messages, so an editor sees the shape a
	// field wants.
	examples map[string]string
}

// example is a whole line, written as the file's own format would have it.
func (c *checker) example(key string) string {
	v := c.examples[key]
	if c.marker == "---" {
		return key + ": " + v
	}
	if _, err := parseDate(key, v); err != nil {
		v = `"` + v + `"` // TOML text is quoted; its dates are not
	}
	return key + " = " + v
}

func (c *checker) line(key string) int {
	if n, ok := c.lines[key]; ok {
		return n
	}
	return 1
}

func (c *checker) errorf(key, format string, args ...any) {
	c.diags.Errorf(c.path, c.line(key), format, args...)
}

func (c *checker) text(key string, v rawValue) string {
	if v.set && !v.isText {
		c.errorf(key, "%s must be text, like %s", key, c.example(key))
		return ""
	}
	return v.text
}

func (c *checker) whole(key string, v rawValue, like string) int {
	if !v.set {
		return 0
	}
	v = asWritten(v)
	switch n := v.value.(type) {
	case int:
		return n
	case int64:
		if n >= math.MinInt && n <= math.MaxInt {
			return int(n)
		}
	case uint64:
		if n <= math.MaxInt {
			return int(n)
		}
	}
	c.errorf(key, "%s must be a whole number, like %s", key, like)
	return 0
}

func (c *checker) boolean(key string, v rawValue) bool {
	b, ok := v.value.(bool)
	if v.set && !ok {
		c.errorf(key, "%s must be true or false", key)
	}
	return b
}

func (c *checker) list(key string, v rawValue) []string {
	if !v.set {
		return nil
	}
	items, ok := v.value.([]any)
	out := make([]string, 0, len(items))
	for _, item := range items {
		s, isText := scalarText(item)
		ok = ok && isText
		out = append(out, s)
	}
	if !ok {
		c.errorf(key, `%s must be a list of addresses, like ["/old-page/"]`, key)
		return nil
	}
	return out
}

func (c *checker) date(key string, v rawValue) Date {
	if !v.set {
		return Date{}
	}
	if t, ok := v.value.(time.Time); ok && !v.isText {
		if t.Location().String() != "date-local" {
			c.errorf(key, "%s must be a date without a time of day, like %s", key, c.example("date"))
			return Date{}
		}
		return Date{time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}
	}
	if !v.isText {
		c.errorf(key, "%s must be a date written YYYY-MM-DD, like 2005-06-08", key)
		return Date{}
	}
	d, err := parseDate(key, v.text)
	if err != nil {
		c.errorf(key, "%v", err)
	}
	return d
}

func (c *checker) clock(key string, v rawValue) string {
	if !v.set {
		return ""
	}
	text := v.text
	if t, ok := v.value.(time.Time); ok && !v.isText && t.Location().String() == "time-local" {
		text = t.Format("15:04:05")
		if t.Second() == 0 && t.Nanosecond() == 0 {
			text = t.Format("15:04")
		}
	} else if !v.isText {
		c.errorf(key, "%s must be a 24-hour time written HH:MM, like 09:30", key)
		return ""
	}
	s, err := parseClock(key, text)
	if err != nil {
		c.errorf(key, "%v", err)
	}
	return s
}
