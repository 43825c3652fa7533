package main

import (
	"fmt"
	"syscall"
	"time"

	"norfolk.gov.uk/microsite/internal/watch"
)

// verdicts hold one size's results against the targets of the speed issue,
// so a run says plainly which it meets.
type verdicts struct {
	n      int
	onDisk bool
	// Medians and peak memory by tool name; zero where a tool did not run.
	ours, again, unminified, floorsLayout, floor, floorOurs, cp, cpOutput, hugo time.Duration
	oursRSS, hugoRSS                                                            int64
	reload                                                                      time.Duration // median save to reload, debounce included
}

func (v *verdicts) measured(ts []tool, samples [][]sample) {
	for i, t := range ts {
		med := median(samples[i])
		var peak int64
		for _, s := range samples[i] {
			peak = max(peak, s.rss)
		}
		switch {
		case t.name == "microsite":
			v.ours, v.oursRSS = med, peak
		case t.again:
			v.again = med
		case t.name == unminified:
			v.unminified = med
		case t.name == floorsLayout:
			v.floorsLayout = med
		case t.name == "floor":
			v.floor = med
		case t.name == floorOurs:
			v.floorOurs = med
		case t.name == "cp -r":
			v.cp = med
		case t.name == cpOutput:
			v.cpOutput = med
		case t.name == "hugo --minify":
			v.hugo, v.hugoRSS = med, peak
		}
	}
}

func (v *verdicts) print() {
	fmt.Printf("targets at %d pages:\n", v.n)
	// The targets against Hugo and the floor are for outputs in memory: on
	// a disk, creating files sets the pace for every tool alike.
	cold := target
	if v.onDisk {
		cold = noTarget("the target is for outputs in memory")
	}
	if v.hugo > 0 {
		cold("ours ÷ hugo --minify", ratio(v.ours, v.hugo), map[bool]float64{true: 0.4, false: 0.5}[v.n == 10000])
	}
	if v.n == 1000 || v.n == 10000 {
		cold("ours ÷ floor with our layouts", ratio(v.ours, v.floorOurs), 1.3)
	}
	noTarget("the floor renders a one-line template")("ours ÷ floor", ratio(v.ours, v.floor), 0)
	noTarget("the floor does not minify")("ours unminified ÷ floor", ratio(v.unminified, v.floor), 0)
	noTarget("the floor's template for our layouts")("ours with the floor's layout ÷ floor", ratio(v.floorsLayout, v.floor), 0)
	if v.n == 10000 {
		target("peak memory, ours in MiB", float64(v.oursRSS)/(1<<20), 256)
		if v.hugo > 0 {
			target("peak memory, ours ÷ Hugo's", float64(v.oursRSS)/float64(v.hugoRSS), 0.25)
		}
	}
	if v.onDisk {
		target("ours ÷ cp -r", ratio(v.ours, v.cp), 1.3)
		target("again ÷ cp -r", ratio(v.again, v.cp), 1.3)
		noTarget("cp -r of the files and folders a build makes")("ours ÷ cp -r output", ratio(v.ours, v.cpOutput), 0)
	} else {
		fmt.Println("  (the outputs are in memory: for the targets against cp -r, give -out a folder on a disk)")
	}
	limit := map[int]time.Duration{1000: 20 * time.Millisecond, 10000: 50 * time.Millisecond}[v.n]
	if v.reload > 0 && limit > 0 {
		target("save to reload in ms, less the debounce", float64(v.reload-watch.DefaultDebounce)/float64(time.Millisecond), float64(limit/time.Millisecond))
	}
}

// linear says whether the time a page took grew from one size to the next.
func linear(sizes []int, perPage []time.Duration, onDisk bool) {
	verdict := target
	if onDisk {
		verdict = noTarget("the target is for outputs in memory")
	}
	for i := 1; i < len(perPage); i++ {
		verdict(fmt.Sprintf("per page at %d ÷ per page at %d", sizes[i], sizes[i-1]), ratio(perPage[i], perPage[i-1]), 1.1)
	}
}

func target(what string, got, most float64) {
	verdict := "met"
	if got > most {
		verdict = "NOT MET"
	}
	fmt.Printf("  %-42s %8.2f  at most %-6g %s\n", what, got, most, verdict)
}

// noTarget prints a figure that is not held against a target here, and why.
func noTarget(why string) func(what string, got, _ float64) {
	return func(what string, got, _ float64) {
		fmt.Printf("  %-42s %8.2f  (no verdict: %s)\n", what, got, why)
	}
}

func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

// memoryBacked reports whether dir is on tmpfs, where creating files costs
// next to nothing and a comparison with cp -r says little.
func memoryBacked(dir string) bool {
	const tmpfsMagic = 0x01021994
	var st syscall.Statfs_t
	return syscall.Statfs(dir, &st) == nil && st.Type == tmpfsMagic
}
