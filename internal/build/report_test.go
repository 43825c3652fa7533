package build_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

const reportSite = settings + `
-- content/index.md --
---
title: Home
description: Home.
---
Welcome.
-- content/about.md --
---
title: About
description: About.
---
Please [click here](index.md) to go home.
`

// A deploy preview's build lists every problem, warnings too, on the
// editors' report, linked to the page it is about, and every page carries
// a banner with the count that links to it.
func TestTheEditorsReportListsEveryProblem(t *testing.T) {
	s := sitetest.Build(t, reportSite, build.Options{Report: true})
	if s.Result == nil {
		t.Fatalf("build: %v", s.Diags)
	}
	s.AssertFile("editors-report/index.html",
		`<strong>Warning</strong> in <code>content/about.md</code>, line 5: link text &#34;click here&#34; does not say where the link goes`,
		`<a href="/sub/about/">Open About</a>`)
	s.AssertFile("index.html", `<aside class="editors-banner" aria-label="Editors' report">`,
		`<a href="/sub/editors-report/">Editors' report</a>: 1 problem to look at.`)
	s.AssertFileLacks("sitemap.xml", "editors-report")
	s.AssertFile("editors-report/index.html", `<meta name="robots" content="noindex">`)
}

// A build that is not a preview's has neither.
func TestProductionHasNoEditorsReport(t *testing.T) {
	s := sitetest.Build(t, reportSite, build.Options{})
	s.AssertNoFile("editors-report/index.html")
	for path, text := range s.Files {
		if strings.Contains(text, "editors-banner") || strings.Contains(text, "editors-report") {
			t.Errorf("%s mentions the editors' report", path)
		}
	}
}

// netlify.toml asks for the report in deploy previews and branch deploys,
// and never in the production build.
func TestNetlifyAsksForTheReportOnlyInPreviews(t *testing.T) {
	data, err := os.ReadFile(projectRoot + "/netlify.toml")
	if err != nil {
		t.Fatal(err)
	}
	commands := regexp.MustCompile(`(?m)^\[(build|context\.[a-z-]+)\]\n\s*command = "(.*)"$`).FindAllStringSubmatch(string(data), -1)
	seen := map[string]bool{}
	for _, m := range commands {
		seen[m[1]] = true
		report := strings.Contains(m[2], "--report")
		if want := m[1] != "build" && m[1] != "context.production"; report != want {
			t.Errorf("[%s] command %q: --report is %v, want %v", m[1], m[2], report, want)
		}
	}
	for _, c := range []string{"build", "context.deploy-preview", "context.branch-deploy"} {
		if !seen[c] {
			t.Errorf("netlify.toml has no [%s] command", c)
		}
	}
}
