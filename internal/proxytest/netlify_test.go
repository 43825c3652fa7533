package proxytest

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// netlify serves a built site as Netlify's CDN does, as far as this site
// relies on it:
//   - a file at the request's path is served, "x/" from x/index.html;
//   - otherwise the first rule of _redirects whose path matches, whatever the
//     letter case or the trailing slash (Netlify normalises both before it
//     reads the rules);
//   - otherwise "x" redirects to "x/" when x/index.html exists, with a
//     Location that is a path on the Netlify host (so a proxy must rewrite it);
//   - otherwise 404.html, with status 404;
//   - every [[headers]] rule of netlify.toml whose "for" matches the request's
//     path adds its headers, and two rules setting one header are joined with
//     a comma, as Netlify joins them;
//   - a POST carrying the form-name of a form marked data-netlify is a
//     Netlify Forms submission: it is recorded, and answered with the page at
//     the path it was posted to.
type netlify struct {
	files     map[string][]byte
	redirects []redirect
	headers   []headerRule
	forms     map[string]bool // names of the forms Netlify found in the pages

	mu          sync.Mutex
	submissions []submission
	joined      []string     // headers two rules set on one path
	used        map[int]bool // the header rules that matched a request
}

type redirect struct {
	from, to string
	status   int
}

type headerRule struct {
	For    string            `toml:"for"`
	Values map[string]string `toml:"values"`
	re     *regexp.Regexp
}

type submission struct {
	path string
	form url.Values
}

// newNetlify reads _redirects from files and the header rules from the text
// of netlify.toml.
func newNetlify(files map[string][]byte, netlifyTOML []byte) (*netlify, error) {
	redirectsFile := files["_redirects"]
	files = maps.Clone(files)
	// Netlify reads _redirects when the site is deployed; it is not served.
	delete(files, "_redirects")
	n := &netlify{files: files, forms: map[string]bool{}, used: map[int]bool{}}
	var err error
	if n.redirects, err = parseRedirects(redirectsFile); err != nil {
		return nil, err
	}
	var conf struct {
		Headers []headerRule `toml:"headers"`
	}
	if _, err := toml.Decode(string(netlifyTOML), &conf); err != nil {
		return nil, fmt.Errorf("netlify.toml: %w", err)
	}
	for _, h := range conf.Headers {
		if !strings.HasPrefix(h.For, "/") {
			return nil, fmt.Errorf("netlify.toml: header rule for %q is not a path", h.For)
		}
		// Netlify's "*" matches any characters, "/" too.
		h.re = regexp.MustCompile("^" + strings.ReplaceAll(regexp.QuoteMeta(h.For), `\*`, ".*") + "$")
		n.headers = append(n.headers, h)
	}
	for p, data := range files {
		if strings.HasSuffix(p, ".html") {
			for _, f := range elements(data, "form") {
				if f.attrs["data-netlify"] == "true" {
					n.forms[f.attrs["name"]] = true
				}
			}
		}
	}
	return n, nil
}

// parseRedirects reads the lines of _redirects this site writes: "from to
// status", the old path, the new address and a 3xx code.
func parseRedirects(data []byte) ([]redirect, error) {
	var rules []redirect
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var status int
		if len(f) != 3 || !strings.HasPrefix(f[0], "/") || strings.ContainsAny(f[0], "*:!") {
			return nil, fmt.Errorf("_redirects:%d: %q is not \"/old-path new-address status\"", line, sc.Text())
		}
		if _, err := fmt.Sscanf(f[2], "%d", &status); err != nil || status < 300 || status > 399 {
			return nil, fmt.Errorf("_redirects:%d: status %q is not a redirect", line, f[2])
		}
		rules = append(rules, redirect{from: f[0], to: f[1], status: status})
	}
	return rules, sc.Err()
}

func (n *netlify) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n.addHeaders(w.Header(), r.URL.Path)
	if r.Method == http.MethodPost {
		if !n.submit(r) {
			n.serve(w, "404.html", http.StatusNotFound)
			return
		}
	} else if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	p := strings.TrimPrefix(r.URL.Path, "/")
	file := p
	if file == "" || strings.HasSuffix(file, "/") {
		file += "index.html"
	}
	if _, ok := n.files[file]; ok {
		n.serve(w, file, http.StatusOK)
		return
	}
	if rule, ok := n.match(r.URL.Path); ok {
		w.Header().Set("Location", rule.to)
		w.WriteHeader(rule.status)
		return
	}
	if _, ok := n.files[p+"/index.html"]; ok {
		w.Header().Set("Location", "/"+p+"/")
		w.WriteHeader(http.StatusMovedPermanently)
		return
	}
	n.serve(w, "404.html", http.StatusNotFound)
}

func (n *netlify) match(p string) (redirect, bool) {
	norm := func(s string) string { return strings.ToLower(strings.TrimSuffix(s, "/")) }
	for _, rule := range n.redirects {
		if norm(rule.from) == norm(p) {
			return rule, true
		}
	}
	return redirect{}, false
}

// addHeaders applies every matching header rule, joining repeated headers.
func (n *netlify) addHeaders(h http.Header, p string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for i, rule := range n.headers {
		if !rule.re.MatchString(p) {
			continue
		}
		n.used[i] = true
		for k, v := range rule.Values {
			if old := h.Get(k); old != "" {
				n.joined = append(n.joined, fmt.Sprintf("%s: %s (%q, then %q for %s)", p, k, old, v, rule.For))
				v = old + ", " + v
			}
			h.Set(k, v)
		}
	}
}

// serve writes a file with Netlify's content type for its extension, unless
// a header rule has set one.
func (n *netlify) serve(w http.ResponseWriter, file string, status int) {
	if w.Header().Get("Content-Type") == "" {
		ct := mime.TypeByExtension(path.Ext(file))
		if ct == "" {
			ct = "application/octet-stream"
		}
		w.Header().Set("Content-Type", ct)
	}
	w.WriteHeader(status)
	w.Write(n.files[file])
}

// submit records a Netlify Forms submission, and says whether it was one.
func (n *netlify) submit(r *http.Request) bool {
	r.Body = http.MaxBytesReader(nil, r.Body, 1<<20)
	if err := r.ParseForm(); err != nil || !n.forms[r.PostForm.Get("form-name")] {
		return false
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.submissions = append(n.submissions, submission{path: r.URL.Path, form: r.PostForm})
	return true
}

func (n *netlify) received() []submission {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]submission(nil), n.submissions...)
}
