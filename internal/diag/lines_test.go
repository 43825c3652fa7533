package diag

import (
	"strings"
	"testing"
)

func TestLinesMatchCounting(t *testing.T) {
	for _, text := range []string{"", "a", "a\n", "\n\n", "ab\ncd\n\nef", "\nx"} {
		x := NewLines(text, 7)
		for i := 0; i <= len(text)+1; i++ {
			want := 7 + strings.Count(text[:min(i, len(text))], "\n")
			if got := x.Line(i); got != want {
				t.Errorf("NewLines(%q, 7).Line(%d) = %d, want %d", text, i, got, want)
			}
		}
	}
}
