package browsertest

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// fixture serves files as the built site is served, for tests of the tests.
func fixture(t *testing.T, files map[string]string) *site {
	t.Helper()
	s := &site{name: "fixture", files: map[string][]byte{}}
	for p, data := range files {
		s.files[p] = []byte(data)
		s.pages = append(s.pages, p)
	}
	slices.Sort(s.pages)
	s.srv = httptest.NewServer(s)
	t.Cleanup(s.srv.Close)
	return s
}

// A page that breaks the rules on purpose: it proves that the checks can
// fail, so that their passing means something.
const badPage = `<!doctype html><html><head><title>Bad</title>
<style>p { color: #999 }</style></head>
<body><p style="color: #aaa">Low contrast, inline style.</p><img src="x.png"></body></html>`

func TestTheHarnessSeesAxeViolationsAndCSPViolations(t *testing.T) {
	chromiumPath(t)
	nodeModule(t, "axe-core/axe.min.js")
	src, err := axeSource()
	if err != nil {
		t.Fatal(err)
	}
	s := fixture(t, map[string]string{"index.html": badPage, "404.html": "<!doctype html><title>404</title>"})
	tb := openTab(t, true)
	tb.goTo(t, s.url("index.html"))
	if err := chromedp.Do(tb.ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
		t.Fatalf("injecting axe-core: %v", err)
	}
	vs, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]axeViolation](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, v := range vs {
		ids = append(ids, v.ID)
	}
	for _, want := range []string{"image-alt", "html-has-lang", "landmark-one-main"} {
		if !slices.Contains(ids, want) {
			t.Errorf("axe on a page that breaks %s found only %v", want, ids)
		}
	}
	csp, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`window.__cspViolations`))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(csp, func(v string) bool { return strings.Contains(v, "style-src") }) {
		t.Errorf("an inline style and a style element gave the CSP violations %q, want style-src ones", csp)
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if !slices.ContainsFunc(tb.problems, func(p string) bool { return strings.Contains(p, "x.png") }) {
		t.Errorf("a missing image gave the reports %q, want a failed load of x.png", tb.problems)
	}
}

func TestTheHarnessSeesCSPViolationsWithJavaScriptOff(t *testing.T) {
	chromiumPath(t)
	s := fixture(t, map[string]string{"index.html": badPage, "404.html": "<!doctype html><title>404</title>"})
	tb := openTab(t, false)
	tb.goTo(t, s.url("index.html"))
	chromedp.Run(tb.ctx, chromedp.Evaluate[int](`1`)) // a round trip, so the log has arrived
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if !slices.ContainsFunc(tb.problems, func(p string) bool { return strings.Contains(p, "Content Security Policy") }) {
		t.Errorf("with JavaScript off, an inline style gave the reports %q, want a Content Security Policy one", tb.problems)
	}
}
