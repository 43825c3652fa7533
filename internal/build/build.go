// Package build is the only package that knows the order of the stages:
// load content, build the page model, fingerprint assets, convert Markdown,
// render, check links, post-process, publish.
package build

import (
	"context"
	"io/fs"
	"time"

	"norfolk.gov.uk/microsite/internal/assets"
	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/postprocess"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
)

// Options are what a build may be told.
type Options struct {
	// Drafts publishes pages marked draft: true.
	Drafts bool
	// BaseURL, if set, replaces the base_url of content/site.toml.
	BaseURL string
	// Now is the date the build takes as today.
	Now time.Time
	// Minify shrinks HTML, XML, JSON, CSS, JS and SVG.
	Minify bool
}

// Result is a whole built site, in memory.
type Result struct {
	Site  *site.Site
	Files []publish.File
}

// Site builds the site from fsys, which is rooted at the project folder (the
// one holding content/, layouts/ and assets/). It returns every problem
// found; the Result is nil if any of them is an error.
func Site(ctx context.Context, fsys fs.FS, opts Options) (*Result, diag.List) {
	settings, pages, l := content.Load(fsys)
	if l.HasErrors() && settings.BaseURL == "" {
		return nil, sorted(l)
	}
	s, dl := site.New(settings, pages, site.Options{Drafts: opts.Drafts, BaseURL: opts.BaseURL, Now: opts.Now})
	l = append(l, dl...)
	var manifest assets.Manifest
	var assetFiles []publish.File
	if a := sub(fsys, "assets"); a != nil {
		var al diag.List
		manifest, assetFiles, al = assets.Build(a, assets.Options{Minify: opts.Minify})
		l = append(l, al...)
	}
	checkDates(s, &l)
	links := convert(ctx, s, manifest, &l)
	files := renderAll(ctx, s, render.New(s, sub(fsys, "layouts"), manifest), &l)
	files = append(files, assetFiles...)
	checkLinks(s, links, files, &l)
	if l.HasErrors() {
		return nil, sorted(l)
	}
	if opts.Minify {
		if err := postprocess.Minify(ctx, files); err != nil {
			l.Errorf("build", 0, "%v", err)
			return nil, l
		}
	}
	sortFiles(files)
	return &Result{Site: s, Files: files}, sorted(l)
}

func sorted(l diag.List) diag.List {
	l.Sort()
	return l
}

// sub narrows fsys to one folder of the project, or to nothing if the
// project has no such folder.
func sub(fsys fs.FS, dir string) fs.FS {
	if _, err := fs.Stat(fsys, dir); err != nil {
		return nil
	}
	s, err := fs.Sub(fsys, dir)
	if err != nil {
		return nil
	}
	return s
}
