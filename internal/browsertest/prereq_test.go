package browsertest

import (
	"os"
	"os/exec"
	"testing"

	"norfolk.gov.uk/microsite/internal/prereq"
)

const (
	installDebian = "apt-get install -y chromium default-jre-headless"
	installNPM    = "cd internal/browsertest && npm ci"
)

// missing is prereq.Missing, for this package's tests.
func missing(t *testing.T, what, install string) {
	t.Helper()
	prereq.Missing(t, what, install)
}

// short skips a test that needs a browser or Java under -short, the
// inner loop between edits: they take most of a minute.
func short(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("needs a browser or Java: skipped under -short; go test ./... runs it")
	}
}

// chromiumPath returns Debian's Chromium, or skips.
func chromiumPath(t *testing.T) string {
	t.Helper()
	short(t)
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	p, err := exec.LookPath("chromium")
	if err != nil {
		missing(t, "chromium (not at /usr/bin/chromium nor on PATH)", installDebian)
	}
	return p
}

// javaPath returns the java command, or skips.
func javaPath(t *testing.T) string {
	t.Helper()
	short(t)
	p, err := exec.LookPath("java")
	if err != nil {
		missing(t, "java (not on PATH)", installDebian)
	}
	return p
}

// nodeModule returns the path of a file an npm package installs into
// node_modules beside this package, or skips.
func nodeModule(t *testing.T, rel string) string {
	t.Helper()
	return prereq.NodeModule(t, rel, installNPM)
}
