package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/corpus"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// syncBuffer is an io.Writer the serve goroutine writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

const serveSite = `-- content/site.toml --
title = "Test site"
base_url = "https://example.org/"
organisation = "Test Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
-- content/index.md --
---
title: Home
description: The home page of the test site.
---
Welcome to the test site.
-- content/about.md --
---
title: About
description: What the test site is about.
---
The first version.
`

// session is a running serve for one test.
type session struct {
	t      testing.TB
	dir    string
	url    string
	events chan string
	out    *syncBuffer
}

func startServe(t testing.TB, dir string) *session {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--src", dir, "--addr", "127.0.0.1:0"}, out, io.Discard, clock)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve exited %d after Ctrl-C, want 0", code)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("serve did not stop within 10 seconds of Ctrl-C")
		}
	})
	addr := regexp.MustCompile(`Preview at (http://\S+/)`)
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == ""; time.Sleep(10 * time.Millisecond) {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			url = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("serve did not start; it said:\n%s", out.String())
		}
	}
	p := &session{t: t, dir: dir, url: url, events: make(chan string, 32), out: out}
	p.listen(ctx)
	return p
}

func (p *session) listen(ctx context.Context) {
	req, _ := http.NewRequestWithContext(ctx, "GET", p.url+"__microsite/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Fatal(err)
	}
	ready := make(chan bool)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		close(ready)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				p.events <- name
			}
		}
	}()
	<-ready
}

// expect waits for one event and then checks no second one follows: a
// burst of file changes must make one rebuild.
func (p *session) expect(want string) {
	p.t.Helper()
	select {
	case got := <-p.events:
		if got != want {
			p.t.Fatalf("event %q, want %q; serve said:\n%s", got, want, p.out.String())
		}
	case <-time.After(10 * time.Second):
		p.t.Fatalf("no %q event within 10 seconds; serve said:\n%s", want, p.out.String())
	}
	select {
	case got := <-p.events:
		p.t.Errorf("a second event %q followed %q: the change was not coalesced", got, want)
	case <-time.After(300 * time.Millisecond):
	}
}

