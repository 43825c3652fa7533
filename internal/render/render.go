package render

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"strings"
	"sync"

	"norfolk.gov.uk/microsite/internal/assets"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/site"
)

// Renderer renders pages through their layouts, from a finished model that
// nothing changes while it renders. Page is safe for concurrent use.
type Renderer struct {
	site     *site.Site
	layouts  layouts
	manifest assets.Manifest
	min      Minifier

	// asWritten renders with the layouts unminified, to find a problem
	// on the line of the file an editor can open.
	asWritten     *Renderer
	asWrittenOnce sync.Once

	// free holds the instances not rendering now. Each has template sets of
	// its own, whose functions record into the one output it renders.
	mu   sync.Mutex
	free []*instance

	fpMu         sync.Mutex
	fingerprints map[string]string
	// names are the layouts there are, listed once: Layout asks about
	// several for every page.
	names    map[string]bool
	partials partialCache
}

// instance renders one output at a time. Its template sets' functions are
// bound to it, so what a function reads (a section, an asset) is recorded
// into the reads of the output it is rendering.
type instance struct {
	r     *Renderer
	sets  map[string]*template.Template
	reads *Reads
	// running is the template set executing now: a partial runs from the
	// set of the layout that calls it, whatever page it is given.
	running *template.Template
}

// Minifier shrinks the layouts as they are parsed, and the HTML cached
// partials write, so that every page comes out minified without a pass over
// the whole of each: what pages share is minified once. The pages' own text
// comes compact from the Markdown converter.
type Minifier interface {
	// Layout minifies a layout's text, leaving its {{actions}} alone.
	Layout(text string) (string, error)
	// HTML minifies a piece of HTML.
	HTML(html string) (string, error)
}

// New prepares a Renderer. layoutsFS is rooted at the project's layouts/
// folder and may be nil; manifest maps asset names to fingerprinted files;
// min, if not nil, minifies the layouts and the partials they cache.
func New(s *site.Site, layoutsFS fs.FS, manifest assets.Manifest, min Minifier) *Renderer {
	r := &Renderer{
		site:         s,
		layouts:      layouts{project: layoutsFS, max: s.Settings.Limits.OrDefault().LayoutBytes, once: &readOnce{done: map[string]opened{}}},
		manifest:     manifest,
		min:          min,
		fingerprints: map[string]string{},
		names:        map[string]bool{},
	}
	r.partials.done = map[string]*cachedPartial{}
	for _, n := range r.layouts.all() {
		r.names[n] = true
	}
	return r
}

func (r *Renderer) take() *instance {
	r.mu.Lock()
	defer r.mu.Unlock()
	if n := len(r.free); n > 0 {
		in := r.free[n-1]
		r.free = r.free[:n-1]
		return in
	}
	return &instance{r: r, sets: map[string]*template.Template{}}
}

func (r *Renderer) give(in *instance) {
	in.reads, in.running = nil, nil
	r.mu.Lock()
	defer r.mu.Unlock()
	r.free = append(r.free, in)
}

// Layout names the layout a page uses: the first that exists of a layout
// named after the page's address ("have-your-say.html"), its section's
// layout for its kind, and the kind's layout; the home page falls back to
// the list layout.
func (r *Renderer) Layout(p *site.Page) string {
	var candidates []string
	switch p.Kind {
	case site.KindHome:
		candidates = []string{"home.html", "list.html"}
	case site.KindPrint:
		candidates = []string{"print.html"}
	case site.KindNotFound:
		candidates = []string{"404.html"}
	case site.KindReport:
		candidates = []string{"report.html"}
	case site.KindSection:
		candidates = ownThenSection(p, "list.html")
	default:
		candidates = ownThenSection(p, "page.html")
	}
	for _, c := range candidates {
		if r.names[c] {
			return c
		}
	}
	return candidates[len(candidates)-1]
}

// Layouts lists every layout name there is, the project's and the
// built-in ones, so messages can offer the nearest.
func (r *Renderer) Layouts() []string { return r.layouts.all() }

// ownThenSection lists a page's own layout, its section's layout of the
// kind, and the kind's layout.
func ownThenSection(p *site.Page, kind string) []string {
	own := strings.TrimSuffix(p.Path, "/") + ".html"
	if p.Section == "" {
		return []string{own, kind}
	}
	return []string{own, p.Section + "/" + kind, kind}
}

// set returns the instance's parsed template set for a layout, parsing it
// on first use.
func (in *instance) set(name string) (*template.Template, error) {
	if t, ok := in.sets[name]; ok {
		return t, nil
	}
	ls, funcs := in.r.layouts, in.funcs()
	t, err := ls.parseSet(name, funcs, nil)
	if err == nil && in.r.min != nil {
		// Parsed as written first, so a mistake is reported on its line.
		t, err = ls.parseSet(name, funcs, in.r.min.Layout)
	}
	if err != nil {
		return nil, err
	}
	in.sets[name] = t
	return t, nil
}

// Page renders one page with its layout into buf, recording into reads
// (which may be nil) everything the layouts read. A layout problem comes
// back as a diagnostic naming the layout file and line.
func (r *Renderer) Page(p *site.Page, buf *bytes.Buffer, reads *Reads) *diag.Diagnostic {
	in := r.take()
	defer r.give(in)
	in.reads = reads
	reads.add(ReadLayout, p.URL)
	err := in.execute(r.Layout(p), p, buf)
	if err != nil && r.min != nil {
		// A minified layout's lines are not the file's: look for the
		// problem again in the layouts as written.
		r.asWrittenOnce.Do(func() { r.asWritten = New(r.site, r.layouts.project, r.manifest, nil) })
		buf.Reset()
		if d := r.asWritten.Page(p, buf, nil); d != nil {
			return d
		}
	}
	if err != nil {
		d := r.layouts.diagnose(err)
		return &d
	}
	return nil
}

func (in *instance) execute(layout string, p *site.Page, buf *bytes.Buffer) error {
	t, err := in.set(layout)
	if err != nil {
		return err
	}
	in.running = t
	return t.Execute(buf, in.page(p))
}

// missing is a layout's request for something the site does not have,
// said in plain English: the message is the whole of what an editor sees.
type missing struct{ message string }

func (e *missing) Error() string { return e.message }

func missingf(format string, args ...any) error {
	return &missing{message: fmt.Sprintf(format, args...)}
}

// isMissing reports whether err is, or wraps, a missing thing.
func isMissing(err error) (*missing, bool) { return errors.AsType[*missing](err) }
