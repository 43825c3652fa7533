package watch

import (
	"context"
	"log/slog"
	"time"

	"github.com/fsnotify/fsnotify"
)

// loop is the one goroutine that owns the core: it filters and classifies
// raw events into a burst, and when the burst settles moves it to ready,
// which waits there, absorbing later bursts, until the reader takes it. A
// reader busy rebuilding therefore never makes fsnotify's queue overflow.
type loop struct {
	core  *core
	root  string
	timer *debouncer
	out   chan<- Batch
	burst pending // changes since the burst began, not yet settled
	ready pending // settled changes the reader has not taken
	next  Batch   // ready, as a Batch
}

func newLoop(c *core, root string, quiet time.Duration, out chan<- Batch) *loop {
	return &loop{core: c, root: root, timer: newDebouncer(quiet), out: out}
}

func (l *loop) run(ctx context.Context, events <-chan fsnotify.Event, errs <-chan error) {
	defer l.timer.stop()
	for {
		var send chan<- Batch
		if !l.ready.empty() {
			send = l.out
		}
		quiet, limit := l.timer.fired()
		select {
		case <-ctx.Done():
			return
		case raw, ok := <-events:
			if !ok {
				events = nil // closed: only an error or ctx can still arrive
				continue
			}
			l.receive(raw)
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			l.fail(err)
		case <-quiet:
			l.settle()
		case <-limit:
			l.settle()
		case send <- l.next:
			l.ready = pending{}
		}
	}
}

// receive adds one raw event to the burst. Any event, even one filtered
// out, restarts the quiet time of a burst under way: an editor's save is a
// run of steps, and sending a batch between two of them would show the
// reader a file that is briefly missing.
func (l *loop) receive(raw fsnotify.Event) {
	if rel, ok := relPath(l.root, raw.Name); ok {
		if ev, ok := l.core.scope.filter(event{path: rel, op: raw.Op}); ok {
			l.core.classify(ev, &l.burst)
		}
	}
	if !l.burst.empty() {
		l.timer.touch()
	}
}

// fail handles a watcher error, fsnotify.ErrEventOverflow among them: events
// may have been lost, so the reader must rebuild everything.
func (l *loop) fail(err error) {
	slog.Warn("watch: changes may have been missed; rebuilding everything", "err", err)
	l.core.resync(&l.burst)
	l.timer.touch()
}

func (l *loop) settle() {
	l.timer.stop()
	l.ready.take(&l.burst)
	l.next = l.ready.batch()
}
