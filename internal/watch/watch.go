// Package watch tells the preview server which project files changed, in
// batches, so that it can rebuild only what an editor touched.
//
// It is the only package that imports fsnotify. fsnotify watches one folder at
// a time and reports every step of an editor's save, so this package adds the
// folders below (including ones created later), hides editors' temporary
// files, and coalesces each burst of events into one Batch.
//
// The work is split into small steps that run without a disk in tests:
// filter (scope.go) drops what cannot change the site, classify (classify.go)
// turns an event into changed paths and keeps the watched folders in step,
// and the loop (loop.go) debounces the result into batches.
package watch

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Batch is one coalesced set of changes.
type Batch struct {
	Paths []string // slash paths relative to Options.Root ("content/vision.md", "layouts/page.html"), sorted, no duplicates
	All   bool     // something was missed (queue overflow, a watcher error): rebuild everything
}

// DefaultDebounce is the quiet time the watcher waits for after an event:
// long enough to take an editor's save (write, rename, delete) as one change.
const DefaultDebounce = 25 * time.Millisecond

// Options says what to watch. The zero value watches content, layouts and
// assets under the current folder.
type Options struct {
	Root     string        // the project folder
	Dirs     []string      // folders under Root to watch recursively: "content", "layouts", "assets" (a missing one is watched for creation via Root)
	Debounce time.Duration // quiet time after the last event before a batch is sent; default DefaultDebounce
}

// Watch sends a Batch on the returned channel for every burst of changes until ctx is done; then it
// closes the channel and the fsnotify watcher, and every goroutine it started has ended.
//
// A folder that is a symbolic link is not followed. A removed or renamed
// folder is reported by its own path: everything that was under it is gone.
func Watch(ctx context.Context, opts Options) (<-chan Batch, error) {
	root, sc, quiet, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	c := newCore(os.DirFS(root), notifier{w: w, root: root}, sc)
	if err := c.addTree(".", nil); err != nil {
		w.Close()
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	out := make(chan Batch)
	l := newLoop(c, root, quiet, out)
	go func() {
		defer close(out)
		defer w.Close() // before close(out), so a reader that sees the end sees everything stopped
		l.run(ctx, w.Events, w.Errors)
	}()
	return out, nil
}
