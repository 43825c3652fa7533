package render

import (
	"bytes"
	"html/template"
	"strings"
	"sync"
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
	once  sync.Once
	html  template.HTML
	err   error
	reads *Reads // what the partial read, which every page showing it reads too
	maker string // the address of the page it was made with
}

func (in *instance) partialCached(name string, v *Page, key ...string) (template.HTML, error) {
	r := in.r
	id := name + "\x00" + strings.Join(key, "\x00")
	r.partials.mu.Lock()
	c, ok := r.partials.done[id]
	if !ok {
		c = &cachedPartial{}
		r.partials.done[id] = c
	}
	r.partials.mu.Unlock()
	c.once.Do(func() {
		// The partial's reads are its own, so that every page that shows
		// it takes them on, not only the one it was made for.
		outer := in.reads
		if outer != nil {
			c.reads, c.maker = NewReads(), v.p.URL
		}
		in.reads = c.reads
		defer func() { in.reads = outer }()
		var buf bytes.Buffer
		if c.err = in.running.ExecuteTemplate(&buf, name, v); c.err != nil {
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
	in.reads.mergeAs(c.reads, c.maker, v.p.URL)
	return c.html, c.err
}

// currentMenu is the address of the menu item that is current on page p,
// with how it is current (p itself, or p's section), or "" if none is: the
// one way the menu differs from page to page.
func (in *instance) currentMenu(v *Page) string {
	in.reads.add(ReadList, listMenu)
	p := v.meta()
	// Which item is current follows from p's place in the tree.
	for q := p; q != nil; q = q.Parent {
		in.reads.add(ReadParent, q.URL)
	}
	for _, m := range in.r.site.Menu() {
		if c := p.Current(m); c != "" {
			return m.URL + " " + c
		}
	}
	return ""
}
