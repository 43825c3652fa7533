package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/sitetest"
)

// clock is the time tests give run as "now": the middle of the consultation.
var clock = time.Date(2005, time.May, 20, 12, 0, 0, 0, time.UTC)

// runMicrosite calls run as main would, and returns its exit code and
// output.
func runMicrosite(t *testing.T, now time.Time, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut, now)
	return code, out.String(), errOut.String()
}

func TestUsageMistakesExitTwo(t *testing.T) {
	for _, tt := range []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no command", nil, "Usage:"},
		{"unknown command", []string{"publish"}, `unknown command "publish"`},
		{"unknown flag", []string{"build", "--colour"}, "flag provided but not defined: -colour"},
		{"stray argument", []string{"build", "public"}, `unexpected argument "public"`},
		{"stray argument after flags", []string{"build", "--out", "site", "now"}, `unexpected argument "now"`},
		{"date not YYYY-MM-DD", []string{"build", "--now", "8/6/2005"}, "write the date as YYYY-MM-DD"},
		{"date that does not exist", []string{"build", "--now", "2005-02-30"}, `--now "2005-02-30"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir) // a build that wrongly went ahead would write public/ here
			code, stdout, stderr := runMicrosite(t, clock, tt.args...)
			if code != exitUsage {
				t.Errorf("run(%q) = %d, want %d", tt.args, code, exitUsage)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("run(%q) stderr = %q, want it to contain %q", tt.args, stderr, tt.wantStderr)
			}
			if stdout != "" {
				t.Errorf("run(%q) stdout = %q, want nothing", tt.args, stdout)
			}
			assertEmpty(t, dir)
		})
	}
}

func TestHelpExitsZero(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"build", "-h"}, "-src folder"},
		{[]string{"build", "--help"}, "-now date"},
		{[]string{"help"}, "microsite build [flags]"},
		{[]string{"-h"}, "microsite build [flags]"},
	} {
		dir := t.TempDir()
		t.Chdir(dir)
		code, stdout, stderr := runMicrosite(t, clock, tt.args...)
		if code != exitOK {
			t.Errorf("run(%q) = %d, want %d; stderr:\n%s", tt.args, code, exitOK, stderr)
		}
		if !strings.Contains(stdout+stderr, tt.want) {
			t.Errorf("run(%q) printed\n%s%s\nwant it to contain %q", tt.args, stdout, stderr, tt.want)
		}
		assertEmpty(t, dir)
	}
}

const settings = `-- content/site.toml --
title = "Test site"
base_url = "https://example.org/"
organisation = "Test Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
`

func TestContentProblemsExitOneWithFileAndLine(t *testing.T) {
	src := sitetest.Project(t, settings+`
-- content/about.md --
---
title: About
description: About.
colour: blue
---
-- content/news.md --
---
title: News
description: See [the missing page](missing.md).
---
See [the missing page](missing.md).
`)
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runMicrosite(t, clock, "build", "--src", src, "--out", out)
	if code != exitProblems {
		t.Errorf("run = %d, want %d; stderr:\n%s", code, exitProblems, stderr)
	}
	for _, want := range []string{`(?m)^content/about\.md:4: error: `, `(?m)^content/news\.md:5: error: link to missing\.md`, `(?m)^build failed: 2 problem\(s\) to fix`} {
		if !regexp.MustCompile(want).MatchString(stdout) {
			t.Errorf("stdout =\n%s\nwant a line matching %s", stdout, want)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed build made the output folder (Stat: %v)", err)
	}
}

func TestGoodBuildSaysWhatItBuilt(t *testing.T) {
	src := sitetest.Project(t, settings+`
-- content/index.md --
---
title: Home
description: Home.
---
Read [about us](about.md).
-- content/about.md --
---
title: About
description: About.
---
`)
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runMicrosite(t, clock, "build", "--src", src, "--out", out)
	if code != exitOK {
		t.Fatalf("run = %d, want %d; stdout:\n%s\nstderr:\n%s", code, exitOK, stdout, stderr)
	}
	m := regexp.MustCompile(`^built (\d+) pages from content/ \(and 0 made by the site\), (\d+) files, (\d+) bytes in \S+ to (.+); nothing on it changes with the date\n$`).FindStringSubmatch(stdout)
	if m == nil {
		t.Fatalf("stdout = %q, want one line: built N pages from content/ (and 0 made by the site), N files, N bytes in ... to %s; nothing on it changes with the date", stdout, out)
	}
	files, size := tree(t, out)
	if m[1] != "2" || m[2] != strconv.Itoa(files) || m[3] != strconv.FormatInt(size, 10) || m[4] != out {
		t.Errorf("stdout = %q, want 2 pages, %d files, %d bytes to %s", stdout, files, size, out)
	}
	if _, err := os.Stat(filepath.Join(out, "about", "index.html")); err != nil {
		t.Errorf("the build wrote no about page: %v", err)
	}
}

// The summary line names the next day a build would differ, so that whoever
// publishes by hand knows when to build again.
func TestBuildSaysWhenToRebuild(t *testing.T) {
	src := sitetest.Project(t, settings+`
-- content/consultation.md --
---
title: The consultation
description: Send us your views.
closes: 2005-06-08
---
-- content/event.md --
---
title: The event
description: Come along.
date: 2005-09-29
---
`)
	for _, tt := range []struct{ now, want string }{
		{"2005-06-08", "; next change 2005-06-09, rebuild then\n"},
		{"2005-06-09", "; next change 2005-09-30, rebuild then\n"},
		{"2005-09-30", "; nothing on it changes with the date\n"},
	} {
		out := filepath.Join(t.TempDir(), "public")
		code, stdout, stderr := runMicrosite(t, clock, "build", "--src", src, "--out", out, "--now", tt.now)
		if code != exitOK || !strings.HasSuffix(stdout, tt.want) {
			t.Errorf("build --now %s = %d, stdout %q, want %d and a line ending %q; stderr:\n%s", tt.now, code, stdout, exitOK, tt.want, stderr)
		}
	}
}

// In London, 23:30 UTC on 8 June 2005 is already 9 June (BST is UTC+1), the
// day after the consultation closes.
func TestDefaultNowIsTodayInLondon(t *testing.T) {
	for _, tt := range []struct {
		clock time.Time
		want  string
	}{
		{time.Date(2005, time.June, 8, 22, 30, 0, 0, time.UTC), "<p>open</p>"},
		{time.Date(2005, time.June, 8, 23, 30, 0, 0, time.UTC), "<p>closed</p>"},
	} {
		src := sitetest.Project(t, settings+`
-- content/consultation.md --
---
title: The consultation
description: Send us your views.
closes: 2005-06-08
---
-- layouts/page.html --
{{define "main"}}{{if .Open}}<p>open</p>{{else}}<p>closed</p>{{end}}{{end}}
`)
		out := filepath.Join(t.TempDir(), "public")
		if code, stdout, stderr := runMicrosite(t, tt.clock, "build", "--src", src, "--out", out, "--minify=false"); code != exitOK {
			t.Fatalf("run = %d, want %d; stdout:\n%s\nstderr:\n%s", code, exitOK, stdout, stderr)
		}
		page, err := os.ReadFile(filepath.Join(out, "consultation", "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(page), tt.want) {
			t.Errorf("built at %v, the consultation page does not say %s:\n%s", tt.clock, tt.want, page)
		}
	}
}

func TestToday(t *testing.T) {
	late := time.Date(2005, time.June, 8, 23, 30, 0, 0, time.UTC)
	winter := time.Date(2005, time.December, 8, 23, 30, 0, 0, time.UTC)
	for _, tt := range []struct {
		flag string
		now  time.Time
		want time.Time
	}{
		{"", late, time.Date(2005, time.June, 9, 0, 0, 0, 0, time.UTC)},
		{"", winter, time.Date(2005, time.December, 8, 0, 0, 0, 0, time.UTC)},
		{"2005-06-08", late.AddDate(1, 0, 0), time.Date(2005, time.June, 8, 0, 0, 0, 0, time.UTC)},
	} {
		got, err := today(tt.flag, tt.now)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("today(%q, %v) = %v, %v; want %v", tt.flag, tt.now, got, err, tt.want)
		}
	}
	for _, bad := range []string{"8 June 2005", "2005-6-8", "2005-02-29", "2005-06-08T12:00"} {
		if got, err := today(bad, late); err == nil {
			t.Errorf("today(%q) = %v, want an error", bad, got)
		}
	}
}

// tree counts the files under dir and their bytes.
func tree(t *testing.T, dir string) (files int, size int64) {
	t.Helper()
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		size += info.Size()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, size
}

func assertEmpty(t *testing.T, dir string) {
	t.Helper()
	if entries, err := os.ReadDir(dir); err != nil || len(entries) > 0 {
		t.Errorf("%s holds %v (err %v), want nothing written", dir, entries, err)
	}
}
