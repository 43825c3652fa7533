// Package site is the page model: every page's address, section, order and
// navigation, the aliases that redirect to it, and the date-dependent states
// (open or closed, upcoming or past) judged against an injected "now". It is
// pure: it reads nothing and writes nothing, so it is the same on every run.
package site

import (
	"html/template"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
)

// Options are the build's choices that change the model.
type Options struct {
	// Drafts includes pages whose front matter says draft: true.
	Drafts bool
	// BaseURL overrides the settings' base_url (for previews and tests).
	BaseURL string
	// Now is the date the build takes as today.
	Now time.Time
	// Report, if not nil, asks for the editors' report page (ReportPage),
	// listing these problems: for deploy previews, never for the public.
	Report diag.List
}

// Site is the whole page model.
type Site struct {
	Settings content.Settings
	// BaseURL is absolute and ends in "/"; BasePath is its path, also ending in "/".
	BaseURL  string
	BasePath string
	// Now is the build's "today", as a date at 00:00 UTC like content.Date.
	Now time.Time
	// Home is the page at "/"; Pages holds every published page, home first,
	// then in address order.
	Home  *Page
	Pages []*Page
	// Aliases are old addresses that redirect, sorted by From.
	Aliases []Alias

	base     *url.URL // BaseURL, parsed once: every page's permalink resolves against it
	origin   string   // see originOf
	bySource map[string]*Page
	sources  []*Page // the pages with a Source, in the order New was given them
	byURL    map[string]*Page
	drafts   map[string]string // source path -> the address it would have
	notFound *Page
	// deadline and workshops are found once the model is made (findFacts).
	deadline  *Page
	workshops []*Page
	// Report are the problems the editors' report lists, with the page each
	// is about; reportPage is the report itself.
	Report     []Problem
	reportPage *Page
}

// Problem is one problem in the editors' report, with the page it is about
// (nil if it is about no one page: a layout, the settings).
type Problem struct {
	diag.Diagnostic
	Page *Page
}

// Alias is a redirect from an old address to a page. Both are paths with the
// base path.
type Alias struct {
	From, To string
	Source   string
	Line     int
}

// Kind says which layout a page wants.
type Kind string

const (
	KindHome    Kind = "home"
	KindSection Kind = "section"
	KindPage    Kind = "page"
	// KindNotFound is the page for addresses that do not exist.
	KindNotFound Kind = "404"
	// KindReport is the editors' report of a deploy preview.
	KindReport Kind = "report"
)

// Page is one page of the site: from a Markdown file, or a list page made
// for a folder that has no index.md.
type Page struct {
	Kind Kind
	// Source is "content/vision.md"; empty for a made list page.
	Source string
	// Dir is the page's folder under content/ ("workshops", "" for the top).
	Dir string
	// Section is the first folder of Dir, which chooses the layout.
	Section string
	// Path is the address below the base path ("vision/", "" for home);
	// URL is the same with the base path ("/childrensservices/vision/").
	Path string
	URL  string
	// File is where the page is written in the output folder.
	File  string
	Front content.FrontMatter
	// Line numbers of front matter keys, for messages about them.
	FieldLines map[string]int
	BodyLine   int
	Body       []byte
	// WrittenTitle and WrittenDescription are the title and description
	// as the editor wrote them, before their facts were put in.
	WrittenTitle, WrittenDescription string
	// FrontSum sums up the front matter as written: the same text gives
	// the same fields, so it changes whenever any field may have.
	FrontSum uint64

	// Content is the converted Markdown, and ContentSum a sum of it. The
	// build fills them in for every page before any page is rendered, and
	// nothing changes them while pages render.
	Content    template.HTML
	ContentSum uint64

	Parent   *Page
	Children []*Page

	// LargePrint marks the large-print pack.
	LargePrint bool

	site *Site
}

// Title is the page's title: its front matter's, or the folder's name for a
// made list page.
func (p *Page) Title() string { return p.Front.Title }

// Description is the page's summary for search engines and link previews.
func (p *Page) Description() string { return p.Front.Description }

// Permalink is the page's absolute address.
func (p *Page) Permalink() string { return p.site.Abs(p.URL) }

// IsHome helps templates choose what to show.
func (p *Page) IsHome() bool { return p.Kind == KindHome }

// Ancestors lists the pages above p, from the home page down, for breadcrumbs.
func (p *Page) Ancestors() []*Page {
	var up []*Page
	for q := p.Parent; q != nil; q = q.Parent {
		up = append([]*Page{q}, up...)
	}
	return up
}

// Lastmod is when the page last changed: updated, else date; zero if neither.
func (p *Page) Lastmod() time.Time {
	if !p.Front.Updated.IsZero() {
		return p.Front.Updated.Time
	}
	return p.Front.Date.Time
}

// Abs turns an address with the base path into an absolute URL.
func (s *Site) Abs(u string) string {
	if s.base == nil {
		return u
	}
	if s.origin != "" && plainPath(u) {
		// What resolving would give, without the parsing: every page's
		// address is plain, and templates ask for them on every page.
		return s.origin + u
	}
	return s.base.ResolveReference(&url.URL{Path: u}).String()
}