func (p *session) get(path string) (int, string) {
	p.t.Helper()
	resp, err := http.Get(p.url + strings.TrimPrefix(path, "/"))
	if err != nil {
		p.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (p *session) write(name, text string) {
	p.t.Helper()
	path := filepath.Join(p.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		p.t.Fatal(err)
	}
}

func (p *session) assertPage(path, want string) {
	p.t.Helper()
	code, body := p.get(path)
	if code != 200 || !strings.Contains(body, want) {
		p.t.Errorf("GET %s = %d, want 200 with %q; body:\n%s", path, code, want, body)
	}
}

func page(title, body string) string {
	return "---\ntitle: " + title + "\ndescription: The " + strings.ToLower(title) + " page of the test site.\n---\n" + body + "\n"
}

func TestServeFollowsEveryKindOfChange(t *testing.T) {
	p := startServe(t, sitetest.Project(t, serveSite))
	p.assertPage("/about/", "The first version.")

	p.write("content/about.md", page("About", "An edit in place."))
	p.expect("reload")
	p.assertPage("/about/", "An edit in place.")

	// An editor's atomic save: write a temporary file, rename it over the page.
	p.write("content/.about.md.tmp", page("About", "An atomic save."))
	if err := os.Rename(filepath.Join(p.dir, "content/.about.md.tmp"), filepath.Join(p.dir, "content/about.md")); err != nil {
		t.Fatal(err)
	}
	p.expect("reload")
	p.assertPage("/about/", "An atomic save.")

	// A new folder with a page already in it, as git checkout makes.
	p.write("content/news/deep/item.md", page("Item", "A new page in a new folder."))
	p.expect("reload")
	p.assertPage("/news/deep/item/", "A new page in a new folder.")

	if err := os.Rename(filepath.Join(p.dir, "content/news/deep/item.md"), filepath.Join(p.dir, "content/news/deep/moved.md")); err != nil {
		t.Fatal(err)
	}
	p.expect("reload")
	p.assertPage("/news/deep/moved/", "A new page in a new folder.")
	if code, body := p.get("/news/deep/item/"); code != 404 || !strings.Contains(body, "This page was removed") {
		t.Errorf("GET the renamed page's old address = %d, want 404 saying it was removed", code)
	}

	if err := os.RemoveAll(filepath.Join(p.dir, "content/news")); err != nil {
		t.Fatal(err)
	}
	p.expect("reload")
	if code, _ := p.get("/news/deep/moved/"); code != 404 {
		t.Errorf("GET a page of a deleted folder = %d, want 404", code)
	}
}

func TestServeShowsABrokenSaveUntilItIsFixed(t *testing.T) {
	p := startServe(t, sitetest.Project(t, serveSite))
	p.write("content/about.md", "---\ntitle: About\n")
	p.expect("problems")
	p.assertPage("/about/", "The first version.")
	if !strings.Contains(p.out.String(), "content/about.md:1: error: the front matter opened on line 1") {
		t.Errorf("the terminal does not name the file and line; it said:\n%s", p.out.String())
	}
	p.write("content/about.md", page("About", "Fixed."))
	p.expect("reload")
	p.assertPage("/about/", "Fixed.")
}

func TestServedPagesHaveTheLiveScriptAndBuiltOnesNever(t *testing.T) {
	p := startServe(t, sitetest.Project(t, serveSite))
	p.assertPage("/", `src="/__microsite/live.js"`)
	out := filepath.Join(t.TempDir(), "public")
	if code, stdout, _ := runMicrosite(t, clock, "build", "--src", p.dir, "--out", out); code != exitOK {
		t.Fatalf("build: %s", stdout)
	}
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if strings.Contains(string(b), "__microsite") {
			t.Errorf("%s holds the preview's live script", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkSaveToReload times a one-page save in the preview of a
// 1,000-page site, from writing the file to the reload event reaching an
// open page: the watch debounce, the rebuild and the event together.
func BenchmarkSaveToReload(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.Write(dir, corpus.Options{Pages: 1000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	p := startServe(b, dir)
	const page = "content/index.md"
	orig, err := os.ReadFile(filepath.Join(dir, page))
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		p.write(page, string(orig)+fmt.Sprintf("\nEdit number %d.\n", i))
		select {
		case <-p.events:
		case <-time.After(10 * time.Second):
			b.Fatalf("no reload within 10 seconds; serve said:\n%s", p.out.String())
		}
	}
}

// A list layout that shows its children's text follows an edit to one of
// them: the preview re-renders what each page read, whatever the layout.
func TestServeFollowsAChildsEditInItsList(t *testing.T) {
	p := startServe(t, sitetest.Project(t, serveSite+`-- layouts/news/list.html --
{{define "main"}}{{range .Children}}<article>{{.Content}}</article>{{end}}{{end}}
-- content/news/one.md --
`+page("One", "The first item's text.")))
	p.assertPage("/news/", "The first item’s text.")
	p.write("content/news/one.md", page("One", "The item, edited."))
	p.expect("reload")
	p.assertPage("/news/", "The item, edited.")
}

// Deleting a section a layout names shows the layout's problem in the
// preview, as a fresh build and check report it, and keeps the last site.
func TestServeShowsALayoutsMissingSection(t *testing.T) {
	p := startServe(t, sitetest.Project(t, serveSite+`-- layouts/partials/say.html --
<p><a href="{{(section "have-your-say").Permalink}}">Tell us</a></p>
-- layouts/page.html --
{{define "main"}}{{.Content}}{{template "partials/say.html" .}}{{end}}
-- content/have-your-say/index.md --
`+page("Have your say", "Tell us.")))
	p.assertPage("/about/", "Tell us")
	if err := os.RemoveAll(filepath.Join(p.dir, "content/have-your-say")); err != nil {
		t.Fatal(err)
	}
	p.expect("problems")
	want := `layouts/partials/say.html:1: error: the section "have-your-say" does not exist`
	if !strings.Contains(p.out.String(), want) {
		t.Errorf("the terminal does not say %q; it said:\n%s", want, p.out.String())
	}
	p.assertPage("/about/", "Tell us")
}
