package build

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"

	"norfolk.gov.uk/microsite/internal/assets"
	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/facts"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/suggest"
)

// converter is built once per process: goldmark's set-up is per site, not
// per page.
var converter = markdown.New()

// pageLinks are a page's links to other addresses of the site, kept until
// every file exists so that they can be checked.
type pageLinks struct {
	from  *site.Page
	links []markdown.Link
	conv  *conversion // where the problems found are kept, when the builder remembers
}

// conversion is one page's converted Markdown, with everything it was
// converted from, so a rebuild can tell whether it still holds.
type conversion struct {
	body     []byte
	bodyLine int
	kind     site.Kind
	section  string
	front    uint64 // the page's FrontSum
	// title and description are the page's with their facts put in, which
	// the checks read.
	title, description string
	// lookups are the pages and assets the page's links and images named,
	// with what they resolved to.
	lookups []lookup
	// checks identifies the editors' checks the page was held to.
	checks string
	result markdown.Result
	// internal are the links to other addresses of the site.
	internal []markdown.Link
	// diags are the Markdown's problems, the written dates' and the checks'.
	diags diag.List
	// facts are the facts and states the text named, with what they were.
	facts []factRead
	// htmlKey sums up result.HTML: what a layout that shows the page's
	// text read of it.
	htmlKey uint64
	// linkDiags are the problems with the links, once they are checked.
	linkDiags    diag.List
	linksChecked bool
}

// factRead is one fact or state a page's text named, as it was then.
type factRead struct {
	name, value string
	state       bool
}

// recordedFacts answers a page's facts from the model and notes each
// answer, so that a rebuild knows the text still says what they say.
type recordedFacts struct {
	facts.Resolver
	seen *[]factRead
}

func (r recordedFacts) Fact(name string) (string, bool) {
	v, ok := r.Resolver.Fact(name)
	*r.seen = append(*r.seen, factRead{name: name, value: v + "\x00" + strconv.FormatBool(ok)})
	return v, ok
}

func (r recordedFacts) State(name string) (bool, bool) {
	on, ok := r.Resolver.State(name)
	*r.seen = append(*r.seen, factRead{name: name, value: strconv.FormatBool(on) + strconv.FormatBool(ok), state: true})
	return on, ok
}

// Facts and States are recorded too: a message about an unknown name
// offers the nearest of them.
func (r recordedFacts) Facts() []string {
	names := r.Resolver.Facts()
	*r.seen = append(*r.seen, factRead{name: listOfFacts, value: strings.Join(names, "\x00")})
	return names
}

func (r recordedFacts) States() []string {
	names := r.Resolver.States()
	*r.seen = append(*r.seen, factRead{name: listOfStates, value: strings.Join(names, "\x00"), state: true})
	return names
}

// The names under which the lists of names are recorded: no fact can
// have them.
const listOfFacts, listOfStates = "\x00facts", "\x00states"

// factsHold reports whether every fact and state a conversion named is
// still what it was.
func (c *conversion) factsHold(r facts.Resolver) bool {
	for _, f := range c.facts {
		var v string
		switch {
		case f.name == listOfFacts:
			v = strings.Join(r.Facts(), "\x00")
		case f.name == listOfStates:
			v = strings.Join(r.States(), "\x00")
		case f.state:
			on, ok := r.State(f.name)
			v = strconv.FormatBool(on) + strconv.FormatBool(ok)
		default:
			fv, ok := r.Fact(f.name)
			v = fv + "\x00" + strconv.FormatBool(ok)
		}
		if v != f.value {
			return false
		}
	}
	return true
}

type lookup struct {
	asset bool
	name  string
	url   string
	ok    bool
}

// resolver answers a page's questions about the rest of the site.
type resolver struct {
	s        *site.Site
	manifest assets.Manifest
}

// nearest is the page file closest to a missing one, for "did you mean".
func (r resolver) nearest(src string) string {
	var sources []string
	for _, p := range r.s.Pages {
		if p.Source != "" {
			sources = append(sources, p.Source)
		}
	}
	return suggest.Nearest(src, sources)
}

func (r resolver) resolve(l lookup) (string, bool) {
	if l.asset {
		out, ok := r.manifest[l.name]
		return r.s.BasePath + out, ok
	}
	if p, ok := r.s.PageBySource(l.name); ok {
		return p.URL, true
	}
	return r.s.DraftURL(l.name)
}

