package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/projectfs"
	"norfolk.gov.uk/microsite/internal/publish"
)

// Written describes a published build for its summary line.
type Written struct {
	// Pages are the published pages from content/, as every command
	// counts them; Made are the pages the site makes beside them (lists
	// of folders without an index.md, the print packs).
	Pages, Made int
	Files       int
	Bytes       int64
	// NextChange is the first day on which a build gives a different site
	// (site.NextChange); zero if none is to come.
	NextChange time.Time
}

// ToDisk builds the project in src and publishes it to out. Editors'
// problems come back as a diag.List; a failure to read or write as an error.
// Either way the previous contents of out are untouched unless the build
// succeeded.
func ToDisk(ctx context.Context, src, out string, opts Options) (Written, diag.List, error) {
	if err := checkFolders(src, out); err != nil {
		return Written{}, nil, err
	}
	root, err := os.OpenRoot(src)
	if err != nil {
		return Written{}, nil, fmt.Errorf("open the project folder: %w", err)
	}
	defer root.Close()
	opts, rl := withReport(ctx, projectfs.FS(root), opts)
	if rl != nil {
		return Written{}, rl, nil
	}
	stage, err := publish.Begin(ctx, out)
	if ctx.Err() != nil {
		if err == nil {
			stage.Abort()
		}
		return Written{}, nil, fmt.Errorf("%w: %s is untouched", ErrStopped, out)
	}
	if err != nil {
		return Written{}, nil, err
	}
	b := &Builder{fsys: projectfs.FS(root), opts: opts}
	s, l, _, err := b.build(ctx, nil, stage)
	if ctx.Err() != nil {
		// Stopped part way, the build's problems are only what it had not
		// done yet (links to pages not yet written): they would mislead.
		stage.Abort()
		return Written{}, nil, fmt.Errorf("%w: %s is untouched", ErrStopped, out)
	}
	if err != nil || s == nil || l.HasErrors() {
		stage.Abort()
		return Written{}, sorted(l), err
	}
	pub, err := stage.Commit()
	if ctx.Err() != nil && err != nil {
		return Written{}, nil, fmt.Errorf("%w: %s is untouched", ErrStopped, out)
	}
	if err != nil {
		return Written{}, sorted(l), err
	}
	next, _ := s.NextChange()
	return Written{Pages: s.FromContent(), Made: len(s.Pages) - s.FromContent(), Files: pub.Files, Bytes: pub.Bytes, NextChange: next}, sorted(l), nil
}

// checkFolders refuses an output folder that would swallow the source: the
// project folder itself, a folder above it, or one inside content/, layouts/
// or assets/, where a build would read its own output.
func checkFolders(src, out string) error {
	s, err := realPath(src)
	if err != nil {
		return fmt.Errorf("the project folder %s: %w", src, err)
	}
	o, err := realPath(out)
	if err != nil {
		return fmt.Errorf("the output folder %s: %w", out, err)
	}
	if within(s, o) || sameOrInside(s, o) {
		return fmt.Errorf("the output folder %s holds the project folder %s: a build replaces its output folder, so choose a folder of its own, like %s", out, src, filepath.Join(src, "public"))
	}
	for _, dir := range []string{"content", "layouts", "assets"} {
		if within(o, filepath.Join(s, dir)) || sameOrInside(o, filepath.Join(s, dir)) {
			return fmt.Errorf("the output folder %s is inside %s: the build would read its own output; choose a folder outside it, like %s", out, dir+"/", filepath.Join(src, "public"))
		}
	}
	return nil
}

// realPath makes p absolute and follows symbolic links in the part of it
// that exists, so two names for one folder compare equal.
func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for {
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			return filepath.Join(real, rest), nil
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return filepath.Join(abs, rest), nil
		}
		rest = filepath.Join(filepath.Base(abs), rest)
		abs = parent
	}
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
