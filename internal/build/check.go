package build

import (
	"context"
	"errors"
	"io/fs"

	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
	"norfolk.gov.uk/microsite/internal/site"
)

// check runs the editors' checks over the converted site. Their errors
// fail the build like any other; their warnings are reported and the site
// is still built.
func (b *Builder) check(ctx context.Context, s *site.Site) diag.List {
	avoid, l := b.avoidList()
	pages := make(map[*site.Page]*markdown.Result, len(s.Pages))
	for _, p := range s.Pages {
		if c := b.converted[p.Source]; p.Source != "" && c != nil {
			pages[p] = &c.result
		}
	}
	return append(l, check.Run(ctx, s, pages, check.Options{PastDates: b.opts.PastDates, Avoid: avoid})...)
}

// avoidList reads content/avoid-words.txt, the editors' list of words to
// avoid. It is small, so it is read on every build and a change to it
// shows on the next one. A project without it has no words to avoid.
func (b *Builder) avoidList() ([]check.Avoid, diag.List) {
	src, err := fs.ReadFile(b.fsys, check.AvoidListPath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		var l diag.List
		l.Warnf(check.AvoidListPath, 0, "the list of words to avoid cannot be read (%v), so it was not used: check that you may open it", err)
		return nil, l
	}
	return check.ParseAvoidList(check.AvoidListPath, src)
}