// originOf is base's scheme, user and host, if it is a web address, for
// Abs to put in front of a plain path.
func originOf(base *url.URL) string {
	if base == nil || base.Scheme != "http" && base.Scheme != "https" || base.Host == "" || base.Opaque != "" {
		return ""
	}
	return (&url.URL{Scheme: base.Scheme, User: base.User, Host: base.Host}).String()
}

// plainPath reports whether u is an absolute path that needs no escaping
// and has no dot segments to resolve.
func plainPath(u string) bool {
	if u == "" || u[0] != '/' || strings.Contains(u, "//") {
		return false
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '~', c == '/':
		case c == '.':
			// A dot is plain inside a name, not as a whole segment.
			if u[i-1] == '/' && (i+1 == len(u) || u[i+1] == '/' || u[i+1] == '.' && (i+2 == len(u) || u[i+2] == '/')) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// InFileOrder lists the published pages made from files, then the others,
// then the 404 page: content.Load gives New the files sorted by path, so
// problems gathered in this order are nearly sorted already.
func (s *Site) InFileOrder() []*Page {
	all := make([]*Page, 0, len(s.Pages)+1)
	all = append(all, s.sources...)
	for _, p := range s.Pages {
		if p.Source == "" {
			all = append(all, p)
		}
	}
	return append(all, s.NotFoundPage())
}

// FromContent is how many published pages come from files in content/:
// the count every command reports, so that they agree.
func (s *Site) FromContent() int { return len(s.sources) }

// PageBySource finds a published page by its file ("content/vision.md").
func (s *Site) PageBySource(src string) (*Page, bool) {
	p, ok := s.bySource[src]
	return p, ok
}

// PageByURL finds a published page by its address with the base path.
func (s *Site) PageByURL(u string) (*Page, bool) {
	p, ok := s.byURL[u]
	return p, ok
}

// DraftURL reports the address an unpublished draft would have.
func (s *Site) DraftURL(src string) (string, bool) {
	u, ok := s.drafts[src]
	return u, ok
}

// Section returns the published page for a top-level folder, or nil.
func (s *Site) Section(name string) *Page {
	return s.byURL[s.BasePath+name+"/"]
}

// Menu is the site's main navigation: the home page, then the top-level pages
// and sections in their order.
func (s *Site) Menu() []*Page {
	return append([]*Page{s.Home}, s.Home.Children...)
}

// basePath finds the path of a validated base URL.
func basePath(base string) string {
	u, err := url.Parse(base)
	if err != nil || u.Path == "" {
		return "/"
	}
	return strings.TrimSuffix(u.Path, "/") + "/"
}

// newSite validates the options and sets up the empty model.
func newSite(settings content.Settings, opts Options) (*Site, diag.List) {
	var l diag.List
	base := settings.BaseURL
	if opts.BaseURL != "" {
		u, err := url.Parse(opts.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			l.Errorf("--base-url", 0, "%q is not a usable base URL: give an absolute http or https address, like https://www.norfolk.gov.uk/childrensservices/", opts.BaseURL)
		}
		base = opts.BaseURL
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	y, m, d := opts.Now.Date()
	parsed, _ := url.Parse(base) // nil if not an address, which is reported
	return &Site{
		Settings: settings,
		base:     parsed,
		origin:   originOf(parsed),
		BaseURL:  base,
		BasePath: basePath(base),
		Now:      time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
		bySource: map[string]*Page{},
		byURL:    map[string]*Page{},
		drafts:   map[string]string{},
	}, l
}

// ReportPage is the editors' report, or nil if the build has none.
func (s *Site) ReportPage() *Page { return s.reportPage }

// ReportPath is where the editors' report is, below the base path.
const ReportPath = "editors-report/"

// addReport makes the editors' report page, below the home page but in no
// list or menu, and gives each problem its page.
func (s *Site) addReport(problems diag.List) {
	if problems == nil {
		return
	}
	p := &Page{Kind: KindReport, Path: ReportPath, URL: s.BasePath + ReportPath, File: ReportPath + "index.html", Parent: s.Home, site: s}
	p.Front.Title = "Editors' report"
	p.Front.Description = "Every problem the site's checks find, with the fix: in previews only."
	if _, taken := s.byURL[p.URL]; taken {
		return
	}
	s.add(p)
	s.reportPage = p
	for _, d := range problems {
		s.Report = append(s.Report, Problem{Diagnostic: d, Page: s.bySource[d.File]})
	}
}

// NotFoundPage is the page shown for an address that does not exist.
func (s *Site) NotFoundPage() *Page { return s.notFound }

func (s *Site) addNotFound() {
	p := &Page{Kind: KindNotFound, Path: "404.html", URL: s.BasePath + "404.html", File: "404.html", Parent: s.Home, site: s}
	p.Front.Title = "Page not found"
	p.Front.Description = "There is no page at this address."
	s.notFound = p
}

// Drafts lists the addresses that unpublished drafts would have, sorted.
func (s *Site) Drafts() []string {
	return slices.Sorted(maps.Values(s.drafts))
}
