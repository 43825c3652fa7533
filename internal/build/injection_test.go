package build_test

import (
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// TestFieldsCannotInjectScript: titles, descriptions, headings, link
// titles and alt text that try to close their attribute or element come out
// as text, everywhere they are shown.
func TestFieldsCannotInjectScript(t *testing.T) {
	s := sitetest.Build(t, injectionSite, build.Options{})
	s.AssertOK()
	for name, data := range s.Files {
		for _, bad := range []string{"<script>alert", "<img src=x", `" onmouseover="`, `" onclick="`, `" onerror="`, "]]></title><script>"} {
			if strings.Contains(data, bad) {
				t.Errorf("%s holds %q unescaped", name, bad)
			}
		}
	}
	s.AssertFile("index.html",
		`<title>&lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</title>`,
		`<h1>&#34;&gt;&lt;script&gt;alert(&#39;home&#39;)&lt;/script&gt;</h1>`,
		`<meta name="description" content="&#34; onmouseover=&#34;alert(&#39;description&#39;)&#34; x=&#34;">`,
		`<code>&lt;script&gt;alert('code')&lt;/script&gt;</code>`)
	s.AssertFile("vision/index.html", "<code>&lt;img src=x onerror=alert(1)&gt;</code>")
}

// TestLayoutsMayNotWriteScriptIntoPages: the site's security policy blocks
// script and style written into a page, so a layout that does is refused
// at its line.
func TestLayoutsMayNotWriteScriptIntoPages(t *testing.T) {
	for _, tt := range []struct{ layout, want string }{
		{"{{define \"main\"}}\n<script>alert(1)</script>{{end}}", "layouts/page.html:2: error: layout problem: a <script> with its code written in the page: the site's security policy blocks it: put the code in a file in assets/ and add it with <script src>"},
		{"{{define \"main\"}}\n\n<p onclick=\"x()\">{{.Content}}</p>{{end}}", "layouts/page.html:3: error: layout problem: an onclick= attribute: the site's security policy blocks script written into a page: put it in a file in assets/ and add it with <script src>"},
		{"{{define \"main\"}}<style>p{}</style>{{end}}", "layouts/page.html:1: error: layout problem: a <style> element: the site's security policy blocks styles written into a page: put them in assets/site.css"},
		{"{{define \"main\"}}\n<p style=\"color:red\">{{.Content}}</p>{{end}}", "layouts/page.html:2: error: layout problem: a style= attribute: the site's security policy blocks styles written into a page: give the element a class and style it in assets/site.css"},
		{"{{define \"main\"}}<a href=\"javascript:go()\">x</a>{{end}}", "layouts/page.html:1: error: layout problem: a href=\"javascript:...\" address: the site's security policy blocks it: put the script in a file in assets/"},
		// What a pattern over the text let through.
		{"{{define \"main\"}}\n<scr{{/* */}}ipt>alert(1)</script>{{end}}", "layouts/page.html:2: error: layout problem: a tag or attribute whose name is made by a template action: write the name out in full"},
		{"{{define \"main\"}}<p {{/* */}}onclick=\"x()\">x</p>{{end}}", "layouts/page.html:1: error: layout problem: a tag or attribute whose name is made by a template action: write the name out in full"},
		{"{{define \"main\"}}<p on{{\"\"}}click=\"x()\">x</p>{{end}}", "layouts/page.html:1: error: layout problem: a tag or attribute whose name is made by a template action: write the name out in full"},
		{"{{define \"main\"}}<a href=\"&#106;ava&#x73;cript&colon;go()\">x</a>{{end}}", "layouts/page.html:1: error: layout problem: a href=\"javascript:...\" address: the site's security policy blocks it: put the script in a file in assets/"},
		{"{{define \"main\"}}<a href=\" java\tscript:go()\">x</a>{{end}}", "layouts/page.html:1: error: layout problem: a href=\"javascript:...\" address: the site's security policy blocks it: put the script in a file in assets/"},
		{"{{define \"main\"}}<a href=\"java{{/* */}}script:go()\">x</a>{{end}}", "layouts/page.html:1: error: layout problem: a href=\"javascript:...\" address: the site's security policy blocks it: put the script in a file in assets/"},
		{"{{define \"main\"}}<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>{{end}}", "layouts/page.html:1: error: layout problem: a <iframe> element, which can load and run a page of its own: link to the page instead"},
		{"{{define \"main\"}}<div srcdoc=\"x\"></div>{{end}}", "layouts/page.html:1: error: layout problem: a srcdoc= attribute, which holds a page of its own: link to the page instead"},
		{"{{define \"main\"}}<script src=\"data:text/javascript,alert(1)\"></script>{{end}}", "layouts/page.html:1: error: layout problem: a src=\"data:...\" address, which can hold script: put the file in assets/ and link to it"},
		{"{{define \"main\"}}<svg><a xlink:href=\"JavaScript:go()\">x</a></svg>{{end}}", "layouts/page.html:1: error: layout problem: a xlink:href=\"javascript:...\" address: the site's security policy blocks it: put the script in a file in assets/"},
		{"{{define \"main\"}}<meta http-equiv=\"refresh\" content=\"0;url=https://example.org/\">{{end}}", "layouts/page.html:1: error: layout problem: a <meta http-equiv=\"refresh\">, which sends the reader elsewhere: link to the page instead"},
		{"{{define \"main\"}}<base href=\"https://example.org/\">{{end}}", "layouts/page.html:1: error: layout problem: a <base> element, which can load and run a page of its own: link to the page instead"},
	} {
		s := sitetest.Build(t, settings+`
-- content/about.md --
---
title: About
description: About.
---
-- layouts/page.html --
`+tt.layout+"\n", build.Options{})
		s.AssertDiags(tt.want)
	}
}
