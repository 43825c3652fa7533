package watch

import (
	"io/fs"

	"github.com/fsnotify/fsnotify"
)

// classify records what ev means for the site in p, adding and dropping
// watches as folders come and go. ev has been through filter.
func (c *core) classify(ev event, p *pending) {
	switch {
	case ev.op.Has(fsnotify.Create):
		c.created(ev.path, p)
	case ev.op.Has(fsnotify.Remove | fsnotify.Rename):
		// A renamed file is reported twice: here by its old name, and by
		// its new name when the Create arrives.
		c.forget(ev.path)
		p.add(ev.path)
	case c.folders[ev.path]:
		// Some systems report a Write on a folder whose contents changed;
		// the contents report themselves.
	default:
		p.add(ev.path)
	}
}

// created reports a new file, or watches a new folder and reports the files
// already in it: "mkdir -p a/b" and a "git checkout" fill folders before any
// watch on them can exist.
func (c *core) created(rel string, p *pending) {
	info, err := fs.Lstat(c.fsys, rel)
	if err != nil || !info.IsDir() { // gone already, a file, or a link we do not follow
		p.add(rel)
		return
	}
	if err := c.addTree(rel, p); err != nil {
		p.all = true // some of the folder could not be watched or read
	}
}
