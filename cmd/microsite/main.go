// Command microsite builds the Children's Services consultation microsite
// from the Markdown in content/, the layouts in layouts/ and the files in
// assets/.
//
//	microsite build [flags]   write the site to public/
//
// Run "microsite build -h" for the flags.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"
	_ "time/tzdata" // "today in Europe/London" must work on machines without a zoneinfo database

	"norfolk.gov.uk/microsite/internal/build"
)

// Exit codes.
const (
	exitOK       = 0
	exitProblems = 1 // content errors, or the build could not read or write
	exitUsage    = 2
)

const usage = `microsite builds the Children's Services consultation microsite.

Usage:
  microsite build [flags]   build the site into public/ (or --out)
  microsite serve [flags]   preview the site as you edit it, at http://127.0.0.1:8080/
  microsite check [flags]   check every page before you publish, and list the problems

Run "microsite COMMAND -h" for a command's flags.
`

// limitMemory is set for a process that builds once, so its build keeps
// the heap within build.MemoryPerPage; tests that call run leave it off.
var limitMemory bool

func main() {
	if len(os.Args) > 1 && (os.Args[1] == "build" || os.Args[1] == "check") {
		// The preview keeps Go's defaults, as it stays running.
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(build.OneOffGC)
		}
		limitMemory = os.Getenv("GOMEMLIMIT") == ""
	}
	ctx, stop := signal.NotifyContext(context.Background(), stopSignals...)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, time.Now())
	stop()
	os.Exit(code)
}

// stopSignals stop a build as Ctrl-C does: SIGTERM is what timeout, CI
// cancellation and service managers send. A stopped build leaves the
// previous output as it was and nothing beside it.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// run is main without the process: tests call it with their own arguments,
// output and clock.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, now time.Time) int {
	slog.SetDefault(newPlainLog(stderr))
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "build":
		return runBuild(ctx, args[1:], stdout, stderr, now)
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr, now)
	case "check":
		return runCheck(ctx, args[1:], stdout, stderr, now)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "microsite: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}
