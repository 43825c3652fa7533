package watch

import "testing"

func TestOptionsRefuseFoldersOutsideTheProject(t *testing.T) {
	for _, dirs := range [][]string{{"."}, {".."}, {"../content"}, {"/etc"}, {"content", "./"}} {
		if _, _, _, err := (Options{Root: t.TempDir(), Dirs: dirs}).resolve(); err == nil {
			t.Errorf("Options{Dirs: %q}.resolve() succeeded, want an error", dirs)
		}
	}
	if _, _, _, err := (Options{Root: "no/such/folder"}).resolve(); err == nil {
		t.Error("Options{Root: missing}.resolve() succeeded, want an error")
	}
}

func TestPlace(t *testing.T) {
	sc := scope{dirs: []string{"content", "assets/css"}}
	tests := []struct {
		rel  string
		want place
	}{
		{".", ancestor},
		{"content", inside},
		{"content/a/b.md", inside},
		{"contents", outside},
		{"assets", ancestor},
		{"assets/css/site.css", inside},
		{"assets/js", outside},
		{"public/index.html", outside},
	}
	for _, tt := range tests {
		if got := sc.place(tt.rel); got != tt.want {
			t.Errorf("place(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}
