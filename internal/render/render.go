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
	site    *site.Site
	layouts layouts
	funcs   template.FuncMap

	mu           sync.Mutex
	sets         map[string]*template.Template
	fingerprints map[string]string
	// names are the layouts there are, listed once: Layout asks about
	// several for every page.
	names    map[string]bool
	partials partialCache
}

// New prepares a Renderer. layoutsFS is rooted at the project's layouts/
// folder and may be nil; manifest maps asset names to fingerprinted files.
func New(s *site.Site, layoutsFS fs.FS, manifest assets.Manifest) *Renderer {
	r := &Renderer{
		site:    s,
		layouts: layouts{project: layoutsFS},
		funcs:   funcs(s, manifest),
		sets:    map[string]*template.Template{},

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
	t, err := r.layouts.parseSet(name, r.funcs)
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
	if err != nil {
		d := r.layouts.diagnose(err)
		if _, unreadable := errors.AsType[*readError](err); d.Line == 0 && p.Source != "" && !unreadable {
			d.Message = fmt.Sprintf("%s (while rendering %s)", d.Message, p.Source)
		}
		return &d
	}
	return nil
}
