package render

import (
	"html/template"
	"time"

	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/site"
)

// Page is a page as a layout sees it: "." in every layout. It gives the
// model's page read-only, and records each thing a layout reads of it, so a
// rebuild knows which outputs a change reaches. A layout can reach nothing
// of the model except through Page and Site.
type Page struct {
	p  *site.Page
	in *instance
}

// Site is the whole site as a layout sees it: .Site on any page.
type Site struct {
	s  *site.Site
	in *instance
}

func (in *instance) page(p *site.Page) *Page {
	if p == nil {
		return nil
	}
	return &Page{p: p, in: in}
}

func (in *instance) pages(ps []*site.Page) []*Page {
	out := make([]*Page, len(ps))
	for i, p := range ps {
		out[i] = in.page(p)
	}
	return out
}

func (v *Page) meta() *site.Page {
	v.in.reads.add(ReadMeta, v.p.URL)
	return v.p
}

// Kind is "home", "section", "page", "print" or "404".
func (v *Page) Kind() site.Kind { return v.meta().Kind }

// Source is the page's file ("content/vision.md"), or "" for a made page.
func (v *Page) Source() string { return v.meta().Source }

// Section is the page's top-level folder ("workshops"), "" at the top.
func (v *Page) Section() string { return v.meta().Section }

// Path is the address below the base path ("vision/", "" for home).
func (v *Page) Path() string { return v.meta().Path }

// URL is the page's address with the base path ("/childrensservices/vision/").
func (v *Page) URL() string { return v.meta().URL }

// Front is the page's front matter.
func (v *Page) Front() content.FrontMatter { return v.meta().Front }

// Title is the page's title.
func (v *Page) Title() string { return v.meta().Front.Title }

// Description is the page's summary for search engines and link previews.
func (v *Page) Description() string { return v.meta().Front.Description }

// IsHome reports whether this is the home page.
func (v *Page) IsHome() bool { return v.meta().Kind == site.KindHome }

// LargePrint marks the large-print pack.
func (v *Page) LargePrint() bool { return v.meta().LargePrint }

// Lastmod is when the page last changed: updated, else date.
func (v *Page) Lastmod() time.Time { return v.meta().Lastmod() }

// Permalink is the page's absolute address.
func (v *Page) Permalink() string {
	v.in.reads.add(ReadBase, "")
	return v.meta().Permalink()
}

// Open reports whether the page's closing date has not passed.
func (v *Page) Open() bool {
	v.in.reads.add(ReadNow, "")
	return v.meta().Open()
}

// Upcoming reports whether the page's date is today or later.
func (v *Page) Upcoming() bool {
	v.in.reads.add(ReadNow, "")
	return v.meta().Upcoming()
}

// Content is the page's Markdown as HTML.
func (v *Page) Content() template.HTML {
	v.in.reads.add(ReadContent, v.p.URL)
	return v.p.Content
}

// Parent is the page of the folder above, or nil for the home page.
func (v *Page) Parent() *Page {
	v.in.reads.add(ReadParent, v.p.URL)
	return v.in.page(v.p.Parent)
}

// Ancestors lists the pages above this one, from the home page down.
func (v *Page) Ancestors() []*Page {
	for q := v.p; q != nil; q = q.Parent {
		v.in.reads.add(ReadParent, q.URL)
	}
	return v.in.pages(v.p.Ancestors())
}

// Children are a list page's pages, in order.
func (v *Page) Children() []*Page {
	v.in.reads.add(ReadChildren, v.p.URL)
	return v.in.pages(v.p.Children)
}

// Site is the whole site.
func (v *Page) Site() *Site { return &Site{s: v.p.Site(), in: v.in} }

// Settings are content/site.toml's.
func (v *Site) Settings() content.Settings {
	v.in.reads.add(ReadSettings, "")
	return v.s.Settings
}

// BaseURL is the site's absolute address, ending in "/".
func (v *Site) BaseURL() string {
	v.in.reads.add(ReadBase, "")
	return v.s.BaseURL
}

// BasePath is the path of BaseURL, ending in "/".
func (v *Site) BasePath() string {
	v.in.reads.add(ReadBase, "")
	return v.s.BasePath
}

// Now is the date the build takes as today.
func (v *Site) Now() time.Time {
	v.in.reads.add(ReadNow, "")
	return v.s.Now
}

func (v *Site) list(name string) { v.in.reads.add(ReadList, name) }

// Home is the home page.
func (v *Site) Home() *Page {
	v.list(listHome)
	return v.in.page(v.s.Home)
}

// Pages are every published page, home first, then by address.
func (v *Site) Pages() []*Page {
	v.list(listPages)
	return v.in.pages(v.s.Pages)
}

// Menu is the main navigation: home, then the top-level pages in order.
func (v *Site) Menu() []*Page {
	v.list(listMenu)
	return v.in.pages(v.s.Menu())
}

// Workshops are the workshops section's pages, in date order.
func (v *Site) Workshops() []*Page {
	v.list(listWorkshops)
	return v.in.pages(v.s.Workshops())
}

// Deadline is the page with the closing date, or nil.
func (v *Site) Deadline() *Page {
	v.list(listDeadline)
	return v.in.page(v.s.Deadline())
}

// PrintPages are the pages in the print packs, in print order.
func (v *Site) PrintPages() []*Page {
	v.list(listPrint)
	return v.in.pages(v.s.PrintPages())
}

// PrintPack is the large-print pack if large, else the standard one; nil
// if no page is printed.
func (v *Site) PrintPack(large bool) *Page {
	v.list(listPacks)
	return v.in.page(v.s.PrintPack(large))
}

// Indexed says whether search engines should list the page.
func (v *Page) Indexed() bool { return v.meta().Indexed() }

// Changed is when the page last changed, never a day still to come.
func (v *Page) Changed() time.Time {
	v.in.reads.add(ReadNow, "")
	return v.meta().Changed()
}

// HeadTitle is the page's title for its <title>, with the site's.
func (v *Page) HeadTitle() string {
	v.in.reads.add(ReadSettings, "")
	return v.meta().HeadTitle()
}

// Locale is the site's language as Open Graph writes it: "en_GB".
func (v *Site) Locale() string {
	v.in.reads.add(ReadSettings, "")
	return v.s.Locale()
}

// MenuTitle is the page's short label in menus and breadcrumbs.
func (v *Page) MenuTitle() string { return v.meta().MenuTitle() }

// Current is the value of aria-current for a link to item on this page:
// "page" for itself, "true" for the section it is in, else "".
func (v *Page) Current(item *Page) string {
	for q := v.p; q != nil; q = q.Parent {
		v.in.reads.add(ReadParent, q.URL)
	}
	return v.p.Current(item.p)
}

// Problem is one problem in the editors' report.
type Problem struct {
	File    string
	Line    int
	Error   bool
	Message string
	// Page is the page the problem is about, or nil.
	Page *Page
}

// Report lists the problems of the editors' report, in a deploy preview;
// none elsewhere.
func (v *Site) Report() []Problem {
	v.list(listReport)
	out := make([]Problem, len(v.s.Report))
	for i, p := range v.s.Report {
		out[i] = Problem{File: p.File, Line: p.Line, Error: p.Severity == diag.Error, Message: p.Message, Page: v.in.page(p.Page)}
	}
	return out
}

// ReportPage is the editors' report, or nil where there is none: a layout
// shows the report's banner only when there is one.
func (v *Site) ReportPage() *Page {
	v.list(listReport)
	return v.in.page(v.s.ReportPage())
}
