package clienttest

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
)

// The build dates: the consultation open and every workshop to come; and
// everything over.
var dates = map[string]time.Time{
	"open":   time.Date(2005, 5, 20, 0, 0, 0, 0, time.UTC),
	"closed": time.Date(2005, 11, 1, 0, 0, 0, 0, time.UTC),
}

// built is the real site, built as production builds it (minified, at the
// council's address) on each date, into a folder the clients read.
type built struct {
	dir   string
	files []string // slash paths under dir, sorted
}

func (b built) path(p string) string { return filepath.Join(b.dir, filepath.FromSlash(p)) }

// withSuffix lists the files ending in suffix, as paths on disk.
func (b built) withSuffix(suffix string) []string {
	var out []string
	for _, p := range b.files {
		if strings.HasSuffix(p, suffix) {
			out = append(out, b.path(p))
		}
	}
	return out
}

var (
	sitesOnce sync.Once
	sites     map[string]built
	sitesErr  error
	sitesDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sitesDir != "" {
		os.RemoveAll(sitesDir)
	}
	os.Exit(code)
}

// builtSites builds the real site on every date, once for the package.
func builtSites(t *testing.T) map[string]built {
	t.Helper()
	sitesOnce.Do(func() {
		sites = map[string]built{}
		if sitesDir, sitesErr = os.MkdirTemp("", "clienttest-"); sitesErr != nil {
			return
		}
		for name, now := range dates {
			out := filepath.Join(sitesDir, name)
			_, l, err := build.ToDisk(context.Background(), "../..", out, build.Options{Now: now, Minify: true})
			if err != nil || l.HasErrors() {
				sitesErr = fmt.Errorf("build of the real site as of %s: %v\n%s", now.Format(time.DateOnly), err, l.Error())
				return
			}
			b := built{dir: out}
			sitesErr = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				rel, err := filepath.Rel(out, p)
				b.files = append(b.files, filepath.ToSlash(rel))
				return err
			})
			slices.Sort(b.files)
			sites[name] = b
		}
	})
	if sitesErr != nil {
		t.Fatal(sitesErr)
	}
	return sites
}

// run runs a client and returns what it printed, failing the test with its
// output if it fails.
func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", filepath.Base(name), strings.Join(args, " "), err, out, stderr.String())
	}
	return out
}

func decode(t *testing.T, what string, data []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s printed %q, not the JSON expected: %v", what, data, err)
	}
}
