package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// swapHook, when set by a test, runs between the steps of a swap: after
// the two trees are exchanged ("exchanged"), or after the previous output
// is moved aside and before the new tree takes its place ("aside"). It
// lets tests stop a process there, as a kill or a power cut would.
var swapHook func(step string)

// swap puts the staged tree at dir. Where the system can exchange two
// folders in one step (Linux's renameat2 with RENAME_EXCHANGE, macOS's
// renamex_np with RENAME_SWAP), dir always holds a whole site, the old one or the new one, and the old tree is then
// removed from the staged name; a kill before the removal leaves it there,
// for the next build to clear (see clearLeftovers). Elsewhere the old tree
// is renamed aside first and the new one renamed into place: between the
// two, dir is missing, and if the second rename fails the old tree is put
// back; after a kill between them, the next build renames it back before
// anything else.
func swap(staged, dir string) error {
	if _, err := os.Lstat(dir); err == nil {
		switch err := exchangeFolders(staged, dir); {
		case err == nil:
			if swapHook != nil {
				swapHook("exchanged")
			}
			if err := os.RemoveAll(staged); err != nil {
				return fmt.Errorf("publish %s: published, but the previous output could not be removed from %s: %w", slashDir(dir), staged, err)
			}
			return nil
		case !errors.Is(err, errNoExchange):
			os.RemoveAll(staged)
			return fmt.Errorf("publish %s: %w", slashDir(dir), err)
		}
	}
	return swapInTwo(staged, dir)
}

// exchangeFolders is exchange, or in tests a stand-in that refuses, to
// prove the order without it.
var exchangeFolders = exchange

// errNoExchange is what exchange returns where the system or the file
// system cannot exchange two folders in one step.
var errNoExchange = errors.New("no exchange of two folders here")

func swapInTwo(staged, dir string) error {
	old, err := moveAside(dir)
	if err != nil {
		os.RemoveAll(staged)
		return fmt.Errorf("publish %s: moving the previous output aside: %w", slashDir(dir), err)
	}
	if old != "" && swapHook != nil {
		swapHook("aside")
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
	old, err := os.MkdirTemp(filepath.Dir(dir), oldPrefix(dir))
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

// The names of the trees a publish keeps beside dir while it runs: the
// new tree it stages, and (where there is no exchange) the old tree moved
// aside.
func newPrefix(dir string) string { return "." + filepath.Base(dir) + ".new-" }
func oldPrefix(dir string) string { return "." + filepath.Base(dir) + ".old-" }
