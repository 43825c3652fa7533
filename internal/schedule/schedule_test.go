package schedule

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/changes"
)

const hookPath = "/build_hooks/secret-0123456789"

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// netlify stands in for the live site and its build hook, on the loopback
// address. The site serves the changes.json of its last build; a call to
// the hook builds it again as of the London day the clock shows, unless a
// build is set to fail.
type netlify struct {
	t     *testing.T
	mu    sync.Mutex
	now   time.Time   // the fake clock, set before each run
	all   []time.Time // every day the content changes
	built time.Time   // the live build's "today"
	fails int         // builds still to fail
	calls []string    // the London time of each call to the hook
	query []string    // each call's query
	reads int
}

func (n *netlify) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	defer n.mu.Unlock()
	london, _ := time.LoadLocation(Zone)
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/"+changes.File:
		n.reads++
		var later []time.Time
		for _, c := range n.all {
			if c.After(n.built) {
				later = append(later, c)
			}
		}
		w.Write(changes.Encode(n.built, later))
	case r.Method == http.MethodPost && r.URL.Path == hookPath:
		local := n.now.In(london)
		n.calls = append(n.calls, local.Format("2006-01-02 15:04 MST"))
		n.query = append(n.query, r.URL.RawQuery)
		if n.fails > 0 {
			n.fails--
		} else {
			y, m, d := local.Date()
			n.built = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		}
	default:
		n.t.Errorf("unexpected request %s %s", r.Method, r.URL)
		http.NotFound(w, r)
	}
}

func (n *netlify) start(t *testing.T) Options {
	srv := httptest.NewServer(n)
	t.Cleanup(srv.Close)
	return Options{ChangesURL: srv.URL + "/" + changes.File, HookURL: srv.URL + hookPath, Client: srv.Client()}
}

// nights runs the schedule as Netlify would, at 23:01 and 00:01 UTC each
// day from from to to, with the fake clock.
func nights(t *testing.T, n *netlify, opts Options, from, to time.Time) {
	t.Helper()
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		for _, at := range []time.Time{d.Add(time.Minute), d.Add(23*time.Hour + time.Minute)} {
			n.mu.Lock()
			n.now = at
			n.mu.Unlock()
			out, err := Run(context.Background(), at, opts)
			if err != nil {
				t.Fatalf("Run at %s: %v", at.Format(time.RFC3339), err)
			}
			if out.Why == "" {
				t.Errorf("Run at %s gave no reason", at.Format(time.RFC3339))
			}
		}
	}
}

// TestOneBuildOnEachChangeDay runs a year of nights, each year's clock
// changes included (the last Sundays of March and October, and the days on
// either side of them are change days), and expects one call to the hook in
// the first minute of each change day in London, and none on any other day.
func TestOneBuildOnEachChangeDay(t *testing.T) {
	for _, tc := range []struct {
		year    int
		changes []string
	}{
		{2005, []string{"2005-01-01", "2005-03-26", "2005-03-27", "2005-03-28", "2005-06-09", "2005-09-30", "2005-10-01",
			"2005-10-06", "2005-10-11", "2005-10-13", "2005-10-29", "2005-10-30", "2005-10-31", "2005-12-31"}},
		{2026, []string{"2026-03-29", "2026-03-30", "2026-07-01", "2026-10-25", "2026-10-26"}},
	} {
		n := &netlify{t: t, built: time.Date(tc.year-1, 12, 31, 0, 0, 0, 0, time.UTC)}
		for _, c := range tc.changes {
			n.all = append(n.all, day(c))
		}
		opts := n.start(t)
		nights(t, n, opts, n.built, time.Date(tc.year, 12, 31, 0, 0, 0, 0, time.UTC))
		var want []string
		for _, c := range n.all {
			london, _ := time.LoadLocation(Zone)
			want = append(want, time.Date(c.Year(), c.Month(), c.Day(), 0, 1, 0, 0, london).Format("2006-01-02 15:04 MST"))
		}
		if !slices.Equal(n.calls, want) {
			t.Errorf("%d: the hook was called at\n%s\nwant\n%s", tc.year, strings.Join(n.calls, "\n"), strings.Join(want, "\n"))
		}
		// One read a day, in London's first hour; none at the other run.
		if days := 365 + 1; n.reads != days {
			t.Errorf("%d: changes.json was read %d times over %d days, want once a day", tc.year, n.reads, days)
		}
	}
}

func TestAFailedBuildIsAskedForAgainTheNextNight(t *testing.T) {
	n := &netlify{t: t, built: day("2005-06-01"), all: []time.Time{day("2005-06-09"), day("2005-09-30")}, fails: 1}
	opts := n.start(t)
	nights(t, n, opts, day("2005-06-01"), day("2005-06-30"))
	want := []string{"2005-06-09 00:01 BST", "2005-06-10 00:01 BST"}
	if !slices.Equal(n.calls, want) {
		t.Errorf("the hook was called at %q, want %q", n.calls, want)
	}
	if !strings.Contains(n.query[0], "trigger_title=Scheduled+rebuild") {
		t.Errorf("the hook was called with query %q, want a trigger_title", n.query[0])
	}
}

