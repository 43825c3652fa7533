package build_test

import (
	"context"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/changes"
)

// The real site's date-driven days: the MI sheet's publication (7 May), the
// closing date (8 June), and the five workshops.
func TestTheRealSiteListsItsNextChanges(t *testing.T) {
	all := []string{"2005-06-09", "2005-09-30", "2005-10-01", "2005-10-06", "2005-10-11", "2005-10-13"}
	for _, tc := range []struct {
		now      string
		want     []string
		open     bool
		upcoming []string // the workshops still to come
	}{
		{"2005-05-07", append([]string{"2005-05-08"}, all...), true, []string{"eastern", "western", "central", "southern", "northern"}},
		{"2005-05-08", all, true, []string{"eastern", "western", "central", "southern", "northern"}},
		{"2005-06-08", all, true, []string{"eastern", "western", "central", "southern", "northern"}},
		{"2005-06-09", all[1:], false, []string{"eastern", "western", "central", "southern", "northern"}},
		{"2005-09-29", all[1:], false, []string{"eastern", "western", "central", "southern", "northern"}},
		{"2005-09-30", all[2:], false, []string{"western", "central", "southern", "northern"}},
		{"2005-10-01", all[3:], false, []string{"central", "southern", "northern"}},
		{"2005-10-05", all[3:], false, []string{"central", "southern", "northern"}},
		{"2005-10-06", all[4:], false, []string{"southern", "northern"}},
		{"2005-10-10", all[4:], false, []string{"southern", "northern"}},
		{"2005-10-11", all[5:], false, []string{"northern"}},
		{"2005-10-12", all[5:], false, []string{"northern"}},
		{"2005-10-13", nil, false, nil},
		{"2006-03-26", nil, false, nil},
	} {
		res, l := build.Site(context.Background(), os.DirFS(projectRoot), build.Options{Now: day(tc.now), Minify: true})
		if res == nil || len(l) > 0 {
			t.Fatalf("as of %s the real site does not build cleanly:\n%s", tc.now, l.Error())
		}
		var file []byte
		for _, f := range res.Files {
			if f.Path == changes.File {
				file = f.Data
			}
		}
		list, err := changes.Decode(file)
		if err != nil {
			t.Fatalf("as of %s: %v", tc.now, err)
		}
		if got := isoDays(list.Changes); list.Today.Format(time.DateOnly) != tc.now || !slices.Equal(got, tc.want) {
			t.Errorf("as of %s, %s says today %s and changes %q, want %s and %q", tc.now, changes.File, list.Today.Format(time.DateOnly), got, tc.now, tc.want)
		}
		if open := res.Site.Deadline().Open(); open != tc.open {
			t.Errorf("as of %s, the consultation is open: %v, want %v", tc.now, open, tc.open)
		}
		var upcoming []string
		for _, w := range res.Site.Workshops() {
			if w.Upcoming() {
				upcoming = append(upcoming, strings.TrimSuffix(strings.TrimPrefix(w.Path, "workshops/"), "/"))
			}
		}
		if !slices.Equal(upcoming, tc.upcoming) {
			t.Errorf("as of %s, the workshops to come are %q, want %q", tc.now, upcoming, tc.upcoming)
		}
	}
}

// stamps are the parts of the output that give the day the files were made
// rather than anything the site states: the print packs' "as it was on",
// the calendars' DTSTAMP, and the feed's times (an undated notice takes the
// build's date). They change every day and are not changes of state.
var stamps = regexp.MustCompile(`as it was on <time datetime="[^"]*">[^<]*</time>|DTSTAMP:\S+|<updated>[^<]*</updated>`)

