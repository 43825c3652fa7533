package markdown

import (
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/facts"
	"norfolk.gov.uk/microsite/internal/limits"
)

// Context tells Convert where the page lives and how to resolve its links.
type Context struct {
	File      string // "content/workshops/northern.md": for messages, and relative .md links resolve against path.Dir(File)
	FirstLine int    // line of File where the body starts
	BaseURL   string // the site's absolute base URL, ending in "/": "https://www.norfolk.gov.uk/childrensservices/"
	BasePath  string // the path part of BaseURL: "/childrensservices/" or "/"
	// LiveURL is the site's public address, from site.toml, when the build
	// is made for another (the preview, a deploy preview): a link written
	// as the live address of one of our pages is a link inside the site,
	// checked and sent to the build's own copy of the page.
	LiveURL string

	// PageURL maps a content file to its URL path:
	// "content/vision.md" -> "/childrensservices/vision/", false if there is no such page.
	PageURL func(source string) (string, bool)
	// Facts, if not nil, are the facts and states the page's text may name
	// ({closes}, ::: open): they are put in before the Markdown is read.
	Facts facts.Resolver
	// NearestPage offers the content file closest to a missing one, for
	// "did you mean"; "" if none is near. It may be nil.
	NearestPage func(source string) string
	// AssetURL maps a file under assets/ to its fingerprinted URL path:
	// "images/map.png" -> "/childrensservices/assets/images/map.1a2b3c4d.png".
	AssetURL func(name string) (string, bool)
	// Prose asks for Result.Blocks, which only the editors' prose checks
	// read: a plain build need not make them.
	Prose bool
	// Limits are the site's limits; a zero field is the default.
	Limits limits.Limits
	// Compact asks for the HTML without the line breaks between blocks, as
	// a minified page has it.
	Compact bool
}

// Result is a converted page body and what the build needs to check it
// against the rest of the site.
type Result struct {
	HTML     string
	Headings []Heading // in order
	Links    []Link    // every link, in order
	Images   []Image
	Blocks   []Block // the prose, if Context.Prose: every paragraph, list item, heading, table cell and caption, in order
	Diags    diag.List
}

// Heading is one heading of the page, with the id its anchor links use.
type Heading struct {
	Level int
	ID    string
	Text  string
	Line  int
}

// Link is one link of the page. Internal links are checked by the build once
// every page is converted, because only then is the whole site known.
type Link struct {
	Line     int
	Written  string // the address as the editor wrote it
	Href     string // as rendered; empty when the link was refused
	Text     string // the link's plain text
	External bool
	Internal bool   // points inside the site: the build checks Path (and Fragment) exist
	Path     string // for internal links: the URL path with base, "/childrensservices/vision/"; empty for "#x"
	Fragment string
}

// Image is one image of the page.
type Image struct {
	Line int
	Src  string
	Alt  string
}
