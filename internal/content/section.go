package content

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
