package markdown

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestConvertIsSafeForConcurrentUse converts every case at once from many
// goroutines through one Converter, as the build does, and expects each
// result to equal a conversion done alone. Run it with -race.
func TestConvertIsSafeForConcurrentUse(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/cases/*.md")
	c := New()
	var sources [][]byte
	var want []Result
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, src)
		want = append(want, c.Convert(src, testContext()))
	}
	const rounds = 8
	got := make([]Result, rounds*len(sources))
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i] = c.Convert(sources[i%len(sources)], testContext()) })
	}
	wg.Wait()
	for i, g := range got {
		w := want[i%len(sources)]
		if g.HTML != w.HTML || g.Diags.Error() != w.Diags.Error() {
			t.Errorf("%s converted concurrently:\n%s\n%s\nwant\n%s\n%s", inputs[i%len(sources)], g.HTML, g.Diags, w.HTML, w.Diags)
		}
	}
}