// holds reports whether c is still p's conversion: same Markdown, same
// front matter, and every link and image resolving as it did. Links are
// resolved again only if resolveAgain says something may have moved.
func (c *conversion) holds(p *site.Page, r resolver, checks string, resolveAgain bool) bool {
	if c == nil || c.checks != checks || c.bodyLine != p.BodyLine || c.kind != p.Kind || c.section != p.Section ||
		!bytes.Equal(c.body, p.Body) || c.front != p.FrontSum || c.title != p.Front.Title || c.description != p.Front.Description ||
		!c.factsHold(r.s.Facts(p)) {
		return false
	}
	if !resolveAgain {
		return true
	}
	for _, l := range c.lookups {
		// A link to a missing page offers the nearest page, which another
		// page added may have changed.
		if url, ok := r.resolve(l); url != l.url || ok != l.ok || !ok {
			return false
		}
	}
	return true
}

// checksKey identifies what every page's conversion and checks are made
// under: what the checks are told, the date they judge "past" by, the
// limits, and the addresses links are written against.
//
// The checks of hand-written dates and counts compare each page with the
// site's facts (the closing date, the workshops and their dates), so those
// are part of it too.
func checksKey(s *site.Site, opts check.Options) string {
	var known strings.Builder
	if d := s.Deadline(); d != nil {
		fmt.Fprintf(&known, "%s %s\x00", d.Source, d.Front.Closes.Time)
	}
	for _, w := range s.Workshops() {
		fmt.Fprintf(&known, "%s %s %s\x00", w.Source, w.Front.Area, w.Front.Date.Time)
	}
	return fmt.Sprintf("%v\x00%v\x00%s\x00%#v\x00%v\x00%s\x00%s\x00%s", opts.Advice, opts.PastDates, s.Now, opts.Avoid, s.Settings.Limits, s.BaseURL, liveURL(s), known.String())
}

// liveURL is the site's public address when the build is for another.
func liveURL(s *site.Site) string {
	if live := s.Settings.BaseURL; live != s.BaseURL {
		return live
	}
	return ""
}

// convert converts one page's Markdown, recording what it looked up when
// the builder remembers, for the next build to ask again, and checks it.
func (b *Builder) convert(p *site.Page, r resolver, checks check.Options, key string) *conversion {
	c := &conversion{body: p.Body, bodyLine: p.BodyLine, kind: p.Kind, section: p.Section, front: p.FrontSum, checks: key,
		title: p.Front.Title, description: p.Front.Description}
	ask := func(asset bool, name string) (string, bool) {
		l := lookup{asset: asset, name: name}
		l.url, l.ok = r.resolve(l)
		if b.remember {
			c.lookups = append(c.lookups, l)
		}
		return l.url, l.ok
	}
	// When the build minifies, the text comes compact from the converter,
	// as minified as the minifier would leave it, so no page or print pack
	// that shows it minifies it again.
	c.result = converter.Convert(p.Body, markdown.Context{
		File: p.Source, FirstLine: p.BodyLine, BaseURL: r.s.BaseURL, BasePath: r.s.BasePath, Prose: checks.Advice, Limits: r.s.Settings.Limits,
		LiveURL:     liveURL(r.s),
		Compact:     b.opts.Minify,
		PageURL:     func(src string) (string, bool) { return ask(false, src) },
		NearestPage: r.nearest,
		AssetURL:    func(name string) (string, bool) { return ask(true, name) },
		Facts:       recordedFacts{Resolver: r.s.Facts(p), seen: &c.facts},
	})
	c.diags = slices.Concat(c.result.Diags, check.Dates(p), check.Counts(p), check.Page(r.s, p, &c.result, checks))
	c.diags.Sort()
	// Nothing reads the other links once they are checked.
	c.internal = slices.DeleteFunc(c.result.Links, func(k markdown.Link) bool { return !k.Internal || k.Path == "" })
	if b.remember {
		c.htmlKey = maphash.String(sumSeed, c.result.HTML)
	}
	// The preview keeps every page's conversion between builds: keep only
	// what the next build reads, so the collector has less to walk.
	c.result = markdown.Result{HTML: c.result.HTML}
	return c
}
