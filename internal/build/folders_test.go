package build_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// TestOutputFolderByAnotherName refuses an output folder inside content/
// reached by another name: through a link, and, on a disk that ignores
// letter case (macOS, Windows), as "Content/public".
func TestOutputFolderByAnotherName(t *testing.T) {
	src := sitetest.Project(t, settings+`
-- content/index.md --
---
title: Home
description: Home.
---
`)
	if err := os.Symlink("content", filepath.Join(src, "pages")); err != nil {
		t.Fatal(err)
	}
	outs := []string{filepath.Join(src, "pages", "public")}
	if _, err := os.Stat(filepath.Join(src, "CONTENT")); err == nil {
		outs = append(outs, filepath.Join(src, "Content", "public"))
	} else {
		t.Log("this disk tells letter case apart: Content/public is another folder here")
	}
	for _, out := range outs {
		parent := filepath.Dir(src)
		before := tree(t, parent)
		_, _, err := build.ToDisk(context.Background(), src, out, build.Options{Now: sitetest.Now})
		if err == nil || !strings.Contains(err.Error(), "is inside content/") {
			t.Errorf("ToDisk(%s): err = %v, want it refused as inside content/", out, err)
		}
		if got := tree(t, parent); len(got) != len(before) {
			t.Errorf("ToDisk(%s) was refused but changed the files", out)
		}
	}
}
