package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// project writes a small project folder and returns its path.
func project(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const checkSettings = `title = "T"
base_url = "https://example.org/"
organisation = "Norfolk County Council"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
`

func problemProject(t *testing.T) string {
	return project(t, map[string]string{
		"content/site.toml":       checkSettings,
		"content/index.md":        "---\ntitle: Home\ndescription: The home page.\n---\n# Welcome\n\nRead [click here](vision.md).\n",
		"content/vision.md":       "---\ntitle: Vision\ndescription: Our vision.\n---\nWe will utilise it.\n",
		"content/avoid-words.txt": "utilise = use\n",
	})
}

func TestCheckTheRealSite(t *testing.T) {
	code, stdout, stderr := runMicrosite(t, clock, "check", "--src", "../..", "--now", "2005-05-20")
	if code != exitOK || stdout != "no problems in 17 pages\n" {
		t.Errorf("check of the real site = %d, stdout:\n%s\nstderr:\n%s\nwant 0 and no problems", code, stdout, stderr)
	}
}

func TestCheckWarnsAboutPastDatesAndExitsZero(t *testing.T) {
	code, stdout, _ := runMicrosite(t, clock, "check", "--src", "../..", "--now", "2005-06-09")
	want := "content/consultation.md:7: warning: feedback closed on Wednesday 8 June 2005: if that is right, make sure the page says so\n" +
		"0 errors, 1 warning in 17 pages\n"
	if code != exitOK || stdout != want {
		t.Errorf("check --now 2005-06-09 = %d, stdout:\n%s\nwant 0 and:\n%s", code, stdout, want)
	}
}

func TestCheckListsProblemsAsFileLineAndExitsOneOnErrors(t *testing.T) {
	dir := problemProject(t)
	t.Chdir(dir)
	code, stdout, _ := runMicrosite(t, clock, "check")
	want := `content/index.md:5: error: heading "Welcome" starts with a single #: the page title is already the page's only h1: start headings at ##
content/index.md:7: warning: link text "click here" does not say where the link goes: use words that name the page, like [read our vision](vision.md), because screen reader users often hear the links on their own
content/vision.md:5: warning: "utilise" is on the list of words to avoid (content/avoid-words.txt): write "use" instead
1 error, 2 warnings in 2 pages
`
	if code != exitProblems || stdout != want {
		t.Errorf("check = %d, stdout:\n%s\nwant %d and:\n%s", code, stdout, exitProblems, want)
	}
	assertOnly(t, dir, "content")
}

func TestCheckJSON(t *testing.T) {
	code, stdout, _ := runMicrosite(t, clock, "check", "--src", problemProject(t), "--format", "json")
	var got jsonReport
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("check --format json printed %q: %v", stdout, err)
	}
	if code != exitProblems || len(got.Problems) != 3 || got.Summary != (jsonSummary{Errors: 1, Warnings: 2, Pages: 2, Text: "1 error, 2 warnings in 2 pages"}) {
		t.Errorf("check --format json = %d, %+v", code, got)
	}
	first := jsonProblem{File: "content/index.md", Line: 5, Severity: "error",
		Message: `heading "Welcome" starts with a single #: the page title is already the page's only h1: start headings at ##`}
	if len(got.Problems) > 0 && got.Problems[0] != first {
		t.Errorf("first problem = %+v, want %+v", got.Problems[0], first)
	}
	code, stdout, _ = runMicrosite(t, clock, "check", "--src", "../..", "--now", "2005-05-20", "--format", "json")
	if code != exitOK || !strings.Contains(stdout, `"problems": []`) {
		t.Errorf("check --format json of a clean site = %d, %s; want an empty problems array", code, stdout)
	}
}

func TestCheckUsageMistakesExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"check", "--format", "xml"},
		{"check", "--out", "public"},
		{"check", "--now", "8/6/2005"},
		{"check", "content"},
	} {
		code, stdout, stderr := runMicrosite(t, clock, args...)
		if code != exitUsage || stdout != "" || stderr == "" {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want %d, a message on stderr only", args, code, stdout, stderr, exitUsage)
		}
	}
	if code, _, stderr := runMicrosite(t, clock, "check", "-h"); code != exitOK || !strings.Contains(stderr, "-format text") || strings.Contains(stderr, "-out") {
		t.Errorf("check -h = %d, %s; want 0 and check's own flags", code, stderr)
	}
}

// assertOnly checks that dir holds nothing but the named entries: check
// writes nothing.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.Contains(strings.Join(names, " "), e.Name()) {
			t.Errorf("check wrote %s", e.Name())
		}
	}
}
