// Package markdown turns an editor's Markdown into the HTML of a page body,
// with one goldmark instance shared by every page and the site's own rules:
// no raw HTML, accessible tables, checked and rewritten links, and images
// that must live in assets/ and carry alt text.
//
// Every problem is reported as a diag at its line in the editor's file, so
// an editor sees all of them in one run; Convert never stops at the first.
package markdown
