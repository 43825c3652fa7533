// Package render turns the page model into files: each page through its
// html/template layout, and the site's other outputs (sitemap, robots.txt,
// the Atom feed, Netlify's _redirects).
package render

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/projectfs"
)

// The default layouts make a plain, accessible site of any sections and
// pages, so a project needs a layouts/ folder only to change how it looks.
//
//go:embed defaults
var defaults embed.FS

// layouts finds a layout in the project's layouts/ folder first, then among
// the defaults.
type layouts struct {
	project fs.FS
	max     int // the most bytes a layout may have: limits.LayoutBytes
}

// read returns a layout's text and the name messages should use for it.
func (ls layouts) read(name string) (text, file string, ok bool) {
	text, file, ok, _ = ls.open(name)
	return text, file, ok
}

// open is read, and says why a layout that is in layouts/ could not be
// read (a link to a file outside the project, say). Such a layout still
// counts as there, so the built-in one does not silently take its place.
func (ls layouts) open(name string) (text, file string, ok bool, err error) {
	if ls.project != nil {
		b, err := projectfs.ReadFile(ls.project, name, ls.limit())
		if err == nil {
			return string(b), "layouts/" + name, true, nil
		}
		if !errors.Is(err, fs.ErrNotExist) && fs.ValidPath(name) {
			file := "layouts/" + name
			msg, ok := layoutReadProblem(ls.project, name, ls.limit(), err)
			if !ok {
				msg = fmt.Sprintf("cannot be read (%v): check that you may open it", err)
			}
			return "", file, true, &readError{file: file, message: msg}
		}
	}
	if b, err := defaults.ReadFile("defaults/" + name); err == nil {
		return string(b), "(built-in) " + name, true, nil
	}
	return "", "", false, nil
}

// readError is a layout file that is there but cannot be read or used.
type readError struct {
	file    string
	line    int
	message string
}

func (e *readError) Error() string { return e.file + ": " + e.message }

// partials lists the project's layouts/partials/*.html, which every layout
// may call by name ({{template "partials/nav.html" .}}).
func (ls layouts) partials() []string {
	var names []string
	for _, fsys := range []fs.FS{ls.project, mustSub(defaults, "defaults")} {
		if fsys == nil {
			continue
		}
		m, _ := fs.Glob(fsys, "partials/*.html")
		names = append(names, m...)
	}
	return names
}

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // the embedded folder is part of the binary
	}
	return sub
}

var templateErr = regexp.MustCompile(`template: ([^:]+):(\d+):(?:\d+:)?\s*(.*)`)

// diagnose turns html/template's message, which names a template by its
// layout name, into one that names the file and line an editor can open.
func (ls layouts) diagnose(err error) diag.Diagnostic {
	if re, ok := errors.AsType[*readError](err); ok {
		return diag.Diagnostic{File: re.file, Line: re.line, Message: re.message}
	}
	msg := err.Error()
	if m := templateErr.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		_, file, _ := ls.read(m[1])
		if file == "" {
			file = "layouts/" + m[1]
		}
		return diag.Diagnostic{File: file, Line: line, Message: "layout problem: " + m[3]}
	}
	return diag.Diagnostic{File: "layouts", Message: "layout problem: " + msg}
}

// parseSet builds one layout's template set: base.html, the partials, and
// the layout itself, which defines "main". Templates are named by layout
// name ("page.html", "partials/nav.html") whichever folder they came from.
// shrink, if not nil, minifies each text before it is parsed.
func (ls layouts) parseSet(name string, funcs template.FuncMap, shrink func(string) (string, error)) (*template.Template, error) {
	base := template.New("base.html").Funcs(funcs)
	for _, n := range append([]string{"base.html", name}, ls.partials()...) {
		text, file, ok, err := ls.open(n)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("%s: the layout is missing", file)
		}
		if line, msg, found := inlineProblem(text); found && strings.HasPrefix(file, "layouts/") {
			return nil, &readError{file: file, line: line, message: "layout problem: " + msg}
		}
		if shrink != nil {
			if text, err = shrink(text); err != nil {
				return nil, &readError{file: file, message: fmt.Sprintf("layout problem: the minifier cannot read this layout (%v): build with -minify=false to see the site", err)}
			}
			if _, msg, found := inlineProblem(text); found && strings.HasPrefix(file, "layouts/") {
				return nil, &readError{file: file, message: "layout problem, once minified: " + msg}
			}
		}
		t := base
		if n != "base.html" {
			t = base.New(n)
		}
		if _, err := t.Parse(text); err != nil {
			if shrink != nil {
				return nil, &readError{file: file, message: fmt.Sprintf("layout problem: the layout does not parse once minified (%v): build with -minify=false to see the site", err)}
			}
			return nil, err
		}
	}
	return base, nil
}
