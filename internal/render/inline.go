package render

import "norfolk.gov.uk/microsite/internal/safety"

// The site's Content-Security-Policy (netlify.toml) allows script and
// style only from the site's own files, never written into a page, so a
// layout that writes them inline would be blocked by every browser, and
// one that could run script another way is a way in for anyone who can
// edit layouts. Such a layout is refused with its line, rather than
// published. The check reads the layout as HTML tokens (see package
// safety); parseSet runs it again on the minified text, which has its
// character references decoded.

// inlineProblem finds the first script or style a layout writes into the
// page itself, and returns its line and what to do instead.
func inlineProblem(text string) (line int, msg string, found bool) {
	p, found := safety.Layout(text)
	return p.Line, p.Message, found
}
