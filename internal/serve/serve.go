// Package serve is the editor's preview: it serves the last good build from
// memory on a loopback address, tells open pages to reload after each good
// rebuild (Server-Sent Events), and shows every problem of a broken build
// over the page until it is fixed.
package serve

import (
	"bytes"
	"net/http"
	"path"
	"regexp"
	"strings"
	"sync"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/publish"
)

// Problem is one build problem as the overlay shows it.
type Problem struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	// Source is the text of the line, so the editor sees what to fix.
	Source string `json:"source,omitempty"`
}

// Server holds the site being previewed. Its zero value is not usable; use
// New.
type Server struct {
	hosts map[string]bool

	mu       sync.RWMutex
	files    map[string][]byte
	removed  map[string]bool
	problems []Problem
	clients  map[chan event]bool
}

// New returns a Server that answers only requests whose Host is one of
// hosts (for example "127.0.0.1:8080" and "localhost:8080"): a page on
// another site cannot reach the preview through DNS rebinding.
func New(hosts ...string) *Server {
	s := &Server{hosts: map[string]bool{}, files: map[string][]byte{}, removed: map[string]bool{}, clients: map[chan event]bool{}}
	for _, h := range hosts {
		s.hosts[strings.ToLower(h)] = true
	}
	return s
}

// Publish makes files the site being served and tells every open page: to
// swap its stylesheet if only stylesheets changed, to reload otherwise.
func (s *Server) Publish(files []publish.File) {
	next := make(map[string][]byte, len(files))
	for _, f := range files {
		next[f.Path] = f.Data
	}
	s.mu.Lock()
	changed := changes(s.files, next)
	for p := range s.files {
		if _, ok := next[p]; !ok && strings.HasSuffix(p, ".html") {
			s.removed[p] = true
		}
	}
	for p := range next {
		delete(s.removed, p)
	}
	hadProblems := len(s.problems) > 0
	s.files, s.problems = next, nil
	s.mu.Unlock()
	switch {
	case len(changed) == 0 && !hadProblems:
	case onlyStylesheets(changed) && !hadProblems:
		s.broadcast(event{name: "css", data: jsonOf(stylesheets(next))})
	default:
		s.broadcast(event{name: "reload", data: "{}"})
	}
}

// Fail keeps the last good site and shows problems over every open page.
func (s *Server) Fail(problems []Problem) {
	s.mu.Lock()
	s.problems = problems
	s.mu.Unlock()
	s.broadcast(event{name: "problems", data: jsonOf(problems)})
}

// Problems turns a build's problems into the overlay's, with each line's
// text read by source (which may be nil).
func Problems(l diag.List, source func(file string, line int) string) []Problem {
	ps := make([]Problem, 0, len(l))
	for _, d := range l {
		p := Problem{File: d.File, Line: d.Line, Severity: d.Severity.String(), Message: d.Message}
		if source != nil && d.Line > 0 {
			p.Source = source(d.File, d.Line)
		}
		ps = append(ps, p)
	}
	return ps
}

// changes lists the paths whose bytes differ between two builds. A page
// that differs only in its stylesheet's fingerprinted name does not count:
// a stylesheet can be swapped without reloading the page.
func changes(old, next map[string][]byte) []string {
	var out []string
	for p, b := range next {
		ob, ok := old[p]
		if !ok || !bytes.Equal(ob, b) && (path.Ext(p) != ".html" || !bytes.Equal(unfingerprinted(ob), unfingerprinted(b))) {
			out = append(out, p)
		}
	}
	for p := range old {
		if _, ok := next[p]; !ok {
			out = append(out, p)
		}
	}
	return out
}

var cssName = regexp.MustCompile(`\.[0-9a-f]{8}\.css"`)

func unfingerprinted(html []byte) []byte { return cssName.ReplaceAll(html, []byte(`.css"`)) }

func onlyStylesheets(paths []string) bool {
	for _, p := range paths {
		if path.Ext(p) != ".css" {
			return false
		}
	}
	return len(paths) > 0
}

func stylesheets(files map[string][]byte) []string {
	var css []string
	for p := range files {
		if path.Ext(p) == ".css" {
			css = append(css, "/"+p)
		}
	}
	return css
}

var _ http.Handler = (*Server)(nil)
