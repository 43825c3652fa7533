package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// swap moves the staged tree to dir. The old tree is first renamed aside
// rather than deleted, so that if the second rename fails it can be put back
// and dir is never left missing or half-written.
func swap(staged, dir string) error {
	old, err := moveAside(dir)
	if err != nil {
		os.RemoveAll(staged)
		return fmt.Errorf("publish %s: moving the previous output aside: %w", slashDir(dir), err)
	}
	if err := os.Rename(staged, dir); err != nil {
		err = fmt.Errorf("publish %s: %w", slashDir(dir), err)
		if old != "" {
			if back := os.Rename(old, dir); back != nil {
				err = errors.Join(err, fmt.Errorf("publish %s: the previous output is left at %s: %w", slashDir(dir), old, back))
			}
		}
		os.RemoveAll(staged)
		return err
	}
	if old == "" {
		return nil
	}
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("publish %s: published, but the previous output could not be removed from %s: %w", slashDir(dir), old, err)
	}
	return nil
}

// moveAside renames dir to a fresh name beside it and returns that name, or
// "" if dir does not exist.
func moveAside(dir string) (string, error) {
	if _, err := os.Lstat(dir); os.IsNotExist(err) {
		return "", nil
	}
	// MkdirTemp picks a name nobody else holds; removing the empty folder
	// again lets the rename work on Windows too, which will not rename onto
	// an existing folder.
	old, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".old-")
	if err != nil {
		return "", err
	}
	if err := os.Remove(old); err != nil {
		return "", err
	}
	if err := os.Rename(dir, old); err != nil {
		return "", err
	}
	return old, nil
}
