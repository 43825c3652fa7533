package content

import (
	"context"
	"io/fs"
	"maps"
	"reflect"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/projectfs"
	"norfolk.gov.uk/microsite/internal/workers"
)

// Cache remembers what the last Load read, so that the preview re-reads and
// re-parses only the files that changed. Its zero value is an empty cache.
// It is not safe for concurrent use.
type Cache struct {
	settings     Settings
	settingsDiag diag.List
	pages        map[string]cachedPage
	// The last listing of content/, which an edit to pages already on it
	// cannot change.
	paths     []string
	pathDiags diag.List
	// edits are what the last Load read again, when nothing else changed.
	edits []Page
	// loaded are the pages the last Load gave, none if it gave up.
	loaded []string
}

type cachedPage struct {
	page  Page
	diags diag.List
	read  bool
}

// Load is like the package's Load, but takes from the cache every file that
// is not named in changed (nor inside a folder named there). A nil changed
// reads everything. It also returns how many pages it parsed.
func (c *Cache) Load(fsys fs.FS, changed []string) (Settings, diag.List, int) {
	var l diag.List
	c.loaded = nil
	if info, err := fs.Stat(fsys, "content"); err != nil || !info.IsDir() {
		l.Errorf("content", 0, "there is no content/ folder: the project folder must hold a content/ folder with site.toml and the pages")
		return Settings{}, l, 0
	}
	stale := func(p string) bool { return changed == nil || touches(changed, p) }
	c.edits = nil
	settingsRead := c.pages == nil || stale(settingsPath)
	if settingsRead {
		before := c.settings.Limits
		c.settingsDiag = nil
		c.settings = loadSettings(fsys, &c.settingsDiag)
		if c.settings.Limits != before {
			changed = nil // every page was read under other limits
		}
	}
	l = append(l, c.settingsDiag...)
	paths, walked := c.list(fsys, changed)
	l = append(l, c.pathDiags...)
	if tooManyPages(paths, c.settings.Limits, &l) {
		return c.settings, l, 0
	}
	// The map is updated in place: a one-page save of a big site should
	// not copy every page.
	if c.pages == nil || changed == nil {
		c.pages = make(map[string]cachedPage, len(paths))
	}
	if walked {
		listed := make(map[string]bool, len(paths))
		for _, p := range paths {
			listed[p] = true
		}
		maps.DeleteFunc(c.pages, func(p string, _ cachedPage) bool { return !listed[p] })
	}
	var toRead []string
	for _, p := range paths {
		if _, ok := c.pages[p]; !ok || stale(p) {
			toRead = append(toRead, p)
		}
	}
	parsed := make([]cachedPage, len(toRead))
	folders := projectfs.OpenFolders(fsys, toRead)
	workers.Run(context.Background(), len(toRead), func(i int) error {
		page, pl, read := readPage(folders, toRead[i], c.settings.Limits)
		parsed[i] = cachedPage{page, pl, read}
		return nil
	})
	folders.Close()
	bodiesOnly := !walked && !settingsRead && len(toRead) > 0
	for i, p := range toRead {
		bodiesOnly = bodiesOnly && sameHead(c.pages[p], parsed[i])
		c.pages[p] = parsed[i]
	}
	if bodiesOnly {
		for _, cp := range parsed {
			c.edits = append(c.edits, cp.page)
		}
	}
	for _, p := range paths {
		l = append(l, c.pages[p].diags...)
	}
	c.loaded = paths
	l.Sort()
	return c.settings, l, len(toRead)
}

// Pages returns the pages the last Load read, sorted by Path. Pages with
// errors are there, as far as they could be read; pages that could not be
// read at all are left out. A preview that takes BodyEdits need not ask.
func (c *Cache) Pages() []Page {
	pages := make([]Page, 0, len(c.loaded))
	for _, p := range c.loaded {
		if cp := c.pages[p]; cp.read {
			pages = append(pages, cp.page)
		}
	}
	return pages
}

// BodyEdits returns the pages the last Load read again, if nothing else
// changed: the same settings, the same files, and in each page read again
// the same front matter, on the same lines, with no problems. Then only
// their bodies are new, which the page model can take without being built
// again. Otherwise it returns nil.
func (c *Cache) BodyEdits() []Page {
	return c.edits
}

func sameHead(a, b cachedPage) bool {
	return a.read && b.read && len(a.diags) == 0 && len(b.diags) == 0 &&
		a.page.BodyLine == b.page.BodyLine && maps.Equal(a.page.FieldLines, b.page.FieldLines) &&
		reflect.DeepEqual(a.page.Front, b.page.Front)
}

// list lists the pages. It walks content/ again, and says so, unless every
// change is to a page already listed that is still a file: walking a big
// site's folders would be most of the work of a one-page save.
func (c *Cache) list(fsys fs.FS, changed []string) (paths []string, walked bool) {
	if c.paths != nil && onlyEdits(fsys, changed, c.pages) {
		return c.paths, false
	}
	c.pathDiags = nil
	c.paths = findPages(fsys, &c.pathDiags)
	return c.paths, true
}

func onlyEdits(fsys fs.FS, changed []string, pages map[string]cachedPage) bool {
	if len(changed) == 0 {
		return false
	}
	for _, p := range changed {
		if _, ok := pages[p]; !ok {
			return false
		}
		if info, err := fs.Stat(fsys, p); err != nil || !info.Mode().IsRegular() {
			return false
		}
	}
	return true
}

// touches reports whether p is one of changed or inside a folder named there.
func touches(changed []string, p string) bool {
	for _, c := range changed {
		if c == p || strings.HasPrefix(p, strings.TrimSuffix(c, "/")+"/") {
			return true
		}
	}
	return false
}
