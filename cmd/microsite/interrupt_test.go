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

func TestBaseURLFlagIsChecked(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://user:secret@example.org/", `microsite build: --base-url "https://user:secret@example.org/" must not hold a user name or password: they would appear in every link` + "\n"},
		{"https://example.org/a b/", `microsite build: --base-url "https://example.org/a b/" holds a space or an invisible character: an address has none; retype it` + "\n"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"build", "--src", t.TempDir(), "--out", filepath.Join(t.TempDir(), "public"), "--base-url", tt.url}, &stdout, &stderr, time.Now())
		if code != exitUsage || stderr.String() != tt.want {
			t.Errorf("build --base-url %q = %d, stderr %q; want %d and %q", tt.url, code, stderr.String(), exitUsage, tt.want)
		}
	}
}
