package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/projectfs"
	"norfolk.gov.uk/microsite/internal/serve"
	"norfolk.gov.uk/microsite/internal/watch"
)

// preview is one running "microsite serve": the builder, the server it
// feeds, and where it reports.
type preview struct {
	root    *os.Root
	opts    build.Options
	builder *build.Builder
	srv     *serve.Server
	out     io.Writer
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer, now time.Time) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("src", ".", "the project `folder`, holding content/, layouts/ and assets/")
	addr := fs.String("addr", "127.0.0.1:8080", "the `address` to serve on; if its port is taken, the next free one is used")
	drafts := fs.Bool("drafts", true, "show pages marked draft: true, with a banner")
	nowFlag := fs.String("now", "", "the `date` (YYYY-MM-DD) to take as today; default: today in Europe/London")
	if err := fs.Parse(args); err != nil {
		return usageCode(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "microsite serve: unexpected argument %q (flags start with -)\n", fs.Arg(0))
		return exitUsage
	}
	day, err := today(*nowFlag, now)
	if err != nil {
		fmt.Fprintf(stderr, "microsite serve: --now %q: %v\n", *nowFlag, err)
		return exitUsage
	}
	ln, err := listen(*addr)
	if err != nil {
		fmt.Fprintf(stderr, "microsite serve: cannot serve at %s: %v\n", *addr, err)
		return exitProblems
	}
	root, err := os.OpenRoot(*src)
	if err != nil {
		fmt.Fprintf(stderr, "microsite serve: cannot open the project folder %s: %v\n", *src, err)
		return exitProblems
	}
	defer root.Close()
	base := "http://" + ln.Addr().String() + "/"
	// The same checks as "microsite check", so that the two agree.
	opts := build.Options{Drafts: *drafts, BaseURL: base, Now: day, Advice: true, PastDates: true}
	p := &preview{
		root:    root,
		opts:    opts,
		builder: build.NewBuilder(projectfs.FS(root), opts),
		srv:     serve.New(hosts(ln.Addr().(*net.TCPAddr))...),
		out:     stdout,
	}
	p.rebuild(ctx, watch.Batch{All: true})
	batches, err := watch.Watch(ctx, watch.Options{Root: *src, Dirs: []string{"content", "layouts", "assets"}})
	if err != nil {
		fmt.Fprintf(stderr, "microsite serve: cannot watch the project folder for changes: %v\n", err)
		return exitProblems
	}
	go func() {
		for b := range batches {
			p.rebuild(ctx, b)
		}
	}()
	fmt.Fprintf(stdout, "Preview at %s (press Ctrl-C to stop)\n", base)
	return p.serve(ctx, ln)
}

// serve answers requests until ctx ends, then shuts down cleanly: open
// event streams end with ctx, so shutting down never waits on them.
func (p *preview) serve(ctx context.Context, ln net.Listener) int {
	hs := &http.Server{
		Handler:           p.srv,
		BaseContext:       func(net.Listener) context.Context { return ctx },
		ReadHeaderTimeout: 10 * time.Second,
	}
	go func() {
		<-ctx.Done()
		stop, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(stop)
	}()
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		slog.Error("the preview stopped", "err", err)
		return exitProblems
	}
	fmt.Fprintln(p.out, "Preview stopped.")
	return exitOK
}

// rebuild builds what b changed and shows the result: the new site, or
// the problems over the last good one.
func (p *preview) rebuild(ctx context.Context, b watch.Batch) {
	start := time.Now()
	res, problems := p.safeRebuild(ctx, b)
	// Errors stop the page updating, so they are shown every time; warnings
	// are for "microsite check", and here only counted.
	errs, warnings := split(problems)
	for _, d := range errs {
		fmt.Fprintln(p.out, d)
	}
	if res == nil {
		fmt.Fprintf(p.out, "Not updated: %d problem(s) to fix. The preview shows the last version that worked.\n", len(errs))
		p.srv.Fail(serve.Problems(errs, p.sourceLine))
		return
	}
	p.srv.Publish(res.Files)
	fmt.Fprintf(p.out, "Updated in %s: %s from content/, %d rendered again", time.Since(start).Round(time.Millisecond),
		plural(res.Site.FromContent(), "page"), res.Stats.Rendered)
	if warnings > 0 {
		fmt.Fprintf(p.out, "; %s: run \"microsite check\" to see them", plural(warnings, "warning"))
	}
	fmt.Fprintln(p.out)
}

// safeRebuild turns a panic inside the build into a problem on the page:
// the preview keeps serving the last good site. The builder's caches may be
// half-updated after one, so the next build starts afresh.
func (p *preview) safeRebuild(ctx context.Context, b watch.Batch) (res *build.Result, problems diag.List) {
	defer func() {
		if v := recover(); v != nil {
			slog.Error("the build stopped with a fault in the site tool; please report it with what follows", "fault", v, "where", string(debug.Stack()))
			p.builder = build.NewBuilder(projectfs.FS(p.root), p.opts)
			res, problems = nil, nil
			problems.Errorf("microsite", 0, "the build stopped with an internal fault (%v): this is a bug in the site tool, not in your files; please report it. Saving any file tries again", v)
		}
	}()
	return p.builder.Rebuild(ctx, b.Paths, b.All)
}

// split separates a build's errors from its warnings, which it counts.
func split(l diag.List) (errs diag.List, warnings int) {
	for _, d := range l {
		if d.Severity == diag.Error {
			errs = append(errs, d)
		} else {
			warnings++
		}
	}
	return errs, warnings
}

// sourceLine is the text of one line of a project file, for the overlay.
func (p *preview) sourceLine(file string, line int) string {
	data, err := p.root.ReadFile(file)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[line-1], "\r")
}

// listen takes addr, or if its port is in use the next free one of the
// twenty after it.
func listen(addr string) (net.Listener, error) {
	host, portText, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	port, err := strconv.Atoi(portText)
	if err != nil {
		return nil, fmt.Errorf("port %q is not a number", portText)
	}
	for i := 0; ; i++ {
		ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port+i)))
		if err == nil || !errors.Is(err, syscall.EADDRINUSE) || i == 20 || port == 0 {
			return ln, err
		}
	}
}

// hosts are the Host headers the preview answers to: its own address, and
// localhost on the same port.
func hosts(a *net.TCPAddr) []string {
	port := strconv.Itoa(a.Port)
	return []string{a.String(), "localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port}
}
