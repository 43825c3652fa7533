package check

import (
	"strings"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
)

// page is one test page: its file and front matter, and its Markdown.
type page struct {
	file  string
	front content.FrontMatter
	body  string
}

// runOn builds a site of pages, converts each page's Markdown and checks it,
// with lines as an editor sees them: front matter on lines 2 to 5, the body
// from line 7.
func runOn(t *testing.T, now time.Time, opts Options, pages ...page) []string {
	t.Helper()
	var cps []content.Page
	for _, p := range pages {
		cps = append(cps, content.Page{Path: p.file, Front: p.front, BodyLine: 7, Body: []byte(p.body),
			FieldLines: map[string]int{"title": 2, "description": 3, "date": 4, "closes": 5}})
	}
	s, l := site.New(content.Settings{Title: "T", BaseURL: "https://example.org/"}, cps, site.Options{Now: now})
	if len(l) > 0 {
		t.Fatalf("site.New: %v", l)
	}
	conv := markdown.New()
	results := map[*site.Page]*markdown.Result{}
	for _, p := range s.Pages {
		if p.Source == "" {
			continue
		}
		r := conv.Convert(p.Body, markdown.Context{File: p.Source, FirstLine: p.BodyLine, Prose: true,
			AssetURL: func(name string) (string, bool) {
				return "/assets/" + strings.Replace(name, ".", ".1a2b3c4d.", 1), true
			},
			PageURL: func(string) (string, bool) { return "/", true }})
		results[p] = &r
	}
	opts.Advice = true // every rule's advice is under test
	l = Across(s, opts)
	for _, p := range s.Pages {
		if p.Source != "" {
			l = append(l, Page(s, p, results[p], opts)...)
		}
	}
	l.Sort()
	var got []string
	for _, d := range l {
		got = append(got, d.String())
	}
	return got
}

var day = time.Date(2005, time.May, 20, 0, 0, 0, 0, time.UTC)

func front(title string) content.FrontMatter {
	return content.FrontMatter{Title: title, Description: "What " + strings.ToLower(title) + " is about."}
}

// assertDiags compares problems with the wanted ones, in order.
func assertDiags(t *testing.T, got []string, wants ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(wants, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wants, "\n"))
	}
}

func TestRules(t *testing.T) {
	long := "We want to hear from every school, every governor, every member of staff and every parent in the county about the plans for the new service this year."
	for _, tt := range []struct {
		name  string
		body  string
		wants []string
	}{
		{"good alt text", "![A map of Norfolk showing the five areas](/assets/map.png)\n", nil},
		{"alt text that says nothing", "![Photo](/assets/map.png)\n",
			[]string{`content/a.md:7: warning: image map.png: the alt text "Photo" does not say what the image shows: describe what a reader would miss without it, ![like this](...)`}},
		{"alt text that is the file name", "![map.png](/assets/map.png)\n\n![Map](/assets/map.png)\n", []string{
			`content/a.md:7: warning: image map.png: the alt text is only the file name: describe what the image shows instead, ![like this](...)`,
			`content/a.md:9: warning: image map.png: the alt text is only the file name: describe what the image shows instead, ![like this](...)`}},
		{"headings in order", "## A\n\n### B\n\n## C\n\n### D\n\n#### E\n", nil},
		{"a skipped level", "## A\n\n#### B\n\n#### C\n",
			[]string{`content/a.md:9: warning: heading "B" skips a level (#### after ##): use ### here, so the headings make an outline screen reader users can follow`}},
		{"a first heading below ##", "### A\n",
			[]string{`content/a.md:7: warning: heading "A" skips a level (### after the page title): use ## here, so the headings make an outline screen reader users can follow`}},
		{"a second h1", "# A\n\n## B\n",
			[]string{`content/a.md:7: error: heading "A" starts with a single #: the page title is already the page's only h1: start headings at ##`}},
		{"link text that names the page", "Read [our vision](/vision/).\n", nil},
		{"vague link text", "For the vision, [click here](/vision/). [Read more](/vision/).\n", []string{
			`content/a.md:7: warning: link text "Read more" does not say where the link goes: use words that name the page, like [read our vision](vision.md), because screen reader users often hear the links on their own`,
			`content/a.md:7: warning: link text "click here" does not say where the link goes: use words that name the page, like [read our vision](vision.md), because screen reader users often hear the links on their own`}},
		{"a link with no text", "See [](/vision/).\n",
			[]string{`content/a.md:7: warning: a link has no text, so screen readers read out its address: put words that say where it goes in the square brackets, [like this](../vision.md)`}},
		{"short sentences", "We want to hear from you. Tell us by June.\n", nil},
		{"a long sentence", "First line.\nSecond line. " + long + "\n",
			[]string{`content/a.md:8: warning: the sentence "We want to hear from every…" has 28 words: aim for 25 or fewer: split it, or cut words it does not need`}},
		{"a long quotation is quoted as it is", "> " + long + "\n", nil},
		{"plain words", "We will use the money to help schools.\n", nil},
		{"words to avoid", "We will utilise the money\nin order to facilitate schools.\n", []string{
			`content/a.md:7: warning: "utilise" is on the list of words to avoid (content/avoid-words.txt): write "use" instead`,
			`content/a.md:8: warning: "facilitate" is on the list of words to avoid (content/avoid-words.txt): write "help (say how)" instead`,
			`content/a.md:8: warning: "in order to" is on the list of words to avoid (content/avoid-words.txt): write "to" instead`}},
		{"other forms of a word to avoid", "## Utilising money\n\nWe utilised it. Robust plans.\n", []string{
			`content/a.md:7: warning: "Utilising" is on the list of words to avoid (content/avoid-words.txt): write "use" instead`,
			`content/a.md:9: warning: "Robust" is on the list of words to avoid (content/avoid-words.txt): say plainly what you mean`,
			`content/a.md:9: warning: "utilised" is on the list of words to avoid (content/avoid-words.txt): write "use" instead`}},
		{"a word that only starts like one to avoid", "Utilities and robustness.\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			avoid, l := ParseAvoidList("avoid.txt", []byte("utilise = use\nfacilitate = help (say how) # GOV.UK\nin order to = to\nrobust\n"))
			if len(l) > 0 {
				t.Fatal(l)
			}
			got := runOn(t, day, Options{Avoid: avoid}, page{"content/a.md", front("A"), tt.body})
			assertDiags(t, got, tt.wants...)
		})
	}
}

