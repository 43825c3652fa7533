package build

import (
	"io/fs"

	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/projectfs"
)

// avoidListProblem says why the list of words to avoid was not used. The
// list is advice, so each is a warning and the build goes on.
func avoidListProblem(fsys fs.FS, maxBytes int, err error) diag.List {
	var l diag.List
	if size, ok := projectfs.TooBig(err); ok {
		l.Warnf(check.AvoidListPath, 0, "%s", limits.Exceeded("the list of words to avoid is "+limits.Count(size)+" bytes, so it was not used", maxBytes,
			"avoid_list_bytes", "plain-English lists have a few hundred entries"))
		return l
	}
	if msg, ok := projectfs.Explain(fsys, check.AvoidListPath, err); ok {
		l.Warnf(check.AvoidListPath, 0, "%s, so the list of words to avoid was not used", msg)
		return l
	}
	l.Warnf(check.AvoidListPath, 0, "the list of words to avoid cannot be read (%v), so it was not used: check that you may open it", err)
	return l
}
