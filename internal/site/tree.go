package site

import (
	"cmp"
	"path"
	"slices"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/sections"
)

// linkTree gives every page its parent (the page of the folder above it) and
// every list page its children in order.
func (s *Site) linkTree() {
	for _, p := range s.Pages {
		if p.Kind == KindHome {
			continue
		}
		parentDir := p.Dir
		if p.Kind == KindSection {
			parentDir = parentOf(p.Dir)
		}
		parent := s.byURL[s.BasePath+dirPath(parentDir)]
		p.Parent = parent
		parent.Children = append(parent.Children, p)
	}
	for _, p := range s.Pages {
		if p.Kind == KindSection && p.Dir != "" && p.Dir == sections.Feed() {
			newestFirst(p.Children)
		} else {
			slices.SortFunc(p.Children, comparePages)
		}
	}
}

// newestFirst orders notices as their list says it is ordered: by date,
// newest first. A notice without a date counts as of the newest dated one,
// as the feed dates it; ties go by weight, then title.
func newestFirst(ps []*Page) {
	var newest time.Time
	for _, p := range ps {
		if d := p.Front.Date.Time; d.After(newest) {
			newest = d
		}
	}
	dated := func(p *Page) time.Time {
		if p.Front.Date.IsZero() {
			return newest
		}
		return p.Front.Date.Time
	}
	slices.SortStableFunc(ps, func(a, b *Page) int {
		return cmp.Or(dated(b).Compare(dated(a)), comparePages(a, b))
	})
}

func parentOf(d string) string {
	if i := strings.LastIndexByte(d, '/'); i >= 0 {
		return d[:i]
	}
	return ""
}

func dirPath(d string) string {
	if d == "" {
		return ""
	}
	return d + "/"
}

// comparePages orders pages by weight (pages with no weight after those with
// one), then date, then title, then address so that the order is total.
func comparePages(a, b *Page) int {
	wa, wb := a.Front.Weight, b.Front.Weight
	if (wa == 0) != (wb == 0) {
		if wa == 0 {
			return 1
		}
		return -1
	}
	return cmp.Or(
		cmp.Compare(wa, wb),
		a.Front.Date.Compare(b.Front.Date.Time),
		cmp.Compare(a.Front.Title, b.Front.Title),
		cmp.Compare(a.URL, b.URL),
	)
}

// addAliases checks every page's old addresses and records them as
// redirects. An alias may not be the address of a page, nor claimed twice.
func (s *Site) addAliases(l *diag.List) {
	seen := map[string]Alias{}
	// The host matches addresses whatever their letter case, so "/Old/"
	// and "/old/" are one address there.
	folded, seenFolded := foldedURLs(s.Pages), map[string]Alias{}
	for _, p := range s.Pages {
		for _, a := range p.Front.Aliases {
			line := p.FieldLines["aliases"]
			from := s.BasePath + strings.TrimPrefix(path.Clean("/"+a), "/")
			if strings.HasSuffix(a, "/") && !strings.HasSuffix(from, "/") {
				from += "/"
			}
			if other, ok := s.byURL[from]; ok {
				l.Errorf(p.Source, line, "the alias %s is the address of %s, so it cannot also redirect here: remove it from aliases", a, describe(other))
				continue
			}
			if prev, ok := seen[from]; ok {
				l.Errorf(p.Source, line, "the alias %s is already an alias of %s: an old address can redirect to one page only", a, prev.Source)
				continue
			}
			if other, ok := folded[strings.ToLower(from)]; ok {
				l.Errorf(p.Source, line, "the alias %s differs only in letter case from the address %s of %s, and the host treats them as one: remove it from aliases", a, other.URL, describe(other))
				continue
			}
			if prev, ok := seenFolded[strings.ToLower(from)]; ok {
				l.Errorf(p.Source, line, "the alias %s differs only in letter case from the alias %s of %s, and the host treats them as one: keep one of them", a, prev.From, prev.Source)
				continue
			}
			al := Alias{From: from, To: p.URL, Source: p.Source, Line: line}
			seen[from], seenFolded[strings.ToLower(from)] = al, al
			s.Aliases = append(s.Aliases, al)
		}
	}
	slices.SortFunc(s.Aliases, func(a, b Alias) int { return cmp.Compare(a.From, b.From) })
}

func describe(p *Page) string {
	if p.Source != "" {
		return p.Source
	}
	return "the list page " + p.URL
}

// foldedURLs maps every page's address, in lower case, to the page.
func foldedURLs(pages []*Page) map[string]*Page {
	m := make(map[string]*Page, len(pages))
	for _, p := range pages {
		m[strings.ToLower(p.URL)] = p
	}
	return m
}
