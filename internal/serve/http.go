package serve

import (
	"bytes"
	_ "embed"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"
)

//go:embed live.js
var liveJS []byte

// The preview's own addresses start with this, which no page can have:
// page and file names may not start with "_".
const ownPrefix = "/__microsite/"

var snippet = []byte(`<script src="` + ownPrefix + `live.js" defer></script>`)

// ServeHTTP answers from the built site in memory, so nothing outside it
// can be served whatever the request says.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hosts[strings.ToLower(r.Host)] {
		http.Error(w, "This preview answers only on its own address.", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "The preview cannot take form posts: the published site sends them to Netlify.", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case ownPrefix + "events":
		s.events(w, r)
		return
	case ownPrefix + "live.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(liveJS)
		return
	}
	s.file(w, r)
}

// file serves one built file, finding "x/index.html" for "x/".
func (s *Server) file(w http.ResponseWriter, r *http.Request) {
	name, ok := cleanPath(r.URL.Path)
	if !ok {
		http.Error(w, "Bad address.", http.StatusBadRequest)
		return
	}
	s.mu.RLock()
	data, found := s.files[name]
	_, isDir := s.files[name+"/index.html"]
	removed := s.removed[name]
	notFound := s.files["404.html"]
	s.mu.RUnlock()
	switch {
	case found:
		send(w, name, data, http.StatusOK)
	case isDir:
		http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
	case removed:
		send(w, "removed.html", []byte(removedPage), http.StatusNotFound)
	default:
		send(w, "404.html", notFound, http.StatusNotFound)
	}
}

// cleanPath maps a request path to a built file's name. It refuses what no
// built file can be: "..", backslashes, NUL, text that is not UTF-8, and
// names starting with "." (no dotfile is ever served).
func cleanPath(p string) (string, bool) {
	if strings.ContainsAny(p, "\\\x00") || !utf8.ValidString(p) {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." || strings.HasPrefix(seg, ".") {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if strings.HasSuffix(p, "/") || name == "" {
		name = path.Join(name, "index.html")
	}
	return name, true
}

func send(w http.ResponseWriter, name string, data []byte, status int) {
	h := w.Header()
	h.Set("Content-Type", contentType(name))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	if path.Ext(name) == ".html" {
		data = withSnippet(data)
	}
	w.WriteHeader(status)
	_, _ = w.Write(data)
}

// withSnippet adds the live-reload script to a page as it is served; the
// built files never hold it.
func withSnippet(page []byte) []byte {
	i := bytes.LastIndex(page, []byte("</head>"))
	if i < 0 {
		return append(append([]byte{}, page...), snippet...)
	}
	out := make([]byte, 0, len(page)+len(snippet))
	out = append(out, page[:i]...)
	out = append(out, snippet...)
	return append(out, page[i:]...)
}

var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
	".xml":  "application/xml; charset=utf-8",
	".ics":  "text/calendar; charset=utf-8",
	".json": "application/json",
	".txt":  "text/plain; charset=utf-8",
	".png":  "image/png",
	".jpg":  "image/jpeg",
	".webp": "image/webp",
	".ico":  "image/x-icon",
	".pdf":  "application/pdf",
}

func contentType(name string) string {
	if t, ok := types[path.Ext(name)]; ok {
		return t
	}
	if path.Base(name) == "_redirects" {
		return "text/plain; charset=utf-8"
	}
	return "application/octet-stream"
}

const removedPage = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page was removed</title></head>
<body><main><h1>This page was removed</h1>
<p>The file for this page was deleted or renamed, so the preview no longer has it.</p>
<p><a href="/">Go to the home page</a></p></main></body></html>
`
