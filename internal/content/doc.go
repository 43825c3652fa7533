// Package content reads the editors' content/ folder: it turns each Markdown
// file into a Page with strictly checked front matter, and content/site.toml
// into Settings. Editors are not developers, so every problem becomes a
// diag.Diagnostic that names the file and line and says, in plain English,
// how to fix it; all problems are reported at once, and no input makes the
// package panic.
//
// The front matter of a page is YAML between two lines of --- or TOML between
// two lines of +++, with these lower-case fields:
//
//	title        required: the page's heading
//	menu_title   its short label in the menu and breadcrumbs (up to 20 characters)
//	description  required: one sentence for search engines and link previews
//	weight       whole number: order in the navigation
//	date         YYYY-MM-DD
//	updated      YYYY-MM-DD
//	draft        true or false
//	noindex      true or false: true keeps the page out of the sitemap and search engines
//	aliases      list of old addresses, like ["/old-page/"], that redirect here
//	print        whole number: position in the print packs; 0 leaves the page out
//	closes       YYYY-MM-DD, the feedback deadline: only on content/consultation.md
//	prepared     YYYY-MM-DD, required on content/accessibility.md: when the statement was prepared
//	reviewed     YYYY-MM-DD, on content/accessibility.md: when it was last reviewed
//	area, venue, town  required on workshop pages (content/workshops/*.md), with date
//	starts, ends HH:MM (24-hour), optional, on workshop pages
package content

// The tz database is embedded so that time_zone is checked the same way on
// every machine, whatever it has installed.
import _ "time/tzdata"
