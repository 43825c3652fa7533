package build_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// TestFeedAndCalendarsSameOnEveryDayOfOneState builds the real site on two
// days on which nothing in it changes state (the consultation open, every
// workshop still to come) and on two days after everything has closed, and
// wants the same feed and calendars on both days of each pair.
func TestFeedAndCalendarsSameOnEveryDayOfOneState(t *testing.T) {
	for _, days := range [][2]time.Time{
		{time.Date(2005, 5, 9, 0, 0, 0, 0, time.UTC), time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)},
		{time.Date(2005, 11, 1, 0, 0, 0, 0, time.UTC), time.Date(2007, 3, 14, 0, 0, 0, 0, time.UTC)},
	} {
		a, b := feedAndCalendars(t, days[0]), feedAndCalendars(t, days[1])
		if len(a) < 2 {
			t.Fatalf("the real site has %d feed and calendar files, want the feed and the calendars", len(a))
		}
		for p, data := range a {
			if b[p] != data {
				t.Errorf("%s differs between builds as of %s and %s:\n%s\n---\n%s", p,
					days[0].Format(time.DateOnly), days[1].Format(time.DateOnly), data, b[p])
			}
		}
	}
}

func feedAndCalendars(t *testing.T, now time.Time) map[string]string {
	t.Helper()
	res, l := build.Site(context.Background(), os.DirFS(projectRoot), build.Options{Now: now, Minify: true})
	if res == nil {
		t.Fatalf("the real site does not build as of %s:\n%s", now.Format(time.DateOnly), l.Error())
	}
	files := map[string]string{}
	for _, f := range res.Files {
		if strings.HasSuffix(f.Path, ".ics") || f.Path == "updates/feed.xml" {
			files[f.Path] = string(f.Data)
		}
	}
	return files
}

const calendarSite = settings + `
-- content/index.md --
---
title: Home
description: Home.
---
Home.
-- content/workshops/northern.md --
---
title: Northern
description: Northern.
area: Northern
date: 2005-10-12
venue: Fakenham Racecourse
town: Fakenham
---
Northern.
-- content/updates/dated.md --
---
title: Dated
description: Dated.
date: 2005-05-07
---
Dated.
-- content/updates/undated.md --
---
title: Undated
description: Undated.
---
Undated.
`

// TestCalendarVersionComesFromTheContent: the UID has the site's path, and
// DTSTAMP and SEQUENCE come from the page, so a workshop moved with
// updated: set to the day of the change has a higher SEQUENCE.
func TestCalendarVersionComesFromTheContent(t *testing.T) {
	s := sitetest.Build(t, calendarSite, build.Options{})
	s.AssertOK()
	s.AssertFile("workshops/northern.ics", "UID:sub-workshops-northern@example.org\r\n",
		"DTSTAMP:20051012T000000Z\r\n", "SEQUENCE:0\r\n")

	moved := strings.Replace(calendarSite, "date: 2005-10-12\nvenue: Fakenham Racecourse",
		"date: 2005-10-19\nupdated: 2005-09-01\nvenue: Fakenham Racecourse", 1)
	m := sitetest.Build(t, moved, build.Options{})
	m.AssertOK()
	m.AssertFile("workshops/northern.ics", "DTSTAMP:20050901T000000Z\r\n", "SEQUENCE:2070\r\n", "DTSTART;VALUE=DATE:20051019\r\n")

	again := strings.Replace(moved, "updated: 2005-09-01", "updated: 2005-09-02", 1)
	a := sitetest.Build(t, again, build.Options{})
	a.AssertOK()
	a.AssertFile("workshops/northern.ics", "SEQUENCE:2071\r\n")
}

// TestUndatedNoticeTakesADateFromTheContent: an entry without a date takes
// the newest date of the dated ones, whatever day the build is on.
func TestUndatedNoticeTakesADateFromTheContent(t *testing.T) {
	for _, now := range []time.Time{sitetest.Now, time.Date(2006, 1, 1, 0, 0, 0, 0, time.UTC)} {
		s := sitetest.Build(t, calendarSite, build.Options{Now: now})
		s.AssertOK()
		s.AssertFile("updates/feed.xml", "<updated>2005-05-07T00:00:00Z</updated>\n  <author>",
			"<id>https://example.org/sub/updates/undated/</id>\n    <link href=\"https://example.org/sub/updates/undated/\" rel=\"alternate\" type=\"text/html\"></link>\n    <updated>2005-05-07T00:00:00Z</updated>")
	}
}
