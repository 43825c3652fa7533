package content

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
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
func cleanBaseURL(s string) (string, error) { return CheckBaseURL("base_url", s) }

// CheckBaseURL checks a base URL given as name (base_url in site.toml, or
// the --base-url flag) and returns it ending in "/". Every link, the feed,
// the sitemap and the redirect rules start with it, so, as with aliases,
// anything that could mean two things is refused rather than cleaned up:
// spaces and invisible characters, a user name or password, a "?" or "#"
// part, and a path that is more than plain folder names (percent-encoded
// characters decode into the redirect rules: an encoded line break would
// start a rule of its own).
func CheckBaseURL(name, s string) (string, error) {
	if strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) {
		return "", fmt.Errorf(`%s %q holds a space or an invisible character: an address has none; retype it`, name, s)
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Opaque != "" {
		return "", fmt.Errorf(`%s %q must be a full web address starting with https://, like %q`, name, s, settingsExamples["base_url"])
	}
	if strings.ContainsAny(s, "?#") {
		return "", fmt.Errorf(`%s %q must not have a "?" or "#" part: give only the address of the site's home page`, name, s)
	}
	if u.User != nil || strings.Contains(s[len(u.Scheme)+3:], "@") {
		return "", fmt.Errorf(`%s %q must not hold a user name or password: they would appear in every link`, name, s)
	}
	if !hostShape.MatchString(u.Hostname()) || !portShape.MatchString(u.Port()) {
		return "", fmt.Errorf(`%s %q has a host name that is not one: use letters, digits, "-" and ".", like "www.norfolk.gov.uk"`, name, s)
	}
	if !basePathShape.MatchString(u.EscapedPath()) || u.EscapedPath() != u.Path {
		return "", fmt.Errorf(`%s %q has a path that is not plain folder names: use letters, digits, "-", "_", "." and "/", like "/childrensservices/"`, name, s)
	}
	for _, seg := range strings.Split(u.Path, "/") {
		if seg == "." || seg == ".." {
			return "", fmt.Errorf(`%s %q must not hold "." or ".." as a part of its path: write the path in full`, name, s)
		}
	}
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s, nil
}

var (
	hostShape     = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$`)
	portShape     = regexp.MustCompile(`^[0-9]{0,5}$`)
	basePathShape = regexp.MustCompile(`^(/[A-Za-z0-9._-]+)*/?$`)
)

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
