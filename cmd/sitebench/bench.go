package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"syscall"
	"time"

	"norfolk.gov.uk/microsite/internal/corpus"
)

type bench struct {
	work, outBase string
	seed          uint64
	microsite     string
	self          string
	hugo          string
}

// tool is one contender: how to run it into an output folder.
type tool struct {
	name string
	cmd  func(out string) *exec.Cmd
}

type sample struct {
	wall time.Duration
	rss  int64 // bytes
}

func newBench(work, outBase string, seed uint64) (*bench, error) {
	b := &bench{work: work, outBase: outBase, seed: seed}
	var err error
	if b.microsite, err = buildMicrosite(work); err != nil {
		return nil, fmt.Errorf("build microsite: %w", err)
	}
	if b.self, err = os.Executable(); err != nil {
		return nil, err
	}
	b.hugo, _ = exec.LookPath("hugo")
	return b, nil
}

func (b *bench) header(runs int) {
	host, _ := os.Hostname()
	fmt.Printf("sitebench: %s, %d cores (GOMAXPROCS %d), %s, %d interleaved runs each, outputs in %s\n",
		host, runtime.NumCPU(), runtime.GOMAXPROCS(0), time.Now().Format("2006-01-02"), runs, b.outBase)
	if b.hugo == "" {
		fmt.Println("hugo is not on the PATH: it is left out (apt-get install hugo)")
	} else if v, err := exec.Command(b.hugo, "version").Output(); err == nil {
		fmt.Printf("hugo: %s", v)
	}
}

func (b *bench) tools(n int) ([]tool, error) {
	src := filepath.Join(b.work, fmt.Sprintf("site-%d", n))
	if err := corpus.Write(src, corpus.Options{Pages: n, Seed: b.seed}); err != nil {
		return nil, err
	}
	ts := []tool{
		{"microsite", func(out string) *exec.Cmd {
			return exec.Command(b.microsite, "build", "--src", src, "--out", out, "--now", "2005-05-20")
		}},
		{"floor", func(out string) *exec.Cmd { return exec.Command(b.self, "floor", "--src", src, "--out", out) }},
		{"cp -r", func(out string) *exec.Cmd { return exec.Command("cp", "-r", filepath.Join(src, "content"), out) }},
	}
	if b.hugo != "" {
		hsrc := filepath.Join(b.work, fmt.Sprintf("hugo-%d", n))
		if err := hugoProject(src, hsrc); err != nil {
			return nil, err
		}
		ts = append(ts, tool{"hugo --minify", func(out string) *exec.Cmd {
			return exec.Command(b.hugo, "--minify", "--quiet", "-s", hsrc, "-d", out)
		}})
	}
	return ts, nil
}

// size measures every tool at n pages, interleaving runs and rotating the
// order, so no tool always runs on a cold or a warm machine.
func (b *bench) size(n, runs, latency int) error {
	ts, err := b.tools(n)
	if err != nil {
		return err
	}
	samples := make([][]sample, len(ts))
	for r := range runs {
		for k := range ts {
			i := (k + r) % len(ts)
			s, err := b.run(ts[i], n)
			if err != nil {
				return fmt.Errorf("%s at %d pages: %w", ts[i].name, n, err)
			}
			samples[i] = append(samples[i], s)
		}
	}
	report(n, ts, samples)
	if latency > 0 {
		return b.latency(n, latency)
	}
	return nil
}

// run times one cold run of t into an empty output folder.
func (b *bench) run(t tool, n int) (sample, error) {
	out := filepath.Join(b.outBase, fmt.Sprintf("out-%d", n))
	if err := os.RemoveAll(out); err != nil {
		return sample{}, err
	}
	cmd := t.cmd(out)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return sample{}, err
	}
	wall := time.Since(start)
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	s := sample{wall: wall}
	if ru != nil {
		s.rss = ru.Maxrss * 1024
	}
	return s, os.RemoveAll(out)
}

func report(n int, ts []tool, samples [][]sample) {
	fmt.Printf("\n%d pages\n%-14s %9s %9s %9s %10s %8s\n", n, "tool", "median", "min", "max", "peak RSS", "÷ ours")
	ours := median(samples[0])
	for i, t := range ts {
		walls := walls(samples[i])
		var peak int64
		for _, s := range samples[i] {
			peak = max(peak, s.rss)
		}
		med := median(samples[i])
		fmt.Printf("%-14s %9s %9s %9s %7.0f MiB %8.2f\n", t.name, round(med), round(walls[0]), round(walls[len(walls)-1]),
			float64(peak)/(1<<20), float64(med)/float64(ours))
	}
	fmt.Printf("ours per page: %s\n", round(ours/time.Duration(n)))
}

func walls(ss []sample) []time.Duration {
	var ws []time.Duration
	for _, s := range ss {
		ws = append(ws, s.wall)
	}
	slices.Sort(ws)
	return ws
}

func median(ss []sample) time.Duration {
	ws := walls(ss)
	return ws[len(ws)/2]
}

func round(d time.Duration) string {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond).String()
	case d >= time.Millisecond:
		return d.Round(100 * time.Microsecond).String()
	}
	return d.Round(time.Microsecond).String()
}