func TestDuplicateTitlesAndDescriptions(t *testing.T) {
	a, b, c := front("Workshops"), front("Workshops"), front("Vision")
	c.Description = b.Description
	got := runOn(t, day, Options{}, page{"content/a.md", a, ""}, page{"content/b.md", b, ""}, page{"content/c.md", c, ""})
	assertDiags(t, got,
		`content/a.md:2: warning: another page has the same title (content/b.md): give each page its own title, so readers can tell them apart in search results and browser tabs`,
		`content/a.md:3: warning: another page has the same description (content/b.md, content/c.md): say what this page holds that the other does not`,
		`content/b.md:2: warning: another page has the same title (content/a.md): give each page its own title, so readers can tell them apart in search results and browser tabs`,
		`content/b.md:3: warning: another page has the same description (content/a.md, content/c.md): say what this page holds that the other does not`,
		`content/c.md:3: warning: another page has the same description (content/a.md, content/b.md): say what this page holds that the other does not`,
	)
}

func TestDescriptionLength(t *testing.T) {
	ok, long := front("A"), front("B")
	ok.Description = strings.Repeat("a", 160)
	long.Description = strings.Repeat("b", 161)
	got := runOn(t, day, Options{}, page{"content/a.md", ok, ""}, page{"content/b.md", long, ""})
	assertDiags(t, got, `content/b.md:3: warning: the description is 161 characters long, and search engines cut it off after about 160: shorten it to one or two short sentences`)
}

func TestPastDates(t *testing.T) {
	consultation := front("Consultation")
	consultation.Closes = content.Date{Time: time.Date(2005, time.June, 8, 0, 0, 0, 0, time.UTC)}
	workshop := front("Northern")
	workshop.Date = content.Date{Time: time.Date(2005, time.June, 1, 0, 0, 0, 0, time.UTC)}
	pages := []page{{"content/consultation.md", consultation, ""}, {"content/workshops/northern.md", workshop, ""}}
	// Pages with words for after say so themselves.
	said := []page{{"content/consultation.md", consultation, "::: closed\nIt has closed.\n:::\n"}, {"content/workshops/northern.md", workshop, "::: past\nIt took place.\n:::\n"}}

	for _, tt := range []struct {
		name  string
		now   time.Time
		opts  Options
		wants []string
	}{
		{"before both", day, Options{PastDates: true}, nil},
		{"on the closing day", time.Date(2005, time.June, 8, 0, 0, 0, 0, time.UTC), Options{PastDates: true},
			[]string{`content/workshops/northern.md:4: warning: this workshop was on Wednesday 1 June 2005, which has passed, and the page has no words for after: add them in a block that starts ::: past and ends :::`}},
		{"after both", time.Date(2005, time.June, 9, 0, 0, 0, 0, time.UTC), Options{PastDates: true}, []string{
			`content/consultation.md:5: warning: feedback closed on Wednesday 8 June 2005, and the page has no words for after: add them in a block that starts ::: closed and ends :::`,
			`content/workshops/northern.md:4: warning: this workshop was on Wednesday 1 June 2005, which has passed, and the page has no words for after: add them in a block that starts ::: past and ends :::`}},
		{"after both, in a build", time.Date(2005, time.June, 9, 0, 0, 0, 0, time.UTC), Options{}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assertDiags(t, runOn(t, tt.now, tt.opts, pages...), tt.wants...)
		})
	}
	t.Run("after both, with words for after", func(t *testing.T) {
		assertDiags(t, runOn(t, time.Date(2005, time.June, 9, 0, 0, 0, 0, time.UTC), Options{PastDates: true}, said...))
	})
}

