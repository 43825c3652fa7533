package build_test

import (
	"strings"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const workshopSite = settings + `
-- content/consultation.md --
---
title: Consultation
description: The proposal.
closes: 2005-06-08
---
-- content/have-your-say/index.md --
---
title: Have your say
description: Respond.
---
-- content/have-your-say/thank-you.md --
---
title: Thank you
description: Thanks.
---
-- content/workshops/index.md --
---
title: Workshops
description: The area workshops.
---
-- content/workshops/northern.md --
---
title: Northern area workshop
description: Northern, in Fakenham.
area: Northern
date: 2005-10-12
venue: Fakenham Racecourse
town: Fakenham
---
-- content/workshops/eastern.md --
---
title: Eastern area workshop
description: Eastern, in Great Yarmouth; with a comma, and a very long description that must be folded across lines.
area: Eastern
date: 2005-09-29
venue: Great Yarmouth Racecourse
town: Great Yarmouth
---
`

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestConsultationIsOpenOnItsClosingDayAndClosedTheDayAfter(t *testing.T) {
	// The real layouts hold the deadline notice, so build with them.
	for _, tc := range []struct {
		now  string
		want string
	}{
		{"2005-06-08", "Have your say by"},
		{"2005-06-09", "Feedback closed on"},
	} {
		s := sitetest.Build(t, workshopSite+realLayouts(t), build.Options{Now: day(tc.now)})
		s.AssertOK()
		s.AssertFile("consultation/index.html", tc.want, `<time datetime="2005-06-08">Wednesday 8 June 2005</time>`)
		form := strings.Contains(s.Files["have-your-say/index.html"], `<form`)
		if form != (tc.now == "2005-06-08") {
			t.Errorf("now %s: have-your-say has a form = %v", tc.now, form)
		}
	}
}

func TestWorkshopIsUpcomingOnItsDayAndPastTheDayAfter(t *testing.T) {
	for _, tc := range []struct {
		now  string
		want string
	}{
		{"2005-10-12", "This workshop is still to come."},
		{"2005-10-13", "This workshop has taken place."},
	} {
		s := sitetest.Build(t, workshopSite+realLayouts(t), build.Options{Now: day(tc.now)})
		s.AssertOK()
		s.AssertFile("workshops/northern/index.html", tc.want)
	}
}

func TestWorkshopsTableIsInDateOrderWithScopesAndTimes(t *testing.T) {
	s := sitetest.Build(t, workshopSite+realLayouts(t), build.Options{})
	s.AssertOK()
	s.AssertFile("workshops/index.html", "<caption>", `<th scope="col">Area</th>`, `<th scope="row">`,
		`<time datetime="2005-09-29">Thursday 29 September 2005</time>`,
		`href="https://example.org/sub/workshops/workshops.ics" type="text/calendar"`, "(iCalendar file, 1 KB)")
	page := s.Files["workshops/index.html"]
	if strings.Index(page, "Eastern") > strings.Index(page, "Northern") {
		t.Errorf("Eastern (29 September) is listed after Northern (12 October)")
	}
}

func TestCalendarFilesAreValidICalendar(t *testing.T) {
	s := sitetest.Build(t, workshopSite, build.Options{Now: day("2005-05-20")})
	s.AssertOK()
	ics := s.Files["workshops/eastern.ics"]
	for i, line := range strings.SplitAfter(ics, "\r\n") {
		if line == "" {
			continue
		}
		if !strings.HasSuffix(line, "\r\n") || strings.Contains(strings.TrimSuffix(line, "\r\n"), "\n") {
			t.Errorf("line %d %q does not end in CRLF alone", i+1, line)
		}
		if len(line)-2 > 75 {
			t.Errorf("line %d is %d octets long, more than 75", i+1, len(line)-2)
		}
	}
	unfolded := strings.ReplaceAll(ics, "\r\n ", "")
	for _, want := range []string{
		"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
		"UID:sub-workshops-eastern@example.org\r\n",
		"DTSTAMP:20050929T000000Z\r\n",
		"SEQUENCE:0\r\n",
		"DTSTART;VALUE=DATE:20050929\r\n",
		"DTEND;VALUE=DATE:20050930\r\n",
		"LOCATION:Great Yarmouth Racecourse\\, Great Yarmouth\r\n",
		"DESCRIPTION:Eastern\\, in Great Yarmouth\\; with a comma\\, and a very long description that must be folded across lines. https://example.org/sub/workshops/eastern/\r\n",
		"END:VCALENDAR\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("eastern.ics lacks %q; it is:\n%s", want, ics)
		}
	}
	s.AssertFile("workshops/workshops.ics", "UID:sub-workshops-eastern@", "UID:sub-workshops-northern@")
}

func TestWorkshopDateMustAgreeWithItsText(t *testing.T) {
	s := sitetest.Build(t, settings+`
-- content/workshops/northern.md --
---
title: Northern area workshop
description: On Wednesday 12 October 2005.
area: Northern
date: 2005-10-13
venue: Fakenham Racecourse
town: Fakenham
---
It is on **Thursday 12 October**.
`, build.Options{})
	s.AssertDiags(
		`content/workshops/northern.md:5: error: date 2005-10-13 is a Thursday, but line 3 says "Wednesday 12 October 2005": make them agree`,
		`content/workshops/northern.md:9: error: "Thursday 12 October": 12 October 2005 is a Wednesday, not a Thursday: correct the day or the date`,
	)
}
