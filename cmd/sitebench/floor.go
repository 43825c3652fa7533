package main

import (
	"bytes"
	"context"
	"html/template"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/workers"
)

// The floor is the least a generator can do with these pages: parse each
// file's front matter, render its Markdown with goldmark into a minimal
// template, and write it out, on all cores. Our build is measured against it.
//
// floorLayout is that template. It is also a layout of ours, as base.html,
// so that a build with it shows what our build costs beside its layouts.
const floorLayout = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{.Title}}</title></head><body><main><h1>{{.Title}}</h1>{{.Content}}</main></body></html>`

var floorPage = template.Must(template.New("page").Parse(floorLayout))

type floorFront struct {
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
}

func runFloor(src, out string) error {
	// The floor collects garbage as our build does. Its heap is a few MiB,
	// so at Go's default the collector runs hundreds of times, and a third
	// of its time at 10,000 pages would be that setting, not its work.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(build.OneOffGC)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Typographer))
	files, err := floorFiles(src)
	if err != nil {
		return err
	}
	return workers.Run(context.Background(), len(files), func(i int) error {
		raw, err := os.ReadFile(filepath.Join(src, files[i]))
		if err != nil {
			return err
		}
		var fm floorFront
		body, err := frontmatter.Parse(bytes.NewReader(raw), &fm)
		if err != nil {
			return err
		}
		var html, page bytes.Buffer
		if err := md.Convert(body, &html); err != nil {
			return err
		}
		if err := floorPage.Execute(&page, map[string]any{"Title": fm.Title, "Content": template.HTML(html.String())}); err != nil {
			return err
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(files[i], "content/"), ".md")
		dst := filepath.Join(out, filepath.FromSlash(path.Join(rel, "index.html")))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, page.Bytes(), 0o644)
	})
}

// floorFiles lists the pages under content/.
func floorFiles(src string) ([]string, error) {
	var files []string
	err := fs.WalkDir(os.DirFS(src), "content", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	return files, err
}
