package publish

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"norfolk.gov.uk/microsite/internal/projectfs"
)

// writeHook, when set by a test, runs before the n-th write (n counts files
// from 1: in the order given to Publish, in the order of Write calls on a
// Stage) and can make it fail. It lets tests prove that a failure at any
// point leaves the old site alone.
var writeHook func(n int, path string) error

// Stage is a new output tree being written beside the output folder, so a
// build can write each file as soon as it is ready instead of holding the
// whole site in memory. Write may be called from many goroutines. Commit
// swaps the tree in; Abort, or any failed Write, throws it away and leaves
// the output folder as it was.
type Stage struct {
	ctx      context.Context
	dir, tmp string
	root     *os.Root
	writes   atomic.Int64 // calls of Write, which number them
	files    atomic.Int64
	bytes    atomic.Int64

	mu    sync.Mutex
	seen  map[string]string // folded path -> path as given
	isDir map[string]bool   // path as given -> it names a folder
	// folders are folders of the new tree opened as roots, so a page's
	// folder is made, and its file written, without opening every folder
	// above it again (see within).
	folders map[string]*os.Root

	// parent is the folder holding dir and the new tree, when dir is
	// there already: a file whose bytes are unchanged is linked from dir
	// into the new tree, not written again.
	parent      *os.Root
	prev, stage string // the names of dir and the new tree in parent

	unlock func() // drops the lock on the folder holding dir
}

