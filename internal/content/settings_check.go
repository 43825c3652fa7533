package content

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

func (c *checker) settings(raw rawSettings) Settings {
	const owner = "site.toml"
	s := Settings{
		Title:        c.required(owner, "title", raw.Title),
		BaseURL:      c.required(owner, "base_url", raw.BaseURL),
		Organisation: c.required(owner, "organisation", raw.Organisation),
		Phone:        c.required(owner, "phone", raw.Phone),
		Language:     c.required(owner, "language", raw.Language),
		TimeZone:     c.required(owner, "time_zone", raw.TimeZone),
	}
	checks := []struct {
		key   string
		value *string
		check func(string) (string, error)
	}{
		{"base_url", &s.BaseURL, cleanBaseURL},
		{"phone", &s.Phone, checkPhone},
		{"language", &s.Language, checkLanguage},
		{"time_zone", &s.TimeZone, checkTimeZone},
	}
	for _, ch := range checks {
		if strings.TrimSpace(*ch.value) == "" {
			continue // required has reported it
		}
		v, err := ch.check(*ch.value)
		if err != nil {
			c.errorf(ch.key, "%v", err)
		}
		*ch.value = v
	}
	return s
}

// cleanBaseURL insists on the address of the home page and nothing more,
// because every link and feed entry is built by appending to it.
func cleanBaseURL(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || strings.ContainsAny(s, " \t") {
		return "", fmt.Errorf(`base_url %q must be a full web address starting with https://, like %q`, s, settingsExamples["base_url"])
	}
	if strings.ContainsAny(s, "?#") {
		return "", fmt.Errorf(`base_url %q must not have a "?" or "#" part: give only the address of the site's home page`, s)
	}
	if u.User != nil {
		return "", fmt.Errorf(`base_url %q must not hold a user name or password`, s)
	}
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s, nil
}

var phoneShape = regexp.MustCompile(`^[0-9]+( [0-9]+)*$`)

// checkPhone keeps the number in the one form that reads well and turns
// into a tel: link by dropping the spaces.
func checkPhone(s string) (string, error) {
	if !phoneShape.MatchString(s) {
		return "", fmt.Errorf(`phone %q must be digits with single spaces between groups, like %q`, s, settingsExamples["phone"])
	}
	return s, nil
}

// languageShape is the shape of a BCP 47 tag (a language, then subtags of
// letters or digits), not a check against the registry.
var languageShape = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

func checkLanguage(s string) (string, error) {
	if !languageShape.MatchString(s) {
		return "", fmt.Errorf(`language %q must be a language tag, like %q for English as written in the UK`, s, settingsExamples["language"])
	}
	return s, nil
}

// checkTimeZone refuses "Local", which would make the site depend on the
// machine that builds it.
func checkTimeZone(s string) (string, error) {
	if _, err := time.LoadLocation(s); err != nil || s == "Local" {
		return "", fmt.Errorf(`time_zone %q is not a time zone name: use a name from the tz database, like %q`, s, settingsExamples["time_zone"])
	}
	return s, nil
}
