package render

import (
	"bytes"
	"html/template"
	"strings"
	"sync"

	"norfolk.gov.uk/microsite/internal/site"
)

// partialCache keeps partials' output by name and key, so a partial that
// is the same on many pages (the menu) is executed once per build per key
// rather than once per page. Layouts use it as
//
//	{{partialCached "partials/nav.html" . (currentMenu .)}}
//
// and are responsible for the key: the partial's output may depend on
// nothing else that differs between the pages that share it.
type partialCache struct {
	mu   sync.Mutex
	done map[string]*cachedPartial
}

type cachedPartial struct {
	once sync.Once
	html template.HTML
	err  error
}

func (r *Renderer) partialCached(name string, p *site.Page, key ...string) (template.HTML, error) {
	id := name + "\x00" + strings.Join(key, "\x00")
	r.partials.mu.Lock()
	c, ok := r.partials.done[id]
	if !ok {
		c = &cachedPartial{}
		r.partials.done[id] = c
	}
	r.partials.mu.Unlock()
	c.once.Do(func() {
		var t *template.Template
		t, c.err = r.set(r.Layout(p))
		if c.err != nil {
			return
		}
		var buf bytes.Buffer
		if c.err = t.ExecuteTemplate(&buf, name, p); c.err != nil {
			return
		}
		// The layouts' minifier keeps the white space beside {{actions}},
		// not knowing what they write: what the partial wrote is minified
		// here, once for all the pages that show it.
		html := buf.String()
		if r.min != nil {
			html, c.err = r.min.HTML(html)
		}
		c.html = template.HTML(html)
	})
	return c.html, c.err
}

// currentMenu is the address of the menu item that is current on page p,
// with how it is current (p itself, or p's section), or "" if none is: the
// one way the menu differs from page to page.
func currentMenu(p *site.Page) string {
	for _, m := range p.Site().Menu() {
		if c := p.Current(m); c != "" {
			return m.URL + " " + c
		}
	}
	return ""
}
