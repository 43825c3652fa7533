// Package clienttest has the built site read by the real clients that will
// read it: the sitemap by xmllint against the sitemaps.org 0.9 schema, the
// feed by Python's feedparser, every calendar by ical.js and by Python's
// icalendar, and every page by html-validate with its recommended rules. It
// has tests only.
//
// The tests need Debian's libxml2-utils, python3-feedparser and
// python3-icalendar, Node.js, and the npm packages pinned in package.json:
//
//	apt-get install -y libxml2-utils python3-feedparser python3-icalendar nodejs
//	cd internal/clienttest && npm ci
//
// Without them the tests skip, saying what is missing; with CI=true in the
// environment they fail instead.
package clienttest
