package watch

import (
	"errors"
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"
	"testing/synctest"

	"github.com/fsnotify/fsnotify"
)

const (
	create = fsnotify.Create
	write  = fsnotify.Write
	remove = fsnotify.Remove
	rename = fsnotify.Rename
	chmod  = fsnotify.Chmod
)

// The sequences below were recorded with fsnotify on Linux (ext4): vim 9.0
// in a real terminal; the JetBrains, gedit, VS Code and nano patterns by
// making the same calls those editors make. Emacs' is from its documented
// behaviour. Each save must give one batch naming the file saved.
var saves = []struct {
	name   string
	events []fsnotify.Event
}{
	{"vim", []fsnotify.Event{
		ev(create, "content/.x.md.swp"), ev(write, "content/.x.md.swp"),
		ev(create, "content/4913"), ev(chmod, "content/4913"), ev(remove, "content/4913"),
		ev(rename, "content/x.md"), ev(create, "content/x.md~"),
		ev(create, "content/x.md"), ev(write, "content/x.md"), ev(write, "content/x.md"),
		ev(chmod, "content/x.md"), ev(chmod, "content/x.md"),
		ev(write, "content/.x.md.swp"), ev(remove, "content/x.md~"), ev(remove, "content/.x.md.swp"),
	}},
	{"JetBrains safe write", []fsnotify.Event{
		ev(create, "content/x.md___jb_tmp___"), ev(write, "content/x.md___jb_tmp___"),
		ev(rename, "content/x.md"), ev(create, "content/x.md___jb_old___"),
		ev(rename, "content/x.md___jb_tmp___"), ev(create, "content/x.md"),
		ev(remove, "content/x.md___jb_old___"),
	}},
	{"gedit", []fsnotify.Event{
		ev(create, "content/.goutputstream-AB12CD"), ev(write, "content/.goutputstream-AB12CD"),
		ev(chmod, "content/.goutputstream-AB12CD"),
		ev(rename, "content/.goutputstream-AB12CD"), ev(create, "content/x.md"),
	}},
	{"VS Code, in place", []fsnotify.Event{
		ev(write, "content/x.md"), ev(write, "content/x.md"),
	}},
	{"VS Code, atomic", []fsnotify.Event{
		ev(create, "content/x.md.vsctmp"), ev(write, "content/x.md.vsctmp"),
		ev(rename, "content/x.md.vsctmp"), ev(create, "content/x.md"),
	}},
	{"nano with backups", []fsnotify.Event{
		ev(create, "content/x.md~"), ev(write, "content/x.md~"), ev(write, "content/x.md"),
	}},
	{"emacs, first save", []fsnotify.Event{
		ev(create, "content/.#x.md"), ev(create, "content/#x.md#"), ev(write, "content/#x.md#"),
		ev(rename, "content/x.md"), ev(create, "content/x.md~"),
		ev(create, "content/x.md"), ev(write, "content/x.md"),
		ev(remove, "content/#x.md#"), ev(remove, "content/.#x.md"),
	}},
}

func TestEditorSaveIsOneBatchNamingTheFile(t *testing.T) {
	for _, tt := range saves {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				fsys := files("content/x.md")
				got, _ := replay{before: fsys, after: fsys, events: tt.events}.run(t)
				want := []Batch{{Paths: []string{"content/x.md"}}}
				if !equalBatches(got, want) {
					t.Errorf("batches = %+v, want %+v", got, want)
				}
			})
		})
	}
}

func TestNothingToRebuildSendsNoBatch(t *testing.T) {
	tests := []struct {
		name   string
		events []fsnotify.Event
	}{
		{"vim's swap file while typing", []fsnotify.Event{
			ev(create, "content/.x.md.swp"), ev(create, "content/.x.md.swx"),
			ev(remove, "content/.x.md.swx"), ev(write, "content/.x.md.swp"),
		}},
		{"emacs autosave and lock", []fsnotify.Event{
			ev(create, "content/.#x.md"), ev(create, "content/#x.md#"), ev(write, "content/#x.md#"),
		}},
		{"LibreOffice lock", []fsnotify.Event{ev(create, "content/.~lock.notes.odt#")}},
		{"permissions only", []fsnotify.Event{ev(chmod, "content/x.md")}},
		{"outside the watched folders", []fsnotify.Event{
			ev(create, "public"), ev(write, "README.md"), ev(create, ".git"),
		}},
		{"inside a hidden folder", []fsnotify.Event{ev(write, "content/.obsidian/workspace.json")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				fsys := files("content/x.md")
				if got, _ := (replay{before: fsys, after: fsys, events: tt.events}).run(t); len(got) != 0 {
					t.Errorf("batches = %+v, want none", got)
				}
			})
		})
	}
}

