package watch

import (
	"context"
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/fsnotify/fsnotify"
)

const (
	site  = "/site" // the root the recorded event names start with
	quiet = 25 * time.Millisecond
)

// recorder stands in for fsnotify's Add and Remove.
type recorder struct {
	added, removed []string
}

func (r *recorder) Add(rel string) error    { r.added = append(r.added, rel); return nil }
func (r *recorder) Remove(rel string) error { r.removed = append(r.removed, rel); return nil }

// ev is an event as fsnotify reports it for a project at /site.
func ev(op fsnotify.Op, rel string) fsnotify.Event {
	return fsnotify.Event{Name: site + "/" + rel, Op: op}
}

// files makes a project folder holding the named files.
func files(names ...string) fstest.MapFS {
	m := fstest.MapFS{}
	for _, n := range names {
		m[n] = &fstest.MapFile{Data: []byte("x")}
	}
	return m
}

// replay is a recorded run: the project as the watch found it, as it is when
// the events are read, the raw events and errors, in order.
type replay struct {
	before, after fs.FS
	events        []fsnotify.Event
	errs          []error
}

// run feeds the replay through the loop under fake time, and returns every
// batch sent within a second of fake time after the last event.
func (r replay) run(t *testing.T) ([]Batch, *recorder) {
	t.Helper()
	rec := &recorder{}
	c := newCore(r.before, rec, scope{dirs: defaultDirs})
	if err := c.addTree(".", nil); err != nil {
		t.Fatalf("addTree: %v", err)
	}
	rec.added = nil
	c.fsys = r.after
	events, errs := make(chan fsnotify.Event), make(chan error)
	out := make(chan Batch)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		newLoop(c, site, quiet, out).run(ctx, events, errs)
		close(done)
	}()
	for _, e := range r.events {
		events <- e
	}
	for _, err := range r.errs {
		errs <- err
	}
	got := collect(out, time.Second)
	cancel()
	<-done
	return got, rec
}

// collect reads batches until none has come for wait.
func collect(out <-chan Batch, wait time.Duration) []Batch {
	var got []Batch
	for {
		select {
		case b := <-out:
			got = append(got, b)
		case <-time.After(wait):
			return got
		}
	}
}

func equalBatches(a, b []Batch) bool {
	return slices.EqualFunc(a, b, func(x, y Batch) bool {
		return x.All == y.All && slices.Equal(x.Paths, y.Paths)
	})
}
