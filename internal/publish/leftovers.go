package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// clearLeftovers removes the trees an earlier publish of dir left beside
// it when it was killed or the machine stopped (a publish that fails or is
// cancelled removes its own): a staged new tree, or after an exchange the
// old tree under the staged name. If dir itself is missing and an old tree
// was moved aside (a kill between the two renames of a swap without
// exchange), that tree is the last good site and goes back first. The
// caller holds the lock on dir's folder, so no other publish is using them.
func clearLeftovers(dir string) error {
	parent := filepath.Dir(dir)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	var olds, news []string
	for _, e := range entries {
		switch name := e.Name(); {
		case isLeftover(name, oldPrefix(dir)):
			olds = append(olds, name)
		case isLeftover(name, newPrefix(dir)):
			news = append(news, name)
		}
	}
	if _, err := os.Lstat(dir); os.IsNotExist(err) && len(olds) > 0 {
		if err := os.Rename(filepath.Join(parent, olds[0]), dir); err != nil {
			return fmt.Errorf("publish %s: the previous output, moved aside by a build that was stopped, cannot be put back from %s: %w", slashDir(dir), olds[0], err)
		}
		olds = olds[1:]
	}
	for _, name := range slices.Concat(olds, news) {
		if err := os.RemoveAll(filepath.Join(parent, name)); err != nil {
			return fmt.Errorf("publish %s: %s, left by a build that was stopped, cannot be removed: %w", slashDir(dir), slashDir(filepath.Join(parent, name)), err)
		}
	}
	return nil
}

// isLeftover reports a name os.MkdirTemp made from prefix: the prefix,
// then digits only, so nothing an editor named is ever taken for one.
func isLeftover(name, prefix string) bool {
	rest, ok := strings.CutPrefix(name, prefix)
	return ok && rest != "" && strings.Trim(rest, "0123456789") == ""
}
