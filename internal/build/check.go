package build

import (
	"errors"
	"io/fs"

	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/projectfs"
)

// checkOptions are the editors' checks as this build runs them, with the
// list of words to avoid read afresh.
func (b *Builder) checkOptions(lim limits.Limits) (check.Options, diag.List) {
	if !b.opts.Advice {
		return check.Options{PastDates: b.opts.PastDates}, nil
	}
	avoid, l := b.avoidList(lim.OrDefault().AvoidListBytes)
	return check.Options{Advice: true, PastDates: b.opts.PastDates, Avoid: avoid}, l
}

// avoidList reads content/avoid-words.txt, the editors' list of words to
// avoid. It is small, so it is read on every build and a change to it
// shows on the next one. A project without it has no words to avoid.
func (b *Builder) avoidList(maxBytes int) (check.AvoidList, diag.List) {
	src, err := projectfs.ReadFile(b.fsys, check.AvoidListPath, maxBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return check.AvoidList{}, nil
	}
	if err != nil {
		return check.AvoidList{}, avoidListProblem(b.fsys, maxBytes, err)
	}
	return check.ParseAvoidList(check.AvoidListPath, src)
}
