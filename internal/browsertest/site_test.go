package browsertest

import (
	"bytes"
	"context"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
)

// The build dates: the consultation is open on the first and closed (its
// deadline, 8 June 2005, passed) on the second.
var (
	dateOpen   = time.Date(2005, 5, 20, 12, 0, 0, 0, time.UTC)
	dateClosed = time.Date(2005, 6, 9, 12, 0, 0, 0, time.UTC)
)

// csp is the policy every HTML page is served with, so that a page that
// needs an inline style or script fails.
const csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'"

// notFoundPath is asked for to see the 404 page as a visitor does.
const notFoundPath = "no-such-page/at/all/"

// site is the real site built for one date and served from loopback.
type site struct {
	name  string // "open" or "closed"
	srv   *httptest.Server
	files map[string][]byte // by path, "vision/index.html"
	pages []string          // the HTML files, sorted

	mu    sync.Mutex
	posts []post
}

// post is a form submission the server received.
type post struct {
	method, path string
	form         url.Values
}

var (
	sitesOnce sync.Once
	sites     map[string]*site
	sitesErr  string
)

// builtSites builds the real site for both dates, once for the package.
func builtSites(t *testing.T) (open, closed *site) {
	t.Helper()
	sitesOnce.Do(func() {
		sites = map[string]*site{}
		for name, now := range map[string]time.Time{"open": dateOpen, "closed": dateClosed} {
			s, msg := buildSite(name, now)
			if msg != "" {
				sitesErr += msg
				continue
			}
			sites[name] = s
		}
	})
	if sitesErr != "" {
		t.Fatal(sitesErr)
	}
	return sites["open"], sites["closed"]
}

// buildSite builds the project two folders up as of now and serves it.
func buildSite(name string, now time.Time) (*site, string) {
	s := &site{name: name, files: map[string][]byte{}}
	s.srv = httptest.NewServer(s) // loopback only: 127.0.0.1
	root, err := os.OpenRoot("../..")
	if err != nil {
		return nil, err.Error()
	}
	defer root.Close()
	res, problems := build.Site(context.Background(), root.FS(), build.Options{
		Now: now, BaseURL: s.srv.URL + "/", Minify: true,
	})
	if res == nil {
		return nil, "build of the real site as of " + now.Format(time.DateOnly) + " failed:\n" + problems.Error()
	}
	for _, f := range res.Files {
		s.files[f.Path] = f.Data
		if strings.HasSuffix(f.Path, ".html") {
			s.pages = append(s.pages, f.Path)
		}
	}
	slices.Sort(s.pages)
	return s, ""
}

func closeSites() {
	for _, s := range sites {
		s.srv.Close()
	}
}

// url is where the browser finds the built file p; the 404 page is asked for
// at an address that does not exist.
func (s *site) url(p string) string {
	switch {
	case p == "404.html":
		return s.srv.URL + "/" + notFoundPath
	case p == "index.html":
		return s.srv.URL + "/"
	case strings.HasSuffix(p, "/index.html"):
		return s.srv.URL + "/" + strings.TrimSuffix(p, "index.html")
	}
	return s.srv.URL + "/" + p
}

// normalized is a file's bytes with the server's address taken out, so that
// the two builds can be compared.
func (s *site) normalized(p string) []byte {
	return bytes.ReplaceAll(s.files[p], []byte(s.srv.URL), []byte("BASE"))
}

// differentPages are the HTML pages of s that are not the same in other.
func (s *site) differentPages(other *site) []string {
	var d []string
	for _, p := range s.pages {
		if !bytes.Equal(s.normalized(p), other.normalized(p)) {
			d = append(d, p)
		}
	}
	return d
}

// ServeHTTP serves the built files as Netlify does: "x/" from x/index.html,
// 404.html with status 404 for anything else. A POST is recorded, and
// answered with the page at its address, as Netlify Forms does.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		s.record(r)
	}
	p := strings.TrimPrefix(r.URL.Path, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	data, ok := s.files[p]
	if !ok {
		if _, dir := s.files[p+"/index.html"]; dir {
			http.Redirect(w, r, "/"+p+"/", http.StatusMovedPermanently)
			return
		}
		s.write(w, "404.html", s.files["404.html"], http.StatusNotFound)
		return
	}
	s.write(w, p, data, http.StatusOK)
}

func (s *site) write(w http.ResponseWriter, p string, data []byte, status int) {
	h := w.Header()
	h.Set("Content-Type", contentType(p))
	h.Set("X-Content-Type-Options", "nosniff")
	if strings.HasSuffix(p, ".html") {
		h.Set("Content-Security-Policy", csp)
	}
	w.WriteHeader(status)
	w.Write(data)
}

func (s *site) record(r *http.Request) {
	r.Body = http.MaxBytesReader(nil, r.Body, 1<<20)
	r.ParseForm() // an unreadable body is recorded as an empty form
	s.mu.Lock()
	defer s.mu.Unlock()
	s.posts = append(s.posts, post{method: r.Method, path: r.URL.Path, form: r.PostForm})
}

// received returns the submissions so far.
func (s *site) received() []post {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.posts)
}

func contentType(p string) string {
	switch ext := path.Ext(p); ext {
	case ".html":
		return "text/html; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".xml":
		if strings.HasSuffix(p, "feed.xml") {
			return "application/atom+xml; charset=utf-8"
		}
		return "application/xml; charset=utf-8"
	case ".ics":
		return "text/calendar; charset=utf-8"
	case ".txt", "":
		return "text/plain; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".json", ".webmanifest":
		return "application/json"
	default:
		if t := mime.TypeByExtension(ext); t != "" {
			return t
		}
		return "application/octet-stream"
	}
}
