package assets

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"path"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/editorfiles"
	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/projectfs"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/safety"
)

// builder holds one Build's work in progress.
type builder struct {
	fsys     fs.FS
	opts     Options
	manifest Manifest
	hashes   map[string]string // name -> the 8 hex digits in its output name
	files    []publish.File
	diags    diag.List
	sheets   map[string]bool // every stylesheet, for the messages about @import
}

// list returns the names of every file to build, in lexical order.
func (b *builder) list() []string {
	var names []string
	err := fs.WalkDir(b.fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			b.readProblem(name, err)
			return nil
		}
		if name == "." {
			return nil
		}
		if editorfiles.IsTemporary(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0:
			names = append(names, name)
		case !d.IsDir():
			// A named pipe or a device: said, not skipped in silence.
			b.diags.Errorf(source(name), 0, "%v", &projectfs.NotRegularError{Mode: d.Type()})
		}
		return nil
	})
	if err != nil {
		b.diags.Errorf("assets", 0, "could not be read: %v", err)
	}
	return b.publishable(names)
}

// add reads, transforms and fingerprints one file.
func (b *builder) add(name string) {
	if data, ok := b.read(name); ok {
		b.addData(name, data)
	}
}

// read reads one file of assets/, reporting why it cannot.
func (b *builder) read(name string) ([]byte, bool) {
	data, err := projectfs.ReadFile(b.fsys, name, b.maxBytes())
	if err != nil {
		b.readProblem(name, err)
		return nil, false
	}
	return data, true
}

// addData transforms and fingerprints one file read.
func (b *builder) addData(name string, data []byte) {
	if isSVG(name) {
		// An SVG opened on its own is a page of the site's origin.
		if p, found := safety.SVG(string(data)); found {
			b.diags.Errorf(source(name), p.Line, "%s; the image is not published", p.Message)
			return
		}
	}
	if isCSS(name) {
		// Before minifying, so that problems carry the editor's line numbers.
		data = b.rewrite(name, data)
	}
	if b.opts.Minify {
		data = b.minify(name, data)
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:4])
	out := "assets/" + hashed(name, hash)
	b.hashes[name] = hash
	b.manifest[name] = out
	b.files = append(b.files, publish.File{Path: out, Data: data})
}

// hashed puts hash before name's extension: "css/site.css" ->
// "css/site.3f9a1c2e.css"; a name without one gets it at the end.
func hashed(name, hash string) string {
	ext := extOf(name)
	return name[:len(name)-len(ext)] + "." + hash + ext
}

// extOf is path.Ext, but only of the last element: "a.b/c" has none.
func extOf(name string) string {
	return path.Ext(path.Base(name))
}

func isSVG(name string) bool { return strings.EqualFold(extOf(name), ".svg") }

// maxBytes is the most bytes an asset may have.
func (b *builder) maxBytes() int {
	if b.opts.MaxBytes > 0 {
		return b.opts.MaxBytes
	}
	return limits.Default().AssetBytes
}

// source names an asset the way editors see it in their project.
func source(name string) string {
	if name == "." {
		return "assets"
	}
	return "assets/" + name
}

// readProblem reports a file that was listed but could not be read.
func (b *builder) readProblem(name string, err error) {
	if size, ok := projectfs.TooBig(err); ok {
		b.diags.Errorf(source(name), 0, "%s", limits.Exceeded("the file is "+limits.Count(size)+" bytes", b.maxBytes(), "asset_bytes",
			"make it smaller (a PDF can be saved for the web), or publish it elsewhere and link to it"))
		return
	}
	if msg, ok := projectfs.Explain(b.fsys, name, err); ok {
		b.diags.Errorf(source(name), 0, "%s", msg)
		return
	}
	b.diags.Errorf(source(name), 0, "could not be read: %v", err)
}
