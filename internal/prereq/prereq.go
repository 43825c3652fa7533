// Package prereq is how tests that need an outside tool (Chromium, Java,
// an npm package, a Debian program) find it: on a laptop without it they
// skip, saying how to install it; under CI=true they fail, since a skipped
// test checks nothing.
package prereq

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Missing skips the test, or fails it under CI, naming what is missing and
// how to install it.
func Missing(t testing.TB, what, install string) {
	t.Helper()
	msg := fmt.Sprintf("%s is missing; install it with: %s", what, install)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true, so a missing tool is a failure, not a skip)")
	}
	t.Skip(msg)
}

// NodeModule returns the path of a file an npm package installs into
// node_modules beside the test's package, or calls Missing.
func NodeModule(t testing.TB, rel, install string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("node_modules", filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		Missing(t, "node_modules/"+rel, install)
	}
	return p
}
