// Package workers runs a bounded pool over n indexed jobs, so parallel work
// writes into indexed slots and its results come out in a fixed order.
package workers

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Run calls job(i) for every i in [0, n) on up to GOMAXPROCS goroutines and
// returns the error of the lowest-numbered failed job, so the same input
// gives the same error. It stops handing out work once ctx is done, and
// returns only when every goroutine it started has ended.
func Run(ctx context.Context, n int, job func(i int) error) error {
	errs := make([]error, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				errs[i] = job(i)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}
