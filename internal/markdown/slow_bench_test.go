package markdown

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/limits"
)

// slowShapes are the inputs that make Markdown parsers slow: deep or
// unclosed emphasis and links, runs of backticks and brackets, many
// identical headings, wide tables, many link reference definitions. Each
// makes about size bytes; many are refused by the limits, which is the
// point: refusing them must also take time in proportion to their size.
var slowShapes = []struct {
	name string
	unit func(i int) string // the i-th piece of the input
}{
	{"nested-emphasis", func(i int) string { return "*a " }},
	{"unclosed-emphasis", func(int) string { return "*a " }},
	{"unclosed-underscore", func(int) string { return "_a " }},
	{"mixed-delimiters", func(int) string { return "*_" }},
	{"star-pairs", func(int) string { return "**a*" }},
	{"closers-that-find-nothing", func(int) string { return "a*_" }},
	{"closers-that-find-nothing-2", func(int) string { return "a_*b" }},
	{"intraword-underscores", func(int) string { return "*a_b" }},
	{"strong-closers", func(int) string { return "**x__" }},
	{"emphasis-and-intraword", func(int) string { return "*a* _b_ **c** snake_case " }},
	{"intraword-stars-and-underscores", func(int) string { return "snake_case a*b " }},
	{"unclosed-strikethrough", func(int) string { return "~~a " }},
	{"nested-links", func(int) string { return "[" }},
	{"unclosed-links", func(int) string { return "[a" }},
	{"unclosed-images", func(int) string { return "![a" }},
	{"empty-brackets", func(int) string { return "[]" }},
	{"closing-brackets", func(int) string { return "]" }},
	{"open-destinations", func(int) string { return "[a](" }},
	{"open-destinations-spaced", func(int) string { return "[a]( " }},
	{"open-destinations-lines", func(int) string { return "[a](\n" }},
	{"open-angle-destinations", func(int) string { return "[a](<" }},
	{"open-angle-destinations-spaced", func(int) string { return "[a](< " }},
	{"open-parentheses", func(i int) string {
		if i == 0 {
			return "[a]("
		}
		return "("
	}},
	{"open-titles", func(int) string { return "[a](b \"\n" }},
	{"open-paren-titles", func(int) string { return "[a](b (" }},
	{"full-references", func(int) string { return "[a][" }},
	{"backtick-run", func(int) string { return "`" }},
	{"backtick-runs-growing", func(i int) string { return strings.Repeat("`", i+1) + "a" }},
	{"backtick-runs-cycling", func(i int) string { return strings.Repeat("`", i%64+1) + "a" }},
	{"identical-headings", func(int) string { return "## Dates\n\n" }},
	{"numbered-headings", func(i int) string { return fmt.Sprintf("## Dates %d\n\n", i) }},
	{"heading-emphasis", func(int) string { return "## *a\n" }},
	{"wide-table", nil},
	{"long-table", func(i int) string {
		if i == 0 {
			return "|a|b|\n|-|-|\n"
		}
		return "|c|d|\n"
	}},
	{"padded-table", func(i int) string {
		if i == 0 {
			return strings.Repeat("|a", 100) + "|\n" + strings.Repeat("|-", 100) + "|\n"
		}
		return "|b\n"
	}},
	{"reference-definitions", func(i int) string { return fmt.Sprintf("[r%d]: https://a.example/%d\n", i, i) }},
	{"same-reference-definitions", func(int) string { return "[r]: https://a.example/\n" }},
	{"reference-definitions-split", func(int) string { return "[a]:\n" }},
	{"reference-angle", func(int) string { return "[a]: <" }},
	{"reference-title", func(i int) string {
		if i == 0 {
			return "[a]: b \""
		}
		return "a\n"
	}},
	{"reference-label", func(i int) string {
		if i == 0 {
			return "["
		}
		return "a\n"
	}},
	{"reference-uses", func(i int) string {
		if i == 0 {
			return "[r]: https://a.example/\n\n"
		}
		return "[r] "
	}},
	{"fragment-links", func(i int) string {
		if i == 0 {
			return "## a\n\n"
		}
		return "[x](#a) "
	}},
	{"nested-quotes", func(int) string { return ">" }},
	{"nested-lists", func(i int) string { return strings.Repeat(" ", 2*i) + "- a\n" }},
	{"nested-list-markers", func(int) string { return "- " }},
	{"nested-ordered-markers", func(int) string { return "1. " }},
	{"lazy-quotes", func(int) string { return "> a\nb\n" }},
	{"less-thans", func(int) string { return "<" }},
	{"open-tags", func(int) string { return "<a " }},
	{"open-comments", func(int) string { return "a <!-- " }},
	{"entities", func(int) string { return "&amp" }},
	{"backslashes", func(int) string { return "\\" }},
	{"www", func(int) string { return "www." }},
	{"smart-quotes", func(int) string { return "\"a '" }},
	{"one-paragraph", func(int) string { return "a\n" }},
	{"phone-numbers", func(int) string { return "01603 222494 " }},
	{"fences", func(int) string { return "```\na\n" }},
}

