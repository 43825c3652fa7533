package build_test

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// newsSite has a list layout that shows every child's text, as the README
// says a layout may.
func newsSite(n int) string {
	var b strings.Builder
	b.WriteString(settings + `
-- content/index.md --
---
title: Home
description: Home.
---
Welcome.
-- layouts/news/list.html --
{{define "main"}}{{range .Children}}<article>{{.Content}}</article>{{end}}{{end}}
`)
	for i := range n {
		fmt.Fprintf(&b, "-- content/news/item-%02d.md --\n---\ntitle: Item %02d\ndescription: Item %02d.\n---\nThe text of item %02d.\n", i, i, i, i)
	}
	return b.String()
}

// The model is finished before any page renders, so a list that shows its
// children's text has all of it, on every run. Under -race this also shows
// that nothing writes the model while templates read it.
func TestAListShowsEveryChildsText(t *testing.T) {
	const n = 40
	var first []byte
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		s := sitetest.Build(t, newsSite(n), build.Options{})
		runtime.GOMAXPROCS(old)
		s.AssertOK()
		list := s.Files["news/index.html"]
		for i := range n {
			if want := fmt.Sprintf("The text of item %02d.", i); !strings.Contains(list, want) {
				t.Errorf("GOMAXPROCS=%d: the news list lacks %q", procs, want)
			}
		}
		if first == nil {
			first = []byte(list)
		} else if !bytes.Equal(first, []byte(list)) {
			t.Errorf("GOMAXPROCS=%d: the news list differs from the first build's", procs)
		}
	}
}

// A child's text edited in the preview shows in the list that reads it:
// the list recorded reading it.
func TestAChildsEditReRendersTheListThatShowsIt(t *testing.T) {
	fsys := sitetest.Files(newsSite(3))
	b := build.NewBuilder(fsys, build.Options{Now: sitetest.Now})
	if res, l := b.Rebuild(context.Background(), nil, true); res == nil {
		t.Fatalf("first build: %v", l)
	}
	st := rebuild(t, b, fsys, "content/news/item-01.md", "---\ntitle: Item 01\ndescription: Item 01.\n---\nEdited text.\n")
	if want := (build.Stats{Parsed: 1, Converted: 1, Rendered: 2}); st != want {
		t.Errorf("stats = %+v, want %+v: the page and the list that shows its text", st, want)
	}
}

// A layout that names a section the site does not have is told so at its
// own line, once, in words an editor can act on, by a fresh build and by
// the preview's rebuild alike.
func TestAMissingSectionIsAPlainErrorAtTheLayoutsLine(t *testing.T) {
	const want = `layouts/partials/deadline.html:5: error: the section "have-your-say" does not exist: there is no folder content/have-your-say/ with pages in it; add the folder, correct the name, or test for it first with {{if hasSection "have-your-say"}}`
	real := realProject(t)
	b := build.NewBuilder(real, build.Options{Now: sitetest.Now})
	if res, l := b.Rebuild(context.Background(), nil, true); res == nil {
		t.Fatalf("first build: %v", l)
	}
	for name := range real {
		if strings.HasPrefix(name, "content/have-your-say/") {
			delete(real, name)
		}
	}
	_, fresh := build.Site(context.Background(), real, build.Options{Now: sitetest.Now})
	_, again := b.Rebuild(context.Background(), []string{"content/have-your-say"}, false)
	for what, l := range map[string]string{"a fresh build": fresh.Error(), "a rebuild": again.Error()} {
		if !strings.Contains(l, want) {
			t.Errorf("%s says:\n%s\nwant it to say:\n%s", what, l, want)
		}
		if strings.Count(l, "have-your-say\" does not exist") != 1 {
			t.Errorf("%s says it more than once:\n%s", what, l)
		}
		if strings.Contains(l, "runtime error") || strings.Contains(l, "nil pointer") {
			t.Errorf("%s gives a Go runtime message:\n%s", what, l)
		}
	}
}

// realProject is the project's own content, layouts and assets, in
// memory, for tests that change them.
func realProject(t testing.TB) fstest.MapFS { return sitetest.InMemory(t, projectRoot) }
