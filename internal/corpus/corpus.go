// Package corpus generates test sites: a content/ folder of realistic council
// pages, the same bytes for the same seed, for benchmarks and for tests that
// need more than a handful of pages.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"
)

// Options say how big a site to make and which one.
type Options struct {
	// Pages is the number of .md files under content/, counting the home
	// page and each section's index.md. It is held between MinPages and
	// MaxPages.
	Pages int
	// Seed picks the site: the same seed and Pages give the same bytes.
	Seed uint64
}

// The range of Options.Pages.
const (
	MinPages = 100
	MaxPages = 50_000
)

// The range of a page's size in bytes, front matter included.
const (
	MinPageBytes = 1536
	MaxPageBytes = 5120
)

// Settings is the content/site.toml of every generated site.
const Settings = `# Site-wide settings. Every field is required.
title = "Children's Services: a generated test site"
base_url = "https://example.org/"
organisation = "Norfolk County Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
`

// Generate makes a whole project folder in memory: content/site.toml and
// the pages. Every page builds without a problem using the built-in layouts.
func Generate(opts Options) fstest.MapFS {
	pages := clamp(opts.Pages)
	r := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	plan := newPlan(r, pages)
	fsys := fstest.MapFS{"content/site.toml": {Data: []byte(Settings), Mode: 0o644}}
	for i := range plan.pages {
		w := &writer{r: r, plan: plan, self: i}
		fsys[plan.pages[i].path()] = &fstest.MapFile{Data: w.page(), Mode: 0o644}
	}
	return fsys
}

// Write writes the files Generate makes under dir, creating it if needed.
func Write(dir string, opts Options) error {
	fsys := Generate(opts)
	names := make([]string, 0, len(fsys))
	for name := range fsys {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
		if err := os.WriteFile(p, fsys[name].Data, 0o644); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
	}
	return nil
}

func clamp(n int) int {
	return min(max(n, MinPages), MaxPages)
}

// sentenceCase upper-cases the first letter of s.
func sentenceCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
