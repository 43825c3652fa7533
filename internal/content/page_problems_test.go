package content

import (
	"slices"
	"testing"
)

// pageProblemTests are inputs and every problem each must report, exactly as
// an editor sees them. The fuzz test uses the inputs as its seed corpus.
var pageProblemTests = []struct {
	name string
	path string
	src  string
	want []string
}{
	{
		"byte-order mark", "content/vision.md",
		"\xef\xbb\xbf---\ntitle: a\ndescription: b\n---\n",
		[]string{"content/vision.md:1: error: the file starts with a byte-order mark: save it as UTF-8 without BOM"},
	},
	{
		"byte-order mark and a missing field", "content/vision.md",
		"\xef\xbb\xbf---\ntitle: a\n---\n",
		[]string{
			"content/vision.md:1: error: the file starts with a byte-order mark: save it as UTF-8 without BOM",
			"content/vision.md:1: error: the page has no description: add a line like description: Where and when the Northern area workshop meets",
		},
	},
	{
		"UTF-16 with BOM", "content/vision.md",
		"\xff\xfe-\x00-\x00-\x00\n\x00",
		[]string{"content/vision.md:1: error: the file is saved as UTF-16: save it as UTF-8"},
	},
	{
		"UTF-16 without BOM", "content/vision.md",
		"\x00-\x00-\x00-\x00\n\x00t\x00i",
		[]string{"content/vision.md:1: error: the file is saved as UTF-16: save it as UTF-8"},
	},
	{
		"stray NUL", "content/vision.md",
		"---\ntitle: a\ndescription: b\n---\nsome text here and \x00 more\n",
		[]string{"content/vision.md:5: error: this line holds a NUL character, which is not text: delete it, or save the file again as UTF-8 text"},
	},
	{
		"invalid UTF-8", "content/vision.md",
		"---\ntitle: a\ndescription: caf\xe9\n---\n",
		[]string{"content/vision.md:3: error: this line holds a character that is not valid UTF-8: save the file as UTF-8, or retype the character"},
	},
	{
		"blank line before the fence", "content/vision.md",
		"\n---\ntitle: a\ndescription: b\n---\n",
		[]string{"content/vision.md:1: error: line 1 must open the front matter with --- (YAML) or +++ (TOML), with nothing before it, not even a blank line"},
	},
	{
		"no front matter", "content/vision.md",
		"# Vision\n",
		[]string{"content/vision.md:1: error: line 1 must open the front matter with --- (YAML) or +++ (TOML), with nothing before it, not even a blank line"},
	},
	{
		"empty file", "content/vision.md",
		"",
		[]string{"content/vision.md:1: error: line 1 must open the front matter with --- (YAML) or +++ (TOML), with nothing before it, not even a blank line"},
	},
	{
		"YAML never closed", "content/vision.md",
		"---\ntitle: a\ndescription: b\n# Vision\n",
		[]string{"content/vision.md:1: error: the front matter opened on line 1 with --- is never closed: add a line with just --- after the last field"},
	},
	{
		"TOML never closed", "content/vision.md",
		"+++\ntitle = 'a'\n",
		[]string{"content/vision.md:1: error: the front matter opened on line 1 with +++ is never closed: add a line with just +++ after the last field"},
	},
	{
		"YAML unknown and duplicate keys", "content/vision.md",
		"---\ntitel: a\ndescription: b\ntitle: x\ntitle: y\ncolour: red\n---\n",
		[]string{
			`content/vision.md:2: error: unknown field "titel" (did you mean "title"?): a page may have title, menu_title, description, weight, date, updated, draft, noindex, aliases, print, closes, prepared, reviewed, area, venue, town, starts and ends`,
			"content/vision.md:5: error: title is given twice (first on line 4): keep one and delete the other",
			`content/vision.md:6: error: unknown field "colour": a page may have title, menu_title, description, weight, date, updated, draft, noindex, aliases, print, closes, prepared, reviewed, area, venue, town, starts and ends`,
		},
	},
	{
		"YAML wrong types", "content/vision.md",
		"---\ntitle: [a]\ndescription: b\nweight: abc\ndraft: maybe\naliases: /old/\nprint: -1\ndate: 2005-02-30\nupdated: 2005-13-01\n---\n",
		[]string{
			"content/vision.md:2: error: title must be text, like title: Northern area workshop",
			"content/vision.md:4: error: weight must be a whole number, like 3",
			"content/vision.md:5: error: draft must be true or false",
			`content/vision.md:6: error: aliases must be a list of addresses, like ["/old-page/"]`,
			"content/vision.md:7: error: print must not be negative: use 1 or more for the page's place in the print packs, or 0 to leave it out",
			"content/vision.md:8: error: date 2005-02-30 is not a real date: February 2005 has 28 days",
			"content/vision.md:9: error: updated 2005-13-01 is not a real date: there is no month 13 (months run from 01 to 12)",
		},
	},
	{
		"menu_title blank", "content/vision.md",
		"---\ntitle: a\ndescription: b\nmenu_title: \"  \"\n---\n",
		[]string{`content/vision.md:4: error: menu_title is blank: give a short label, like menu_title: Workshops, or delete the line to use the title`},
	},
	{
		"menu_title too long", "content/vision.md",
		"+++\ntitle = 'a'\ndescription = 'b'\nmenu_title = 'The structures we decided against'\n+++\n",
		[]string{`content/vision.md:4: error: menu_title is 33 characters long: keep it to 20 or fewer, like menu_title = "Workshops", so the menu fits on a phone`},
	},
	{
		"menu_title mistyped", "content/vision.md",
		"---\ntitle: a\ndescription: b\nmenu_tilte: Vision\nmenutitle: [x]\n---\n",
		[]string{
			`content/vision.md:4: error: unknown field "menu_tilte" (did you mean "menu_title"?): a page may have title, menu_title, description, weight, date, updated, draft, noindex, aliases, print, closes, prepared, reviewed, area, venue, town, starts and ends`,
			`content/vision.md:5: error: unknown field "menutitle" (did you mean "menu_title"?): a page may have title, menu_title, description, weight, date, updated, draft, noindex, aliases, print, closes, prepared, reviewed, area, venue, town, starts and ends`,
		},
	},
	{
		"menu_title not text", "content/vision.md",
		"---\ntitle: a\ndescription: b\nmenu_title: [Vision]\n---\n",
		[]string{"content/vision.md:4: error: menu_title must be text, like menu_title: Workshops"},
	},
	{
		"accessibility statement without its prepared date", "content/accessibility.md",
		"---\ntitle: a\ndescription: b\n---\n",
		[]string{"content/accessibility.md:1: error: the accessibility statement has no prepared date: add a line like prepared: 2005-06-08, the day the statement was first written"},
	},
	{
		"accessibility statement reviewed before it was prepared", "content/accessibility.md",
		"+++\ntitle = 'a'\ndescription = 'b'\nprepared = 2026-11-23\nreviewed = 2026-11-22\n+++\n",
		[]string{"content/accessibility.md:5: error: reviewed 2026-11-22 is before prepared 2026-11-23: a statement is reviewed after it is prepared, so check both dates"},
	},
	{
		"prepared and reviewed on another page", "content/vision.md",
		"---\ntitle: a\ndescription: b\nprepared: 2026-11-23\nreviewed: 2026-11-24\n---\n",
		[]string{
			"content/vision.md:4: error: prepared is only for the accessibility statement, content/accessibility.md: delete it from this page",
			"content/vision.md:5: error: reviewed is only for the accessibility statement, content/accessibility.md: delete it from this page",
		},
	},
	{
		"dates", "content/vision.md",
		"---\ntitle: a\ndescription: b\ndate: 8 June 2005\nupdated: 2004-02-30\n---\n",
		[]string{
			`content/vision.md:4: error: date "8 June 2005" must be written as YYYY-MM-DD, like 2005-06-08`,
			"content/vision.md:5: error: updated 2004-02-30 is not a real date: February 2004 has 29 days",
		},
	},
	{
		"tab indentation", "content/vision.md",
		"---\ntitle: a\n\tdescription: b\n---\n",
		[]string{"content/vision.md:3: error: this line is indented with a tab, which YAML does not allow: use spaces instead"},
	},
	{
		"tab on the first field", "content/vision.md",
		"---\n\ttitle: a\ndescription: b\n---\n",
		[]string{"content/vision.md:2: error: this line is indented with a tab, which YAML does not allow: use spaces instead"},
	},
	{
		"colon in a value", "content/vision.md",
		"---\ntitle: a\ndescription: Workshops: autumn\n---\n",
		[]string{`content/vision.md:3: error: YAML cannot read this line: if the value holds a colon, put the value in double quotes, like title: "Workshops: autumn 2005"; otherwise check the indentation`},
	},
	{
		"unclosed quote", "content/vision.md",
		"---\ntitle: \"abc\n---\n",
		[]string{"content/vision.md:2: error: the YAML front matter cannot be read here (found unexpected end of stream): check for a missing colon after the field name, an unclosed quote or bracket, or uneven indentation"},
	},
	{
		"missing title and description", "content/vision.md",
		"---\nweight: 1\n---\n",
		[]string{
			"content/vision.md:1: error: the page has no description: add a line like description: Where and when the Northern area workshop meets",
			"content/vision.md:1: error: the page has no title: add a line like title: Northern area workshop",
		},
	},
	{
		"missing title in TOML", "content/vision.md",
		"+++\ndescription = 'b'\n+++\n",
		[]string{`content/vision.md:1: error: the page has no title: add a line like title = "Northern area workshop"`},
	},
	{
		"blank title and section-only fields", "content/vision.md",
		"---\ntitle:\ndescription: \" \"\nvenue: x\ncloses: 2005-06-08\n---\n",
		[]string{
			"content/vision.md:2: error: title is blank: fill it in, like title: Northern area workshop",
			"content/vision.md:3: error: description is blank: fill it in, like description: Where and when the Northern area workshop meets",
			"content/vision.md:4: error: venue is only for workshop pages in content/workshops/: delete it from this page",
			"content/vision.md:5: error: closes is only for the consultation page, content/consultation.md: delete it from this page",
		},
	},
	{
		"workshop without its fields", "content/workshops/northern.md",
		"---\ntitle: a\ndescription: b\nstarts: 9:30\n---\n",
		[]string{
			"content/workshops/northern.md:1: error: a workshop page has no area: add a line like area: Northern",
			"content/workshops/northern.md:1: error: a workshop page has no date: add a line like date: 2005-06-08",
			"content/workshops/northern.md:1: error: a workshop page has no town: add a line like town: Norwich",
			"content/workshops/northern.md:1: error: a workshop page has no venue: add a line like venue: County Hall",
			`content/workshops/northern.md:4: error: starts "9:30" must be a 24-hour time written HH:MM, like 09:30 or 14:00`,
		},
	},
	{
		"workshop ending before it starts", "content/workshops/northern.md",
		"---\ntitle: a\ndescription: b\narea: N\nvenue: V\ntown: T\ndate: 2005-10-04\nstarts: \"10:00\"\nends: \"09:00\"\n---\n",
		[]string{"content/workshops/northern.md:9: error: ends 09:00 must be later than starts 10:00: check both times"},
	},
	{
		"TOML duplicate key", "content/vision.md",
		"+++\ntitle = \"a\"\ndescription = \"b\"\ntitle = \"c\"\n+++\n",
		[]string{"content/vision.md:4: error: title is given twice (first on line 2): keep one and delete the other"},
	},
	{
		"TOML impossible date", "content/vision.md",
		"+++\ntitle = \"a\"\ndescription = \"b\"\ndate = 2005-02-30\n+++\n",
		[]string{"content/vision.md:4: error: date 2005-02-30 is not a real date: February 2005 has 28 days"},
	},
	{
		"TOML wrong types and unknown keys", "content/vision.md",
		"+++\ntitle = \"a\"\ndescription = \"b\"\nweight = \"x\"\ndraft = 1\naliases = \"/x/\"\ndate = 2005-06-08T10:00:00\nupdated = \"June\"\ntitel = 1\n[extra]\nx = 1\n+++\n",
		[]string{
			"content/vision.md:4: error: weight must be a whole number, like 3",
			"content/vision.md:5: error: draft must be true or false",
			`content/vision.md:6: error: aliases must be a list of addresses, like ["/old-page/"]`,
			"content/vision.md:7: error: date must be a date without a time of day, like date = 2005-06-08",
			`content/vision.md:8: error: updated "June" must be written as YYYY-MM-DD, like 2005-06-08`,
			`content/vision.md:9: error: unknown field "titel" (did you mean "title"?): a page may have title, menu_title, description, weight, date, updated, draft, noindex, aliases, print, closes, prepared, reviewed, area, venue, town, starts and ends`,
			`content/vision.md:10: error: unknown field "extra": a page may have title, menu_title, description, weight, date, updated, draft, noindex, aliases, print, closes, prepared, reviewed, area, venue, town, starts and ends`,
		},
	},
	{
		"TOML syntax", "content/vision.md",
		"+++\ntitle = Northern\n+++\n",
		[]string{`content/vision.md:2: error: the TOML front matter cannot be read here (expected value but found "Northern" instead): write each field as name = value, with text in double quotes, like title = "Northern area workshop"`},
	},
	{
		"bad aliases", "content/vision.md",
		"---\naliases: [\"old\", \"https://example.org/a\", \"/a/../b\", \"/a//b\", \"/a?b\", \"/a\\\\b\", \"/.\", \"/a\\tb\"]\ntitle: a\ndescription: b\n---\n",
		[]string{
			`content/vision.md:2: error: alias "/." must not hold "." or ".." as a part: write the address in full, like "/old-page/"`,
			`content/vision.md:2: error: alias "/a/../b" must not hold "." or ".." as a part: write the address in full, like "/old-page/"`,
			`content/vision.md:2: error: alias "/a//b" must not hold "//": use a single "/" between the parts`,
			`content/vision.md:2: error: alias "/a?b" must not hold "?" or "#": give only the path, like "/old-page/"`,
			`content/vision.md:2: error: alias "/a\\b" uses a backslash: use "/" between the parts of an address`,
			`content/vision.md:2: error: alias "/a\tb" holds an invisible control character: retype it`,
			`content/vision.md:2: error: alias "https://example.org/a" must be an address on this site, not a full web address: write only the part after the domain, like "/old-page/"`,
			`content/vision.md:2: error: alias "old" must start with "/", like "/old-page/"`,
		},
	},
	{
		"front matter that is a list", "content/vision.md",
		"---\n- a\n---\n",
		[]string{
			"content/vision.md:1: error: the page has no description: add a line like description: Where and when the Northern area workshop meets",
			"content/vision.md:1: error: the page has no title: add a line like title: Northern area workshop",
			"content/vision.md:2: error: the front matter must be fields, one a line, written name: value, like title: Northern area workshop",
		},
	},
}

func TestParsePageReportsEveryProblem(t *testing.T) {
	for _, tt := range pageProblemTests {
		t.Run(tt.name, func(t *testing.T) {
			_, l := ParsePage(tt.path, []byte(tt.src))
			if got := problems(l); !slices.Equal(got, tt.want) {
				t.Errorf("ParsePage(%q, %q) =\n%s\nwant\n%s", tt.path, tt.src, joinLines(got), joinLines(tt.want))
			}
		})
	}
}

func joinLines(lines []string) string {
	s := ""
	for _, l := range lines {
		s += "\t" + l + "\n"
	}
	return s
}