// Begin starts a new tree for dir. dir need not exist yet; its parent
// folders are created if they are missing. It refuses a dir that exists as
// anything but a folder.
func Begin(ctx context.Context, dir string) (*Stage, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	if err := checkTarget(dir); err != nil {
		return nil, err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	unlock, err := lockFolder(parent, dir)
	if err != nil {
		return nil, err
	}
	if err := clearLeftovers(dir); err != nil {
		unlock()
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, newPrefix(dir))
	if err != nil {
		unlock()
		return nil, fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	// MkdirTemp makes a private folder; the published one must be readable
	// like any other folder the build makes. Writing through an os.Root
	// means no path, however it was built, can reach outside the new tree.
	root, err := os.OpenRoot(tmp)
	if err == nil {
		err = os.Chmod(tmp, 0o755)
	}
	if err != nil {
		os.RemoveAll(tmp)
		unlock()
		return nil, fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	st := &Stage{ctx: ctx, dir: dir, tmp: tmp, root: root, seen: map[string]string{}, isDir: map[string]bool{},
		folders: map[string]*os.Root{}, unlock: unlock}
	if info, err := os.Lstat(dir); err == nil && info.IsDir() {
		if st.parent, err = os.OpenRoot(parent); err == nil {
			st.prev, st.stage = filepath.Base(dir), filepath.Base(tmp)
		}
	}
	return st, nil
}

// Write adds one file to the tree, refusing a path that is unsafe or
// unportable (see checkPath) or that clashes with one already written.
func (s *Stage) Write(f File) error {
	return s.write(int(s.writes.Add(1)), f)
}

func (s *Stage) write(n int, f File) error {
	if err := s.ctx.Err(); err != nil {
		return fmt.Errorf("publish %s: %w", show(s.dir, f.Path), err)
	}
	if err := checkPath(f.Path); err != nil {
		return fmt.Errorf("publish %s: path %q: %w", slashDir(s.dir), f.Path, err)
	}
	root, name, err := s.place(f.Path)
	if err != nil {
		return err
	}
	if writeHook != nil {
		if err := writeHook(n, f.Path); err != nil {
			return fmt.Errorf("publish %s: %w", show(s.dir, f.Path), err)
		}
	}
	if s.reuse(f) {
		s.files.Add(1)
		s.bytes.Add(int64(len(f.Data)))
		return nil
	}
	if err := writeFile(root, name, f.Data); err != nil {
		return fmt.Errorf("publish %s: %w", show(s.dir, f.Path), err)
	}
	s.files.Add(1)
	s.bytes.Add(int64(len(f.Data)))
	return nil
}

// reuse links the output folder's copy of f into the new tree, if it is a
// plain file with f's bytes: on a disk, writing a file costs far more than
// reading it, and the site a rebuild publishes is mostly what was there.
// Both names are looked up inside the folder that holds the two trees, so
// no link in the old tree can lead out of it. Any failure means f is
// written as usual.
func (s *Stage) reuse(f File) bool {
	if s.parent == nil {
		return false
	}
	old := filepath.Join(s.prev, filepath.FromSlash(f.Path))
	info, err := s.parent.Lstat(old)
	if err != nil || !info.Mode().IsRegular() || info.Mode().Perm() != 0o644 || info.Size() != int64(len(f.Data)) {
		return false
	}
	data, err := s.parent.ReadFile(old)
	if err != nil || !bytes.Equal(data, f.Data) {
		return false
	}
	return s.parent.Link(old, filepath.Join(s.stage, filepath.FromSlash(f.Path))) == nil
}

// place claims p and the folders above it, creating each folder once, and
// returns the root to write p through and p's name within it. Folders are
// made while the lock is held, so no file is written into a folder another
// goroutine has claimed but not yet made.
func (s *Stage) place(p string) (*os.Root, string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.claim(p, false); err != nil {
		return nil, "", fmt.Errorf("publish %s: %w", show(s.dir, p), err)
	}
	var missing []string
	for d := path.Dir(p); d != "." && !s.isDir[d]; d = path.Dir(d) {
		if err := s.claim(d, true); err != nil {
			return nil, "", fmt.Errorf("publish %s: %w", show(s.dir, d), err)
		}
		missing = append(missing, d)
	}
	for i := len(missing) - 1; i >= 0; i-- {
		root, name := s.within(path.Dir(missing[i]), missing[i])
		if err := root.Mkdir(name, 0o755); err != nil {
			return nil, "", fmt.Errorf("publish %s: %w", show(s.dir, missing[i]), err)
		}
	}
	root, name := s.within(path.Dir(path.Dir(p)), p)
	return root, name, nil
}

// within returns the root of dir, a folder above p, opening it if it is
// not open, and p's name within it. A page's folder, section/page, is then
// made through its section's root, and its file, section/page/index.html,
// written with one folder to open on the way rather than two: os.Root
// opens and closes each folder on a path in turn. Past
// projectfs.MaxFolders folders, it falls back to the top of the tree.
func (s *Stage) within(dir, p string) (*os.Root, string) {
	if dir == "." {
		return s.root, p
	}
	root, ok := s.folders[dir]
	if !ok && len(s.folders) < projectfs.MaxFolders {
		var err error
		if root, err = s.root.OpenRoot(dir); err == nil {
			s.folders[dir] = root
			ok = true
		}
	}
	if !ok {
		return s.root, p
	}
	return root, p[len(dir)+1:]
}

// writeFile is os.WriteFile through root, without the descriptor's round
// trip through non-blocking mode that os makes for each file it opens.
func writeFile(root *os.Root, name string, data []byte) error {
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC|projectfs.NoPoll, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// claim records p (a file, or a folder if folder is set) and reports a clash
// with anything recorded before it.
func (s *Stage) claim(p string, folder bool) error {
	key := strings.ToLower(p)
	prev, ok := s.seen[key]
	switch {
	case !ok:
		s.seen[key] = p
		s.isDir[p] = folder
		return nil
	case s.isDir[prev] && !folder:
		return fmt.Errorf("%q is needed as a folder, but %q is a file", prev, p)
	case !s.isDir[prev] && folder:
		return fmt.Errorf("%q is needed as a folder, but %q is a file", p, prev)
	case prev == p:
		return errors.New("is listed twice")
	}
	return fmt.Errorf("differs from %q only in letter case; they would overwrite each other on Windows and macOS", prev)
}

// Commit swaps the new tree in as dir and reports what it holds.
func (s *Stage) Commit() (Result, error) {
	s.close()
	defer s.unlock()
	// A cancel that arrives during the last writes still stops the swap.
	if err := s.ctx.Err(); err != nil {
		os.RemoveAll(s.tmp)
		return Result{}, fmt.Errorf("publish %s: %w", slashDir(s.dir), err)
	}
	if err := swap(s.tmp, s.dir); err != nil {
		return Result{}, err
	}
	return Result{Files: int(s.files.Load()), Bytes: s.bytes.Load()}, nil
}

// Abort throws the new tree away.
func (s *Stage) Abort() {
	s.close()
	os.RemoveAll(s.tmp)
	s.unlock()
}

func (s *Stage) close() {
	s.root.Close()
	for _, root := range s.folders {
		root.Close()
	}
	if s.parent != nil {
		s.parent.Close()
	}
}
