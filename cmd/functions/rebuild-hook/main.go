// Command rebuild-hook is the site's Netlify scheduled function. Netlify
// runs it at 23:01 and 00:01 UTC every day (netlify.toml); in the first
// minute of each London day it reads the live site's changes.json and, if
// the site has a change due that day, calls the build hook, so the site
// closes the consultation and moves workshops to the past on the right day
// without anyone pushing. internal/schedule decides; internal/lambda is
// how Netlify's runtime talks to it.
//
// It reads BUILD_HOOK_URL (the build hook's address, set in Netlify's
// settings, never in the repository) and URL (which Netlify sets) or
// SITE_URL (which overrides it).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"norfolk.gov.uk/microsite/internal/lambda"
	"norfolk.gov.uk/microsite/internal/schedule"
)

func main() {
	api := os.Getenv("AWS_LAMBDA_RUNTIME_API")
	if api == "" {
		fmt.Fprintln(os.Stderr, "rebuild-hook: this runs as a Netlify function, which sets AWS_LAMBDA_RUNTIME_API; the README's Publishing section says how to set it up")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := lambda.Serve(ctx, api, handler(os.Getenv, time.Now)); err != nil {
		slog.Error("rebuild-hook stopped", "err", err)
		os.Exit(1)
	}
}

// handler is one scheduled run: what it did, or why it failed, goes to
// the function's log in Netlify.
func handler(getenv func(string) string, clock func() time.Time) lambda.Handler {
	return func(ctx context.Context, _ []byte) ([]byte, error) {
		opts, err := schedule.OptionsFrom(getenv)
		if err != nil {
			slog.Error("not set up", "err", err)
			return nil, err
		}
		out, err := schedule.Run(ctx, clock(), opts)
		if err != nil {
			slog.Error("the scheduled rebuild failed; it is tried again tomorrow night", "day", out.Day.Format(time.DateOnly), "err", err)
			return nil, err
		}
		slog.Info(out.Why, "day", out.Day.Format(time.DateOnly), "called", out.Called)
		return json.Marshal(struct {
			Status int    `json:"statusCode"`
			Body   string `json:"body"`
		}{200, out.Why})
	}
}
