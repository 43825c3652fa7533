package check

import (
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
)

// vagueLinkText says nothing about where a link goes. Screen reader users
// often move from link to link, or list a page's links, and hear only this.
var vagueLinkText = map[string]bool{
	"click here": true, "here": true, "more": true, "read more": true, "this": true, "link": true,
	"this page": true, "this link": true, "click": true, "click this link": true, "more information": true,
	"find out more": true, "more info": true, "go": true, "page": true,
}

// links warns about links with no text, or text that does not say where
// they go.
func links(file string, ls []markdown.Link, l *diag.List) {
	for _, k := range ls {
		text := normalise(k.Text)
		switch {
		case strings.TrimSpace(k.Text) == "":
			l.Warnf(file, k.Line, "a link has no text, so screen readers read out its address: put words that say where it goes in the square brackets, [like this](../vision.md)")
		case vagueLinkText[text]:
			l.Warnf(file, k.Line, "link text %q does not say where the link goes: use words that name the page, like [read our vision](vision.md), because screen reader users often hear the links on their own", k.Text)
		}
	}
}
