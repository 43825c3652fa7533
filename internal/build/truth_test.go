package build_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// setFront sets one front-matter line of a file in fsys.
func setFront(t *testing.T, fsys fstest.MapFS, file, key, value string) {
	t.Helper()
	re := regexp.MustCompile(`(?m)^` + key + `: .*$`)
	data := string(fsys[file].Data)
	if !re.MatchString(data) {
		t.Fatalf("%s has no %s line", file, key)
	}
	fsys[file] = &fstest.MapFile{Data: []byte(re.ReplaceAllString(data, key+": "+value))}
}

// builtText builds fsys as of now and returns every output's text.
func builtText(t *testing.T, fsys fstest.MapFS, now time.Time) map[string]string {
	t.Helper()
	res, l := build.Site(context.Background(), fsys, build.Options{Now: now})
	if res == nil {
		t.Fatalf("build as of %s: %v", now.Format(time.DateOnly), l)
	}
	files := map[string]string{}
	for _, f := range res.Files {
		if strings.HasSuffix(f.Path, ".html") || strings.HasSuffix(f.Path, ".xml") || strings.HasSuffix(f.Path, ".ics") {
			files[f.Path] = string(f.Data)
		}
	}
	return files
}

// Moving the closing date once moves every statement of it: pages,
// descriptions, print packs, feed and calendars.
func TestMovingAFactMovesEveryStatementOfIt(t *testing.T) {
	for _, tc := range []struct {
		file, key, value string
		old, new         []string
	}{
		{"content/consultation.md", "closes", "2005-06-15", []string{"8 June 2005"}, []string{"Wednesday 15 June 2005"}},
		{"content/workshops/northern.md", "date", "2005-10-19", []string{"12 October 2005", "20051012"}, []string{"Wednesday 19 October 2005", "20051019"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			fsys := realProject(t)
			setFront(t, fsys, tc.file, tc.key, tc.value)
			files := builtText(t, fsys, sitetest.Now)
			for path, text := range files {
				for _, old := range tc.old {
					if strings.Contains(text, old) {
						t.Errorf("%s still says %q after %s moved to %s", path, old, tc.key, tc.value)
					}
				}
			}
			for _, path := range []string{"index.html", "print/index.html", "print/large/index.html"} {
				if !strings.Contains(files[path], tc.new[0]) {
					t.Errorf("%s does not say %q", path, tc.new[0])
				}
			}
		})
	}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// Every page and both print packs read right on every date: nothing
// invites views once feedback has closed, and nothing says it has closed
// before; a workshop is spoken of as to come or as past, never both.
func TestEveryPageReadsRightOnEveryDate(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	open := []string{"Have your say by", "Please send us your views", "Please tell us by", "We would like to hear from all of you", "We want to hear what you think"}
	closed := []string{"Feedback closed on", "has now closed", "The form has closed"}
	for _, tc := range []struct {
		day  string
		open bool
	}{
		{"2005-05-07", true}, {"2005-06-07", true}, {"2005-06-08", true}, {"2005-06-09", false},
		{"2005-09-29", false}, {"2005-09-30", false}, {"2005-10-06", false}, {"2005-10-12", false}, {"2005-10-13", false},
	} {
		t.Run(tc.day, func(t *testing.T) {
			files := builtText(t, realProject(t), day(tc.day))
			wrong, right := closed, open
			if !tc.open {
				wrong, right = open, closed
			}
			for path, html := range files {
				if !strings.HasSuffix(path, ".html") {
					continue
				}
				text := tags.ReplaceAllString(html, "")
				for _, w := range wrong {
					if strings.Contains(text, w) {
						t.Errorf("%s says %q", path, w)
					}
				}
				if strings.Contains(text, "area workshop is on") && strings.Contains(text, "area workshop took place") && path != "print/index.html" && path != "print/large/index.html" {
					t.Errorf("%s speaks of its workshop as both to come and past", path)
				}
			}
			for _, path := range []string{"index.html", "consultation/index.html", "print/index.html"} {
				text := tags.ReplaceAllString(files[path], "")
				if !containsAny(text, right) {
					t.Errorf("%s says none of %q", path, right)
				}
			}
			for _, w := range []string{"eastern", "northern"} {
				text := tags.ReplaceAllString(files["workshops/"+w+"/index.html"], "")
				past := day(tc.day).After(map[string]time.Time{"eastern": day("2005-09-29"), "northern": day("2005-10-12")}[w])
				if past != strings.Contains(text, "took place") || past == strings.Contains(text, "area workshop is on") {
					t.Errorf("the %s workshop's page does not read as %s", w, map[bool]string{true: "past", false: "to come"}[past])
				}
			}
		})
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// A date or fact typed by hand that the data holds is an error with the
// fix; so is a date that reads as the deadline but is not it.
func TestHandWrittenFactsAreErrorsWithTheFix(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/index.md --
---
title: Home
description: "Send us your views by Wednesday 8 June 2005."
---
The last day is {closes}.

Tell us by Wednesday 15 June 2005.

The Northern workshop is on Wednesday 12 October 2005.

We are open until {closse}.
-- content/consultation.md --
---
title: Consultation
description: The proposal.
closes: 2005-06-08
---
-- content/workshops/northern.md --
---
title: Northern
description: "The workshop for the {area} area."
area: Northern
date: 2005-10-12
venue: Fakenham Racecourse
town: Fakenham
---
It is on {date}.
`, build.Options{})
	s.AssertDiags(
		`content/index.md:3: error: "Wednesday 8 June 2005" is the closing date, written by hand: write it as {closes}, so that it follows closes in content/consultation.md`,
		`content/index.md:7: error: "Wednesday 15 June 2005" reads as the deadline, but closes in content/consultation.md is Wednesday 8 June 2005: write it as {closes}, so that it follows closes`,
		`content/index.md:9: error: "Wednesday 12 October 2005" is the Northern workshop's date, written by hand: write it as {northern.date}, so that it follows date in content/workshops/northern.md`,
		`content/index.md:11: error: there is no fact {closse} (did you mean "closes"?): correct the name (the README's "Facts" lists them all), or write a brace that is not a fact as \{`,
	)
}

// A count of the workshops typed by hand is an error: wrong, it says what
// the site has; right, it still says to write the fact, so that it follows.
func TestHandWrittenCountsAreErrorsWithTheFix(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/index.md --
---
title: Home
description: "Come to our two area workshops."
---
There are six free one-day workshops.
-- content/workshops/northern.md --
---
title: Northern
description: The Northern workshop.
area: Northern
date: 2005-10-12
venue: Fakenham Racecourse
town: Fakenham
---
-- content/workshops/eastern.md --
---
title: Eastern
description: The Eastern workshop.
area: Eastern
date: 2005-09-29
venue: Great Yarmouth Racecourse
town: Great Yarmouth
---
`, build.Options{})
	s.AssertDiags(
		`content/index.md:3: error: "two area workshops" counts the workshops by hand: write the number as {workshop-count}, so that it follows the workshop pages`,
		`content/index.md:5: error: "six free one-day workshops" says there are 6 workshops, but content/workshops/ has two: write the number as {workshop-count}, so that it follows the workshop pages`,
	)
}
