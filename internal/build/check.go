package build

import (
	"errors"
	"io/fs"

	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/diag"
)

// checkOptions are the editors' checks as this build runs them, with the
// list of words to avoid read afresh.
func (b *Builder) checkOptions() (check.Options, diag.List) {
	if !b.opts.Advice {
		return check.Options{PastDates: b.opts.PastDates}, nil
	}
	avoid, l := b.avoidList()
	return check.Options{Advice: true, PastDates: b.opts.PastDates, Avoid: avoid}, l
}

// avoidList reads content/avoid-words.txt, the editors' list of words to
// avoid. It is small, so it is read on every build and a change to it
// shows on the next one. A project without it has no words to avoid.
func (b *Builder) avoidList() (check.AvoidList, diag.List) {
	src, err := fs.ReadFile(b.fsys, check.AvoidListPath)
	if errors.Is(err, fs.ErrNotExist) {
		return check.AvoidList{}, nil
	}
	if err != nil {
		var l diag.List
		l.Warnf(check.AvoidListPath, 0, "the list of words to avoid cannot be read (%v), so it was not used: check that you may open it", err)
		return check.AvoidList{}, l
	}
	return check.ParseAvoidList(check.AvoidListPath, src)
}