// TestTheRealSiteChangesOnlyOnTheListedDays builds the real site day by day
// and compares each day's output with the day before's: wherever it differs
// (beyond the day's stamps), the earlier build listed the day, so a rebuild
// on each listed day keeps the live site right. A listed day may bring no
// difference: the model lists the day after every dated page, since any
// layout may show whether it is still to come, and the real layouts show
// it only for workshops (the MI sheet's notice gives 8 May): one build
// too many is cheap, a stale site is not.
//
// The days compared are those around each date the content gives, and a
// few between them, where nothing should change: each build takes some
// tens of milliseconds, many times that under the race detector.
func TestTheRealSiteChangesOnlyOnTheListedDays(t *testing.T) {
	res, l := build.Site(context.Background(), os.DirFS(projectRoot), build.Options{Now: day("2005-05-01")})
	if res == nil {
		t.Fatalf("the real site does not build:\n%s", l.Error())
	}
	// Every date the content gives, whatever Changes makes of them.
	var given []time.Time
	for _, p := range res.Site.Pages {
		for _, d := range []time.Time{p.Front.Date.Time, p.Front.Closes.Time} {
			if !d.IsZero() {
				given = append(given, d)
			}
		}
	}
	slices.SortFunc(given, time.Time.Compare)
	given = slices.CompactFunc(given, time.Time.Equal)
	before, after := -1, 2
	if testing.Short() {
		before, after = 0, 1
	}
	var windows [][2]time.Time
	for i, d := range given {
		windows = append(windows, [2]time.Time{d.AddDate(0, 0, before), d.AddDate(0, 0, after)})
		if i+1 < len(given) {
			mid := d.Add(given[i+1].Sub(d) / 2).Truncate(24 * time.Hour)
			windows = append(windows, [2]time.Time{mid, mid.AddDate(0, 0, 1)})
		}
	}
	for _, w := range merged(windows) {
		prev, prevList := realOutput(t, w[0])
		for d := w[0].AddDate(0, 0, 1); !d.After(w[1]); d = d.AddDate(0, 0, 1) {
			cur, list := realOutput(t, d)
			listed := slices.ContainsFunc(prevList.Changes, d.Equal)
			var differ []string
			for path, data := range cur {
				if prev[path] != data {
					differ = append(differ, path)
				}
			}
			for path := range prev {
				if _, ok := cur[path]; !ok {
					differ = append(differ, path)
				}
			}
			slices.Sort(differ)
			switch {
			case len(differ) > 0 && !listed:
				t.Errorf("on %s the site differs from the day before in %q, but the day before's %s does not list the day", d.Format(time.DateOnly), differ, changes.File)
			case listed && len(differ) == 0:
				t.Logf("on %s, a listed day, nothing differs from the day before", d.Format(time.DateOnly))
			}
			prev, prevList = cur, list
		}
	}
}

// merged sorts spans of days and joins those that overlap or touch.
func merged(spans [][2]time.Time) [][2]time.Time {
	slices.SortFunc(spans, func(a, b [2]time.Time) int { return a[0].Compare(b[0]) })
	var out [][2]time.Time
	for _, s := range spans {
		if n := len(out); n > 0 && !s[0].After(out[n-1][1]) {
			if s[1].After(out[n-1][1]) {
				out[n-1][1] = s[1]
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// realOutput builds the real site as of now and returns its files with the
// day's stamps taken out, and its list of changes.
func realOutput(t *testing.T, now time.Time) (map[string]string, changes.List) {
	t.Helper()
	res, l := build.Site(context.Background(), os.DirFS(projectRoot), build.Options{Now: now})
	if res == nil || len(l) > 0 {
		t.Fatalf("as of %s the real site does not build cleanly:\n%s", now.Format(time.DateOnly), l.Error())
	}
	files := map[string]string{}
	var list changes.List
	for _, f := range res.Files {
		if f.Path == changes.File {
			var err error
			if list, err = changes.Decode(f.Data); err != nil {
				t.Fatal(err)
			}
			continue
		}
		files[f.Path] = stamps.ReplaceAllString(string(f.Data), "STAMP")
	}
	return files, list
}

func isoDays(ts []time.Time) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Format(time.DateOnly))
	}
	return out
}
