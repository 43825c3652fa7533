package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/sitetest"
)

func TestCtrlCSaysTheBuildStopped(t *testing.T) {
	src := sitetest.Project(t, settings+`
-- content/index.md --
---
title: Home
description: Home.
---
`)
	out := filepath.Join(filepath.Dir(src), "public")
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // Ctrl-C, before the build could finish
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"build", "--src", src, "--out", out, "--now", "2005-05-20"}, &stdout, &stderr, time.Now())
	want := "microsite build: stopped: interrupted before the build finished: " + out + " is untouched\n"
	if code != exitProblems || stderr.String() != want || stdout.Len() != 0 {
		t.Errorf("build after Ctrl-C = %d, stdout %q, stderr %q; want %d and stderr %q", code, stdout.String(), stderr.String(), exitProblems, want)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("build after Ctrl-C made %s (%v)", out, err)
	}
}
