// Package schedule decides, each time the scheduled rebuild runs, whether
// the live site is out of date, and if it is, asks Netlify to build it
// again through the site's build hook.
//
// Netlify runs scheduled functions by cron in UTC, and the site's days are
// London's. So the function runs at both 23:01 and 00:01 UTC: one of the
// two is the first minute of London's day (00:01 GMT in winter, 00:01 BST
// in summer), and only that one does anything. On that run it reads the
// live site's changes.json, and calls the hook only if a change it lists
// has come: a day on which nothing changes costs one small read, and a
// rebuild that did not happen (a failed build, an unreachable hook) is
// asked for again the next night, as the list still says it is due.
package schedule

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
	_ "time/tzdata" // Netlify's functions may have no zone files: carry Europe/London in the binary

	"norfolk.gov.uk/microsite/internal/changes"
)

// Zone is where the site's days begin and end.
const Zone = "Europe/London"

// Options say where the live site and its build hook are.
type Options struct {
	// ChangesURL is the live site's changes.json.
	ChangesURL string
	// HookURL is the build hook's address. It is a secret (anyone who has
	// it can start builds), so no message ever shows it.
	HookURL string
	// Client makes the two requests; nil means a client with a short
	// timeout.
	Client *http.Client
}

// The environment variables the function reads. Netlify sets URL, the
// site's main address; SITE_URL, if set, is used instead, for a site whose
// main address does not serve its files at the top (behind a proxy that
// puts them under a path).
const (
	EnvHook    = "BUILD_HOOK_URL"
	EnvSite    = "SITE_URL"
	EnvNetlify = "URL"
)

// OptionsFrom reads the options from the environment.
func OptionsFrom(getenv func(string) string) (Options, error) {
	hook := getenv(EnvHook)
	if hook == "" {
		return Options{}, fmt.Errorf("%s is not set: in Netlify, add it under Site configuration > Environment variables, with the address of the build hook, scoped to Functions", EnvHook)
	}
	if err := checkURL(hook); err != nil {
		return Options{}, fmt.Errorf("%s is not a build hook's address: %v", EnvHook, err)
	}
	site, name := getenv(EnvSite), EnvSite
	if site == "" {
		site, name = getenv(EnvNetlify), EnvNetlify
	}
	if site == "" {
		return Options{}, fmt.Errorf("neither %s nor %s is set: set %s to the site's address on Netlify, like https://example.netlify.app/", EnvSite, EnvNetlify, EnvSite)
	}
	u, err := url.Parse(site)
	if err == nil {
		err = checkURL(site)
	}
	if err != nil {
		return Options{}, fmt.Errorf("%s %q is not the site's address: %v", name, site, err)
	}
	return Options{ChangesURL: u.JoinPath(changes.File).String(), HookURL: hook}, nil
}

// checkURL accepts https addresses, and plain http only to this machine,
// where nothing on the way can read the request.
func checkURL(raw string) error {
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return errors.New("it is not a web address")
	case u.Host == "":
		return errors.New("it has no host: give the whole address, starting https://")
	case u.Scheme == "https":
		return nil
	case u.Scheme == "http" && loopback(u.Hostname()):
		return nil
	}
	return errors.New("it does not start https://")
}

func loopback(host string) bool {
	return host == "127.0.0.1" || host == "::1" || host == "localhost"
}

// Outcome is what one run did, for the function's log.
type Outcome struct {
	// Called is true if the run asked for a build.
	Called bool
	// Day is the London day the run took as today.
	Day time.Time
	// Why says, in a sentence, why it did or did not call the hook.
	Why string
}

// Run is one scheduled run at clock time now.
func Run(ctx context.Context, now time.Time, opts Options) (Outcome, error) {
	london, err := time.LoadLocation(Zone)
	if err != nil {
		return Outcome{}, err
	}
	local := now.In(london)
	y, m, d := local.Date()
	out := Outcome{Day: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
	if local.Hour() != 0 {
		out.Why = fmt.Sprintf("it is %s in London, not the first hour of a day: the run at the other hour does the work", local.Format("15:04 MST"))
		return out, nil
	}
	client := opts.Client
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	list, err := fetch(ctx, client, opts.ChangesURL)
	if err != nil {
		return out, err
	}
	if !list.Due(out.Day) {
		out.Why = "the live site, built as of " + list.Today.Format(time.DateOnly) + ", " + nextOf(list)
		return out, nil
	}
	if err := call(ctx, client, opts.HookURL, out.Day); err != nil {
		return out, err
	}
	out.Called = true
	out.Why = "the live site was built as of " + list.Today.Format(time.DateOnly) + " and changes on " + list.Changes[0].Format(time.DateOnly) + ": asked for a build"
	return out, nil
}

func nextOf(l changes.List) string {
	if len(l.Changes) == 0 {
		return "has no change to come"
	}
	return "next changes on " + l.Changes[0].Format(time.DateOnly)
}

// fetch reads and checks the live site's list of changes.
func fetch(ctx context.Context, client *http.Client, addr string) (changes.List, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, addr, nil)
	if err != nil {
		return changes.List{}, fmt.Errorf("read %s: %w", addr, err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return changes.List{}, fmt.Errorf("read %s: %w", addr, unwrapURL(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return changes.List{}, fmt.Errorf("read %s: the site answered %s: is it deployed from a build that writes %s?", addr, resp.Status, changes.File)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, changes.MaxBytes+1))
	if err != nil {
		return changes.List{}, fmt.Errorf("read %s: %w", addr, err)
	}
	return changes.Decode(data)
}

// call asks for a build. The hook's address never appears in what it
// returns.
func call(ctx context.Context, client *http.Client, hook string, day time.Time) error {
	u, err := url.Parse(hook)
	if err != nil {
		return errors.New("call the build hook: its address is not a web address")
	}
	// Netlify shows the title in the deploys list, so a scheduled build
	// says why it ran.
	q := u.Query()
	q.Set("trigger_title", "Scheduled rebuild: the site changes on "+day.Format(time.DateOnly))
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), nil)
	if err != nil {
		return errors.New("call the build hook: its address is not a web address")
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("call the build hook: %w", unwrapURL(err))
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("call the build hook: it answered %s: check %s is the address of a build hook that still exists", resp.Status, EnvHook)
	}
	return nil
}

// unwrapURL drops the address that net/http puts in front of an error,
// which for the hook would give its secret away.
func unwrapURL(err error) error {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		return ue.Err
	}
	return err
}
