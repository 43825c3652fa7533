package build

import (
	"context"
	"sync/atomic"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/limits"
)

// outputLimit stops a build whose files together pass limits.OutputBytes.
// Each page carries the menu, so titles and pages multiply: a few
// megabytes of content once made hundreds of megabytes of output and ran
// the preview out of memory. Past the limit no more is written, and stop
// ends the rendering of the pages not yet started.
type outputLimit struct {
	max   int64 // 0: no limit
	stop  context.CancelFunc
	total atomic.Int64
	over  atomic.Bool
}

// take counts n more bytes, and reports whether they are within the limit.
func (o *outputLimit) take(n int) bool {
	if o.max == 0 || o.total.Add(int64(n)) <= o.max {
		return true
	}
	if !o.over.Swap(true) && o.stop != nil {
		o.stop()
	}
	return false
}

// problem is what the editor is told about a build over the limit.
func (o *outputLimit) problem() diag.List {
	var l diag.List
	l.Errorf("content", 0, "%s", limits.Exceeded("the site's files come to more than "+limits.Count(int(o.max))+" bytes", int(o.max), "output_bytes",
		"every page repeats the menu's titles, so long titles on many pages multiply: shorten the titles, or split the site"))
	return l
}
