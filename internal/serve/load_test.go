package serve

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/publish"
)

// soakTime is how long TestEventStreamsUnderLoad saves: a few seconds in
// CI, a minute or more by hand with MICROSITE_SOAK=60s.
func soakTime(t *testing.T) time.Duration {
	d := 3 * time.Second
	if v := os.Getenv("MICROSITE_SOAK"); v != "" {
		var err error
		if d, err = time.ParseDuration(v); err != nil {
			t.Fatalf("MICROSITE_SOAK=%q: %v", v, err)
		}
	}
	if testing.Short() {
		d = time.Second
	}
	return d
}

// TestEventStreamsUnderLoad holds a hundred pages' event streams open while
// the site is saved again and again, good and broken, with pages that
// leave mid-stream and come back and pages that stop reading, and checks
// that afterwards every goroutine the streams started has ended and the
// heap is back where it was.
func TestEventStreamsUnderLoad(t *testing.T) {
	const tabs = 100
	d := soakTime(t)
	s := New()
	ts := httptest.NewServer(s)
	defer ts.Close()
	s.hosts[strings.TrimPrefix(ts.URL, "http://")] = true
	s.Publish(loadSite(0))
	tr := &http.Transport{MaxIdleConnsPerHost: tabs}
	client := &http.Client{Transport: tr}

	goroutinesBefore, heapBefore := settle()

	ctx, stop := context.WithTimeout(context.Background(), d)
	defer stop()
	var tabsDone sync.WaitGroup
	var stats loadStats
	for i := range tabs {
		tabsDone.Go(func() { tab(ctx, t, client, ts.URL, i, &stats) })
	}
	saves := save(ctx, s)
	tabsDone.Wait()
	tr.CloseIdleConnections()

	goroutines := waitForGoroutines(goroutinesBefore, 10*time.Second)
	goroutinesAfter, heapAfter := settle()
	t.Logf("%s of saves: %d builds published or failed; %d streams opened, %d left mid-stream, %d stalled, %d events read",
		d, saves, stats.opened.Load(), stats.left.Load(), stats.stalled.Load(), stats.events.Load())
	t.Logf("goroutines %d before, %d after; heap %s before, %s after (after GC)",
		goroutinesBefore, goroutinesAfter, mib(heapBefore), mib(heapAfter))
	if n := s.Clients(); n != 0 {
		t.Errorf("after every page left, the server still counts %d listening", n)
	}
	if goroutines > goroutinesBefore {
		t.Errorf("goroutines: %d before the pages opened, still %d after they all left:\n%s", goroutinesBefore, goroutines, stacks())
	}
	// The last site published is held, as the first was; anything beyond a
	// little noise is the streams' leftovers.
	if heapAfter > heapBefore+4<<20 {
		t.Errorf("heap: %s before, %s after the pages left: want it back within 4 MiB", mib(heapBefore), mib(heapAfter))
	}
	if stats.events.Load() == 0 {
		t.Error("no page read an event: the test did not test anything")
	}
}

type loadStats struct {
	opened, left, stalled, events atomic.Int64
}

// tab is one browser tab: it opens the event stream, reads some events,
// then leaves, by closing the connection mid-stream, or by stopping reading
// for a while first, and comes back, until ctx is done.
func tab(ctx context.Context, t *testing.T, client *http.Client, base string, i int, st *loadStats) {
	rng := rand.New(rand.NewPCG(uint64(i), 1))
	for ctx.Err() == nil {
		stream, cancel := context.WithCancel(ctx)
		req, _ := http.NewRequestWithContext(stream, "GET", base+"/__microsite/events", nil)
		resp, err := client.Do(req)
		if err != nil {
			cancel()
			if ctx.Err() == nil {
				t.Errorf("tab %d: %v", i, err)
			}
			return
		}
		st.opened.Add(1)
		r := bufio.NewReader(resp.Body)
		want := rng.IntN(20)
		for n := 0; n < want && stream.Err() == nil; {
			line, err := r.ReadString('\n')
			if err != nil {
				break
			}
			if strings.HasPrefix(line, "event: ") {
				st.events.Add(1)
				n++
			}
		}
		switch rng.IntN(4) {
		case 0: // stop reading, as a tab in the background does
			st.stalled.Add(1)
			select {
			case <-ctx.Done():
			case <-time.After(time.Duration(rng.IntN(500)) * time.Millisecond):
			}
		default:
			st.left.Add(1)
		}
		cancel()
		resp.Body.Close()
	}
}

// save publishes and breaks the site as fast as an editor saving every few
// milliseconds, until ctx is done, and returns how many builds it made.
func save(ctx context.Context, s *Server) int {
	n := 0
	for ; ctx.Err() == nil; n++ {
		switch n % 5 {
		case 4:
			s.Fail([]Problem{{File: "content/vision.md", Line: n, Severity: "error", Message: fmt.Sprintf("save %d is broken", n)}})
		case 3:
			s.Publish(loadCSS(n))
		default:
			s.Publish(loadSite(n))
		}
		time.Sleep(2 * time.Millisecond)
	}
	s.Publish(loadSite(0))
	return n
}

// loadSite is a small site whose pages change with n.
func loadSite(n int) []publish.File {
	files := []publish.File{{Path: "assets/site.1234abcd.css", Data: []byte("body{}")}}
	for i := range 50 {
		page := fmt.Sprintf("<html><head></head><body>page %d, save %d%s</body></html>", i, n, strings.Repeat(".", 2000))
		files = append(files, publish.File{Path: fmt.Sprintf("p%d/index.html", i), Data: []byte(page)})
	}
	return files
}

// loadCSS changes only the stylesheet, which pages swap without reloading.
func loadCSS(n int) []publish.File {
	files := loadSite(0)
	files[0] = publish.File{Path: fmt.Sprintf("assets/site.%08x.css", n), Data: []byte("body{}")}
	return files
}

// settle collects garbage until the heap stops shrinking, and returns the
// goroutines and heap bytes in use.
func settle() (int, uint64) {
	var m runtime.MemStats
	for range 3 {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	return runtime.NumGoroutine(), m.HeapAlloc
}

// waitForGoroutines waits until no more than want goroutines run, or for
// at most limit, and returns how many run.
func waitForGoroutines(want int, limit time.Duration) int {
	deadline := time.Now().Add(limit)
	for {
		n := runtime.NumGoroutine()
		if n <= want || time.Now().After(deadline) {
			return n
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func stacks() string {
	buf := make([]byte, 1<<20)
	return string(buf[:runtime.Stack(buf, true)])
}

func mib(b uint64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
