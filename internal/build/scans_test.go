//go:build unix

package build

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
)

// ourScans are the shapes that made the build's own scans of a page worse
// than linear, beside the Markdown shapes that internal/markdown's
// TestSlowShapesStayLinear measures: a run of letters with "day" in it
// again and again (the weekday scanner walked back over the whole run for
// each), a page of wrong weekdays and of long sentences in one paragraph
// (each problem's line was counted from the start), and a page of words on
// a long list of words to avoid (each word was tried against every entry).
var ourScans = []struct {
	name string
	unit func(i int) string
}{
	{"weekday-letters", func(int) string { return "day" }},
	{"wrong-weekdays", func(int) string { return "Monday 2 June 2005.\n" }},
	{"long-sentences", func(int) string {
		return strings.Repeat("word ", 30) + "end.\n"
	}},
	{"avoid-words", func(i int) string { return fmt.Sprintf("in w%d order ", i%3000) }},
}

// scanAvoidList has 6,000 entries sharing their first word, as a hostile
// list could.
var scanAvoidList = func() check.AvoidList {
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "in w%d order = for\nin w%d = to\n", i, i)
	}
	list, _ := check.ParseAvoidList(check.AvoidListPath, []byte(b.String()))
	return list
}()

// TestOurScansStayLinear runs the build's own checks of a page (weekdays,
// long sentences, words to avoid, with the line of every problem) over
// each shape at 256 KiB and at 1 MiB, and fails if the time grows much
// faster than the size, or if the larger page takes over a second.
func TestOurScansStayLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("measures each shape at up to 1 MiB: run without -short")
	}
	for _, shape := range ourScans {
		t.Run(shape.name, func(t *testing.T) {
			small, large := scanPage(t, shape.unit, 256<<10), scanPage(t, shape.unit, 1<<20)
			small() // warm up
			var tSmall, tLarge time.Duration
			var ratio float64
			for try := 1; try <= 3; try++ {
				tSmall, tLarge = scanTime(small), scanTime(large)
				ratio = float64(tLarge) / float64(tSmall)
				t.Logf("%-16s 256 KiB %10v  1 MiB %10v  4x/1x %.1f", shape.name, tSmall, tLarge, ratio)
				if ratio <= 10 {
					break
				}
			}
			// 4 is linear and 16 quadratic; 10 keeps noise on a shared
			// machine far from both.
			if ratio > 10 {
				t.Errorf("%s: %v at 256 KiB, %v at 1 MiB: %.1f times as long for 4 times the input, want at most 10", shape.name, tSmall, tLarge, ratio)
			}
			if tLarge > time.Second*raceSlowdown {
				t.Errorf("%s: %v at 1 MiB, want under a second", shape.name, tLarge)
			}
		})
	}
}

// scanPage converts a page of size bytes of the shape once, and returns
// a run of the build's scans over it.
func scanPage(t *testing.T, unit func(int) string, size int) func() {
	t.Helper()
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(unit(i))
	}
	front := content.FrontMatter{Title: "A", Description: "A page.", Date: content.Date{Time: time.Date(2005, time.June, 1, 0, 0, 0, 0, time.UTC)}}
	cp := content.Page{Path: "content/a.md", Front: front, BodyLine: 5, Body: []byte(b.String()[:size]),
		FieldLines: map[string]int{"title": 2, "description": 3, "date": 4}}
	s, l := site.New(content.Settings{Title: "T", BaseURL: "https://example.org/"}, []content.Page{cp}, site.Options{})
	if len(l) > 0 {
		t.Fatalf("site.New: %v", l)
	}
	p := s.Pages[0]
	for _, q := range s.Pages {
		if q.Source != "" {
			p = q
		}
	}
	r := markdown.New().Convert(p.Body, markdown.Context{File: p.Source, FirstLine: p.BodyLine, Prose: true,
		PageURL: func(string) (string, bool) { return "/", true }})
	opts := check.Options{Advice: true, Avoid: scanAvoidList}
	return func() {
		check.Dates(p)
		check.Page(s, p, &r, opts)
	}
}

// scanTime is the least CPU time of three runs of scan, with the
// collector off, as when a collection falls is chance.
func scanTime(scan func()) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best := time.Duration(1<<63 - 1)
	for range 3 {
		runtime.GC()
		start := cpuTime()
		scan()
		best = min(best, cpuTime()-start)
	}
	return best
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
