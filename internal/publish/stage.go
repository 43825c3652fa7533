package publish

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
)

// writeHook, when set by a test, runs before the n-th write (n counts files
// from 1 in the order given) and can make it fail. It lets tests prove that a
// failure at any point leaves the old site alone.
var writeHook func(n int, path string) error

// stage writes files into a new temporary folder beside dir and returns its
// name. On failure the folder is removed.
func stage(ctx context.Context, dir string, dirs []string, files []File) (string, error) {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
	if err != nil {
		return "", fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	if err := fill(ctx, tmp, dir, dirs, files); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	return tmp, nil
}

// fill writes the tree into tmp through an os.Root, so that no path, however
// it was built, can reach outside the new tree.
func fill(ctx context.Context, tmp, dir string, dirs []string, files []File) error {
	// MkdirTemp makes a private folder; the published one must be readable
	// like any other folder the build makes.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	root, err := os.OpenRoot(tmp)
	if err != nil {
		return fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	defer root.Close()
	for _, d := range dirs {
		if err := root.Mkdir(d, 0o755); err != nil {
			return fmt.Errorf("publish %s: %w", show(dir, d), err)
		}
	}
	if err := writeAll(ctx, root, dir, files); err != nil {
		return err
	}
	// A cancel that arrives during the last writes still stops the swap.
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	return nil
}

// writeAll writes files on a few goroutines. Each file has its own path, so
// the tree does not depend on the order the writes happen in. When writes
// fail, the error reported is the one for the earliest file in files.
func writeAll(ctx context.Context, root *os.Root, dir string, files []File) error {
	errs := make([]error, len(files))
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), 8, len(files)) {
		wg.Go(func() {
			for !failed.Load() {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				if errs[i] = write(ctx, root, dir, i, files[i]); errs[i] != nil {
					failed.Store(true)
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func write(ctx context.Context, root *os.Root, dir string, i int, f File) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("publish %s: %w", show(dir, f.Path), err)
	}
	if writeHook != nil {
		if err := writeHook(i+1, f.Path); err != nil {
			return fmt.Errorf("publish %s: %w", show(dir, f.Path), err)
		}
	}
	if err := root.WriteFile(f.Path, f.Data, 0o644); err != nil {
		return fmt.Errorf("publish %s: %w", show(dir, f.Path), err)
	}
	return nil
}
