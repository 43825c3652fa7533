package proxytest

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestTheNetlifyModel pins the behaviour of Netlify that the site relies
// on, so that the tests through it mean what they say.
func TestTheNetlifyModel(t *testing.T) {
	files := map[string][]byte{
		"index.html":        []byte("home"),
		"404.html":          []byte("not found"),
		"vision/index.html": []byte("vision"),
		"old/index.html":    []byte("a page where an old address was"),
		"workshops/a.ics":   []byte("BEGIN:VCALENDAR"),
		"_redirects":        []byte("/old/ https://example.org/new/ 301\n/gone/ https://example.org/vision/ 301\n"),
	}
	toml := []byte(`
[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
[[headers]]
  for = "/*.ics"
  [headers.values]
    Content-Type = "text/calendar; charset=utf-8"
[[headers]]
  for = "/workshops/*"
  [headers.values]
    X-Frame-Options = "SAMEORIGIN"
`)
	n, err := newNetlify(files, toml)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path, location string
		status         int
		body           string
	}{
		{"/", "", 200, "home"},
		{"/vision/", "", 200, "vision"},
		{"/vision", "/vision/", 301, ""},                      // its own trailing-slash redirect, a path on its host
		{"/old/", "", 200, "a page where an old address was"}, // a file shadows a rule
		{"/gone", "https://example.org/vision/", 301, ""},     // rules match without the slash
		{"/GONE/", "https://example.org/vision/", 301, ""},    // and whatever the case
		{"/_redirects", "", 404, "not found"},                 // read at deploy, not served
		{"/childrensservices/vision/", "", 404, "not found"},  // no base path on Netlify
		{"/workshops/a.ics", "", 200, "BEGIN:VCALENDAR"},
	} {
		rec := httptest.NewRecorder()
		n.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
		if rec.Code != tt.status || rec.Header().Get("Location") != tt.location || rec.Body.String() != tt.body {
			t.Errorf("GET %s: %d to %q, %q; want %d to %q, %q", tt.path, rec.Code, rec.Header().Get("Location"), rec.Body.String(), tt.status, tt.location, tt.body)
		}
	}
	rec := httptest.NewRecorder()
	n.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/workshops/a.ics", nil))
	if ct := rec.Header().Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
		t.Errorf("/*.ics gave Content-Type %q to a calendar in a folder: * matches across /", ct)
	}
	if got := rec.Header().Get("X-Frame-Options"); got != "DENY, SAMEORIGIN" || len(n.joined) == 0 {
		t.Errorf("two rules setting X-Frame-Options gave %q and recorded %q; want them joined and recorded", got, n.joined)
	}
}
