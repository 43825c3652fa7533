package content

import (
	"context"
	"io/fs"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/workers"
)

// Cache remembers what the last Load read, so that the preview re-reads and
// re-parses only the files that changed. Its zero value is an empty cache.
// It is not safe for concurrent use.
type Cache struct {
	settings     Settings
	settingsDiag diag.List
	pages        map[string]cachedPage
}

type cachedPage struct {
	page  Page
	diags diag.List
	read  bool
}

// Load is like the package's Load, but takes from the cache every file that
// is not named in changed (nor inside a folder named there). A nil changed
// reads everything. It also returns how many pages it parsed.
func (c *Cache) Load(fsys fs.FS, changed []string) (Settings, []Page, diag.List, int) {
	var l diag.List
	if info, err := fs.Stat(fsys, "content"); err != nil || !info.IsDir() {
		l.Errorf("content", 0, "there is no content/ folder: the project folder must hold a content/ folder with site.toml and the pages")
		return Settings{}, nil, l, 0
	}
	stale := func(p string) bool { return changed == nil || touches(changed, p) }
	if c.pages == nil || stale(settingsPath) {
		before := c.settings.Limits
		c.settingsDiag = nil
		c.settings = loadSettings(fsys, &c.settingsDiag)
		if c.settings.Limits != before {
			changed = nil // every page was read under other limits
		}
	}
	l = append(l, c.settingsDiag...)
	paths := findPages(fsys, &l)
	if tooManyPages(paths, c.settings.Limits, &l) {
		return c.settings, nil, l, 0
	}
	next := make(map[string]cachedPage, len(paths))
	var toRead []string
	for _, p := range paths {
		if cp, ok := c.pages[p]; ok && !stale(p) {
			next[p] = cp
		} else {
			toRead = append(toRead, p)
		}
	}
	parsed := make([]cachedPage, len(toRead))
	workers.Run(context.Background(), len(toRead), func(i int) error {
		page, pl, read := readPage(fsys, toRead[i], c.settings.Limits)
		parsed[i] = cachedPage{page, pl, read}
		return nil
	})
	for i, p := range toRead {
		next[p] = parsed[i]
	}
	c.pages = next
	var pages []Page
	for _, p := range paths {
		cp := next[p]
		l = append(l, cp.diags...)
		if cp.read {
			pages = append(pages, cp.page)
		}
	}
	l.Sort()
	return c.settings, pages, l, len(toRead)
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
