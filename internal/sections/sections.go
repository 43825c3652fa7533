// Package sections declares, once, the kinds of page and section that the
// site treats specially: which file or folder they are, which front-matter
// fields only their pages have, and what the site makes of them. The page
// model, the front-matter checks, the calendars, the feed and the editors'
// checks all read this table, so a section's name or fields are written
// here and nowhere else.
package sections

import (
	"path"
	"strings"
)

// Type is one special kind of page.
type Type struct {
	// Folder is the top-level folder under content/ whose pages (not its
	// index.md) are of this type; Page is the one file that is, instead.
	Folder, Page string
	// Fields are the front-matter fields only these pages may have, and
	// Required those of them (and of the common ones) each must have.
	Fields, Required []string
	// Events: each page is a dated event, upcoming until its day has
	// passed, listed in date order, with a calendar file.
	Events bool
	// Feed: the pages are dated notices, newest first, in an Atom feed.
	Feed bool
	// Deadline: the page sets the closing date of the consultation.
	Deadline bool
	// Statement: the page is the accessibility statement, which says when
	// it was prepared and last reviewed.
	Statement bool
	// Owner names these pages in messages ("workshop pages in content/workshops/").
	Owner string
}

// The types. Layouts choose among sections by folder name too
// (layouts/workshops/list.html), as for any other section.
var (
	Consultation = Type{Page: "consultation", Fields: []string{"closes"}, Deadline: true,
		Owner: "the consultation page, content/consultation.md"}
	Workshops = Type{Folder: "workshops", Fields: []string{"area", "venue", "town", "starts", "ends"},
		Required: []string{"area", "venue", "town", "date"}, Events: true,
		Owner: "workshop pages in content/workshops/"}
	Updates       = Type{Folder: "updates", Feed: true, Owner: "notices in content/updates/"}
	HaveYourSay   = Type{Folder: "have-your-say", Owner: "the pages in content/have-your-say/"}
	Accessibility = Type{Page: "accessibility", Fields: []string{"prepared", "reviewed"}, Statement: true,
		Owner: "the accessibility statement, content/accessibility.md"}
)

// All lists every type, for checks that ask of each.
var All = []*Type{&Consultation, &Workshops, &Updates, &HaveYourSay, &Accessibility}

// Of returns the type of the content file at file
// ("content/workshops/northern.md"), or nil for an ordinary page.
func Of(file string) *Type {
	rel, ok := strings.CutPrefix(file, "content/")
	if !ok || !strings.HasSuffix(rel, ".md") {
		return nil
	}
	dir, name := path.Split(strings.TrimSuffix(rel, ".md"))
	dir = strings.TrimSuffix(dir, "/")
	for _, t := range All {
		switch {
		case t.Page != "" && (dir == "" && name == t.Page || dir == t.Page && name == "index"):
			return t
		case t.Folder != "" && dir == t.Folder && name != "index":
			return t
		}
	}
	return nil
}

// Events is the folder of the section whose pages are events.
func Events() string { return folderWhere(func(t *Type) bool { return t.Events }) }

// Feed is the folder of the section whose pages make the feed.
func Feed() string { return folderWhere(func(t *Type) bool { return t.Feed }) }

func folderWhere(f func(*Type) bool) string {
	for _, t := range All {
		if f(t) {
			return t.Folder
		}
	}
	return ""
}
