package content

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

const goodSettings = `title = "Children's Services: your views"
base_url = "https://www.norfolk.gov.uk/childrensservices"
organisation = "Norfolk County Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
`

func TestParseSettingsDecodesEverySetting(t *testing.T) {
	got, l := ParseSettings("content/site.toml", []byte(goodSettings))
	if len(l) != 0 {
		t.Errorf("ParseSettings(good) problems = %q, want none", l.Error())
	}
	want := Settings{
		Title:        "Children's Services: your views",
		BaseURL:      "https://www.norfolk.gov.uk/childrensservices/",
		Organisation: "Norfolk County Council",
		Phone:        "01603 222494",
		Language:     "en-GB",
		TimeZone:     "Europe/London",
	}
	if got != want {
		t.Errorf("ParseSettings(good) = %+v, want %+v", got, want)
	}
}

var settingsProblemTests = []struct {
	name string
	src  string
	want []string
}{
	{
		"empty", "",
		[]string{
			"content/site.toml:1: error: site.toml has no base_url: add a line like base_url = \"https://www.norfolk.gov.uk/childrensservices/\"",
			"content/site.toml:1: error: site.toml has no language: add a line like language = \"en-GB\"",
			"content/site.toml:1: error: site.toml has no organisation: add a line like organisation = \"Norfolk County Council\"",
			"content/site.toml:1: error: site.toml has no phone: add a line like phone = \"01603 222494\"",
			"content/site.toml:1: error: site.toml has no time_zone: add a line like time_zone = \"Europe/London\"",
			"content/site.toml:1: error: site.toml has no title: add a line like title = \"Children's Services: your views\"",
		},
	},
	{
		"bad values",
		"title = \" \"\nbase_url = \"www.norfolk.gov.uk\"\norganisation = 3\nphone = \"01603-222494\"\nlanguage = \"English (UK)\"\ntime_zone = \"London\"\nbaseurl = \"x\"\n",
		[]string{
			"content/site.toml:1: error: title is blank: fill it in, like title = \"Children's Services: your views\"",
			`content/site.toml:2: error: base_url "www.norfolk.gov.uk" must be a full web address starting with https://, like "https://www.norfolk.gov.uk/childrensservices/"`,
			"content/site.toml:3: error: organisation must be text, like organisation = \"Norfolk County Council\"",
			`content/site.toml:4: error: phone "01603-222494" must be digits with single spaces between groups, like "01603 222494"`,
			`content/site.toml:5: error: language "English (UK)" must be a language tag, like "en-GB" for English as written in the UK`,
			`content/site.toml:6: error: time_zone "London" is not a time zone name: use a name from the tz database, like "Europe/London"`,
			`content/site.toml:7: error: unknown setting "baseurl" (did you mean "base_url"?): site.toml may have title, base_url, organisation, phone, language and time_zone`,
		},
	},
	{
		"base_url with a query",
		"title = \"t\"\nbase_url = \"https://example.org/?a=1\"\norganisation = \"o\"\nphone = \"1\"\nlanguage = \"en\"\ntime_zone = \"UTC\"\n",
		[]string{`content/site.toml:2: error: base_url "https://example.org/?a=1" must not have a "?" or "#" part: give only the address of the site's home page`},
	},
	{
		"base_url with a fragment and a double space in the phone number",
		"title = \"t\"\nbase_url = \"http://example.org/#top\"\norganisation = \"o\"\nphone = \"01603  222494\"\nlanguage = \"en\"\ntime_zone = \"Local\"\n",
		[]string{
			`content/site.toml:2: error: base_url "http://example.org/#top" must not have a "?" or "#" part: give only the address of the site's home page`,
			`content/site.toml:4: error: phone "01603  222494" must be digits with single spaces between groups, like "01603 222494"`,
			`content/site.toml:6: error: time_zone "Local" is not a time zone name: use a name from the tz database, like "Europe/London"`,
		},
	},
	{
		"base_url of another scheme",
		"title = \"t\"\nbase_url = \"ftp://example.org/\"\norganisation = \"o\"\nphone = \"1\"\nlanguage = \"en\"\ntime_zone = \"UTC\"\n",
		[]string{`content/site.toml:2: error: base_url "ftp://example.org/" must be a full web address starting with https://, like "https://www.norfolk.gov.uk/childrensservices/"`},
	},
	{
		"duplicate setting",
		"title = \"a\"\ntitle = \"b\"\n",
		[]string{"content/site.toml:2: error: title is given twice: keep one and delete the other"},
	},
	{
		"YAML instead of TOML",
		"title: Children's Services\n",
		[]string{`content/site.toml:1: error: site.toml cannot be read here (expected '.' or '=', but got ':' instead): write each setting as name = value, with text in double quotes, like phone = "01603 222494"`},
	},
	{
		"byte-order mark", "\xef\xbb\xbf" + goodSettings,
		[]string{"content/site.toml:1: error: the file starts with a byte-order mark: save it as UTF-8 without BOM"},
	},
}

