package content

import (
	"strings"
	"unicode/utf8"
)

// maxMenuTitle keeps the menu short enough that, on a phone 320 pixels
// wide, the whole header fits in the top third of the screen.
const maxMenuTitle = 20

// menuTitle checks the short label a page has in the menu and breadcrumbs.
// Left out, the page's title is used; given, it must say something, and
// briefly.
func (c *checker) menuTitle(v rawValue) string {
	if !v.set {
		return ""
	}
	s := c.text("menu_title", v)
	switch n := utf8.RuneCountInString(strings.TrimSpace(s)); {
	case v.isText && n == 0:
		c.errorf("menu_title", "menu_title is blank: give a short label, like %s, or delete the line to use the title", c.example("menu_title"))
	case n > maxMenuTitle:
		c.errorf("menu_title", "menu_title is %d characters long: keep it to %d or fewer, like %s, so the menu fits on a phone", n, maxMenuTitle, c.example("menu_title"))
	}
	return strings.TrimSpace(s)
}
