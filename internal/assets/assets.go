// Package assets turns the assets/ folder into minified, content-hashed
// files, and a Manifest that tells templates each file's hashed name.
//
// A hashed name changes exactly when a file's published bytes change, so the
// host can tell browsers to cache assets forever.
package assets

import (
	"io/fs"
	"slices"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/publish"
)

// Manifest maps an asset's name relative to assets/ ("site.css",
// "images/logo.svg") to its output path relative to the output folder
// ("assets/site.3f9a1c2e.css", "assets/images/logo.0a1b2c3d.svg").
type Manifest map[string]string

// Options says how to build assets. The zero value copies files unminified.
type Options struct {
	Minify bool
	// MaxBytes is the most bytes one asset may have; 0 means
	// limits.Default().AssetBytes. Editors raise it with asset_bytes.
	MaxBytes int
}

// Build reads every file of fsys, which is rooted at the assets folder, and
// returns the files to publish, sorted by path, with their Manifest. Names
// starting with "." and editors' temporary files are skipped.
//
// .css, .js, .svg, .json and .xml files are minified when opts.Minify is set;
// every file is named with the first 8 hex digits of the SHA-256 of its output
// bytes before its extension. A stylesheet's url(...) references to other
// files in assets/ are rewritten to their hashed names.
//
// Problems are reported in the diag.List against "assets/NAME"; a file with a
// problem is still published (unminified, or with the bad url left as it
// was), so that one mistake does not hide the rest of the site.
func Build(fsys fs.FS, opts Options) (Manifest, []publish.File, diag.List) {
	b := &builder{fsys: fsys, opts: opts, manifest: Manifest{}, hashes: map[string]string{}, sheets: map[string]bool{}}
	names := b.list()
	// Stylesheets go last: their url(...)s need the hashed names of
	// everything else; and each after those it imports.
	others, sheets := partition(names)
	for _, name := range others {
		b.add(name)
	}
	b.addSheets(sheets)
	slices.SortFunc(b.files, func(x, y publish.File) int { return strings.Compare(x.Path, y.Path) })
	b.diags.Sort()
	return b.manifest, b.files, b.diags
}

func partition(names []string) (others, sheets []string) {
	for _, name := range names {
		if isCSS(name) {
			sheets = append(sheets, name)
		} else {
			others = append(others, name)
		}
	}
	return others, sheets
}

func isCSS(name string) bool {
	return strings.EqualFold(extOf(name), ".css")
}
