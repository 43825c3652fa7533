package editorfiles

import "testing"

func TestIsTemporary(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"vision.md", false},
		{"page.html", false},
		{"site.css", false},
		{"2005.md", false},
		{"2005", false}, // a year, not vim's probe
		{"4912", false}, // below vim's first probe
		{"5000", false}, // not on vim's 123 step
		{"hash#tag.md", false},
		{"#", false},
		{"", false},
		{"tmp.md", false},
		{"backup-plan.md", false},

		{".vision.md.swp", true},
		{".vision.md.swx", true},
		{"vision.md.swo", true},
		{"vision.md~", true},
		{"4913", true},
		{"5036", true}, // vim's second try, 4913+123
		{".#vision.md", true},
		{"#vision.md#", true},
		{".DS_Store", true},
		{".goutputstream-AB12CD", true},
		{"logo.svg.goutputstream-AB12CD", true},
		{".~lock.notes.odt#", true},
		{"vision.md___jb_tmp___", true},
		{"vision.md___jb_old___", true},
		{"vision.md.tmp", true},
		{"vision.md.bak", true},
		{"report.pdf.crdownload", true},
		{"vision.md.vsctmp", true},
	}
	for _, tt := range tests {
		if got := IsTemporary(tt.name); got != tt.want {
			t.Errorf("IsTemporary(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