func TestParseSettingsReportsEveryProblem(t *testing.T) {
	for _, tt := range settingsProblemTests {
		t.Run(tt.name, func(t *testing.T) {
			_, l := ParseSettings("content/site.toml", []byte(tt.src))
			if got := problems(l); !slices.Equal(got, tt.want) {
				t.Errorf("ParseSettings(%q) =\n%s\nwant\n%s", tt.src, joinLines(got), joinLines(tt.want))
			}
		})
	}
}

func TestBaseURLsAreCheckedLikeAliases(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://www.norfolk.gov.uk/childrensservices", "https://www.norfolk.gov.uk/childrensservices/"},
		{"http://127.0.0.1:8080/", "http://127.0.0.1:8080/"},
		{"https://example.org/a%0A/*%20https://evil.example/%20301!/", `base_url "https://example.org/a%0A/*%20https://evil.example/%20301!/" has a path that is not plain folder names: use letters, digits, "-", "_", "." and "/", like "/childrensservices/"`},
		{"https://example.org/a b/", `base_url "https://example.org/a b/" holds a space or an invisible character: an address has none; retype it`},
		{"https://example.org/a\n/", "base_url \"https://example.org/a\\n/\" holds a space or an invisible character: an address has none; retype it"},
		{"https://user:secret@example.org/", `base_url "https://user:secret@example.org/" must not hold a user name or password: they would appear in every link`},
		{"https://exa_mple.org/", `base_url "https://exa_mple.org/" has a host name that is not one: use letters, digits, "-" and ".", like "www.norfolk.gov.uk"`},
		{"https://example.org/a/../b/", `base_url "https://example.org/a/../b/" must not hold "." or ".." as a part of its path: write the path in full`},
		{"https://example.org//b/", `base_url "https://example.org//b/" has a path that is not plain folder names: use letters, digits, "-", "_", "." and "/", like "/childrensservices/"`},
		{"https://example.org/?a=b", `base_url "https://example.org/?a=b" must not have a "?" or "#" part: give only the address of the site's home page`},
		{"ftp://example.org/", `base_url "ftp://example.org/" must be a full web address starting with https://, like "https://www.norfolk.gov.uk/childrensservices/"`},
	} {
		got, err := CheckBaseURL("base_url", tt.url)
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("CheckBaseURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// FuzzCheckBaseURL: an accepted base URL ends in "/", and its path reads
// the same decoded as written, so nothing it holds can turn into a line
// break or a space where it is written out (the redirect rules).
func FuzzCheckBaseURL(f *testing.F) {
	for _, seed := range []string{"https://www.norfolk.gov.uk/childrensservices/", "http://127.0.0.1:8080", "https://a.example/%0A/", "https://u@a.example/", "https://a.example/a/../"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := CheckBaseURL("base_url", s)
		if err != nil {
			return
		}
		u, perr := url.Parse(got)
		if perr != nil || !strings.HasSuffix(got, "/") || u.EscapedPath() != u.Path || u.User != nil || strings.ContainsAny(got, " \t\r\n%@") {
			t.Errorf("CheckBaseURL(%q) accepted %q", s, got)
		}
	})
}
