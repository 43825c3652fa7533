package sections

import "testing"

func TestOf(t *testing.T) {
	for _, tc := range []struct {
		file string
		want string // the type's Owner, "" for an ordinary page
	}{
		{"content/consultation.md", Consultation.Owner},
		{"content/consultation/index.md", Consultation.Owner},
		{"content/workshops/northern.md", Workshops.Owner},
		{"content/workshops/index.md", ""},
		{"content/workshops/deep/northern.md", ""},
		{"content/updates/mi-sheet-95-05.md", Updates.Owner},
		{"content/vision.md", ""},
		{"content/site.toml", ""},
	} {
		var got string
		if typ := Of(tc.file); typ != nil {
			got = typ.Owner
		}
		if got != tc.want {
			t.Errorf("Of(%q) = %q; want %q", tc.file, got, tc.want)
		}
	}
	if Events() != "workshops" || Feed() != "updates" {
		t.Errorf("Events() = %q, Feed() = %q", Events(), Feed())
	}
}
