package watch

import (
	"context"
	"testing"
	"testing/synctest"
	"time"

	"github.com/fsnotify/fsnotify"
)

// started runs a loop over a project with content/x.md and content/y.md and
// returns its input, its output, and a function that stops it.
func started(t *testing.T) (chan<- fsnotify.Event, <-chan Batch, func()) {
	t.Helper()
	fsys := files("content/x.md", "content/y.md")
	c := newCore(fsys, &recorder{}, scope{dirs: defaultDirs})
	if err := c.addTree(".", nil); err != nil {
		t.Fatalf("addTree: %v", err)
	}
	events, out := make(chan fsnotify.Event), make(chan Batch)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		newLoop(c, site, quiet, out).run(ctx, events, make(chan error))
		close(done)
	}()
	return events, out, func() { cancel(); <-done }
}

func TestBatchComesAQuietTimeAfterTheLastEvent(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		events, out, stop := started(t)
		defer stop()
		start := time.Now()
		for range 5 {
			events <- ev(write, "content/x.md")
			time.Sleep(quiet / 2) // each event restarts the quiet time
		}
		b := <-out
		if got, want := time.Since(start), 4*quiet/2+quiet; got != want {
			t.Errorf("batch after %v, want %v", got, want)
		}
		if len(b.Paths) != 1 || b.Paths[0] != "content/x.md" {
			t.Errorf("batch = %+v, want content/x.md", b)
		}
	})
}

func TestEndlessChangesStillSendBatches(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		events, out, stop := started(t)
		ctx, cancel := context.WithCancel(context.Background())
		sent := make(chan struct{})
		go func() { // a change every 10ms, never quiet for 25ms
			defer close(sent)
			for {
				select {
				case events <- ev(write, "content/x.md"):
				case <-ctx.Done():
					return
				}
				time.Sleep(10 * time.Millisecond)
			}
		}()
		start := time.Now()
		for i := 1; i <= 3; i++ {
			<-out
			if got, want := time.Since(start), time.Duration(i)*10*quiet; got > want {
				t.Errorf("batch %d after %v, want by %v", i, got, want)
			}
		}
		cancel()
		<-sent
		stop()
	})
}

func TestSeparateBurstsAreSeparateBatches(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		events, out, stop := started(t)
		defer stop()
		events <- ev(write, "content/x.md")
		first := <-out
		time.Sleep(time.Second)
		events <- ev(write, "content/y.md")
		second := <-out
		if first.Paths[0] != "content/x.md" || second.Paths[0] != "content/y.md" {
			t.Errorf("batches %+v, %+v; want content/x.md then content/y.md", first, second)
		}
	})
}

// A reader busy rebuilding gets the changes it missed together, once.
func TestBurstsWaitingForTheReaderAreMerged(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		events, out, stop := started(t)
		defer stop()
		events <- ev(write, "content/x.md")
		time.Sleep(time.Second)
		events <- ev(write, "content/y.md")
		time.Sleep(time.Second)
		got := collect(out, time.Second)
		want := []Batch{{Paths: []string{"content/x.md", "content/y.md"}}}
		if !equalBatches(got, want) {
			t.Errorf("batches = %+v, want %+v", got, want)
		}
	})
}

func TestDefaultDebounce(t *testing.T) {
	_, _, got, err := Options{Root: t.TempDir()}.resolve()
	if err != nil || got != 25*time.Millisecond {
		t.Errorf("resolve() debounce = %v, %v; want 25ms, nil", got, err)
	}
}
