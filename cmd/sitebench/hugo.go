package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// hugoLayouts are plain layouts equivalent to the generator's built-in
// defaults (base, page, list; menu and breadcrumbs included), so Hugo does
// comparable work per page.
var hugoLayouts = map[string]string{
	"_default/baseof.html": `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{.Title}}: {{.Site.Title}}</title><meta name="description" content="{{.Description}}"><link rel="canonical" href="{{.Permalink}}"></head><body><a class="skip-link" href="#main">Skip to main content</a><header><p><a href="{{.Site.Home.RelPermalink}}">{{.Site.Title}}</a></p><nav aria-label="Main"><ul>{{range .Site.Home.Sections}}<li><a href="{{.RelPermalink}}">{{.Title}}</a></li>{{end}}</ul></nav></header><nav aria-label="Breadcrumb"><ol>{{range .Ancestors.Reverse}}<li><a href="{{.RelPermalink}}">{{.Title}}</a></li>{{end}}</ol></nav><main id="main"><h1>{{.Title}}</h1>{{block "main" .}}{{end}}</main><footer><p>Questions? Call 01603 222494.</p></footer></body></html>`,
	"_default/single.html": `{{define "main"}}{{with .Date}}<p><time datetime="{{.Format "2006-01-02"}}">{{.Format "Monday 2 January 2006"}}</time></p>{{end}}{{.Content}}{{end}}`,
	"_default/list.html":   `{{define "main"}}{{.Content}}<ul>{{range .Pages}}<li><a href="{{.RelPermalink}}">{{.Title}}</a><p>{{.Description}}</p></li>{{end}}</ul>{{end}}`,
}

// hugoProject lays the generated content out as a Hugo site: a section's
// page is _index.md there (index.md would make a page bundle).
func hugoProject(src, dst string) error {
	config := "baseURL = \"https://example.org/\"\ntitle = \"Test site\"\nlanguageCode = \"en-GB\"\ndisableKinds = [\"taxonomy\", \"term\"]\n[markup.goldmark.renderer]\nunsafe = false\n"
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dst, "hugo.toml"), []byte(config), 0o644); err != nil {
		return err
	}
	for name, text := range hugoLayouts {
		p := filepath.Join(dst, "layouts", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return fs.WalkDir(os.DirFS(src), "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		data, err := os.ReadFile(filepath.Join(src, p))
		if err != nil {
			return err
		}
		if filepath.Base(p) == "index.md" {
			p = filepath.Join(filepath.Dir(p), "_index.md")
		}
		out := filepath.Join(dst, p)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
}
