package main

import (
	"bytes"
	"context"
	"errors"
	"html/template"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/workers"
)

// runFloorLayouts is the floor with our layouts: the floor's reading,
// front matter and goldmark, then our page model and our default layouts
// through our renderer, and the floor's writing. It has none of the
// build's own work (the checks, link rewriting, heading ids, telephone
// links, minifying, the feed, sitemap and calendars), so our build beside
// it shows what that work costs, like for like.
func runFloorLayouts(src, out string) error {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(build.OneOffGC)
	}
	raw, err := os.ReadFile(filepath.Join(src, "content", "site.toml"))
	if err != nil {
		return err
	}
	settings, _ := content.ParseSettings("content/site.toml", raw)
	files, err := floorFiles(src)
	if err != nil {
		return err
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Typographer))
	pages := make([]content.Page, len(files))
	html := make(map[string]template.HTML, len(files))
	converted := make([]template.HTML, len(files))
	err = workers.Run(context.Background(), len(files), func(i int) error {
		data, err := os.ReadFile(filepath.Join(src, files[i]))
		if err != nil {
			return err
		}
		var fm floorFront
		body, err := frontmatter.Parse(bytes.NewReader(data), &fm)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := md.Convert(body, &buf); err != nil {
			return err
		}
		pages[i] = content.Page{Path: files[i], Front: content.FrontMatter{Title: fm.Title, Description: fm.Description}}
		converted[i] = template.HTML(buf.String())
		return nil
	})
	if err != nil {
		return err
	}
	for i, f := range files {
		html[f] = converted[i]
	}
	s, _ := site.New(settings, pages, site.Options{Now: time.Date(2005, 5, 20, 0, 0, 0, 0, time.UTC)})
	for _, p := range s.Pages {
		p.Content = html[p.Source]
	}
	r := render.New(s, nil, nil, nil)
	all := s.InFileOrder()
	return workers.Run(context.Background(), len(all), func(i int) error {
		var buf bytes.Buffer
		if d := r.Page(all[i], &buf, nil); d != nil {
			return errors.New(d.String())
		}
		dst := filepath.Join(out, filepath.FromSlash(all[i].File))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, buf.Bytes(), 0o644)
	})
}
