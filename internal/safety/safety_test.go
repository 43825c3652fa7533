package safety

import (
	"strings"
	"testing"
)

func TestLayoutsThatAreFine(t *testing.T) {
	for _, text := range []string{
		`{{define "main"}}<a href="{{.URL}}">{{.Title}}</a>{{end}}`,
		`<script src="{{asset "print.js"}}" defer></script>`,
		`<img src="data:image/png;base64,AA==" alt="">`,
		`<svg viewBox="0 0 1 1"><use href="#icon"/></svg><p>after</p>`,
		`<a href="/java script/">a folder</a>`,
	} {
		if p, found := Layout(text); found {
			t.Errorf("Layout(%q) = %+v, want no problem", text, p)
		}
	}
}

func TestProblemsNameTheirLine(t *testing.T) {
	p, found := Layout("<p>\n</p>\n<svg>\n<a href=\"javascript:x()\"/></svg>")
	if !found || p.Line != 4 {
		t.Errorf("Layout = %+v, %v; want a problem on line 4", p, found)
	}
}

func FuzzLayout(f *testing.F) {
	for _, seed := range []string{
		"<scr{{/* */}}ipt>", "<a href=\"&#106;avascript:x\">", "<svg><script>x</script></svg>", "<math><a href=\"javascript:x\"/></math>",
		"<p onclick=x>", "<iframe srcdoc=x>", "{{if .X}}<script>{{end}}", "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg/>",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Count(text, "\n") + 1
		for _, check := range []func(string) (Problem, bool){Layout, SVG} {
			if p, found := check(text); found && (p.Line < 1 || p.Line > lines || p.Message == "") {
				t.Errorf("problem %+v outside the text's %d lines", p, lines)
			}
		}
	})
}
