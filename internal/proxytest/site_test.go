package proxytest

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const projectRoot = "../.."

// now is a day the consultation is open, so the form is on the page.
var now = time.Date(2005, time.May, 20, 0, 0, 0, 0, time.UTC)

// aliases are old addresses added to the real content for these tests (it
// has none yet), so that every kind of redirect is exercised: a top-level
// page, a page in a section, and the section itself.
var aliases = map[string]string{
	"content/vision.md":             `aliases: ["/our-vision/", "/old/vision-statement/"]`,
	"content/workshops/northern.md": `aliases: ["/workshops/fakenham/"]`,
	"content/workshops/index.md":    `aliases: ["/area-workshops/"]`,
}

// project is the real project, read into memory, with the aliases added.
func project(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := sitetest.InMemory(t, projectRoot)
	for p, line := range aliases {
		f := fsys[p]
		if f == nil || !bytes.HasPrefix(f.Data, []byte("---\n")) {
			t.Fatalf("%s is missing or has no YAML front matter to add %s to", p, line)
		}
		f.Data = slices.Concat([]byte("---\n"+line+"\n"), f.Data[len("---\n"):])
	}
	return fsys
}

func buildSite(t *testing.T, baseURL string) *build.Result {
	t.Helper()
	res, l := build.Site(context.Background(), project(t), build.Options{Now: now, BaseURL: baseURL, Minify: true})
	if res == nil || l.HasErrors() {
		t.Fatalf("the real site with aliases does not build:\n%s", l.Error())
	}
	return res
}

func filesOf(res *build.Result) map[string][]byte {
	files := map[string][]byte{}
	for _, f := range res.Files {
		files[f.Path] = f.Data
	}
	return files
}

