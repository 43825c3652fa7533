package content

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"norfolk.gov.uk/microsite/internal/limits"
)

// sizedFS serves one file, content/a.md, whose size as Stat tells it is
// size, and whose reads give data, counting the bytes read.
type sizedFS struct {
	size int64
	data string
	read *int
}

func (s sizedFS) Open(name string) (fs.File, error) {
	if name != "content/a.md" {
		return nil, fs.ErrNotExist
	}
	return &sizedFile{sizedFS: s, r: strings.NewReader(s.data)}, nil
}

type sizedFile struct {
	sizedFS
	r *strings.Reader
}

func (f *sizedFile) Stat() (fs.FileInfo, error) {
	return fstest.MapFS{"a.md": {Data: make([]byte, f.size)}}.Stat("a.md")
}

func (f *sizedFile) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	*f.read += n
	return n, err
}

func (f *sizedFile) Close() error { return nil }

// TestOversizedFilesAreNotRead checks that a file over the size limit is
// refused from its size alone, and that no more than a byte over the limit
// is read of a file that grew after it was opened.
func TestOversizedFilesAreNotRead(t *testing.T) {
	lim := limits.Limits{FileBytes: 1000}.OrDefault()
	page := "---\ntitle: A\ndescription: A.\n---\n" + strings.Repeat("Words. ", 500)
	for _, tc := range []struct {
		name     string
		size     int64 // as Stat says
		mostRead int
	}{
		{"said to be too big", 5000, 0},
		// Grown since it was opened: no more than a byte over the limit is read.
		{"grown", 500, lim.FileBytes + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var read int
			_, l, _ := readPage(sizedFS{size: tc.size, data: page, read: &read}, "content/a.md", lim)
			if read > tc.mostRead {
				t.Errorf("read %d bytes, want at most %d", read, tc.mostRead)
			}
			if len(l) != 1 || !strings.Contains(l[0].Message, "over the limit of 1,000") {
				t.Errorf("problems = %v, want one saying the file is over the limit", l)
			}
		})
	}
	var read int
	if _, l, _ := readPage(sizedFS{size: 100, data: page[:100], read: &read}, "content/a.md", lim); len(l) > 0 || read != 100 {
		t.Errorf("a file under the limit: read %d of its 100 bytes, problems %v", read, l)
	}
}
