package serve

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/publish"
)

func site(pages map[string]string) []publish.File {
	var fs []publish.File
	for p, body := range pages {
		fs = append(fs, publish.File{Path: p, Data: []byte(body)})
	}
	return fs
}

func start(t *testing.T, files []publish.File) (*Server, *httptest.Server) {
	t.Helper()
	s := New()
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	s.hosts[strings.TrimPrefix(ts.URL, "http://")] = true
	s.Publish(files)
	return s, ts
}

func get(t *testing.T, ts *httptest.Server, path, host string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", ts.URL+path, nil)
	if host != "" {
		req.Host = host
	}
	// Paths are sent as written, so traversal attempts reach the server.
	req.URL.Opaque = path
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

var basic = site(map[string]string{
	"index.html":               "<html><head></head><body>home</body></html>",
	"vision/index.html":        "<html><head></head><body>vision</body></html>",
	"404.html":                 "<html><head></head><body>not found</body></html>",
	"assets/site.1234abcd.css": "body{}",
})

func TestServesPagesWithTheLiveScript(t *testing.T) {
	_, ts := start(t, basic)
	code, body := get(t, ts, "/vision/", "")
	if code != 200 || !strings.Contains(body, "vision") || !strings.Contains(body, `src="/__microsite/live.js"`) {
		t.Errorf("GET /vision/ = %d %q", code, body)
	}
	if code, _ := get(t, ts, "/vision", ""); code != http.StatusMovedPermanently {
		t.Errorf("GET /vision = %d, want a redirect to /vision/", code)
	}
	if code, body := get(t, ts, "/nowhere/", ""); code != 404 || !strings.Contains(body, "not found") {
		t.Errorf("GET /nowhere/ = %d %q, want the 404 page", code, body)
	}
}

func TestRefusesWhatIsNotTheSite(t *testing.T) {
	_, ts := start(t, basic)
	for _, path := range []string{"/../etc/passwd", "/%2e%2e/etc/passwd", "/vision/..%2f..%2fetc/passwd", "/.git/config", "/.env", "/a\\b", "/%00"} {
		if code, body := get(t, ts, path, ""); code == 200 {
			t.Errorf("GET %s = 200 %q, want a refusal", path, body)
		}
	}
	if code, _ := get(t, ts, "/", "evil.example:80"); code != http.StatusForbidden {
		t.Errorf("GET / with Host evil.example = %d, want 403", code)
	}
	if code, _ := get(t, ts, "/assets/", ""); code == 200 {
		t.Errorf("GET /assets/ = 200: a folder was listed")
	}
}

func TestRemovedPageSaysSo(t *testing.T) {
	s, ts := start(t, basic)
	s.Publish(basic[:0])
	s.Publish(site(map[string]string{"index.html": "home", "404.html": "not found"}))
	if code, body := get(t, ts, "/vision/", ""); code != 404 || !strings.Contains(body, "This page was removed") {
		t.Errorf("GET /vision/ after its removal = %d %q", code, body)
	}
}

// stream reads event names from the server's event stream.
func stream(t *testing.T, ts *httptest.Server) <-chan string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/__microsite/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	names := make(chan string, 16)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if n, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				names <- n
			}
		}
	}()
	return names
}

func next(t *testing.T, names <-chan string) string {
	t.Helper()
	select {
	case n := <-names:
		return n
	case <-time.After(5 * time.Second):
		t.Fatal("no event within 5 seconds")
		return ""
	}
}

func waitClients(t *testing.T, s *Server, n int) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); s.Clients() != n; {
		if time.Now().After(deadline) {
			t.Fatalf("%d clients, want %d", s.Clients(), n)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestEventsReloadSwapCSSAndShowProblems(t *testing.T) {
	s, ts := start(t, basic)
	names := stream(t, ts)
	waitClients(t, s, 1)

	s.Publish(site(map[string]string{
		"index.html": "<html><head></head><body>home, edited</body></html>", "404.html": "x",
		"vision/index.html": "<html><head></head><body>vision</body></html>", "assets/site.1234abcd.css": "body{}",
	}))
	if got := next(t, names); got != "reload" {
		t.Errorf("after an edit, event %q, want reload", got)
	}
	s.Fail(Problems(diag.List{{File: "content/vision.md", Line: 3, Message: "bad"}}, nil))
	if got := next(t, names); got != "problems" {
		t.Errorf("after a broken save, event %q, want problems", got)
	}
	if code, body := get(t, ts, "/", ""); code != 200 || !strings.Contains(body, "home, edited") {
		t.Errorf("while broken, GET / = %d %q, want the last good page", code, body)
	}
	s.Publish(site(map[string]string{
		"index.html": "<html><head></head><body>home, edited</body></html>", "404.html": "x",
		"vision/index.html": "<html><head></head><body>vision</body></html>", "assets/site.1234abcd.css": "body{}",
	}))
	if got := next(t, names); got != "reload" {
		t.Errorf("after the fix, event %q, want reload (which clears the overlay)", got)
	}
	s.Publish(site(map[string]string{
		"index.html": `<html><head><link href="/assets/site.99999999.css"></head><body>home, edited</body></html>`, "404.html": "x",
		"vision/index.html": "<html><head></head><body>vision</body></html>", "assets/site.99999999.css": "body{color:red}",
	}))
	if got := next(t, names); got != "reload" {
		// The page gained a stylesheet link it did not have: that is a page change.
		t.Errorf("event %q, want reload", got)
	}
	s.Publish(site(map[string]string{
		"index.html": `<html><head><link href="/assets/site.aaaaaaaa.css"></head><body>home, edited</body></html>`, "404.html": "x",
		"vision/index.html": "<html><head></head><body>vision</body></html>", "assets/site.aaaaaaaa.css": "body{color:blue}",
	}))
	if got := next(t, names); got != "css" {
		t.Errorf("after a stylesheet-only change, event %q, want css", got)
	}
}

func TestAPageOpenedWhileBrokenSeesTheProblems(t *testing.T) {
	s, ts := start(t, basic)
	s.Fail(Problems(diag.List{{File: "content/vision.md", Line: 3, Message: "bad"}}, nil))
	if got := next(t, stream(t, ts)); got != "problems" {
		t.Errorf("first event %q, want problems", got)
	}
}
