package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshotsForReview keeps a screenshot of every page, of both
// builds, at 320 and 1280 pixels, and of the form showing its errors, in
// the -keep folder, for a person to look at before a release. Without
// -keep there is nothing to keep them for, except under CI, where they are
// made in a folder thrown away, so that taking them is still tested.
func TestScreenshotsForReview(t *testing.T) {
	root := *keep
	if root == "" && os.Getenv("CI") == "true" {
		root = t.TempDir()
	}
	if root == "" {
		t.Skip("no -keep folder to keep the screenshots in: go test ./internal/browsertest -args -keep DIR")
	}
	chromiumPath(t)
	dir := filepath.Join(root, "screens")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, w := range widths {
		for _, p := range allPages(t) {
			t.Run(w.name+"/"+p.name(), func(t *testing.T) {
				t.Parallel()
				tb := openTab(t, true)
				if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(w.width, w.height)); err != nil {
					t.Fatal(err)
				}
				tb.goTo(t, p.site.url(p.path))
				name := p.site.name + "-" + w.name + "-" + strings.TrimSuffix(fileName(strings.TrimSuffix(p.path, "index.html")), ".html")
				if p.path == "index.html" {
					name = p.site.name + "-" + w.name + "-home"
				}
				screenshot(t, tb, filepath.Join(dir, name+".png"))
			})
		}
	}
	t.Run("the form's errors", func(t *testing.T) {
		open, _ := builtSites(t)
		tb := openTab(t, true)
		if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(320, 640)); err != nil {
			t.Fatal(err)
		}
		tb.goTo(t, open.url("have-your-say/index.html"))
		sendForm(t, tb, open, map[string]string{"views": "   ", "email": "a@b"})
		screenshot(t, tb, filepath.Join(dir, "open-320-have-your-say-errors.png"))
	})
}

// screenshot saves the whole page, not only the window, as a PNG.
func screenshot(t *testing.T, tb *tab, file string) {
	t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100)) // 100: PNG, not JPEG
	if err != nil {
		t.Fatalf("taking a screenshot: %v", err)
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("kept %s", file)
}
