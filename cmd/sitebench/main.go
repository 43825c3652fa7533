// Command sitebench measures the generator against the alternatives on the
// same generated site: our build, a floor program (front matter, goldmark,
// a minimal template, write), cp -r of the content, and Hugo if it is on the
// PATH. Runs are interleaved, so a noisy machine slows them all alike; it
// prints each one's median, minimum, maximum and peak memory, and the
// ratios. It writes nothing into the repository.
//
//	go run ./cmd/sitebench                    # 1,000 and 10,000 pages, 5 runs, on /dev/shm
//	go run ./cmd/sitebench -pages 1000,10000,50000 -runs 3
//	go run ./cmd/sitebench -out /var/tmp      # outputs on disk, compared with cp -r
//	go run ./cmd/sitebench -latency 20        # also: save-to-reload in the preview
//	go run ./cmd/sitebench generate -pages 1000 DIR   # only write a generated site
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"norfolk.gov.uk/microsite/internal/corpus"
)

func main() {
	log.SetFlags(0)
	if len(os.Args) > 1 && os.Args[1] == "floor" {
		fs := flag.NewFlagSet("floor", flag.ExitOnError)
		src := fs.String("src", "", "project folder")
		out := fs.String("out", "", "output folder")
		layouts := fs.Bool("layouts", false, "render with our page model and default layouts, not the floor's template")
		fs.Parse(os.Args[2:])
		run := runFloor
		if *layouts {
			run = runFloorLayouts
		}
		if err := run(*src, *out); err != nil {
			log.Fatal(err)
		}
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "generate" {
		generate(os.Args[2:])
		return
	}
	pages := flag.String("pages", "1000,10000", "comma-separated site `sizes` in pages")
	runs := flag.Int("runs", 5, "runs of each tool at each size")
	seed := flag.Uint64("seed", 1, "the corpus generator's seed")
	outBase := flag.String("out", "", "`folder` for the outputs (default: the work folder, on /dev/shm where there is one)")
	latency := flag.Int("latency", 0, "also time this many one-page saves in \"microsite serve\", from the save to the reload event")
	flag.Parse()
	sizes, err := parseSizes(*pages)
	if err != nil {
		log.Fatal(err)
	}
	work, err := os.MkdirTemp(tempRoot(), "sitebench-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(work)
	if *outBase == "" {
		*outBase = work
	}
	b, err := newBench(work, *outBase, *seed)
	if err != nil {
		log.Fatal(err)
	}
	b.header(*runs)
	for _, n := range sizes {
		if err := b.size(n, *runs, *latency); err != nil {
			log.Fatal(err)
		}
	}
	if len(sizes) > 1 {
		fmt.Println("\ntargets across sizes:")
		linear(sizes, b.perPage, !memoryBacked(*outBase))
	}
	if err := b.realSite(*runs); err != nil {
		log.Fatal(err)
	}
}

// generate writes a generated project folder, for profiling a build or
// trying the preview on a big site.
func generate(args []string) {
	fs := flag.NewFlagSet("generate", flag.ExitOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: sitebench generate [-pages N] [-seed S] DIR")
		fs.PrintDefaults()
	}
	pages := fs.Int("pages", 1000, "pages in the site, from 100 to 50000")
	seed := fs.Uint64("seed", 1, "the corpus generator's seed")
	fs.Parse(args)
	if fs.NArg() != 1 {
		fs.Usage()
		os.Exit(2)
	}
	if err := corpus.Write(fs.Arg(0), corpus.Options{Pages: *pages, Seed: *seed}); err != nil {
		log.Fatal(err)
	}
}

func tempRoot() string {
	if info, err := os.Stat("/dev/shm"); err == nil && info.IsDir() {
		return "/dev/shm"
	}
	return ""
}

func parseSizes(s string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 100 || n > 50000 {
			return nil, fmt.Errorf("-pages: %q is not a size from 100 to 50000", f)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

// buildMicrosite compiles the command under test once, so runs time the
// generator and not the Go toolchain.
func buildMicrosite(work string) (string, error) {
	bin := filepath.Join(work, "microsite")
	cmd := exec.Command("go", "build", "-o", bin, "norfolk.gov.uk/microsite/cmd/microsite")
	cmd.Stderr = os.Stderr
	return bin, cmd.Run()
}
