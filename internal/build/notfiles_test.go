//go:build unix

package build_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const plainSettings = `title = "Test site"
base_url = "https://example.org/"
organisation = "Test Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
`

const plainProject = `-- content/index.md --
---
title: Home
description: Home.
---
Hello.
-- layouts/partials/nav.html --
<nav></nav>
-- assets/site.css --
body{color:#000}
-- shared/keep.txt --
a folder a link may point into
`

// TestFilesThatAreNotFilesAreRefused puts a named pipe (FIFO), which a
// plain read waits on for ever, where the build reads a layout, a partial,
// the settings, the words-to-avoid list, a page and an asset, directly and
// behind a link inside the project: each build must end at once with a
// clear problem at the file.
func TestFilesThatAreNotFilesAreRefused(t *testing.T) {
	const fifo = "is a named pipe (FIFO), not a file: only ordinary files are read; replace it with a file"
	for _, tt := range []struct {
		name, at, link string
		want           string
	}{
		{"layout", "layouts/base.html", "", "layouts/base.html: error: " + fifo},
		{"partial", "layouts/partials/nav.html", "", "layouts/partials/nav.html: error: " + fifo},
		{"settings", "content/site.toml", "", "content/site.toml: error: " + fifo},
		{"settings behind a link", "shared/pipe", "content/site.toml", "content/site.toml: error: " + fifo},
		{"avoid list", "content/avoid-words.txt", "", "content/avoid-words.txt: warning: " + fifo + ", so the list of words to avoid was not used"},
		{"page behind a link", "shared/pipe", "content/vision.md", "content/vision.md: error: " + fifo},
		{"asset behind a link", "shared/pipe", "assets/logo.svg", "assets/logo.svg: error: " + fifo},
		{"asset", "assets/logo.svg", "", "assets/logo.svg: error: " + fifo},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := sitetest.Project(t, plainProject)
			if tt.at != "content/site.toml" {
				writeFile(t, filepath.Join(src, "content", "site.toml"), plainSettings)
			}
			fifoPath := filepath.Join(src, filepath.FromSlash(tt.at))
			os.Remove(fifoPath)
			if err := syscall.Mkfifo(fifoPath, 0o644); err != nil {
				t.Fatalf("making a named pipe: %v", err)
			}
			if tt.link != "" {
				link := filepath.Join(src, filepath.FromSlash(tt.link))
				os.Remove(link)
				target, _ := filepath.Rel(filepath.Dir(link), fifoPath)
				if err := os.Symlink(target, link); err != nil {
					t.Fatal(err)
				}
			}
			got := buildWithin(t, src, build.Options{Now: sitetest.Now, Advice: true})
			if !strings.Contains(got, tt.want) {
				t.Errorf("problems:\n%s\nwant among them:\n%s", got, tt.want)
			}
		})
	}
}

// TestFilesOverTheirLimitsAreRefused lowers each new limit in site.toml
// below the file it bounds.
func TestFilesOverTheirLimitsAreRefused(t *testing.T) {
	raise := "; if it is meant, raise the limit with "
	for _, tt := range []struct {
		name, limits, file, data, want string
	}{
		{"layout", "layout_bytes = 10", "layouts/partials/nav.html", "<nav>" + strings.Repeat("a", 20) + "</nav>",
			"layouts/partials/nav.html: error: the layout is 31 bytes, over the limit of 10: a layout holds the page's frame, not its text: move text into content/" + raise + "layout_bytes = 20 under [limits] in content/site.toml"},
		{"asset", "asset_bytes = 10", "assets/site.css", "body{color:#000}",
			"assets/site.css: error: the file is 16 bytes, over the limit of 10: make it smaller (a PDF can be saved for the web), or publish it elsewhere and link to it" + raise + "asset_bytes = 20 under [limits] in content/site.toml"},
		{"avoid list", "avoid_list_bytes = 10", "content/avoid-words.txt", "utilise = use\n",
			"content/avoid-words.txt: warning: the list of words to avoid is 14 bytes, so it was not used, over the limit of 10: plain-English lists have a few hundred entries" + raise + "avoid_list_bytes = 20 under [limits] in content/site.toml"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := sitetest.Project(t, plainProject)
			writeFile(t, filepath.Join(src, "content", "site.toml"), plainSettings+"\n[limits]\n"+tt.limits+"\n")
			writeFile(t, filepath.Join(src, filepath.FromSlash(tt.file)), tt.data)
			got := buildWithin(t, src, build.Options{Now: sitetest.Now, Advice: true})
			if !strings.Contains(got, tt.want) {
				t.Errorf("problems:\n%s\nwant among them:\n%s", got, tt.want)
			}
		})
	}
}

func TestSettingsOverTheirSizeAreRefused(t *testing.T) {
	src := sitetest.Project(t, plainProject)
	writeFile(t, filepath.Join(src, "content", "site.toml"), plainSettings+"# "+strings.Repeat("a", 1<<20)+"\n")
	got := buildWithin(t, src, build.Options{Now: sitetest.Now})
	want := "content/site.toml: error: the file is 1,048,733 bytes, over the limit of 1,048,576: the settings take well under a thousand; check that nothing else was pasted in"
	if !strings.Contains(got, want) {
		t.Errorf("problems:\n%s\nwant among them:\n%s", got, want)
	}
}

// buildWithin builds src into a folder beside it, failing the test if the
// build takes more than ten seconds, and returns its problems and error.
func buildWithin(t *testing.T, src string, opts build.Options) string {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		_, l, err := build.ToDisk(context.Background(), src, filepath.Join(filepath.Dir(src), "public"), opts)
		done <- lines(l, err)
	}()
	select {
	case got := <-done:
		return got
	case <-time.After(10 * time.Second):
		t.Fatal("the build was still running after ten seconds")
		return ""
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