func TestReadingAge(t *testing.T) {
	easy := strings.Repeat("We want to hear what you think. Tell us by June. ", 5)
	hard := strings.Repeat("Organisational restructuring necessitates comprehensive consultation with educational establishments. ", 5)
	for _, tt := range []struct {
		name, body string
		wants      []string
	}{
		{"easy", easy, nil},
		{"hard", hard, []string{`content/a.md:7: warning: reading age about 40 (Flesch–Kincaid grade 34.7): aim for 11 or under: shorter sentences and shorter words help`}},
		{"too short to tell", "Organisational restructuring necessitates consultation.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assertDiags(t, runOn(t, day, Options{}, page{"content/a.md", front("A"), tt.body}), tt.wants...)
		})
	}
}

func TestParseAvoidList(t *testing.T) {
	parsed, l := ParseAvoidList("content/avoid-words.txt", []byte("# words\n\nLeverage = use\ngoing forward = from now on\n= nothing\n"))
	list := parsed.Entries
	want := []Avoid{{Words: []string{"leverage"}, Instead: "use"}, {Words: []string{"going", "forward"}, Instead: "from now on"}}
	if len(list) != 2 || strings.Join(list[1].Words, " ") != "going forward" || list[0].Words[0] != want[0].Words[0] || list[1].Instead != want[1].Instead {
		t.Errorf("ParseAvoidList = %+v, want %+v", list, want)
	}
	if got := l.Error(); got != `content/avoid-words.txt:5: warning: this line is not used: write a word to avoid, then = and a plainer word, like: utilise = use` {
		t.Errorf("problems = %s", got)
	}
	var _ diag.List = l
}

func TestAvoidListRefusesRepeatsAndLongPhrases(t *testing.T) {
	list, l := ParseAvoidList("content/avoid-words.txt", []byte("utilise = use\nUtilise = employ\none two three four five six seven eight nine ten eleven\n"))
	if len(list.Entries) != 1 {
		t.Errorf("ParseAvoidList kept %d entries, want 1: %+v", len(list.Entries), list.Entries)
	}
	assertDiags(t, strings.Split(l.Error(), "\n"),
		`content/avoid-words.txt:2: warning: this line is not used: "utilise" is already on line 1: delete one of the two`,
		`content/avoid-words.txt:3: warning: this line is not used: a phrase to avoid may have at most 10 words, and this one has 11: shorten it`)
}

func TestAvoidPhrasesSharingWords(t *testing.T) {
	avoid, _ := ParseAvoidList("avoid.txt", []byte("in order = so\nin order to = to\nuse\nused = worn\n"))
	got := runOn(t, day, Options{Avoid: avoid}, page{"content/a.md", front("A"), "We used it in order to\nuse it, in\norder.\n"})
	assertDiags(t, got,
		`content/a.md:7: warning: "in order to" is on the list of words to avoid (content/avoid-words.txt): write "to" instead`,
		`content/a.md:7: warning: "in order" is on the list of words to avoid (content/avoid-words.txt): write "so" instead`,
		`content/a.md:7: warning: "used" is on the list of words to avoid (content/avoid-words.txt): say plainly what you mean`,
		`content/a.md:7: warning: "used" is on the list of words to avoid (content/avoid-words.txt): write "worn" instead`,
		`content/a.md:8: warning: "in\norder" is on the list of words to avoid (content/avoid-words.txt): write "so" instead`,
		`content/a.md:8: warning: "use" is on the list of words to avoid (content/avoid-words.txt): say plainly what you mean`)
}
