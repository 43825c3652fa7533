package render

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"slices"

	"norfolk.gov.uk/microsite/internal/site"
)

// Fingerprint identifies the layout files a page is rendered with: its
// layout, base.html and the partials. A print pack's documents are read
// through their own pages' layouts, which the pack records reading.
func (r *Renderer) Fingerprint(p *site.Page) string {
	key := r.Layout(p)
	r.fpMu.Lock()
	defer r.fpMu.Unlock()
	if fp, ok := r.fingerprints[key]; ok {
		return fp
	}
	names := append([]string{"base.html", key}, r.layouts.partials()...)
	h := sha256.New()
	for _, n := range names {
		text, file, _ := r.layouts.read(n)
		h.Write([]byte(file + "\x00" + text + "\x00"))
	}
	fp := hex.EncodeToString(h.Sum(nil))
	r.fingerprints[key] = fp
	return fp
}

// all lists every layout name, the project's and the built-in ones.
func (ls layouts) all() []string {
	var names []string
	for _, fsys := range []fs.FS{ls.project, mustSub(defaults, "defaults")} {
		if fsys == nil {
			continue
		}
		_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				names = append(names, p)
			}
			return nil
		})
	}
	slices.Sort(names)
	return slices.Compact(names)
}
