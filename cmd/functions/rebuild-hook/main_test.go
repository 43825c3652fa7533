package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/changes"
)

// The function as Netlify runs it, against a stand-in for the site and its
// build hook on the loopback address: the night the consultation closes,
// one call; the night after, none.
func TestTheFunctionCallsTheHookOnTheChangeDay(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/changes.json":
			built := time.Date(2005, 6, 8, 0, 0, 0, 0, time.UTC)
			if calls.Load() > 0 {
				built = built.AddDate(0, 0, 1)
			}
			w.Write(changes.Encode(built, []time.Time{time.Date(2005, 6, 9, 0, 0, 0, 0, time.UTC)}[min(calls.Load(), 1):]))
		case "/hook":
			calls.Add(1)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	env := map[string]string{"BUILD_HOOK_URL": srv.URL + "/hook", "URL": srv.URL}
	clock := time.Date(2005, 6, 8, 23, 1, 0, 0, time.UTC) // 00:01 BST on 9 June
	h := handler(func(k string) string { return env[k] }, func() time.Time { return clock })
	for _, want := range []int32{1, 1} {
		out, err := h(context.Background(), []byte(`{"next_run":"2005-06-09T23:01:00Z"}`))
		if err != nil || !strings.Contains(string(out), `"statusCode":200`) {
			t.Fatalf("handler at %s = %s, %v", clock, out, err)
		}
		if calls.Load() != want {
			t.Errorf("after the run at %s the hook has had %d calls, want %d", clock, calls.Load(), want)
		}
		clock = clock.AddDate(0, 0, 1)
	}
	delete(env, "BUILD_HOOK_URL")
	if _, err := h(context.Background(), nil); err == nil || !strings.Contains(err.Error(), "BUILD_HOOK_URL is not set") {
		t.Errorf("handler without BUILD_HOOK_URL = %v, want it to say so", err)
	}
}