func netlifyTOML(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(path.Join(projectRoot, "netlify.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestBehindTheProxy serves the production build (base URL
// https://www.norfolk.gov.uk/childrensservices/) from the Netlify model
// through the proxy model, and asks for everything at its public address.
func TestBehindTheProxy(t *testing.T) {
	res := buildSite(t, "")
	if res.Site.BaseURL != "https://www.norfolk.gov.uk/childrensservices/" {
		t.Fatalf("the production base URL is %s; this test assumes the council's", res.Site.BaseURL)
	}
	n, err := newNetlify(filesOf(res), netlifyTOML(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(n)
	defer srv.Close()
	public, _ := url.Parse("https://www.norfolk.gov.uk/")
	origin, _ := url.Parse(srv.URL)
	c := &checker{t: t, res: res, n: n, client: client(proxy(public, origin))}
	c.checkAll()

	// The site's own address without its slash is the proxy's to redirect.
	c.wantRedirect("https://www.norfolk.gov.uk/childrensservices", "https://www.norfolk.gov.uk/childrensservices/")
	// Nothing outside /childrensservices/ reaches Netlify.
	if res := c.get("https://www.norfolk.gov.uk/vision/"); res.StatusCode != http.StatusNotFound || strings.Contains(res.body, "Our vision") {
		t.Errorf("GET /vision/ outside the site's path: %d, want the host's own 404", res.StatusCode)
	}
}

// TestAtTheRootForDeployPreviews serves the build a deploy preview makes
// (--base-url "$DEPLOY_PRIME_URL/") from the Netlify model, with no proxy.
func TestAtTheRootForDeployPreviews(t *testing.T) {
	var n *netlify
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { n.ServeHTTP(w, r) }))
	defer srv.Close()
	res := buildSite(t, srv.URL+"/")
	var err error
	if n, err = newNetlify(filesOf(res), netlifyTOML(t)); err != nil {
		t.Fatal(err)
	}
	c := &checker{t: t, res: res, n: n, client: client(nil)}
	c.checkAll()
}

// client never follows redirects, so each one can be checked; with h, every
// request is answered by h whatever its host.
func client(h http.Handler) *http.Client {
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	if h != nil {
		c.Transport = handlerTransport{h}
	}
	return c
}

type checker struct {
	t      *testing.T
	res    *build.Result
	n      *netlify
	client *http.Client
}

type response struct {
	*http.Response
	body string
}

func (c *checker) do(req *http.Request) response {
	c.t.Helper()
	res, err := c.client.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		c.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	return response{res, string(body)}
}

func (c *checker) get(u string) response {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.do(req)
}

// wantRedirect checks that from redirects permanently to to. A Location may
// be a path, which the browser reads against from; through the proxy that
// path must already carry /childrensservices.
func (c *checker) wantRedirect(from, to string) {
	c.t.Helper()
	res := c.get(from)
	loc := res.Header.Get("Location")
	if res.StatusCode != http.StatusMovedPermanently || loc == "" || resolve(c.t, from, loc) != to {
		c.t.Errorf("GET %s: %d to %q, want 301 to %q", from, res.StatusCode, loc, to)
	}
}

func (c *checker) checkAll() {
	s := c.res.Site
	files := filesOf(c.res)
	c.checkPages(s, files)
	c.checkAliases(s)
	c.checkFiles(s, files)
	c.checkForms(s, files)
	c.checkLinks(s, files)
	notFound := c.get(s.Abs(s.BasePath + "no-such-page/at/all/"))
	if notFound.StatusCode != http.StatusNotFound || notFound.body != string(files["404.html"]) {
		c.t.Errorf("an address that does not exist: %d, want 404 with 404.html", notFound.StatusCode)
	}
	c.securityHeaders(notFound, "a missing page")
	for _, j := range c.n.joined {
		c.t.Errorf("two header rules of netlify.toml set one header, which Netlify joins: %s", j)
	}
	for i, rule := range c.n.headers {
		if !c.n.used[i] {
			c.t.Errorf("netlify.toml's header rule for %q matched nothing the site serves, as Netlify receives it", rule.For)
		}
	}
}

// checkPages asks for every page at its address, and without its slash.
func (c *checker) checkPages(s *site.Site, files map[string][]byte) {
	for _, p := range s.Pages {
		res := c.get(p.Permalink())
		if res.StatusCode != http.StatusOK || res.body != string(files[p.File]) {
			c.t.Errorf("GET %s: %d, want 200 with %s", p.Permalink(), res.StatusCode, p.File)
			continue
		}
		if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			c.t.Errorf("GET %s: Content-Type %q", p.Permalink(), ct)
		}
		c.securityHeaders(res, p.Permalink())
		if p.Path != "" && strings.HasSuffix(p.Path, "/") {
			c.wantRedirect(strings.TrimSuffix(p.Permalink(), "/"), p.Permalink())
		}
	}
}

// checkAliases asks for every old address, as written and in the shapes
// Netlify treats as the same, and follows the redirect to a page.
func (c *checker) checkAliases(s *site.Site) {
	if len(s.Aliases) < len(aliases) {
		c.t.Fatalf("the site has %d aliases, want at least %d", len(s.Aliases), len(aliases))
	}
	for _, a := range s.Aliases {
		to := s.Abs(a.To)
		from := s.Abs(a.From)
		shouted := s.Abs(s.BasePath + strings.ToUpper(strings.TrimPrefix(a.From, s.BasePath)))
		for _, u := range []string{from, strings.TrimSuffix(from, "/"), shouted} {
			c.wantRedirect(u, to)
		}
		if res := c.get(to); res.StatusCode != http.StatusOK {
			c.t.Errorf("alias %s redirects to %s, which gives %d", a.From, to, res.StatusCode)
		}
	}
}

// checkFiles asks for every file that is not a page, with the headers its
// rule in netlify.toml gives.
func (c *checker) checkFiles(s *site.Site, files map[string][]byte) {
	want := map[string]string{
		".ics":            "text/calendar; charset=utf-8",
		"sitemap.xml":     "application/xml; charset=utf-8",
		render.FeedFile(): "application/atom+xml; charset=utf-8",
		"robots.txt":      "text/plain; charset=utf-8",
		".css":            "text/css; charset=utf-8",
		".js":             "text/javascript; charset=utf-8",
	}
	for p, data := range files {
		if strings.HasSuffix(p, ".html") || p == "_redirects" {
			continue
		}
		u := s.Abs(s.BasePath + p)
		res := c.get(u)
		if res.StatusCode != http.StatusOK || res.body != string(data) {
			c.t.Errorf("GET %s: %d, want 200 with %s", u, res.StatusCode, p)
			continue
		}
		c.securityHeaders(res, u)
		ct, ok := want[p]
		if !ok {
			ct = want[path.Ext(p)]
		}
		if got := res.Header.Get("Content-Type"); ct != "" && got != ct {
			c.t.Errorf("GET %s: Content-Type %q, want %q", u, got, ct)
		}
		cc := res.Header.Get("Cache-Control")
		if strings.HasPrefix(p, "assets/") != (cc == "public, max-age=31536000, immutable") {
			c.t.Errorf("GET %s: Cache-Control %q: only the fingerprinted assets are kept for a year", u, cc)
		}
	}
}

// securityHeaders checks the headers every response carries.
func (c *checker) securityHeaders(res response, what string) {
	c.t.Helper()
	for _, h := range []string{"Content-Security-Policy", "Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"} {
		if len(res.Header.Values(h)) != 1 {
			c.t.Errorf("%s: %s is %q, want one value", what, h, res.Header.Values(h))
		}
	}
}

// checkForms submits every Netlify form to its action, through the proxy
// where there is one, and checks that Netlify receives it and answers with
// the page at the action.
func (c *checker) checkForms(s *site.Site, files map[string][]byte) {
	forms := 0
	for _, p := range s.Pages {
		for _, f := range elements(files[p.File], "form") {
			if f.attrs["data-netlify"] != "true" {
				continue
			}
			forms++
			action := resolve(c.t, p.Permalink(), f.attrs["action"])
			if !strings.HasPrefix(action, s.BaseURL) {
				c.t.Errorf("%s: the form %q posts to %s, which is not on the site", p.File, f.attrs["name"], action)
				continue
			}
			body := url.Values{"form-name": {f.attrs["name"]}, "views": {"A test."}}
			req, err := http.NewRequest(http.MethodPost, action, strings.NewReader(body.Encode()))
			if err != nil {
				c.t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			before := len(c.n.received())
			res := c.do(req)
			actionPath := strings.TrimPrefix(action, strings.TrimSuffix(s.BaseURL, s.BasePath))
			target, ok := s.PageByURL(actionPath)
			if res.StatusCode != http.StatusOK || !ok || res.body != string(files[target.File]) {
				c.t.Errorf("POST %s (%s): %d, want 200 with the page there", action, p.File, res.StatusCode)
			}
			got := c.n.received()
			if len(got) != before+1 || got[before].path != "/"+strings.TrimPrefix(actionPath, s.BasePath) || got[before].form.Get("views") != "A test." {
				c.t.Errorf("POST %s: Netlify received %v, want the form at %s", action, got[before:], "/"+strings.TrimPrefix(actionPath, s.BasePath))
			}
		}
	}
	if forms == 0 {
		c.t.Error("no page has a Netlify form; the have-your-say page should, while the consultation is open")
	}
}

// checkLinks asks for every address on the site that a page links to or
// loads, once each.
func (c *checker) checkLinks(s *site.Site, files map[string][]byte) {
	seen := map[string]bool{}
	for _, p := range s.Pages {
		for _, e := range elements(files[p.File], "a", "link", "script", "img") {
			ref := e.attrs["href"] + e.attrs["src"]
			if ref == "" || strings.HasPrefix(ref, "tel:") || strings.HasPrefix(ref, "mailto:") {
				continue
			}
			u := resolve(c.t, p.Permalink(), ref)
			u, _, _ = strings.Cut(u, "#")
			if !strings.HasPrefix(u, s.BaseURL) || seen[u] {
				continue
			}
			seen[u] = true
			if res := c.get(u); res.StatusCode != http.StatusOK {
				c.t.Errorf("%s links to %s, which gives %d", p.File, u, res.StatusCode)
			}
		}
	}
}

func resolve(t *testing.T, base, ref string) string {
	t.Helper()
	b, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	r, err := url.Parse(ref)
	if err != nil {
		t.Fatalf("%s: address %q: %v", base, ref, err)
	}
	return b.ResolveReference(r).String()
}
