// Package publish is the only code that writes the output folder. It stages a
// whole new tree beside the folder and swaps it in, so a failed build leaves
// the previous site exactly as it was and a good one leaves no stale files.
//
// On Linux and macOS the swap exchanges the two folders in one step, so the output
// folder always holds one whole site, even if the process is killed at any
// point. Elsewhere (or on a file system without the exchange) the old tree is
// renamed aside and the new one renamed in, and a kill between the two leaves
// no output folder until the next build, which puts the old one back first.
// Every publish holds a lock on the folder that holds the output folder (on
// Unix systems), and clears what earlier publishes left beside it when they
// were killed: .NAME.new-DIGITS and .NAME.old-DIGITS, nothing else.
package publish

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"norfolk.gov.uk/microsite/internal/workers"
)

// File is one output file. Path is slash-separated and relative to the output
// folder ("vision/index.html", "assets/site.3f9a1c2e.css").
type File struct {
	Path string
	Data []byte
}

// Result counts what a publish wrote.
type Result struct {
	Files int
	Bytes int64
}

// Publish makes dir hold exactly files, atomically: it writes a new tree in a
// temporary folder beside dir and renames it into place. If anything fails
// before the swap (a refused path, a failed write, ctx cancelled) the new tree
// is removed and dir is left as it was. dir need not exist yet; its parent
// folders are created if they are missing.
//
// Paths that are unsafe or unportable are refused before anything is written;
// see checkPath for the rules.
func Publish(ctx context.Context, dir string, files []File) (Result, error) {
	for _, f := range files {
		if err := checkPath(f.Path); err != nil {
			return Result{}, fmt.Errorf("publish %s: path %q: %w", slashDir(dir), f.Path, err)
		}
	}
	s, err := Begin(ctx, dir)
	if err != nil {
		return Result{}, err
	}
	// A few writers at once: each file has its own path, so the tree does
	// not depend on their order, and the error reported is the earliest
	// file's.
	if err := workers.Run(ctx, len(files), func(i int) error { return s.write(i+1, files[i]) }); err != nil {
		s.Abort()
		return Result{}, err
	}
	return s.Commit()
}

// checkTarget refuses a dir that exists as anything but a folder. A symbolic
// link counts as "anything but": swapping would replace the link, not the
// folder it points at, which is never what the caller meant.
func checkTarget(dir string) error {
	info, err := os.Lstat(dir)
	switch {
	case os.IsNotExist(err):
		return nil
	case err != nil:
		return fmt.Errorf("publish %s: %w", slashDir(dir), err)
	case !info.IsDir():
		return fmt.Errorf("publish %s: exists and is not a folder (%s)", slashDir(dir), info.Mode().Type())
	}
	return nil
}

// show names path p inside dir for error messages, in the slash form editors
// see in the rest of the build's output.
func show(dir, p string) string {
	return slashDir(dir) + "/" + p
}

func slashDir(dir string) string {
	return filepath.ToSlash(filepath.Clean(dir))
}
