package content

import (
	"bytes"
	"strings"
	"testing"
)

func FuzzParsePage(f *testing.F) {
	f.Add("content/workshops/northern.md", goodYAML)
	f.Add("content/workshops/northern.md", goodTOML)
	f.Add("content/consultation.md", "---\ntitle: a\ndescription: b\ncloses: 2005-06-30\n---\n")
	for _, tt := range pageProblemTests {
		f.Add(tt.path, tt.src)
	}
	f.Fuzz(func(t *testing.T, path, src string) {
		p, l := ParsePage(path, []byte(src))
		lines := lineCount([]byte(src))
		for _, d := range l {
			if d.Line < 1 || d.Line > lines+1 {
				t.Errorf("ParsePage(%q) problem %q is on line %d, want a line from 1 to %d", src, d, d.Line, lines+1)
			}
		}
		if l.HasErrors() {
			return
		}
		if strings.TrimSpace(p.Front.Title) == "" || strings.TrimSpace(p.Front.Description) == "" {
			t.Errorf("ParsePage(%q) has no errors but title %q, description %q", src, p.Front.Title, p.Front.Description)
		}
		if !bytes.HasSuffix([]byte(src), p.Body) {
			t.Fatalf("ParsePage(%q).Body = %q, want a suffix of the file", src, p.Body)
		}
		// The body is everything after the closing marker's line.
		head := src[:len(src)-len(p.Body)]
		if n := strings.Count(head, "\n"); len(p.Body) > 0 && (n != p.BodyLine-1 || !strings.HasSuffix(head, "\n")) {
			t.Errorf("ParsePage(%q).Body = %q starts after %d lines, want it to start on line %d", src, p.Body, n, p.BodyLine)
		}
	})
}

func FuzzParseSettings(f *testing.F) {
	f.Add(goodSettings)
	for _, tt := range settingsProblemTests {
		f.Add(tt.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		s, l := ParseSettings("content/site.toml", []byte(src))
		lines := lineCount([]byte(src))
		for _, d := range l {
			if d.Line < 1 || d.Line > lines+1 {
				t.Errorf("ParseSettings(%q) problem %q is on line %d, want a line from 1 to %d", src, d, d.Line, lines+1)
			}
		}
		if !l.HasErrors() && !strings.HasSuffix(s.BaseURL, "/") {
			t.Errorf("ParseSettings(%q).BaseURL = %q, want it to end in /", src, s.BaseURL)
		}
	})
}
