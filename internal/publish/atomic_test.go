package publish

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"testing"
)

var errInjected = errors.New("injected failure")

// failAt makes the n-th write fail until the test ends.
func failAt(t *testing.T, n int) {
	writeHook = func(k int, _ string) error {
		if k == n {
			return errInjected
		}
		return nil
	}
	t.Cleanup(func() { writeHook = nil })
}

func TestFailedWriteLeavesOldSite(t *testing.T) {
	next := []File{
		{"index.html", []byte("new home")},
		{"consultation/index.html", []byte("new consultation")},
		{"workshops/northern/index.html", []byte("new northern")},
		{"workshops/all.ics", []byte("new ics")},
		{"assets/site.0a1b2c3d.css", []byte("new css")},
	}
	for n := 1; n <= len(next); n++ {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "public")
			publishOK(t, dir, site())
			before := snapshot(t, dir)

			failAt(t, n)
			if _, err := Publish(context.Background(), dir, next); !errors.Is(err, errInjected) {
				t.Fatalf("Publish with write %d failing: err = %v, want the injected failure", n, err)
			}
			if got := snapshot(t, dir); !maps.Equal(got, before) {
				t.Errorf("after a failed publish the tree is %q, want %q", got, before)
			}
			assertOnly(t, parent, "public")
		})
	}
}

func TestFailedFirstPublishLeavesNothing(t *testing.T) {
	parent := t.TempDir()
	failAt(t, 2)
	if _, err := Publish(context.Background(), filepath.Join(parent, "public"), site()); err == nil {
		t.Fatal("Publish succeeded, want the injected failure")
	}
	assertOnly(t, parent)
}

func TestCancelledPublishLeavesOldSite(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	publishOK(t, dir, site())
	before := snapshot(t, dir)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Publish(ctx, dir, site()[:2]); !errors.Is(err, context.Canceled) {
		t.Errorf("Publish with a cancelled ctx: err = %v, want context.Canceled", err)
	}
	if got := snapshot(t, dir); !maps.Equal(got, before) {
		t.Errorf("after a cancelled publish the tree is %q, want %q", got, before)
	}
	assertOnly(t, parent, "public")
}

func TestCancelMidPublishLeavesOldSite(t *testing.T) {
	next := site()[1:]
	for n := 1; n <= len(next); n++ {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "public")
			publishOK(t, dir, site())
			before := snapshot(t, dir)

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			writeHook = func(k int, _ string) error {
				if k == n {
					cancel()
				}
				return nil
			}
			t.Cleanup(func() { writeHook = nil })
			if _, err := Publish(ctx, dir, next); !errors.Is(err, context.Canceled) {
				t.Errorf("Publish cancelled at write %d: err = %v, want context.Canceled", n, err)
			}
			if got := snapshot(t, dir); !maps.Equal(got, before) {
				t.Errorf("after a cancelled publish the tree is %q, want %q", got, before)
			}
			assertOnly(t, parent, "public")
		})
	}
}
