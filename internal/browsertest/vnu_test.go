package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// vnuMessage is one message of the Nu Html Checker's JSON output.
type vnuMessage struct {
	Type, SubType string
	URL           string
	LastLine      int
	FirstColumn   int
	Message       string
	Extract       string
}

func TestEveryPageIsValidHTML(t *testing.T) {
	java := javaPath(t)
	jar := nodeModule(t, "vnu-jar/build/dist/vnu.jar")
	dir := t.TempDir()
	for _, p := range allPages(t) {
		name := filepath.Join(dir, p.site.name, filepath.FromSlash(p.path))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, p.site.files[p.path], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, java, "-jar", jar,
		"--format", "json", "--errors-only", "--exit-zero-always", "--stdout", dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, stderr.Bytes())
	}
	var report struct{ Messages []vnuMessage }
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("reading the checker's report: %v\n%s", err, out)
	}
	for _, m := range report.Messages {
		file := m.URL
		if rel, err := filepath.Rel(dir, strings.TrimPrefix(m.URL, "file:")); err == nil {
			file = filepath.ToSlash(rel)
		}
		// "error" and "non-document-error" (a file it could not read) both fail.
		t.Errorf("%s:%d:%d: %s %s: %s\n\t%s", file, m.LastLine, m.FirstColumn, m.Type, m.SubType, m.Message, strings.TrimSpace(m.Extract))
	}
}
