package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// folderWatcher is the part of fsnotify the core drives, by slash paths
// relative to the root; tests record the calls instead.
type folderWatcher interface {
	Add(rel string) error
	Remove(rel string) error
}

// core keeps the watched folders in step with the disk: fsnotify is not
// recursive, so every folder below a watched one needs a watch of its own.
type core struct {
	fsys    fs.FS // the project folder; read to find new folders' contents
	watcher folderWatcher
	scope   scope
	folders map[string]bool // folders being watched
}

func newCore(fsys fs.FS, w folderWatcher, sc scope) *core {
	return &core{fsys: fsys, watcher: w, scope: sc, folders: make(map[string]bool)}
}

// addTree watches top and every folder below it that matters, and, unless p
// is nil, reports every file found. A folder is watched before it is read, so
// a file created meanwhile is either listed or sent as an event; a file
// created before the watch existed would otherwise be missed.
func (c *core) addTree(top string, p *pending) error {
	return fs.WalkDir(c.fsys, top, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return ignoreGone(err) // a folder removed mid-walk sends its own event
		}
		where := c.scope.place(name)
		if where == outside || (name != "." && temporary(name)) {
			return skip(d)
		}
		if d.IsDir() { // never a symbolic link: WalkDir does not follow them
			return c.watch(name)
		}
		if where == inside && p != nil {
			p.add(name)
		}
		return nil
	})
}

func (c *core) watch(dir string) error {
	if c.folders[dir] {
		return nil
	}
	if err := c.watcher.Add(dir); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fs.SkipDir
		}
		return fmt.Errorf("watch %s: %w", dir, err)
	}
	c.folders[dir] = true
	return nil
}

// forget stops watching dir and the folders below it. A folder that was
// renamed keeps its inotify watches, which would go on reporting its files
// under the old name, so they must go even though the folder still exists.
func (c *core) forget(dir string) {
	if !c.folders[dir] {
		return // not a folder we watch, so nothing below it is watched either
	}
	for f := range c.folders {
		if f == dir || strings.HasPrefix(f, dir+"/") {
			c.watcher.Remove(f) // fails when the kernel already dropped it; that is fine
			delete(c.folders, f)
		}
	}
}

// resync starts again from the disk after events were lost: any folder may
// have been created, removed or renamed unseen.
func (c *core) resync(p *pending) {
	p.all = true
	for f := range c.folders {
		c.watcher.Remove(f)
	}
	clear(c.folders)
	c.addTree(".", nil) // an error leaves some folders unwatched, and All is already set
}

func skip(d fs.DirEntry) error {
	if d.IsDir() {
		return fs.SkipDir
	}
	return nil
}

func ignoreGone(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
