package publish

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

func BenchmarkPublish(b *testing.B) {
	files := make([]File, 1000)
	data := bytes.Repeat([]byte("<p>Children's Services: your views.</p>\n"), 5*1024/40)
	var size int64
	for i := range files {
		files[i] = File{Path: fmt.Sprintf("section%02d/page%03d/index.html", i%20, i), Data: data}
		size += int64(len(data))
	}
	dir := filepath.Join(b.TempDir(), "public")
	b.SetBytes(size)
	for b.Loop() {
		if _, err := Publish(context.Background(), dir, files); err != nil {
			b.Fatal(err)
		}
	}
}
