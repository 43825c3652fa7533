package build

import (
	"context"
	"io/fs"
	"strings"

	"norfolk.gov.uk/microsite/internal/assets"
	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/postprocess"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
)

// Builder builds one project again and again, redoing only what a change
// affects: it re-reads only changed files, converts only pages whose
// Markdown or links changed, and renders only pages whose inputs changed.
// Its output is always the same as a fresh build's. It is not safe for
// concurrent use.
type Builder struct {
	fsys fs.FS
	opts Options

	content   content.Cache
	assets    *assetBuild
	converted map[string]*conversion
	rendered  map[string]rendering
}

type assetBuild struct {
	manifest assets.Manifest
	files    []publish.File
	diags    diag.List
}

// Stats count the work a build did, so tests can show a rebuild was small.
type Stats struct {
	Parsed    int // content files read and parsed
	Converted int // pages whose Markdown was converted
	Rendered  int // pages rendered through their layouts
}

// NewBuilder prepares a Builder for the project folder fsys.
func NewBuilder(fsys fs.FS, opts Options) *Builder {
	return &Builder{fsys: fsys, opts: opts}
}

// Rebuild builds the site again after the files named in changed (slash
// paths from the project folder, files or folders) changed. all, or a
// Builder's first build, reads everything.
func (b *Builder) Rebuild(ctx context.Context, changed []string, all bool) (*Result, diag.List) {
	if all || b.assets == nil {
		changed = nil
	}
	var st Stats
	settings, pages, l, parsed := b.content.Load(b.fsys, changed)
	st.Parsed = parsed
	if l.HasErrors() && settings.BaseURL == "" {
		return nil, sorted(l)
	}
	s, dl := site.New(settings, pages, site.Options{Drafts: b.opts.Drafts, BaseURL: b.opts.BaseURL, Now: b.opts.Now})
	l = append(l, dl...)
	if changed == nil || touchesFolder(changed, "assets") {
		b.assets = b.buildAssets()
	}
	l = append(l, b.assets.diags...)
	links := b.convert(ctx, s, b.assets.manifest, &l, &st)
	l = append(l, b.check(ctx, s)...)
	r := render.New(s, sub(b.fsys, "layouts"), b.assets.manifest)
	files := b.renderAll(ctx, s, r, &l, &st)
	files = append(files, b.assets.files...)
	checkLinks(s, links, files, &l)
	if l.HasErrors() {
		return nil, sorted(l)
	}
	if b.opts.Minify {
		if err := postprocess.Minify(ctx, files); err != nil {
			l.Errorf("build", 0, "%v", err)
			return nil, l
		}
	}
	sortFiles(files)
	return &Result{Site: s, Files: files, Stats: st}, sorted(l)
}

func (b *Builder) buildAssets() *assetBuild {
	a := &assetBuild{}
	if fsys := sub(b.fsys, "assets"); fsys != nil {
		a.manifest, a.files, a.diags = assets.Build(fsys, assets.Options{Minify: b.opts.Minify})
	}
	return a
}

// touchesFolder reports whether any changed path is dir or inside it.
func touchesFolder(changed []string, dir string) bool {
	for _, c := range changed {
		if c == dir || strings.HasPrefix(c, dir+"/") {
			return true
		}
	}
	return false
}
