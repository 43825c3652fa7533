package browsertest

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The one browser of the package, started by the first test that needs it
// and stopped by TestMain; every test opens tabs in it.
var browser struct {
	once    sync.Once
	ctx     context.Context
	stop    func()
	dataDir string
	err     error
	tabs    chan struct{} // bounds the tabs open at once
}

func TestMain(m *testing.M) {
	code := m.Run()
	if browser.stop != nil {
		browser.stop()
	}
	if browser.dataDir != "" {
		os.RemoveAll(browser.dataDir)
	}
	closeSites()
	os.Exit(code)
}

// startBrowser returns the context of the package's browser, starting it the
// first time.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	exe := chromiumPath(t)
	browser.once.Do(func() {
		browser.tabs = make(chan struct{}, min(4, max(2, runtime.NumCPU())))
		browser.dataDir, browser.err = os.MkdirTemp("", "browsertest-chromium-")
		if browser.err != nil {
			return
		}
		allocCtx, stopAlloc := chromedp.NewExecAllocator(context.Background(),
			chromedp.ExecPath(exe),
			chromedp.UserDataDir(browser.dataDir),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-extensions", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("disable-background-timer-throttling", true),
			chromedp.Flag("disable-backgrounding-occluded-windows", true),
			chromedp.Flag("disable-renderer-backgrounding", true),
			chromedp.Flag("force-color-profile", "srgb"),
			// A viewport of exactly the width asked for, as WCAG's reflow
			// criterion measures it, with no scrollbar taking a part of it.
			chromedp.Flag("hide-scrollbars", true),
		)
		ctx, stopBrowser := chromedp.NewContext(allocCtx)
		browser.ctx = ctx
		browser.stop = func() { stopBrowser(); stopAlloc() }
		browser.err = chromedp.Do(ctx) // starts the browser, with no timeout
	})
	if browser.err != nil {
		t.Fatalf("starting %s: %v", exe, browser.err)
	}
	return browser.ctx
}

// tab is one browser tab and what the page in it reported: console errors,
// uncaught exceptions, failed loads and Content Security Policy violations.
type tab struct {
	ctx context.Context
	js  bool

	mu       sync.Mutex
	problems []string
}

// openTab opens a tab, with JavaScript on or off, closed when the test ends.
func openTab(t *testing.T, js bool) *tab {
	t.Helper()
	parent := startBrowser(t)
	browser.tabs <- struct{}{}
	tb := &tab{js: js}
	ctx, closeTab := chromedp.NewContext(parent, chromedp.WithListener(tb.listen))
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancel()
		closeTab()
		<-browser.tabs
	})
	tb.ctx = ctx
	setup := []chromedp.Action[chromedp.Void]{
		call(emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: !js}),
		call(emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}),
	}
	if js {
		setup = append(setup, call(page.AddScriptToEvaluateOnNewDocument,
			page.AddScriptToEvaluateOnNewDocumentParams{Source: recordCSPViolations}))
	}
	if err := chromedp.Do(ctx, setup...); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return tb
}

// call makes an action of one protocol command whose result is not needed.
func call[P, R any](cmd cdp.Command[P, R], params P) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, cmd, params)
		return err
	})
}

// recordCSPViolations runs before any script of the page (the protocol's
// scripts are not subject to the page's policy) and keeps every violation.
const recordCSPViolations = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
	'Content Security Policy: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline code') +
	(e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '') +
	(e.sample ? ' (' + e.sample + ')' : '')));`

// listen runs in the tab's event loop: it must return fast.
func (tb *tab) listen(ev any) {
	var msg string
	switch ev := ev.(type) {
	case *cdplog.EventEntryAdded:
		e := ev.Entry
		if e.Level != cdplog.EntryLevelError || strings.HasSuffix(e.URL, "/favicon.ico") {
			return
		}
		if e.Source == cdplog.EntrySourceNetwork && strings.HasSuffix(e.URL, "/"+notFoundPath) {
			return // the 404 page's own status
		}
		msg = fmt.Sprintf("browser %s error: %s %s", e.Source, e.Text, e.URL)
	case *cdpruntime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg = fmt.Sprintf("uncaught exception: %s %s:%d", d.Text, d.URL, d.LineNumber+1)
		if d.Exception != nil && d.Exception.Description != "" {
			msg += ": " + d.Exception.Description
		}
	case *cdpruntime.EventConsoleAPICalled:
		if ev.Type != cdpruntime.ConsoleAPICalledTypeError {
			return
		}
		var args []string
		for _, a := range ev.Args {
			args = append(args, string(a.Value)+a.Description)
		}
		msg = "console.error: " + strings.Join(args, " ")
	default:
		return
	}
	tb.mu.Lock()
	tb.problems = append(tb.problems, msg)
	tb.mu.Unlock()
}

// goTo loads the address in the tab.
func (tb *tab) goTo(t *testing.T, url string) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
}

// checkReports fails the test for each problem the page reported, and each
// Content Security Policy violation it recorded.
func (tb *tab) checkReports(t *testing.T, where string) {
	t.Helper()
	if tb.js {
		v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`window.__cspViolations || []`))
		if err != nil {
			t.Errorf("%s: reading the CSP violations: %v", where, err)
		}
		tb.mu.Lock()
		tb.problems = append(tb.problems, v...)
		tb.mu.Unlock()
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	seen := map[string]bool{}
	for _, p := range tb.problems {
		if !seen[p] {
			seen[p] = true
			t.Errorf("%s: %s", where, p)
		}
	}
	tb.problems = nil
}
