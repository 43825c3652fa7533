package site

// MenuTitle is the page's short label in the menu and breadcrumbs: its
// menu_title, or its title when it has none.
func (p *Page) MenuTitle() string {
	if p.Front.MenuTitle != "" {
		return p.Front.MenuTitle
	}
	return p.Front.Title
}

// Current is the value of aria-current for a link to item shown on page p:
// "page" for a link to p itself, "true" for the menu item of the section
// p is in, and "" otherwise. The home page is above every page, so it is
// current only on itself.
func (p *Page) Current(item *Page) string {
	if item == p {
		return "page"
	}
	if item.IsHome() {
		return ""
	}
	for q := p.Parent; q != nil; q = q.Parent {
		if q == item {
			return "true"
		}
	}
	return ""
}
