package lambda

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// runtime stands in for the Lambda runtime API on the loopback address: it
// hands out the invocations it was given, then holds "next" open until the
// test ends, and records what the function posted.
type runtime struct {
	mu      sync.Mutex
	events  []string
	posts   []string // "PATH HEADER BODY"
	drained chan struct{}
	once    sync.Once
}

func (rt *runtime) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/2018-06-01/runtime/invocation/next":
		rt.mu.Lock()
		if len(rt.events) == 0 {
			rt.mu.Unlock()
			rt.once.Do(func() { close(rt.drained) })
			<-r.Context().Done()
			return
		}
		ev := rt.events[0]
		rt.events = rt.events[1:]
		n := 3 - len(rt.events)
		rt.mu.Unlock()
		w.Header().Set("Lambda-Runtime-Aws-Request-Id", "req-"+string(rune('0'+n)))
		w.Header().Set("Lambda-Runtime-Deadline-Ms", "4102444800000") // 2100
		io.WriteString(w, ev)
	case r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, "/2018-06-01/runtime/invocation/"):
		body, _ := io.ReadAll(r.Body)
		rt.mu.Lock()
		rt.posts = append(rt.posts, strings.TrimPrefix(r.URL.Path, "/2018-06-01/runtime/invocation/")+" "+r.Header.Get("Lambda-Runtime-Function-Error-Type")+" "+string(body))
		rt.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
	default:
		http.NotFound(w, r)
	}
}

func TestServeAnswersEachInvocationThenWaits(t *testing.T) {
	rt := &runtime{events: []string{`{"a":1}`, `fail`, `{"b":2}`}, drained: make(chan struct{})}
	srv := httptest.NewServer(rt)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- Serve(ctx, strings.TrimPrefix(srv.URL, "http://"), func(ctx context.Context, event []byte) ([]byte, error) {
			if dl, ok := ctx.Deadline(); !ok || dl.Year() != 2100 {
				t.Errorf("the handler's deadline is %v, %v, want the runtime's, in 2100", dl, ok)
			}
			if string(event) == "fail" {
				return nil, errors.New("the build hook answered 404 Not Found")
			}
			return append([]byte("got "), event...), nil
		})
	}()
	select {
	case <-rt.drained:
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not ask for a fourth invocation")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after the context ended = %v, want nil", err)
	}
	want := []string{
		`req-1/response  got {"a":1}`,
		`req-2/error Unhandled {"errorMessage":"the build hook answered 404 Not Found","errorType":"FunctionError"}`,
		`req-3/response  got {"b":2}`,
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if strings.Join(rt.posts, "\n") != strings.Join(want, "\n") {
		t.Errorf("posted\n%s\nwant\n%s", strings.Join(rt.posts, "\n"), strings.Join(want, "\n"))
	}
}

func TestServeStopsWhenTheRuntimeIsGone(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	api := strings.TrimPrefix(srv.URL, "http://")
	err := Serve(context.Background(), api, func(context.Context, []byte) ([]byte, error) {
		t.Error("the handler ran without an invocation")
		return nil, nil
	})
	if err == nil || !strings.Contains(err.Error(), "404 Not Found") {
		t.Errorf("Serve against a runtime that answers 404 = %v, want an error naming it", err)
	}
	srv.Close()
	if err := Serve(context.Background(), api, nil); err == nil {
		t.Error("Serve against a closed runtime returned nil")
	}
}
