package content

import (
	"errors"
	"io/fs"
	"slices"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/editorfiles"
	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/projectfs"
)

const settingsPath = "content/site.toml"

// avoidListPath is the editors' list of words to avoid, which the build's
// checks read (check.AvoidListPath): a file of content/ that is not a page.
const avoidListPath = "content/avoid-words.txt"

// Load reads the content/ folder of the project folder fsys: the settings
// and every page, sorted by Path. Pages with errors are still returned, as
// far as they could be read, so that later checks can say more; pages that
// could not be read at all are left out. The diagnostics are sorted.
func Load(fsys fs.FS) (Settings, []Page, diag.List) {
	var c Cache
	settings, l, _ := c.Load(fsys, nil)
	return settings, c.Pages(), l
}

// settingsMaxBytes bounds content/site.toml, which is read before any
// limit it raises is known; its keys take well under a KiB.
const settingsMaxBytes = 1 << 20

func loadSettings(fsys fs.FS, l *diag.List) Settings {
	src, err := projectfs.ReadFile(fsys, settingsPath, settingsMaxBytes)
	if size, ok := projectfs.TooBig(err); ok {
		l.Errorf(settingsPath, 0, "the file is %s bytes, over the limit of %s: the settings take well under a thousand; check that nothing else was pasted in",
			limits.Count(size), limits.Count(settingsMaxBytes))
		return Settings{}
	}
	if errors.Is(err, fs.ErrNotExist) {
		l.Errorf(settingsPath, 0, "the site settings file is missing: create content/site.toml with %s", strings.Join(settingsKeys, ", "))
		return Settings{}
	}
	if err != nil {
		if msg, ok := projectfs.Explain(fsys, settingsPath, err); ok {
			l.Errorf(settingsPath, 0, "%s", msg)
			return Settings{}
		}
		l.Errorf(settingsPath, 0, "the file cannot be read (%v): check that it still exists and that you may open it", err)
		return Settings{}
	}
	s, sl := ParseSettings(settingsPath, src)
	*l = append(*l, sl...)
	return s
}

// findPages lists the pages under content/, sorted, warning about files an
// editor may expect to be published but that will not be.
func findPages(fsys fs.FS, l *diag.List) []string {
	var paths []string
	fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if msg, ok := projectfs.Explain(fsys, p, err); ok {
				l.Errorf(p, 0, "%s", msg)
				return nil
			}
			l.Errorf(p, 0, "cannot be read (%v): check that it still exists and that you may open it", err)
			return nil
		}
		if p != "content" && editorfiles.IsTemporary(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 && !strings.HasSuffix(p, ".md") && p != settingsPath && p != avoidListPath {
			// A link to a page is read like the page, and one that leads
			// outside the project is refused when it is read.
			linkProblem(fsys, p, l)
			return nil
		}
		switch {
		case d.IsDir() || p == settingsPath || p == avoidListPath:
		case strings.HasSuffix(p, ".md"):
			paths = append(paths, p)
		default:
			l.Warnf(p, 0, "is not a page and is not published: put images and downloads in assets/")
		}
		return nil
	})
	// WalkDir's order is by name within each folder, which is not the
	// order of whole paths ("a-b/" before "a/").
	slices.Sort(paths)
	return paths
}

func readPage(fsys fs.FS, path string, lim limits.Limits) (Page, diag.List, bool) {
	src, l, err := readWithin(fsys, path, lim)
	if l != nil {
		return Page{Path: path, FieldLines: map[string]int{}}, l, true
	}
	if err != nil {
		if msg, ok := projectfs.Explain(fsys, path, err); ok {
			l.Errorf(path, 0, "%s", msg)
			return Page{}, l, false
		}
		l.Errorf(path, 0, "the file cannot be read (%v): check that it still exists and that you may open it", err)
		return Page{}, l, false
	}
	p, l := ParsePageWithin(path, src, lim)
	return p, l, true
}
