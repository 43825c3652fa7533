package publish

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestPublishRefusesPaths(t *testing.T) {
	bad := []string{
		"", ".", "/etc/passwd", "../outside.html", "a/../../b", "a/./b", "a//b", "a/",
		`a\b.html`, `..\..\x`, "a\x00b", "a\nb", "tab\there", "del\x7f", "c1\u0085",
		"C:/x", "c:x", "file.txt:stream", "a<b", "a|b", "what?.html",
		"CON", "con", "Con.txt", "nul.tar.gz", "aux/index.html", "x/PRN", "COM1", "com9.log",
		"LPT1", "lpt9.txt", "COM¹", "nul .txt", "dir./x", "trailing ",
		"bad\xffutf8",
	}
	for _, p := range bad {
		parent := t.TempDir()
		dir := filepath.Join(parent, "public")
		files := append(site(), File{Path: p, Data: []byte("x")})
		_, err := Publish(context.Background(), dir, files)
		if err == nil {
			t.Errorf("Publish(%q) succeeded, want it refused", p)
			continue
		}
		if !strings.Contains(err.Error(), fmt.Sprintf("publish %s: path %q: ", filepath.ToSlash(dir), p)) {
			t.Errorf("Publish(%q): error %q does not name the path", p, err)
		}
		assertOnly(t, parent) // nothing written, not even dir
	}
}

func TestPublishAcceptsOrdinaryPaths(t *testing.T) {
	good := []string{
		"index.html", "404.html", "_redirects", "robots.txt", "sitemap.xml",
		"assets/site.3f9a1c2e.css", "workshops/northern/index.html", ".well-known/security.txt",
		"console.html", "com10.txt", "lpt.txt", "nullable/index.html", "café/menu.html",
	}
	var files []File
	for _, p := range good {
		files = append(files, File{Path: p, Data: []byte(p)})
	}
	publishOK(t, filepath.Join(t.TempDir(), "public"), files)
}

func TestPublishRefusesCollisions(t *testing.T) {
	tests := []struct {
		a, b, want string
	}{
		{"vision/index.html", "vision/index.html", "listed twice"},
		{"vision/index.html", "Vision/index.html", "letter case"},
		{"about.html", "ABOUT.HTML", "letter case"},
		{"Assets/a.css", "assets/b.css", "letter case"},
		{"workshops", "workshops/index.html", "as a folder, but"},
		{"workshops/index.html", "Workshops", "as a folder, but"},
	}
	for _, tt := range tests {
		parent := t.TempDir()
		files := []File{{tt.a, []byte("a")}, {tt.b, []byte("b")}}
		_, err := Publish(context.Background(), filepath.Join(parent, "public"), files)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Publish(%q, %q): err = %v, want one containing %q", tt.a, tt.b, err, tt.want)
		}
		assertOnly(t, parent)
	}
}
