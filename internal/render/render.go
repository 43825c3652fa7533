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

// Renderer renders pages through their layouts. Each layout is parsed once
// and shared by every page that uses it; Page is safe for concurrent use.
type Renderer struct {
	site     *site.Site
	layouts  layouts
	manifest assets.Manifest
	funcs    template.FuncMap
	min      Minifier

	// asWritten renders with the layouts unminified, to find a problem
	// on the line of the file an editor can open.
	asWritten     *Renderer
	asWrittenOnce sync.Once

	mu           sync.Mutex
	sets         map[string]*template.Template
	fingerprints map[string]string
	// names are the layouts there are, listed once: Layout asks about
	// several for every page.
	names    map[string]bool
	partials partialCache
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
		site:     s,
		layouts:  layouts{project: layoutsFS},
		manifest: manifest,
		funcs:    funcs(s, manifest),
		min:      min,
		sets:     map[string]*template.Template{},

		fingerprints: map[string]string{},
	}
	r.partials.done = map[string]*cachedPartial{}
	r.names = map[string]bool{}
	for _, n := range r.layouts.all() {
		r.names[n] = true
	}
	r.funcs["document"] = r.document
	r.funcs["partialCached"] = r.partialCached
	r.funcs["currentMenu"] = currentMenu
	r.funcs["documentID"] = DocumentID
	r.funcs["address"] = printAddress
	return r
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

// ownThenSection lists a page's own layout, its section's layout of the
// kind, and the kind's layout.
func ownThenSection(p *site.Page, kind string) []string {
	own := strings.TrimSuffix(p.Path, "/") + ".html"
	if p.Section == "" {
		return []string{own, kind}
	}
	return []string{own, p.Section + "/" + kind, kind}
}

// set returns the parsed template set for a layout, parsing it on first use.
func (r *Renderer) set(name string) (*template.Template, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok := r.sets[name]; ok {
		return t, nil
	}
	t, err := r.layouts.parseSet(name, r.funcs, nil)
	if err == nil && r.min != nil {
		// Parsed as written first, so a mistake is reported on its line.
		t, err = r.layouts.parseSet(name, r.funcs, r.min.Layout)
	}
	if err != nil {
		return nil, err
	}
	r.sets[name] = t
	return t, nil
}

// Page renders one page with its layout. A layout problem comes back as a
// diagnostic naming the layout file and line.
func (r *Renderer) Page(p *site.Page, buf *bytes.Buffer) *diag.Diagnostic {
	return r.execute(r.Layout(p), p, buf)
}

func (r *Renderer) execute(layout string, p *site.Page, buf *bytes.Buffer) *diag.Diagnostic {
	t, err := r.set(layout)
	if err == nil {
		err = t.Execute(buf, p)
	}
	if err != nil && r.min != nil {
		// A minified layout's lines are not the file's: look for the
		// problem again in the layouts as written.
		r.asWrittenOnce.Do(func() { r.asWritten = New(r.site, r.layouts.project, r.manifest, nil) })
		buf.Reset()
		if d := r.asWritten.execute(layout, p, buf); d != nil {
			return d
		}
	}
	if err != nil {
		d := r.layouts.diagnose(err)
		if _, unreadable := errors.AsType[*readError](err); d.Line == 0 && p.Source != "" && !unreadable {
			d.Message = fmt.Sprintf("%s (while rendering %s)", d.Message, p.Source)
		}
		return &d
	}
	return nil
}
