//go:build unix

package publish

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestKilledPublishLeavesOneWholeSite kills a process publishing next()
// over site() with SIGKILL before each write and between the steps of the
// swap, with the one-step exchange and without it. Afterwards the output
// folder holds one whole site, the old or the new; and the next publish
// clears what the killed one left beside it.
func TestKilledPublishLeavesOneWholeSite(t *testing.T) {
	if os.Getenv("PUBLISH_KILL_AT") != "" {
		t.Skip("the helper process of this test")
	}
	var points []string
	for n := 1; n <= len(next()); n++ {
		points = append(points, "write:"+strconv.Itoa(n))
	}
	points = append(points, "swap:exchanged", "swap:aside")
	for _, at := range points {
		for _, twoStep := range []bool{false, true} {
			if at == "swap:exchanged" && twoStep || at == "swap:aside" && !twoStep {
				continue
			}
			t.Run(fmt.Sprintf("%s/two-step=%v", at, twoStep), func(t *testing.T) {
				parent := t.TempDir()
				dir := filepath.Join(parent, "public")
				publishOK(t, dir, site())
				killedPublish(t, dir, at, twoStep)

				if at == "swap:aside" {
					// Without an exchange, the one moment with no output
					// folder: the next build puts the old one back.
					if _, err := os.Lstat(dir); !os.IsNotExist(err) {
						t.Errorf("after a kill between the renames: %v, want the output missing until the next build", err)
					}
				} else if got := snapshot(t, dir); !maps.Equal(got, want(site())) && !maps.Equal(got, want(next())) {
					t.Errorf("after a kill at %s the output holds %q, want the old site or the new one", at, got)
				}
				publishOK(t, dir, site())
				if got := snapshot(t, dir); !maps.Equal(got, want(site())) {
					t.Errorf("the publish after the kill wrote %q, want %q", got, want(site()))
				}
				assertOnly(t, parent, "public")
			})
		}
	}
}

// killedPublish runs this test binary as a helper that publishes next()
// into dir and kills itself with SIGKILL at the point at.
func killedPublish(t *testing.T, dir, at string, twoStep bool) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperKilledPublish$")
	cmd.Env = append(os.Environ(), "PUBLISH_KILL_AT="+at, "PUBLISH_DIR="+dir, "PUBLISH_TWO_STEP="+strconv.FormatBool(twoStep))
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the helper publishing with a kill at %s ended with %v, want SIGKILL:\n%s", at, err, out)
	}
}

// TestHelperKilledPublish is the helper process of
// TestKilledPublishLeavesOneWholeSite.
func TestHelperKilledPublish(t *testing.T) {
	at := os.Getenv("PUBLISH_KILL_AT")
	if at == "" {
		t.Skip("runs only as the helper process of TestKilledPublishLeavesOneWholeSite")
	}
	kill := func() { syscall.Kill(os.Getpid(), syscall.SIGKILL); select {} }
	if os.Getenv("PUBLISH_TWO_STEP") == "true" {
		exchangeFolders = func(string, string) error { return errNoExchange }
	}
	if n, ok := strings.CutPrefix(at, "write:"); ok {
		writeHook = func(k int, _ string) error {
			if strconv.Itoa(k) == n {
				kill()
			}
			return nil
		}
	}
	swapHook = func(step string) {
		if "swap:"+step == at {
			kill()
		}
	}
	Publish(context.Background(), os.Getenv("PUBLISH_DIR"), next())
	t.Fatalf("the publish was not killed at %s", at)
}

func TestTwoPublishesIntoOneFolderAtOnce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	s, err := Begin(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Abort()
	_, err = Begin(context.Background(), dir)
	want := "publish " + filepath.ToSlash(dir) + ": another build is writing this output folder now: wait for it to finish, or stop it"
	if err == nil || err.Error() != want {
		t.Errorf("a second Begin while one is open: err = %v, want %q", err, want)
	}
}
