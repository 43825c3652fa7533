package build_test

import (
	"bytes"
	stdhtml "html"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// csp reads the Content-Security-Policy that netlify.toml sends with every
// page, as directive -> sources.
func csp(t *testing.T) map[string][]string {
	t.Helper()
	var conf struct {
		Headers []struct {
			For    string            `toml:"for"`
			Values map[string]string `toml:"values"`
		} `toml:"headers"`
	}
	if _, err := toml.DecodeFile(filepath.Join(projectRoot, "netlify.toml"), &conf); err != nil {
		t.Fatal(err)
	}
	policy := map[string][]string{}
	for _, h := range conf.Headers {
		if v, ok := h.Values["Content-Security-Policy"]; ok && h.For == "/*" {
			for d := range strings.SplitSeq(v, ";") {
				if f := strings.Fields(d); len(f) > 0 {
					policy[f[0]] = f[1:]
				}
			}
		}
	}
	if len(policy) == 0 {
		t.Fatal("netlify.toml sends no Content-Security-Policy for /*")
	}
	return policy
}

// TestPolicyNeedsNoInlineScriptOrStyle: the policy allows script and style
// only from the site itself; the pages it is sent with are checked below.
func TestPolicyNeedsNoInlineScriptOrStyle(t *testing.T) {
	policy := csp(t)
	for _, d := range []string{"script-src", "style-src", "img-src", "default-src", "object-src", "base-uri"} {
		if _, ok := policy[d]; !ok {
			t.Errorf("the policy has no %s", d)
		}
	}
	for d, sources := range policy {
		for _, s := range sources {
			if s == "'unsafe-inline'" || s == "'unsafe-eval'" || s == "*" || s == "data:" || strings.HasPrefix(s, "'nonce-") || strings.HasPrefix(s, "'sha") {
				t.Errorf("the policy's %s allows %s", d, s)
			}
		}
	}
	for _, d := range []string{"script-src", "style-src", "img-src"} {
		if !slices.Equal(policy[d], []string{"'self'"}) {
			t.Errorf("%s is %q; the page check below assumes 'self' alone", d, policy[d])
		}
	}
}

// TestPagesAgreeWithThePolicy checks every page of the real site, and of a
// site whose every field tries to inject script, against the policy.
func TestPagesAgreeWithThePolicy(t *testing.T) {
	csp(t)
	out := filepath.Join(t.TempDir(), "public")
	toDisk(t, projectRoot, out, build.Options{Now: sitetest.Now, Minify: true})
	for name, data := range snapshot(t, out) {
		if strings.HasSuffix(name, ".html") {
			checkPolicy(t, name, []byte(data), "https://www.norfolk.gov.uk")
		}
	}
	for _, minify := range []bool{false, true} {
		s := sitetest.Build(t, injectionSite, build.Options{Minify: minify})
		s.AssertOK()
		for name, data := range s.Files {
			if strings.HasSuffix(name, ".html") {
				checkPolicy(t, name, []byte(data), "https://example.org")
			}
		}
	}
}

// checkPolicy reports anything in page that a policy of 'self' script,
// style and images would block: inline script and style, event handler
// attributes, javascript: addresses, and script, stylesheets and images
// from another origin.
func checkPolicy(t *testing.T, name string, page []byte, origin string) {
	t.Helper()
	l := html.NewLexer(parse.NewInputBytes(page))
	var tag string
	attrs := map[string]string{}
	for {
		tt, data := l.Next()
		switch tt {
		case html.ErrorToken:
			return
		case html.StartTagToken:
			tag = strings.ToLower(string(l.Text()))
			clear(attrs)
			if tag == "style" {
				t.Errorf("%s has a <style> element", name)
			}
		case html.AttributeToken:
			key := strings.ToLower(string(l.AttrKey()))
			val := strings.TrimSpace(stdhtml.UnescapeString(string(bytes.Trim(l.AttrVal(), `"'`))))
			attrs[key] = val
			switch {
			case strings.HasPrefix(key, "on"):
				t.Errorf("%s: <%s> has an %s= attribute", name, tag, key)
			case key == "style":
				t.Errorf("%s: <%s> has a style= attribute", name, tag)
			case (key == "href" || key == "src" || key == "action") && strings.HasPrefix(strings.ToLower(val), "javascript:"):
				t.Errorf("%s: <%s %s=%q>", name, tag, key, val)
			}
		case html.StartTagCloseToken, html.StartTagVoidToken:
			loads := attrs["src"]
			if tag == "link" && strings.Contains(attrs["rel"], "stylesheet") {
				loads = attrs["href"]
			}
			if (tag == "script" || tag == "img" || tag == "link") && loads != "" && !sameOrigin(loads, origin) {
				t.Errorf("%s: <%s> loads %q, which is not from the site itself", name, tag, loads)
			}
		case html.TextToken:
			if tag == "script" && attrs["src"] == "" && len(bytes.TrimSpace(data)) > 0 {
				t.Errorf("%s has an inline <script>: %.60s", name, data)
			}
		case html.EndTagToken:
			tag = ""
		}
	}
}

func sameOrigin(u, origin string) bool {
	return strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//") && !strings.HasPrefix(u, `/\`) ||
		strings.HasPrefix(u, origin+"/")
}

// injectionSite tries to put script into its pages through every field an
// editor fills in.
const injectionSite = `-- content/site.toml --
title = "</title><script>alert('title')</script>"
base_url = "https://example.org/sub/"
organisation = "\"><img src=x onerror=alert('org')>"
phone = "01603 222494"
language = "en-GB"
time_zone = "Europe/London"
-- content/index.md --
---
title: "\"><script>alert('home')</script>"
description: "\" onmouseover=\"alert('description')\" x=\""
---
See [the vision](vision.md "\" onclick=\"alert('link title')") and ` + "`<script>alert('code')</script>`" + `.

![A map " onerror="alert('alt')](/assets/map.png)
-- content/vision.md --
---
title: "Vision <img src=x onerror=alert('vision')>"
description: "javascript:alert('description')"
aliases: ["/old-vision/"]
---
## The ` + "`<img src=x onerror=alert(1)>`" + ` heading

Text with &lt;script&gt; and &#60;script&#62;alert(3)&#60;/script&#62;.
-- content/updates/news.md --
---
title: "News ]]></title><script>alert('feed')</script>"
description: "News."
date: 2005-05-01
---
News.
-- assets/map.png --
PNG
`
