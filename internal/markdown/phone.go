package markdown

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// A UK phone number as people write it: "01603 222494", "020 7946 0000",
// "07700 900123", or with Relay UK's text relay prefix before it, "18001
// 01603 222494". Editors type the number; readers on a phone can tap it.
var phoneNumber = regexp.MustCompile(`\b(?:18001 )?0(?:\d{4} \d{6}|\d{3} \d{3} \d{4}|\d{2} \d{4} \d{4}|\d{10})\b`)

// phones makes every phone number in n's text a tel: link. Numbers already
// inside a link, or in code, are left as they are.
func (p *page) phones(n *ast.Text) {
	seg := n.Segment
	matches := phoneNumber.FindAllIndex(seg.Value(p.src), -1)
	if len(matches) == 0 {
		return
	}
	parent := n.Parent()
	at := seg.Start
	for _, m := range matches {
		start, stop := seg.Start+m[0], seg.Start+m[1]
		if start > at {
			parent.InsertBefore(parent, n, ast.NewTextSegment(text.NewSegment(at, start)))
		}
		number := string(p.src[start:stop])
		a := &anchorNode{href: telHref(number)}
		// No-break spaces, so the number never wraps between its parts.
		a.AppendChild(a, ast.NewString([]byte(noBreak(number))))
		parent.InsertBefore(parent, n, a)
		p.links = append(p.links, Link{Line: p.lines.line(start), Href: a.href, Text: number})
		at = stop
	}
	// What is left after the last number keeps the line break that ended
	// the original text.
	n.Segment = text.NewSegment(at, seg.Stop)
	if at == seg.Stop && !n.SoftLineBreak() && !n.HardLineBreak() {
		parent.RemoveChild(parent, n)
	}
}

// hasDigitRun reports whether text has a "0" followed by another digit, as
// every number the pattern matches does: most text has none, and this is
// far cheaper than the pattern.
func hasDigitRun(text []byte) bool {
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '0' && text[i+1] >= '0' && text[i+1] <= '9' {
			return true
		}
	}
	return false
}

// noBreak joins a phone number's parts with no-break spaces (as
// content.Settings.PhoneText does for layouts), so that a
// line never ends inside it: "01603 222494" -> "01603\u00a0222494".
func noBreak(number string) string { return strings.ReplaceAll(number, " ", "\u00a0") }

// telHref writes a UK number in international form, which every phone can
// dial: "01603 222494" -> "tel:+441603222494". A text relay number is
// dialled as written, the prefix then the whole national number:
// "18001 01603 222494" -> "tel:1800101603222494".
func telHref(number string) string {
	digits := strings.ReplaceAll(number, " ", "")
	if strings.HasPrefix(digits, "18001") {
		return "tel:" + digits
	}
	return "tel:+44" + digits[1:]
}

// inLinkOrCode reports whether n is inside a link, an image or code, where
// its text must not become a link of its own.
func inLinkOrCode(n ast.Node) bool {
	for a := n.Parent(); a != nil; a = a.Parent() {
		switch a.Kind() {
		case ast.KindLink, ast.KindAutoLink, ast.KindImage, ast.KindCodeSpan, kindAnchor:
			return true
		}
	}
	return false
}