// TestOnlyTheFirstHourInLondonDoesAnything: the runs at other hours make
// no request at all, so they give no error even with nothing listening,
// and a run in the first hour does.
func TestOnlyTheFirstHourInLondonDoesAnything(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	dead := srv.URL
	srv.Close()
	opts := Options{ChangesURL: dead + "/changes.json", HookURL: dead + hookPath}
	for _, tc := range []struct {
		at    string
		first bool
	}{
		{"2005-06-09T00:01:00Z", false}, // 01:01 BST
		{"2005-12-08T23:01:00Z", false}, // 23:01 GMT
		{"2005-10-30T00:01:00Z", false}, // 01:01 BST, an hour before clocks go back
		{"2005-03-27T00:59:00Z", true},  // 00:59 GMT, a minute before clocks go forward
		{"2005-10-29T23:01:00Z", true},  // 00:01 BST on the day clocks go back
	} {
		now, _ := time.Parse(time.RFC3339, tc.at)
		out, err := Run(context.Background(), now, opts)
		if tc.first != (err != nil) || out.Called {
			t.Errorf("Run at %s = %+v, %v; want a request made: %v", tc.at, out, err, tc.first)
		}
		if !tc.first && out.Day.Format(time.DateOnly) != now.Format(time.DateOnly) {
			t.Errorf("Run at %s took %s as London's day, want %s", tc.at, out.Day.Format(time.DateOnly), now.Format(time.DateOnly))
		}
	}
}

func TestErrorsNeverShowTheHook(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == hookPath {
			http.NotFound(w, r)
			return
		}
		w.Write(changes.Encode(day("2005-06-08"), []time.Time{day("2005-06-09")}))
	}))
	defer site.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	at, _ := time.Parse(time.RFC3339, "2005-06-08T23:01:00Z") // 00:01 BST on 9 June
	for _, hook := range []string{site.URL + hookPath, closed.URL + hookPath} {
		out, err := Run(context.Background(), at, Options{ChangesURL: site.URL + "/changes.json", HookURL: hook})
		if err == nil || out.Called {
			t.Errorf("Run with a hook that fails = %+v, %v, want an error", out, err)
			continue
		}
		if strings.Contains(err.Error(), "secret") || strings.Contains(err.Error(), "build_hooks") {
			t.Errorf("the error shows the hook's address: %v", err)
		}
	}
}

func TestAStaleOrBrokenListIsReported(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		want   string
	}{
		{http.StatusNotFound, "", "the site answered 404 Not Found"},
		{http.StatusOK, "<!doctype html>", "not the list a build writes"},
		{http.StatusOK, strings.Repeat(" ", changes.MaxBytes+10), "over the"},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(tc.status)
			w.Write([]byte(tc.body))
		}))
		at, _ := time.Parse(time.RFC3339, "2005-06-08T23:01:00Z")
		_, err := Run(context.Background(), at, Options{ChangesURL: srv.URL + "/changes.json", HookURL: srv.URL + hookPath})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Run with changes.json %d %.20q = %v, want an error with %q", tc.status, tc.body, err, tc.want)
		}
		srv.Close()
	}
}

func TestOptionsFromTheEnvironment(t *testing.T) {
	const hook = "https://api.netlify.com/build_hooks/0123456789abcdef"
	for _, tc := range []struct {
		env  map[string]string
		want string // the changes.json address, or the error
	}{
		{map[string]string{EnvHook: hook, EnvNetlify: "https://example.netlify.app"}, "https://example.netlify.app/changes.json"},
		{map[string]string{EnvHook: hook, EnvNetlify: "https://example.netlify.app/", EnvSite: "https://example.org/sub/"}, "https://example.org/sub/changes.json"},
		{map[string]string{EnvHook: hook, EnvSite: "http://127.0.0.1:8080"}, "http://127.0.0.1:8080/changes.json"},
		{map[string]string{EnvNetlify: "https://example.netlify.app"}, "BUILD_HOOK_URL is not set"},
		{map[string]string{EnvHook: "http://api.netlify.com/build_hooks/x", EnvNetlify: "https://example.netlify.app"}, "BUILD_HOOK_URL is not a build hook's address: it does not start https://"},
		{map[string]string{EnvHook: "api.netlify.com/build_hooks/x", EnvNetlify: "https://example.netlify.app"}, "it has no host"},
		{map[string]string{EnvHook: hook}, "neither SITE_URL nor URL is set"},
		{map[string]string{EnvHook: hook, EnvSite: "http://example.org/"}, `SITE_URL "http://example.org/" is not the site's address: it does not start https://`},
	} {
		opts, err := OptionsFrom(func(k string) string { return tc.env[k] })
		got := opts.ChangesURL
		if err != nil {
			got = err.Error()
			if strings.Contains(got, "0123456789abcdef") {
				t.Errorf("the error shows the hook's address: %v", err)
			}
		} else if opts.HookURL != tc.env[EnvHook] {
			t.Errorf("OptionsFrom(%v) hook = %q, want %q", tc.env, opts.HookURL, tc.env[EnvHook])
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("OptionsFrom(%v) = %q, want %q", tc.env, got, tc.want)
		}
	}
}
