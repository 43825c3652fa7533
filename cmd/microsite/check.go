package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/projectfs"
)

// checkOnly are build flags that mean nothing to check, which writes nothing.
var checkOnly = map[string]bool{"out": false, "minify": false}

// runCheck is "microsite check": the whole build in memory, with the checks
// a build leaves off (dates already past), and every problem as a
// file:line line, or as JSON. It writes no files.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer, now time.Time) int {
	var f buildFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	format := fs.String("format", "text", "how to print the problems: `text` (file:line lines) or json")
	fs.Usage = func() { checkUsage(fs, stderr) }
	opts, err := f.parse(fs, args, stderr, now)
	if err != nil {
		return usageCode(err)
	}
	if code, ok := checkFlags(fs, *format, stderr); !ok {
		return code
	}
	root, err := os.OpenRoot(f.src)
	if err != nil {
		fmt.Fprintf(stderr, "microsite check: cannot open the project folder %s: %v\n", f.src, err)
		return exitProblems
	}
	defer root.Close()
	opts.Minify, opts.Advice, opts.PastDates = false, true, true
	res, problems := build.Site(ctx, projectfs.FS(root), opts)
	pages := countPages(res, root, opts.Drafts)
	if *format == "json" {
		err = writeJSON(stdout, problems, pages)
	} else {
		err = writeText(stdout, problems, pages)
	}
	if err != nil {
		fmt.Fprintf(stderr, "microsite check: cannot write the report: %v\n", err)
		return exitProblems
	}
	if problems.HasErrors() {
		return exitProblems
	}
	return exitOK
}

// checkFlags refuses what check cannot do, after the flags are parsed.
func checkFlags(fs *flag.FlagSet, format string, stderr io.Writer) (int, bool) {
	code, ok := exitOK, true
	fs.Visit(func(fl *flag.Flag) {
		if _, buildOnly := checkOnly[fl.Name]; buildOnly && ok {
			fmt.Fprintf(stderr, "microsite check: --%s is for build: check writes nothing\n", fl.Name)
			code, ok = exitUsage, false
		}
	})
	if ok && format != "text" && format != "json" {
		fmt.Fprintf(stderr, "microsite check: --format %q: use text or json\n", format)
		code, ok = exitUsage, false
	}
	return code, ok
}

// checkUsage lists check's flags, leaving out the build flags it refuses.
func checkUsage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprint(w, "Usage: microsite check [flags]\n\nChecks the site as a build would, writes nothing, and prints every problem.\n\n")
	show := flag.NewFlagSet("check", flag.ContinueOnError)
	show.SetOutput(w)
	fs.VisitAll(func(fl *flag.Flag) {
		switch _, buildOnly := checkOnly[fl.Name]; {
		case fl.Name == "drafts":
			show.Var(fl.Value, fl.Name, "also check pages marked draft: true")
		case !buildOnly:
			show.Var(fl.Value, fl.Name, fl.Usage)
		}
	})
	show.PrintDefaults()
}

// countPages is the number of pages checked: the site's pages from
// content/, or, when errors stopped the build, the pages it read.
func countPages(res *build.Result, root *os.Root, drafts bool) int {
	if res != nil {
		return res.Site.FromContent()
	}
	n := 0
	_, pages, _ := content.Load(projectfs.FS(root))
	for _, p := range pages {
		if !p.Front.Draft || drafts {
			n++
		}
	}
	return n
}

func writeText(w io.Writer, problems diag.List, pages int) error {
	for _, d := range problems {
		if _, err := fmt.Fprintln(w, d); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, summary(problems, pages))
	return err
}

// summary is the report's last line: "2 errors, 5 warnings in 17 pages".
func summary(problems diag.List, pages int) string {
	errs, warns := tally(problems)
	if errs+warns == 0 {
		return fmt.Sprintf("no problems in %s", plural(pages, "page"))
	}
	return fmt.Sprintf("%s, %s in %s", plural(errs, "error"), plural(warns, "warning"), plural(pages, "page"))
}

func tally(problems diag.List) (errs, warns int) {
	for _, d := range problems {
		if d.Severity == diag.Error {
			errs++
		} else {
			warns++
		}
	}
	return errs, warns
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// jsonReport is check's --format json output.
type jsonReport struct {
	Problems []jsonProblem `json:"problems"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonProblem struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

type jsonSummary struct {
	Errors   int    `json:"errors"`
	Warnings int    `json:"warnings"`
	Pages    int    `json:"pages"`
	Text     string `json:"text"`
}

func writeJSON(w io.Writer, problems diag.List, pages int) error {
	r := jsonReport{Problems: []jsonProblem{}}
	for _, d := range problems {
		r.Problems = append(r.Problems, jsonProblem{File: d.File, Line: d.Line, Severity: d.Severity.String(), Message: d.Message})
	}
	r.Summary.Errors, r.Summary.Warnings = tally(problems)
	r.Summary.Pages, r.Summary.Text = pages, summary(problems, pages)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
