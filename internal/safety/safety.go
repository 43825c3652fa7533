// Package safety finds script, and styles, written into HTML or SVG: what
// the site's Content-Security-Policy (netlify.toml) would block in a page,
// or what an SVG image could run when opened on its own. It reads the
// markup as tokens (tdewolff/parse's lexer, which reads html/template's
// {{actions}} as such), with attribute values entity-decoded as a browser
// decodes them, never as patterns over the text.
package safety

import (
	"fmt"
	"html"
	"strings"

	"github.com/tdewolff/parse/v2"
	thtml "github.com/tdewolff/parse/v2/html"
	"github.com/tdewolff/parse/v2/xml"

	"norfolk.gov.uk/microsite/internal/diag"
)

// Problem is the first piece of script or style found, with its 1-based
// line and what to do instead.
type Problem struct {
	Line    int
	Message string
}

// Layout checks an html/template layout. A tag or attribute name built by
// a template action is refused too: what the name becomes is only known
// when the page is made (<scr{{/* */}}ipt> is a script).
func Layout(text string) (Problem, bool) {
	return scan(text, true, layoutWords)
}

// SVG checks an SVG image: no script, no event handlers, no javascript:
// or data: addresses, which run when the image is opened on its own.
func SVG(text string) (Problem, bool) {
	return scan(text, false, svgWords)
}

// words are the messages of one kind of check.
type words struct {
	inlineScript, on, scheme, style, styleAttr string
	anyScript                                  bool // a <script> is refused even with src
}

var (
	layoutWords = words{
		inlineScript: "a <script> with its code written in the page: the site's security policy blocks it: put the code in a file in assets/ and add it with <script src>",
		on:           "an %s= attribute: the site's security policy blocks script written into a page: put it in a file in assets/ and add it with <script src>",
		scheme:       "a %s=\"%s:...\" address: the site's security policy blocks it: put the script in a file in assets/",
		style:        "a <style> element: the site's security policy blocks styles written into a page: put them in assets/site.css",
		styleAttr:    "a style= attribute: the site's security policy blocks styles written into a page: give the element a class and style it in assets/site.css",
	}
	svgWords = words{
		inlineScript: "a <script> element: an SVG image must not run script: remove it",
		on:           "an %s= attribute: an SVG image must not run script: remove it",
		scheme:       "a %s=\"%s:...\" address: an SVG image must not run script: remove it",
		anyScript:    true,
	}
)

func scan(text string, template bool, w words) (Problem, bool) {
	s := scanner{w: w, template: template, lines: diag.NewLines(text, 1)}
	var msg string
	var at int
	if template {
		msg, at = s.html(text)
	} else {
		msg, at = s.xml(text, 0)
	}
	if msg == "" {
		return Problem{}, false
	}
	return Problem{Line: s.lines.Line(at), Message: msg}, true
}

// scanner follows the element being read.
type scanner struct {
	w            words
	template     bool
	lines        diag.Lines
	tag          string
	inScript     bool
	scriptHasSrc bool
}

// html reads a layout, and the SVG and MathML inside it as XML, and
// returns the first problem and its offset.
func (s *scanner) html(text string) (string, int) {
	l := thtml.NewTemplateLexer(parse.NewInputString(text), [2]string{"{{", "}}"})
	for offset := 0; ; {
		tt, data := l.Next()
		var msg string
		switch tt {
		case thtml.ErrorToken:
			return "", 0
		case thtml.SVGToken, thtml.MathToken, thtml.XMLToken:
			if msg, at := s.xml(string(data), offset); msg != "" {
				return msg, at
			}
		case thtml.StartTagToken:
			msg = s.startTag(string(l.Text()))
		case thtml.AttributeToken:
			msg = s.attribute(string(l.AttrKey()), string(l.AttrVal()))
		case thtml.StartTagVoidToken:
			s.endTag(s.tag)
		case thtml.TextToken:
			msg = s.text(data)
		case thtml.EndTagToken:
			s.endTag(string(l.Text()))
		}
		if msg != "" {
			return msg, offset
		}
		offset += len(data)
	}
}

