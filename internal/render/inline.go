package render

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// The site's Content-Security-Policy (netlify.toml) allows script and
// style only from the site's own files, never written into a page, so a
// layout that writes them inline would be blocked by every browser. Such a
// layout is refused with its line, rather than published broken.

// inlineProblem finds the first script or style a layout writes into the
// page itself, and returns its line and what to do instead.
func inlineProblem(text string) (line int, msg string, found bool) {
	l := html.NewTemplateLexer(parse.NewInputString(text), [2]string{"{{", "}}"})
	offset := 0
	inScript, scriptHasSrc := false, false
	for {
		tt, data := l.Next()
		switch tt {
		case html.ErrorToken:
			return 0, "", false
		case html.StartTagToken:
			switch name := strings.ToLower(string(l.Text())); name {
			case "style":
				msg = "a <style> element: the site's security policy blocks styles written into a page: put them in assets/site.css"
			case "script":
				inScript, scriptHasSrc = true, false
			}
		case html.AttributeToken:
			key := strings.ToLower(string(l.AttrKey()))
			val := strings.ToLower(string(bytes.Trim(l.AttrVal(), `"'`)))
			switch {
			case strings.HasPrefix(key, "on"):
				msg = fmt.Sprintf("an %s= attribute: the site's security policy blocks script written into a page: put it in a file in assets/ and add it with <script src>", key)
			case key == "style":
				msg = "a style= attribute: the site's security policy blocks styles written into a page: give the element a class and style it in assets/site.css"
			case key == "src" && inScript:
				scriptHasSrc = true
			case (key == "href" || key == "src" || key == "action" || key == "formaction") && strings.HasPrefix(strings.TrimSpace(val), "javascript:"):
				msg = fmt.Sprintf("a %s=\"javascript:...\" address: the site's security policy blocks it: put the script in a file in assets/", key)
			}
		case html.TextToken:
			if inScript && !scriptHasSrc && len(bytes.TrimSpace(data)) > 0 {
				msg = "a <script> with its code written in the page: the site's security policy blocks it: put the code in a file in assets/ and add it with <script src>"
			}
		case html.EndTagToken:
			if strings.EqualFold(string(l.Text()), "script") {
				inScript = false
			}
		}
		if msg != "" {
			return 1 + strings.Count(text[:min(offset, len(text))], "\n"), msg, true
		}
		offset += len(data)
	}
}
