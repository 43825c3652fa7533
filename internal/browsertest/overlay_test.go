package browsertest

import (
	"context"
	"fmt"
	"io/fs"
	"net/http/httptest"
	"path"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/serve"
)

// A small project for the preview: settings like the real site's, a home
// page and the page the tests edit.
const (
	previewSettings = `title = "Preview test site"
base_url = "https://www.norfolk.gov.uk/childrensservices/"
organisation = "Norfolk County Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
`
	previewHome = `---
title: "Preview test site"
description: "A small site to test the preview with."
---
This is the home page. Read [about this site](about.md).
`
	aboutFront = `---
title: "About this site"
description: "What this small test site is for."
`
	previewCSS = "body { color: #0b0c0c; }\n"
	changedCSS = "body { color: #1a3d7c; }\n"
)

func about(body string) string { return aboutFront + "---\n" + body + "\n" }

// brokenAbout is about.md saved half-way: its front matter is never closed.
var brokenAbout = aboutFront + "A half-written change.\n"

// recordEventSources runs before the page's scripts and keeps each
// EventSource the page opens, so the test knows when the preview's event
// stream is connected: an event sent before that is not seen.
const recordEventSources = `(() => {
	const ES = window.EventSource;
	window.__sources = [];
	window.EventSource = function (url, opts) {
		const es = new ES(url, opts);
		window.__sources.push(es);
		return es;
	};
})();`

// preview is the package serve's preview of a project in memory, as
// "microsite serve" runs it, open in a tab.
type preview struct {
	fsys    fstest.MapFS
	builder *build.Builder
	srv     *serve.Server
	ts      *httptest.Server
	tab     *tab
}

func startPreview(t *testing.T) *preview {
	t.Helper()
	p := &preview{fsys: fstest.MapFS{
		"content/site.toml": {Data: []byte(previewSettings)},
		"content/index.md":  {Data: []byte(previewHome)},
		"content/about.md":  {Data: []byte(about("The first version of this page."))},
		"assets/site.css":   {Data: []byte(previewCSS)},
	}}
	// The address comes first: the site is built for it, and the preview
	// answers only to it.
	p.ts = httptest.NewUnstartedServer(nil)
	p.srv = serve.New(p.ts.Listener.Addr().String())
	p.ts.Config.Handler = p.srv
	p.ts.Start()
	t.Cleanup(func() {
		p.ts.CloseClientConnections() // the open event streams
		p.ts.Close()
	})
	p.builder = build.NewBuilder(p.fsys, build.Options{BaseURL: p.ts.URL + "/", Now: dateOpen})
	if res, _ := p.rebuild(t, nil); res == nil {
		t.Fatal("the first build of the preview's project failed")
	}
	p.tab = openTab(t, true)
	if err := chromedp.Do(p.tab.ctx, call(page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: recordEventSources})); err != nil {
		t.Fatal(err)
	}
	p.tab.goTo(t, p.ts.URL+"/about/")
	p.waitForEvents(t)
	return p
}

// rebuild builds what changed and shows the result as "microsite serve"
// does: the new site, or the errors over the last good one.
func (p *preview) rebuild(t *testing.T, changed []string) (*build.Result, diag.List) {
	t.Helper()
	res, problems := p.builder.Rebuild(context.Background(), changed, changed == nil)
	if res != nil {
		p.srv.Publish(res.Files)
		return res, nil
	}
	var errs diag.List
	for _, d := range problems {
		if d.Severity == diag.Error {
			errs = append(errs, d)
		}
	}
	if len(errs) == 0 {
		t.Fatalf("Rebuild returned no site and no errors (problems: %v)", problems)
	}
	p.srv.Fail(serve.Problems(errs, p.sourceLine))
	return nil, errs
}

// save writes a project file, as an editor does.
func (p *preview) save(name, data string) {
	p.fsys[name] = &fstest.MapFile{Data: []byte(data)}
}

func (p *preview) sourceLine(file string, line int) string {
	data, err := fs.ReadFile(p.fsys, file)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[line-1], "\r")
}

