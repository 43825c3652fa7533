package suggest

import "testing"

func TestNearest(t *testing.T) {
	known := []string{"have-your-say", "updates", "workshops", "Title"}
	for _, tc := range []struct{ name, want string }{
		{"have-your-sey", "have-your-say"},
		{"workshop", "workshops"},
		{"updaets", "updates"},
		{"title", "Title"},
		{"news", ""},
		{"x", ""},
	} {
		if got := Nearest(tc.name, known); got != tc.want {
			t.Errorf("Nearest(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	if got, want := DidYouMean("workshop", known), ` (did you mean "workshops"?)`; got != want {
		t.Errorf("DidYouMean = %q, want %q", got, want)
	}
}