// xml reads SVG, MathML or other XML, which starts at offset base of the
// whole text.
func (s *scanner) xml(text string, base int) (string, int) {
	l := xml.NewLexer(parse.NewInputString(text))
	for offset := base; ; {
		tt, data := l.Next()
		var msg string
		switch tt {
		case xml.ErrorToken:
			return "", 0
		case xml.DOCTYPEToken:
			if strings.Contains(strings.ToUpper(string(data)), "<!ENTITY") {
				// A browser that opens the image expands them, into any
				// attribute: the check could not see what they hold.
				msg = "a DOCTYPE that declares entities (<!ENTITY>): remove the DOCTYPE, which an SVG image does not need"
			}
		case xml.StartTagToken:
			msg = s.startTag(string(l.Text()))
		case xml.AttributeToken:
			msg = s.attribute(string(l.Text()), string(l.AttrVal()))
		case xml.StartTagCloseVoidToken:
			s.endTag(s.tag)
		case xml.TextToken, xml.CDATAToken:
			msg = s.text(data)
		case xml.EndTagToken:
			s.endTag(string(l.Text()))
		}
		if msg != "" {
			return msg, offset
		}
		offset += len(data)
	}
}

func (s *scanner) startTag(name string) string {
	s.tag = strings.ToLower(name)
	if s.template && strings.Contains(s.tag, "{{") {
		return "a tag or attribute whose name is made by a template action: write the name out in full"
	}
	switch s.tag {
	case "style":
		return s.w.style // an SVG image may style itself
	case "script":
		if s.w.anyScript {
			return s.w.inlineScript
		}
		s.inScript, s.scriptHasSrc = true, false
	case "base", "iframe", "frame", "object", "embed", "foreignobject":
		return fmt.Sprintf("a <%s> element, which can load and run a page of its own: link to the page instead", s.tag)
	}
	return ""
}

func (s *scanner) text(data []byte) string {
	if s.inScript && !s.scriptHasSrc && strings.TrimSpace(string(data)) != "" {
		return s.w.inlineScript
	}
	return ""
}

func (s *scanner) endTag(name string) {
	if strings.EqualFold(name, "script") {
		s.inScript = false
	}
}

// attribute checks one attribute of the element s.tag.
func (s *scanner) attribute(rawKey, rawVal string) string {
	key := strings.ToLower(rawKey)
	if s.template && strings.Contains(key, "{{") {
		return "a tag or attribute whose name is made by a template action: write the name out in full"
	}
	val := s.value(rawVal)
	scheme := schemeOf(val)
	switch {
	case strings.HasPrefix(key, "on"):
		return fmt.Sprintf(s.w.on, key)
	case key == "style":
		return s.w.styleAttr
	case key == "srcdoc":
		return "a srcdoc= attribute, which holds a page of its own: link to the page instead"
	case s.tag == "meta" && key == "http-equiv" && strings.EqualFold(strings.TrimSpace(val), "refresh"):
		return "a <meta http-equiv=\"refresh\">, which sends the reader elsewhere: link to the page instead"
	case scheme == "javascript" || scheme == "vbscript":
		return fmt.Sprintf(s.w.scheme, key, scheme)
	case scheme == "data" && isAddress(key) && !isDataImage(s.tag, val):
		return fmt.Sprintf("a %s=\"data:...\" address, which can hold script: put the file in assets/ and link to it", key)
	case s.tag == "script" && key == "src":
		s.scriptHasSrc = true
	}
	return ""
}

// value is an attribute's value as the browser reads it: quotes off,
// character references decoded, and in a layout the template actions
// taken out, as what they write is escaped by html/template for where it
// lands; the text around them is what could be a scheme.
func (s *scanner) value(raw string) string {
	v := raw
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	}
	if s.template {
		v = withoutActions(v)
	}
	return html.UnescapeString(v)
}

func withoutActions(v string) string {
	var b strings.Builder
	for {
		i := strings.Index(v, "{{")
		if i < 0 {
			b.WriteString(v)
			return b.String()
		}
		b.WriteString(v[:i])
		j := strings.Index(v[i:], "}}")
		if j < 0 {
			return b.String()
		}
		v = v[i+j+2:]
	}
}

// schemeOf is the scheme of an address as a browser finds it: leading
// spaces and control characters skipped, tabs and line breaks inside
// dropped, letters in any case.
func schemeOf(v string) string {
	v = strings.TrimLeft(v, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\v\f\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	v = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, v)
	i := strings.IndexByte(v, ':')
	if i <= 0 {
		return ""
	}
	return strings.ToLower(v[:i])
}

// isAddress reports an attribute that holds an address a browser loads or
// follows.
func isAddress(key string) bool {
	switch key {
	case "href", "xlink:href", "src", "action", "formaction", "data", "poster", "background", "codebase", "cite", "ping":
		return true
	}
	return false
}

// isDataImage allows an <img>, or an SVG <image>, to carry a raster
// image as data:, which cannot run script.
func isDataImage(tag, val string) bool {
	if tag != "img" && tag != "image" {
		return false
	}
	v := strings.ToLower(strings.TrimSpace(val))
	for _, t := range []string{"data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"} {
		if strings.HasPrefix(v, t) {
			return true
		}
	}
	return false
}
