//go:build unix

package main

import (
	"bytes"
	"context"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// TestSIGTERMStopsTheBuildLikeCtrlC sends the process SIGTERM while a
// build writes its second file, as timeout or a CI cancellation would:
// the build stops, says so, and leaves the previous output as it was with
// nothing beside it.
func TestSIGTERMStopsTheBuildLikeCtrlC(t *testing.T) {
	src := sitetest.Project(t, settings+`
-- content/index.md --
---
title: Home
description: Home.
---
-- content/vision.md --
---
title: Vision
description: Our vision.
---
`)
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	args := []string{"build", "--src", src, "--out", out, "--now", "2005-05-20"}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, &stdout, &stderr, time.Now()); code != exitOK {
		t.Fatalf("first build = %d: %s%s", code, stdout.String(), stderr.String())
	}
	before := outputFiles(t, out)

	ctx, stop := signal.NotifyContext(context.Background(), stopSignals...)
	defer stop()
	defer publish.InterceptWrites(func(n int, _ string) error {
		if n == 2 {
			syscall.Kill(os.Getpid(), syscall.SIGTERM)
			<-ctx.Done()
		}
		return nil
	})()
	stdout.Reset()
	stderr.Reset()
	code := run(ctx, args, &stdout, &stderr, time.Now())
	want := "microsite build: stopped: interrupted before the build finished: " + out + " is untouched\n"
	if code != exitProblems || stderr.String() != want {
		t.Errorf("build after SIGTERM = %d, stdout %q, stderr %q; want %d and stderr %q", code, stdout.String(), stderr.String(), exitProblems, want)
	}
	if got := outputFiles(t, out); !maps.Equal(got, before) {
		t.Errorf("after SIGTERM the output is %q, want it as before, %q", got, before)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("after SIGTERM %s holds %d entries, want the output folder alone", parent, len(entries))
	}
}

// outputFiles reads every file under dir.
func outputFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		files[p] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
