package content

import (
	"path"
	"strings"
)

// section is the kind of page a path holds; some fields belong only to one
// kind, and the site package relies on them being there.
type section int

const (
	ordinary section = iota
	consultation
	workshop
	statement // the accessibility statement
)

func sectionOf(p string) section {
	switch {
	case p == "content/consultation.md" || p == "content/consultation/index.md":
		return consultation
	case p == "content/accessibility.md" || p == "content/accessibility/index.md":
		return statement
	case path.Dir(p) == "content/workshops" && path.Base(p) != "index.md" && strings.HasSuffix(p, ".md"):
		return workshop
	}
	return ordinary
}

var (
	consultationKeys = []string{"closes"}
	workshopKeys     = []string{"area", "venue", "town", "starts", "ends"}
	statementKeys    = []string{"prepared", "reviewed"}
)

// pageExamples are values shown in messages, so an editor sees the shape a
// field wants.
var pageExamples = map[string]string{
	"title":       "Northern area workshop",
	"menu_title":  "Workshops",
	"description": "Where and when the Northern area workshop meets",
	"area":        "Northern",
	"venue":       "County Hall",
	"town":        "Norwich",
	"date":        "2005-06-08",
	"prepared":    "2005-06-08",
}
