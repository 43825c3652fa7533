// Package build is the only package that knows the order of the stages,
// and it keeps the books of a rebuild. It does no stage's work itself:
//
//  1. content loads the files, through a cache that re-reads only what
//     changed;
//  2. site makes the page model;
//  3. assets fingerprints assets/;
//  4. every page's Markdown is converted (markdown) and checked (check), and
//     its HTML put in the model: after this the model is finished, and
//     nothing changes it while pages render;
//  5. render renders every page from the finished model, each recording
//     what it read (render.Reads), and makes the site-wide outputs;
//  6. check checks the links against the pages as rendered, and the pages
//     against each other;
//  7. postprocess minifies what is not minified already, and publish
//     writes the new tree and swaps it in.
//
// A Builder (the preview's) keeps each conversion with what it looked up,
// and each output with the reads it recorded and what they were worth. On
// a rebuild it values every kept read in the new model and redoes exactly
// the conversions, renderings and link checks whose inputs changed, so its
// output is always a fresh build's; TestRebuildsEqualFreshBuilds checks
// that over long random sequences of edits.
package build

import (
	"context"
	"io/fs"
	"time"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/site"
)

// OneOffGC is the collector setting (GOGC) for a process that builds once
// and exits, unless GOGC says otherwise: letting the heap grow to three
// times what is live, not twice, saves about a tenth of a large build's
// time, and a 10,000-page build still peaks near 200 MiB.
const OneOffGC = 200

// MemoryPerPage is what a one-off build's heap may grow to for each page,
// when Options.LimitMemory asks: 192 MiB a 10,000 pages. Every page's
// converted text is held until the last page is rendered, since any layout
// may show it; at OneOffGC alone the heap would grow to three times that.
// The limit is soft: the collector works harder near it, and only there.
const MemoryPerPage = 192 << 20 / 10_000

// minMemory is the least a limit is set to, for small sites.
const minMemory = 192 << 20

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
	// Advice also runs the editors' checks that only warn (plain English,
	// reading age, alt and link text, duplicates), as "microsite check"
	// does; a build runs only the checks that find errors.
	Advice bool
	// PastDates also warns about a closing date or a workshop already past
	// by Now, as "microsite check" does.
	PastDates bool
	// Report adds the editors' report, for deploy previews: a page listing
	// every problem, warnings too, as "microsite check" finds them, and a
	// banner on every page with their count, linking to it. Production
	// builds never ask for it.
	Report bool
	// LimitMemory sets the process's soft memory limit from the number of
	// pages (MemoryPerPage) once they are counted: for a process that
	// builds once, unless the environment sets GOMEMLIMIT.
	LimitMemory bool

	// reported are the problems the report lists, found by a first build.
	reported diag.List
}

// withReport makes a first build, in memory, to find the problems that a
// build asked for a report is to list, and returns the options of the
// build that lists them; or its errors, which stop the build.
func withReport(ctx context.Context, fsys fs.FS, opts Options) (Options, diag.List) {
	if !opts.Report {
		return opts, nil
	}
	opts.Report, opts.Advice, opts.PastDates = false, true, true
	_, problems := Site(ctx, fsys, opts)
	if problems.HasErrors() {
		return opts, problems
	}
	opts.reported = append(diag.List{}, problems...)
	return opts, nil
}

// Result is a whole built site, in memory.
type Result struct {
	Site  *site.Site
	Files []publish.File
	Stats Stats
}

// Site builds the site from fsys, which is rooted at the project folder (the
// one holding content/, layouts/ and assets/). It returns every problem
// found; the Result is nil if any of them is an error.
func Site(ctx context.Context, fsys fs.FS, opts Options) (*Result, diag.List) {
	opts, l := withReport(ctx, fsys, opts)
	if l != nil {
		return nil, l
	}
	b := &Builder{fsys: fsys, opts: opts}
	return b.Rebuild(ctx, nil, true)
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
