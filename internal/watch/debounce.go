package watch

import "time"

// debouncer times a burst: it fires once things have been quiet for the
// quiet time, or once limit has passed since the burst began, so that a
// never-ending stream of changes (a big copy, a generator writing files)
// still produces a rebuild now and then.
type debouncer struct {
	quiet, limit   time.Duration
	quietT, limitT *time.Timer
	running        bool
}

func newDebouncer(quiet time.Duration) *debouncer {
	d := &debouncer{quiet: quiet, limit: 10 * quiet}
	d.quietT = time.NewTimer(quiet)
	d.limitT = time.NewTimer(d.limit)
	d.stop()
	return d
}

// touch restarts the quiet time, and starts the limit if a burst begins.
func (d *debouncer) touch() {
	d.quietT.Reset(d.quiet)
	if !d.running {
		d.limitT.Reset(d.limit)
		d.running = true
	}
}

// stop ends the burst. Since Go 1.23 a stopped timer sends nothing stale.
func (d *debouncer) stop() {
	d.quietT.Stop()
	d.limitT.Stop()
	d.running = false
}

// fired returns the channels to wait on; both are nil outside a burst.
func (d *debouncer) fired() (quiet, limit <-chan time.Time) {
	if !d.running {
		return nil, nil
	}
	return d.quietT.C, d.limitT.C
}
