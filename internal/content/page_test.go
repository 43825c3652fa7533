package content

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func date(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

const goodYAML = `---
title: Northern area workshop
description: Where and when the Northern workshop meets
weight: 3
date: 2005-10-04
updated: "2005-09-01"
draft: false
aliases: [/old/northern, /old/northern.html]
print: 2
area: Northern
venue: County Hall
town: Norwich
starts: "09:30"
ends: "12:00"
---
# Northern

Body text.
`

const goodTOML = `+++
title = "Northern area workshop"
description = "Where and when the Northern workshop meets"
weight = 3
date = 2005-10-04
updated = "2005-09-01"
draft = false
aliases = ["/old/northern", "/old/northern.html"]
print = 2
area = "Northern"
venue = "County Hall"
town = "Norwich"
starts = "09:30"
ends = 12:00
+++
# Northern

Body text.
`

func TestParsePageDecodesEveryField(t *testing.T) {
	want := FrontMatter{
		Title:       "Northern area workshop",
		Description: "Where and when the Northern workshop meets",
		Weight:      3,
		Date:        date(2005, time.October, 4),
		Updated:     date(2005, time.September, 1),
		Aliases:     []string{"/old/northern/", "/old/northern.html"},
		Print:       2,
		Area:        "Northern",
		Venue:       "County Hall",
		Town:        "Norwich",
		Starts:      "09:30",
		Ends:        "12:00",
	}
	for _, src := range []string{goodYAML, goodTOML} {
		p, l := ParsePage("content/workshops/northern.md", []byte(src))
		if len(l) != 0 {
			t.Errorf("ParsePage(%.3q...) problems = %q, want none", src, l.Error())
		}
		if !reflect.DeepEqual(p.Front, want) {
			t.Errorf("ParsePage(%.3q...).Front = %+v, want %+v", src, p.Front, want)
		}
		if got, want := string(p.Body), "# Northern\n\nBody text.\n"; got != want {
			t.Errorf("ParsePage(%.3q...).Body = %q, want %q", src, got, want)
		}
		if got, want := p.BodyLine, 16; got != want {
			t.Errorf("ParsePage(%.3q...).BodyLine = %d, want %d", src, got, want)
		}
		if got, want := p.FieldLines["date"], 5; got != want {
			t.Errorf(`ParsePage(%.3q...).FieldLines["date"] = %d, want %d`, src, got, want)
		}
	}
}

func TestParsePageKeepsYAMLTextAsTyped(t *testing.T) {
	src := "---\ntitle: yes\ndescription: 010\ndraft: yes\n---\n"
	p, l := ParsePage("content/vision.md", []byte(src))
	if len(l) != 0 {
		t.Errorf("ParsePage(%q) problems = %q, want none", src, l.Error())
	}
	if got, want := p.Front.Title, "yes"; got != want {
		t.Errorf("ParsePage(%q).Front.Title = %q, want %q", src, got, want)
	}
	if got, want := p.Front.Description, "010"; got != want {
		t.Errorf("ParsePage(%q).Front.Description = %q, want %q", src, got, want)
	}
	if !p.Front.Draft {
		t.Errorf("ParsePage(%q).Front.Draft = false, want true", src)
	}
}

func TestParsePageBodyStartsAfterClosingFence(t *testing.T) {
	tests := []struct {
		name, src, body string
		line            int
	}{
		{"no body", "---\ntitle: a\ndescription: b\n---", "", 5},
		{"windows line endings", "---\r\ntitle: a\r\ndescription: b\r\n---\r\nHi\r\n", "Hi\r\n", 5},
		{"closing fence with spaces", "+++\ntitle = 'a'\ndescription = 'b'\n+++  \n\nHi", "\nHi", 5},
		{"fence in body", "---\ntitle: a\ndescription: b\n---\n---\nx\n", "---\nx\n", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, l := ParsePage("content/vision.md", []byte(tt.src))
			if len(l) != 0 {
				t.Errorf("ParsePage(%q) problems = %q, want none", tt.src, l.Error())
			}
			if string(p.Body) != tt.body || p.BodyLine != tt.line {
				t.Errorf("ParsePage(%q) body = %q on line %d, want %q on line %d", tt.src, p.Body, p.BodyLine, tt.body, tt.line)
			}
		})
	}
}

func TestAliasesAreNormalised(t *testing.T) {
	src := "---\ntitle: a\ndescription: b\naliases:\n  - /\n  - /old\n  - /old/\n  - /files/old.html\n  - /a%20b\n---\n"
	p, l := ParsePage("content/vision.md", []byte(src))
	if len(l) != 0 {
		t.Errorf("ParsePage(%q) problems = %q, want none", src, l.Error())
	}
	want := []string{"/", "/old/", "/old/", "/files/old.html", "/a%20b/"}
	if !reflect.DeepEqual(p.Front.Aliases, want) {
		t.Errorf("ParsePage(%q).Front.Aliases = %q, want %q", src, p.Front.Aliases, want)
	}
}

func TestConsultationPageMayHaveCloses(t *testing.T) {
	for _, path := range []string{"content/consultation.md", "content/consultation/index.md"} {
		src := "---\ntitle: a\ndescription: b\ncloses: 2005-06-30\n---\n"
		p, l := ParsePage(path, []byte(src))
		if len(l) != 0 {
			t.Errorf("ParsePage(%q) problems = %q, want none", path, l.Error())
		}
		if got, want := p.Front.Closes, date(2005, time.June, 30); got != want {
			t.Errorf("ParsePage(%q).Front.Closes = %v, want %v", path, got, want)
		}
	}
}

func TestWorkshopsIndexIsNotAWorkshop(t *testing.T) {
	src := "---\ntitle: Workshops\ndescription: All five\n---\n"
	if _, l := ParsePage("content/workshops/index.md", []byte(src)); len(l) != 0 {
		t.Errorf("ParsePage(workshops/index.md) problems = %q, want none", l.Error())
	}
}

// problems returns the lines of l as strings, for comparison in tables.
func problems(l interface{ Error() string }) []string {
	s := l.Error()
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
