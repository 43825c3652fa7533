package render

import (
	"io/fs"

	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/projectfs"
)

// layoutReadProblem says in an editor's words why a layout could not be
// read, where the reason is one of ours: over the size limit, not a file,
// or a link out of the project.
func layoutReadProblem(project fs.FS, name string, max int, err error) (string, bool) {
	if size, ok := projectfs.TooBig(err); ok {
		return limits.Exceeded("the layout is "+limits.Count(size)+" bytes", max, "layout_bytes",
			"a layout holds the page's frame, not its text: move text into content/"), true
	}
	return projectfs.Explain(project, name, err)
}

// limit is the most bytes a layout may have; a zero max is the default.
func (ls layouts) limit() int {
	if ls.max > 0 {
		return ls.max
	}
	return limits.Default().LayoutBytes
}