// poll evaluates a JavaScript condition until it is true, for up to five
// seconds. A page reloading in between is not an error.
func (p *preview) poll(t *testing.T, what, js string) bool {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		ok, err := chromedp.Run(p.tab.ctx, chromedp.Evaluate[bool](js))
		if err == nil && ok {
			return true
		}
		if time.Now().After(deadline) {
			t.Errorf("after 5 seconds, %s has not happened (last error: %v)", what, err)
			return false
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// waitForEvents waits until the page's event stream is open: the server
// counts a page as listening before it answers the stream's request.
func (p *preview) waitForEvents(t *testing.T) {
	t.Helper()
	if !p.poll(t, "the page's connecting to the preview's events",
		`document.readyState === 'complete' && (window.__sources || []).length > 0 && window.__sources.every(s => s.readyState === 1)`) {
		t.FailNow()
	}
}

func (p *preview) eval(t *testing.T, js string) string {
	t.Helper()
	v, err := chromedp.Run(p.tab.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

const mainText = `(document.querySelector('main') || document.body).innerText`

func TestThePreviewUpdatesTheOpenPage(t *testing.T) {
	chromiumPath(t)
	p := startPreview(t)
	if got := p.eval(t, mainText); !strings.Contains(got, "The first version of this page.") {
		t.Fatalf("/about/ in the preview shows %q, want the first version", got)
	}

	// A good edit: the page reloads by itself and shows it.
	if err := chromedp.Do(p.tab.ctx, chromedp.Evaluate[chromedp.Void](`window.__marker = 1`)); err != nil {
		t.Fatal(err)
	}
	p.save("content/about.md", about("The second version of this page."))
	if res, _ := p.rebuild(t, []string{"content/about.md"}); res == nil {
		t.Fatal("the good edit did not build")
	}
	p.poll(t, "the page's reloading with the edit",
		`window.__marker === undefined && `+mainText+`.includes('The second version of this page.')`)
	p.waitForEvents(t)

	// A broken save: the page keeps the last good version, with a panel
	// over it naming the file, the line, the problem and the line's text.
	p.save("content/about.md", brokenAbout)
	res, problems := p.rebuild(t, []string{"content/about.md"})
	if res != nil {
		t.Fatal("about.md without the end of its front matter built, want an error")
	}
	if p.poll(t, "the problems panel's showing", `!!document.getElementById('microsite-problems')`) {
		checkProblemsPanel(t, p, problems[0])
	}
	if got := p.eval(t, mainText); !strings.Contains(got, "The second version of this page.") {
		t.Errorf("under the problems panel, /about/ shows %q, want the last good version", got)
	}

	// The fix: the panel goes and the page shows the fixed text.
	p.save("content/about.md", about("The fixed version of this page."))
	if res, _ := p.rebuild(t, []string{"content/about.md"}); res == nil {
		t.Fatal("the fix did not build")
	}
	p.poll(t, "the panel's going and the fix's showing",
		`!document.getElementById('microsite-problems') && `+mainText+`.includes('The fixed version of this page.')`)
	p.waitForEvents(t)

	// A change to the stylesheet alone: swapped in, without a reload.
	before := p.eval(t, `document.querySelector('link[rel="stylesheet"]').getAttribute('href')`)
	if err := chromedp.Do(p.tab.ctx, chromedp.Evaluate[chromedp.Void](`window.__marker = 1`)); err != nil {
		t.Fatal(err)
	}
	p.save("assets/site.css", changedCSS)
	res, _ = p.rebuild(t, []string{"assets/site.css"})
	if res == nil {
		t.Fatal("the stylesheet change did not build")
	}
	var css string
	for _, f := range res.Files {
		if path.Ext(f.Path) == ".css" {
			css = "/" + f.Path
		}
	}
	if css == "" || css == before {
		t.Fatalf("the new build's stylesheet is %q, the page's was %q: want a new fingerprinted name", css, before)
	}
	if p.poll(t, "the new stylesheet's being swapped in",
		fmt.Sprintf(`document.querySelector('link[rel="stylesheet"]').getAttribute('href') === %q && getComputedStyle(document.body).color === 'rgb(26, 61, 124)'`, css)) {
		time.Sleep(300 * time.Millisecond) // a reload, if one were coming
		if got := p.eval(t, `String(window.__marker)`); got != "1" {
			t.Errorf("after a change to the stylesheet alone, window.__marker is %s: the page reloaded, want the stylesheet swapped in place", got)
		}
	}
	p.tab.checkReports(t, "the preview's /about/")
}

// problemsPanel is what the panel says and how it is announced.
type problemsPanel struct {
	Role, Label, Text, Source, Focused string
}

const readProblemsPanel = `(() => {
	const o = document.getElementById('microsite-problems');
	const by = o.getAttribute('aria-labelledby');
	const label = by ? by.split(/\s+/).map(id => (document.getElementById(id) || {textContent: ''}).textContent).join(' ').trim() : (o.getAttribute('aria-label') || '');
	const a = document.activeElement;
	return {role: o.getAttribute('role') || '', label, text: o.innerText,
		source: [...o.querySelectorAll('pre, code')].map(e => e.textContent).join('\n'),
		focused: o.contains(a) ? 'inside' : (a ? a.tagName.toLowerCase() : '')};
})()`

// axeRunOnPanel runs the same rules as every page gets, on the panel alone.
var axeRunOnPanel = strings.Replace(axeRun, "axe.run(document, {", "axe.run({include: ['#microsite-problems']}, {", 1)

func checkProblemsPanel(t *testing.T, p *preview, d diag.Diagnostic) {
	t.Helper()
	got, err := chromedp.Run(p.tab.ctx, chromedp.Evaluate[problemsPanel](readProblemsPanel))
	if err != nil {
		t.Fatal(err)
	}
	where := fmt.Sprintf("%s:%d", d.File, d.Line)
	if where != "content/about.md:1" {
		t.Errorf("the broken save's first problem is at %s, want content/about.md:1 (%s)", where, d)
	}
	for what, want := range map[string]string{"the file and line": where, "the problem": d.Message} {
		if !strings.Contains(squash(got.Text), squash(want)) {
			t.Errorf("the problems panel does not name %s, %q; it says:\n%s", what, want, got.Text)
		}
	}
	if line := p.sourceLine(d.File, d.Line); line == "" || !strings.Contains(got.Source, line) {
		t.Errorf("the problems panel shows the line's text as %q, want %q", got.Source, line)
	}
	if got.Role != "alertdialog" || got.Label == "" {
		t.Errorf("the problems panel has role %q and the name %q, want an alertdialog with a name, so that it is announced", got.Role, got.Label)
	}
	if got.Focused != "inside" {
		t.Logf("the problems panel does not take the focus (it is on %s): a screen reader may not move to it", got.Focused)
	}

	nodeModule(t, "axe-core/axe.min.js")
	src, err := axeSource()
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(p.tab.ctx, chromedp.Evaluate[chromedp.Void](src)); err != nil {
		t.Fatalf("injecting axe-core: %v", err)
	}
	vs, err := chromedp.Run(p.tab.ctx, chromedp.Evaluate[[]axeViolation](axeRunOnPanel, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core on the problems panel: %v", err)
	}
	for _, v := range vs {
		t.Errorf("the problems panel: %s", describe(v))
	}
}
