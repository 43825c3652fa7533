package build_test

import (
	"io/fs"
	"os"
	"strings"
	"testing"
)

// realLayouts returns the project's layouts/ as txtar files, so tests of
// what the real layouts show can use small sites of their own.
func realLayouts(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	err := fs.WalkDir(os.DirFS("../.."), "layouts", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile("../../" + path)
		b.WriteString("-- " + path + " --\n")
		b.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
