// Package browsertest opens every page of the real site in a real browser:
// Chromium, driven through the DevTools protocol, with axe-core for
// accessibility, and the Nu Html Checker for valid HTML. It has tests only.
//
// The tests need Debian's chromium, a Java runtime and the npm packages
// pinned in package.json:
//
//	apt-get install -y chromium default-jre-headless
//	cd internal/browsertest && npm ci
//
// Without them the tests skip, saying what is missing; with CI=true in the
// environment they fail instead.
package browsertest