// shapeInput builds about size bytes of a shape: whole pieces, then cut.
// A nil unit is a table of three rows as wide as the page.
func shapeInput(unit func(int) string, size int) []byte {
	if unit == nil {
		n := size / 6
		return []byte(strings.Repeat("|a", n) + "|\n" + strings.Repeat("|-", n) + "|\n" + strings.Repeat("|b", n) + "|\n")
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(unit(i))
	}
	s := b.String()
	return []byte(s[:min(len(s), size)])
}

// cpuTime is the CPU time the process has used: unlike the wall clock, it
// hardly moves when other programs share the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// convertTime is the least CPU time one conversion of src takes, of runs
// tries. A try converts src again until 20ms have passed, as a shorter time
// is mostly noise; it starts after a collection and runs with the collector
// off, as when a collection falls is chance, and what is measured is the
// converter's own work.
func convertTime(c *Converter, src []byte, runs int) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best := time.Duration(1<<63 - 1)
	for range runs {
		runtime.GC()
		start, n := cpuTime(), 0
		for n == 0 || cpuTime()-start < 20*time.Millisecond {
			c.Convert(src, testContext())
			n++
		}
		best = min(best, (cpuTime()-start)/time.Duration(n))
	}
	return best
}

// growth is how many times larger the large input is than the small one,
// and maxGrowth the most the time may grow with it: 16 is linear, 256
// quadratic. A wide span keeps noise on a shared machine, which can double
// one measurement, far from both.
const growth, maxGrowth = 16, 64

// tries is how often a shape is measured before it is called superlinear:
// noise passes, a quadratic shape fails every time.
const tries = 3

// TestSlowShapesStayLinear converts each slow shape at a sixteenth of the
// file-size limit and at the limit, and fails if the time grows much faster
// than the size, or if the page at the limit takes more than a second.
func TestSlowShapesStayLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("measures every shape at up to the file-size limit, which takes a minute: run without -short")
	}
	full := limits.Default().FileBytes / shapeScale
	c := New()
	for _, shape := range slowShapes {
		t.Run(shape.name, func(t *testing.T) {
			small, large := shapeInput(shape.unit, full/growth), shapeInput(shape.unit, full)
			c.Convert(small, testContext()) // warm up
			var tSmall, tLarge time.Duration
			var ratio float64
			for try := 1; try <= tries; try++ {
				tSmall, tLarge = convertTime(c, small, 3), convertTime(c, large, 3)
				ratio = float64(tLarge) / float64(tSmall)
				t.Logf("%-32s %6d KiB %10v  %6d KiB %10v  %dx/1x %.1f", shape.name, len(small)>>10, tSmall, len(large)>>10, tLarge, growth, ratio)
				if ratio <= maxGrowth {
					break
				}
			}
			if ratio > maxGrowth {
				t.Errorf("%s: %v at %d bytes, %v at %d: %.1f times as long for %d times the input, want at most %d",
					shape.name, tSmall, len(small), tLarge, len(large), ratio, growth, maxGrowth)
			}
			if tLarge > time.Second*shapeSlowdown {
				t.Errorf("%s: %v at %d bytes, want under a second", shape.name, tLarge, len(large))
			}
		})
	}
}

// BenchmarkSlowShapes reports each shape at a quarter of the file-size
// limit and at the limit: go test -bench SlowShapes -benchmem ./internal/markdown
func BenchmarkSlowShapes(b *testing.B) {
	c := New()
	full := limits.Default().FileBytes
	for _, shape := range slowShapes {
		for _, size := range []int{full / 4, full} {
			src := shapeInput(shape.unit, size)
			b.Run(fmt.Sprintf("%s/%dKiB", shape.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					c.Convert(src, testContext())
				}
			})
		}
	}
}
