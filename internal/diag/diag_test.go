package diag

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortAndMerge(t *testing.T) {
	var want List
	for _, f := range []string{"content/a.md", "content/b.md", "layouts/page.html"} {
		for line := range 4 {
			want.Warnf(f, line, "warning")
			want.Errorf(f, line, "b error")
			want.Errorf(f, line, "a error")
		}
	}
	want.Sort()
	r := rand.New(rand.NewPCG(1, 2))
	for range 100 {
		l := slices.Clone(want)
		r.Shuffle(len(l), func(i, j int) { l[i], l[j] = l[j], l[i] })
		n := r.IntN(len(l) + 1)
		a, b := slices.Clone(l[:n]), slices.Clone(l[n:])
		a.Sort()
		b.Sort()
		if got := Merge(a, b); !slices.Equal(got, want) {
			t.Fatalf("Merge of two sorted halves:\n%s\nwant:\n%s", got.Error(), want.Error())
		}
		l.Sort()
		if !slices.Equal(l, want) {
			t.Fatalf("Sort:\n%s\nwant:\n%s", l.Error(), want.Error())
		}
	}
}
