package content

import (
	"fmt"
	"io/fs"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/projectfs"
)

// linkProblem reports a symbolic link in content/ that is not a page: one
// that leads outside the project is refused, and a link to a folder is not
// followed, so the pages in it would silently be missing.
func linkProblem(fsys fs.FS, p string, l *diag.List) {
	info, err := fs.Stat(fsys, p)
	switch {
	case err != nil:
		msg, ok := projectfs.Explain(fsys, p, err)
		if !ok {
			msg = fmt.Sprintf("cannot be read (%v): check that it still exists and that you may open it", err)
		}
		l.Errorf(p, 0, "%s", msg)
	case info.IsDir():
		l.Errorf(p, 0, "is a link to a folder: links to folders are not followed, so its pages would be missing: move the folder here instead")
	default:
		l.Warnf(p, 0, "is not a page and is not published: put images and downloads in assets/")
	}
}
