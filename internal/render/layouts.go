// Package render turns the finished page model into files: each page
// through its html/template layout, and the site's other outputs (sitemap,
// robots.txt, the Atom feed, the calendars, Netlify's _redirects).
//
// Layouts see the model only through Page and Site, whose every accessor
// records what it read into the output's Reads, as do the functions layouts
// call (section, asset, document, partialCached…). A rebuild renders again
// exactly the outputs whose reads are worth something else in the new
// model (Values), so a new layout, partial or function can never leave a
// page stale: it is tracked by what it reads, not by a list kept by hand.
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
	"sync"

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
	// once holds each layout as first read in this build, so that every
	// template set and the fingerprint a page records are of the same
	// text, even if an editor saves the file part way through the build.
	once *readOnce
}

type readOnce struct {
	mu   sync.Mutex
	done map[string]opened
}

type opened struct {
	text, file string
	ok         bool
	err        error
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
	if ls.once == nil {
		return ls.openNow(name)
	}
	ls.once.mu.Lock()
	defer ls.once.mu.Unlock()
	o, seen := ls.once.done[name]
	if !seen {
		o.text, o.file, o.ok, o.err = ls.openNow(name)
		ls.once.done[name] = o
	}
	return o.text, o.file, o.ok, o.err
}

func (ls layouts) openNow(name string) (text, file string, ok bool, err error) {
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

var (
	templateErr = regexp.MustCompile(`template: ([^:\s]+):(\d+):(?:\d+:)?\s*`)
	executing   = regexp.MustCompile(`^executing "[^"]*" at <[^>]*>: `)
	calling     = regexp.MustCompile(`error calling \w+: `)
	nilPointer  = regexp.MustCompile(`nil pointer evaluating \*render\.(\w+)\.(\w+)`)
)

// diagnose turns html/template's message, which names a template by its
// layout name, into one that names the file and line an editor can open.
// Where one layout calls another (a print pack shows each document through
// its own layout), the innermost place is the one to change.
func (ls layouts) diagnose(err error) diag.Diagnostic {
	if re, ok := errors.AsType[*readError](err); ok {
		return diag.Diagnostic{File: re.file, Line: re.line, Message: re.message}
	}
	msg := err.Error()
	locs := templateErr.FindAllStringSubmatchIndex(msg, -1)
	if len(locs) == 0 {
		return diag.Diagnostic{File: "layouts", Message: "layout problem: " + plainly(msg, err)}
	}
	m := locs[len(locs)-1]
	name, rest := msg[m[2]:m[3]], msg[m[1]:]
	line, _ := strconv.Atoi(msg[m[4]:m[5]])
	_, file, _ := ls.read(name)
	if file == "" {
		file = "layouts/" + name
	}
	return diag.Diagnostic{File: file, Line: line, Message: plainly(rest, err)}
}

// plainly says a template's complaint in words an editor can act on: a
// missing thing as itself, a step through nothing as what to write.
func plainly(rest string, err error) string {
	if m, ok := isMissing(err); ok {
		return m.message
	}
	rest = calling.ReplaceAllString(executing.ReplaceAllString(rest, ""), "")
	if m := nilPointer.FindStringSubmatch(rest); m != nil {
		return fmt.Sprintf("layout problem: .%s was asked of nothing: the value before it is empty here (the home page has no .Parent, a site may have no .Deadline): put it inside {{with ...}} so it is used only when there is one", m[2])
	}
	return "layout problem: " + rest
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
