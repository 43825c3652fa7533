package check

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/suggest"
)

// Targets is what a link inside the site can reach: the model's pages and
// the ids each has once rendered, the aliases, the drafts, and the other
// files written (calendars, the feed, assets).
type Targets struct {
	s       *site.Site
	ids     func(*site.Page) map[string]bool
	written map[string]bool
	aliases map[string]bool
	drafts  map[string]bool
}

// NewTargets gathers the targets of a built site. ids gives a rendered
// page's ids; written holds the paths of the files that are not pages.
func NewTargets(s *site.Site, ids func(*site.Page) map[string]bool, written map[string]bool) *Targets {
	t := &Targets{s: s, ids: ids, written: written, aliases: map[string]bool{}, drafts: map[string]bool{}}
	for _, a := range s.Aliases {
		t.aliases[a.From] = true
	}
	for _, p := range s.Drafts() {
		t.drafts[p] = true
	}
	return t
}

// Target is what a link to an address finds there.
type Target int

const (
	Nothing Target = iota
	APage
	AnAlias
	AFile
	ADraft
)

// At says what is at an address (a path with the base path), and the page
// if it is one.
func (t *Targets) At(u string) (Target, *site.Page) {
	if p, ok := t.s.PageByURL(u); ok {
		return APage, p
	}
	switch {
	case t.aliases[u]:
		return AnAlias, nil
	case t.isWritten(u):
		return AFile, nil
	case t.drafts[u]:
		return ADraft, nil
	}
	return Nothing, nil
}

func (t *Targets) isWritten(u string) bool {
	rest, ok := strings.CutPrefix(u, t.s.BasePath)
	return ok && (t.written[rest] || (rest == "" || strings.HasSuffix(rest, "/")) && t.written[rest+"index.html"])
}

// Links reports every link of a page to an address the site does not
// have, and every link to an id that is not on the page it names.
func (t *Targets) Links(from *site.Page, links []markdown.Link, l *diag.List) {
	for _, k := range links {
		what, target := t.At(k.Path)
		switch {
		case what == APage && k.Fragment != "" && !t.ids(target)[k.Fragment]:
			ids := slices.Sorted(maps.Keys(t.ids(target)))
			l.Errorf(from.Source, k.Line, "link to %s: the page is there, but it has no heading or element with the id %q%s: correct the part after #", written(k), k.Fragment, suggest.DidYouMean(k.Fragment, ids))
		case what == APage || what == AnAlias || what == AFile:
		case what == ADraft:
			l.Errorf(from.Source, k.Line, "link to %s: that page is a draft, so it is not published: publish it (draft: false) or remove the link", written(k))
		default:
			l.Errorf(from.Source, k.Line, "link to %s: there is no page at that address%s: check the spelling, or link to the page's .md file", written(k), t.nearestAddress(k.Path))
		}
	}
}

// written is a link's address as the editor wrote it, so they can find it.
func written(k markdown.Link) string {
	if k.Written != "" {
		return k.Written
	}
	return k.Path
}

// nearestAddress offers the page address closest to a missing one.
func (t *Targets) nearestAddress(u string) string {
	var urls []string
	for _, p := range t.s.Pages {
		urls = append(urls, p.URL)
	}
	if near := suggest.Nearest(u, urls); near != "" {
		return fmt.Sprintf(" (did you mean %s?)", near)
	}
	return ""
}