func TestFolders(t *testing.T) {
	tests := []struct {
		name          string
		before, after fs.FS
		events        []fsnotify.Event
		want          Batch
		added         []string
		removed       []string
	}{{
		name:   "mkdir -p with files already inside",
		before: files("content/x.md"),
		after:  files("content/x.md", "content/a/q.md", "content/a/b/c/p.md", "content/a/b/.p.md.swp"),
		events: []fsnotify.Event{ev(create, "content/a")},
		want:   Batch{Paths: []string{"content/a/b/c/p.md", "content/a/q.md"}},
		added:  []string{"content/a", "content/a/b", "content/a/b/c"},
	}, {
		name:    "a folder renamed",
		before:  files("content/a/x/p.md"),
		after:   files("content/b/x/p.md"),
		events:  []fsnotify.Event{ev(rename, "content/a"), ev(create, "content/b"), ev(rename, "content/a")},
		want:    Batch{Paths: []string{"content/a", "content/b/x/p.md"}},
		added:   []string{"content/b", "content/b/x"},
		removed: []string{"content/a", "content/a/x"},
	}, {
		name:   "a folder removed",
		before: files("content/a/x/p.md"),
		after:  files(),
		events: []fsnotify.Event{
			ev(remove, "content/a/x/p.md"), ev(remove, "content/a/x"), ev(remove, "content/a"),
		},
		want:    Batch{Paths: []string{"content/a", "content/a/x", "content/a/x/p.md"}},
		removed: []string{"content/a", "content/a/x"},
	}, {
		name:   "a watched folder that did not exist at the start",
		before: files("layouts/page.html"),
		after:  files("layouts/page.html", "content/vision.md", "content/workshops/northern.md"),
		events: []fsnotify.Event{ev(create, "content")},
		want:   Batch{Paths: []string{"content/vision.md", "content/workshops/northern.md"}},
		added:  []string{"content", "content/workshops"},
	}, {
		name:   "a link to a folder is reported, not followed",
		before: files("content/x.md"),
		after: fstest.MapFS{
			"content/x.md":   {Data: []byte("x")},
			"content/linked": {Data: []byte("../elsewhere"), Mode: fs.ModeSymlink},
			"elsewhere/y.md": {Data: []byte("y")},
		},
		events: []fsnotify.Event{ev(create, "content/linked")},
		want:   Batch{Paths: []string{"content/linked"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				got, rec := replay{before: tt.before, after: tt.after, events: tt.events}.run(t)
				if want := []Batch{tt.want}; !equalBatches(got, want) {
					t.Errorf("batches = %+v, want %+v", got, want)
				}
				slices.Sort(rec.added)
				slices.Sort(rec.removed)
				if !slices.Equal(rec.added, tt.added) || !slices.Equal(rec.removed, tt.removed) {
					t.Errorf("added %q, removed %q; want added %q, removed %q", rec.added, rec.removed, tt.added, tt.removed)
				}
			})
		})
	}
}

func TestOverflowRebuildsEverythingAndWatchesAgain(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := replay{
			before: files("content/x.md"),
			after:  files("content/x.md", "content/new/p.md"), // made while events were lost
			events: []fsnotify.Event{ev(write, "content/x.md")},
			errs:   []error{fsnotify.ErrEventOverflow},
		}
		got, rec := r.run(t)
		want := []Batch{{Paths: []string{"content/x.md"}, All: true}}
		if !equalBatches(got, want) {
			t.Errorf("batches = %+v, want %+v", got, want)
		}
		if !slices.Contains(rec.added, "content/new") {
			t.Errorf("after the overflow, added %q; want content/new among them", rec.added)
		}
	})
}

func TestAnyWatcherErrorRebuildsEverything(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		fsys := files("content/x.md")
		got, _ := replay{before: fsys, after: fsys, errs: []error{errors.New("read: bad file descriptor")}}.run(t)
		if want := []Batch{{All: true}}; !equalBatches(got, want) {
			t.Errorf("batches = %+v, want %+v", got, want)
		}
	})
}
