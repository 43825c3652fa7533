package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/content"
)

// buildFlags are the flags of "build"; serve and check share most of them.
type buildFlags struct {
	src, out, baseURL, now string
	drafts, minify         bool
}

func (f *buildFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.src, "src", ".", "the project `folder`, holding content/, layouts/ and assets/")
	fs.StringVar(&f.out, "out", "public", "the output `folder`; it is replaced as a whole")
	fs.BoolVar(&f.drafts, "drafts", false, "publish pages marked draft: true")
	fs.StringVar(&f.baseURL, "base-url", "", "the site's `address`, replacing base_url in content/site.toml")
	fs.StringVar(&f.now, "now", "", "the `date` (YYYY-MM-DD) the build takes as today; default: today in Europe/London")
	fs.BoolVar(&f.minify, "minify", true, "minify HTML, XML, JSON, CSS, JS and SVG")
}

// parse reads args into f and the build's options. A usage problem has
// already been reported on stderr when it returns an error; -h returns
// flag.ErrHelp.
func (f *buildFlags) parse(fs *flag.FlagSet, args []string, stderr io.Writer, now time.Time) (build.Options, error) {
	fs.SetOutput(stderr)
	f.register(fs)
	if err := fs.Parse(args); err != nil {
		return build.Options{}, err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "microsite %s: unexpected argument %q (flags start with -)\n", fs.Name(), fs.Arg(0))
		return build.Options{}, errUsage
	}
	day, err := today(f.now, now)
	if err != nil {
		fmt.Fprintf(stderr, "microsite %s: --now %q: %v\n", fs.Name(), f.now, err)
		return build.Options{}, errUsage
	}
	if f.baseURL != "" {
		if _, err := content.CheckBaseURL("--base-url", f.baseURL); err != nil {
			fmt.Fprintf(stderr, "microsite %s: %v\n", fs.Name(), err)
			return build.Options{}, errUsage
		}
	}
	return build.Options{Drafts: f.drafts, BaseURL: f.baseURL, Now: day, Minify: f.minify, LimitMemory: limitMemory}, nil
}

var errUsage = errors.New("usage")

// usageCode is the exit code for a flag problem: -h is not a mistake.
func usageCode(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// today is --now if given, else the date in Europe/London at clock time now.
func today(flagValue string, now time.Time) (time.Time, error) {
	if flagValue != "" {
		d, err := time.Parse(time.DateOnly, flagValue)
		if err != nil {
			return time.Time{}, errors.New("write the date as YYYY-MM-DD, like 2005-06-08")
		}
		return d, nil
	}
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		return time.Time{}, err
	}
	y, m, d := now.In(london).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer, now time.Time) int {
	var f buildFlags
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	report := fs.Bool("report", false, "add the editors' report and a banner on every page, for deploy previews: never for the published site")
	opts, err := f.parse(fs, args, stderr, now)
	if err != nil {
		return usageCode(err)
	}
	opts.Report = *report
	start := time.Now()
	stats, problems, err := build.ToDisk(ctx, f.src, f.out, opts)
	for _, d := range problems {
		fmt.Fprintln(stdout, d)
	}
	if errors.Is(err, build.ErrStopped) {
		fmt.Fprintf(stderr, "microsite build: %v\n", err)
		return exitProblems
	}
	if err != nil {
		fmt.Fprintf(stderr, "microsite build: %v; the previous site is untouched\n", err)
		return exitProblems
	}
	if problems.HasErrors() {
		fmt.Fprintf(stdout, "build failed: %d problem(s) to fix; %s is untouched\n", len(problems), f.out)
		return exitProblems
	}
	fmt.Fprintf(stdout, "built %s from content/ (and %d made by the site), %d files, %d bytes in %s to %s; %s\n",
		plural(stats.Pages, "page"), stats.Made, stats.Files, stats.Bytes, time.Since(start).Round(time.Millisecond), f.out, nextChange(stats.NextChange))
	return exitOK
}

// nextChange tells whoever publishes when the built site goes out of date.
func nextChange(day time.Time) string {
	if day.IsZero() {
		return "nothing on it changes with the date"
	}
	return "next change " + day.Format(time.DateOnly) + ", rebuild then"
}
