package clienttest

import (
	"os/exec"
	"testing"

	"norfolk.gov.uk/microsite/internal/prereq"
)

const installNPM = "cd internal/clienttest && npm ci"

// missing is prereq.Missing, for this package's tests.
func missing(t *testing.T, what, install string) {
	t.Helper()
	prereq.Missing(t, what, install)
}

// command returns the path of a program on PATH, or skips.
func command(t *testing.T, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name+" (not on PATH)", install)
	}
	return p
}

// python returns a Python 3 that can import module: Debian's, where the
// Debian package puts it, else the first python3 on PATH; or skips.
func python(t *testing.T, module, debianPackage string) string {
	t.Helper()
	candidates := []string{"/usr/bin/python3"}
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, p)
	}
	for _, p := range candidates {
		if exec.Command(p, "-c", "import "+module).Run() == nil {
			return p
		}
	}
	missing(t, "python3 with the "+module+" module", "apt-get install -y "+debianPackage)
	return ""
}

// nodeModule returns the path of a file an npm package installs into
// node_modules beside this package, or skips.
func nodeModule(t *testing.T, rel string) string {
	t.Helper()
	return prereq.NodeModule(t, rel, installNPM)
}
