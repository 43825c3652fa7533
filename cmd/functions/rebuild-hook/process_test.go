package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/changes"
)

// TestTheBuiltFunctionAnswersTheRuntime builds the function as Netlify
// does and runs it against stand-ins for the Lambda runtime API, the site
// and the build hook, all on the loopback address. The real clock decides
// the hour, so the site's list has nothing due and the hook is never
// called, whatever the time: the test is of the process, its environment
// and the runtime's protocol.
func TestTheBuiltFunctionAnswersTheRuntime(t *testing.T) {
	bin := buildFunction(t)
	var mu sync.Mutex
	var posts []string
	invocations := 0
	hookCalls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		switch p := r.URL.Path; {
		case p == "/2018-06-01/runtime/invocation/next":
			invocations++
			if invocations > 1 {
				http.Error(w, "gone", http.StatusInternalServerError) // ends the process
				return
			}
			w.Header().Set("Lambda-Runtime-Aws-Request-Id", "req-1")
			io.WriteString(w, `{"body":"{\"next_run\":\"2005-06-09T23:01:00.000Z\"}"}`)
		case strings.HasPrefix(p, "/2018-06-01/runtime/invocation/req-1/"):
			body, _ := io.ReadAll(r.Body)
			posts = append(posts, strings.TrimPrefix(p, "/2018-06-01/runtime/invocation/req-1/")+" "+string(body))
			w.WriteHeader(http.StatusAccepted)
		case p == "/changes.json":
			w.Write(changes.Encode(time.Date(2005, 10, 13, 0, 0, 0, 0, time.UTC), nil))
		case p == "/hook":
			hookCalls++
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = append(os.Environ(),
		"AWS_LAMBDA_RUNTIME_API="+strings.TrimPrefix(srv.URL, "http://"),
		"BUILD_HOOK_URL="+srv.URL+"/hook",
		"URL="+srv.URL,
	)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("the function ended with %v, want exit status 1 once the runtime is gone; its log:\n%s", err, out)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(posts) != 1 || !strings.HasPrefix(posts[0], `response {"statusCode":200,"body":"`) {
		t.Errorf("the function posted %q, want one response with status 200; its log:\n%s", posts, out)
	}
	if hookCalls != 0 {
		t.Errorf("the build hook was called %d times, with nothing due", hookCalls)
	}
	if !strings.Contains(string(out), "INFO ") || strings.Contains(string(out), srv.URL+"/hook") {
		t.Errorf("the function's log is not what Netlify should show:\n%s", out)
	}
}

func TestTheFunctionOutsideNetlifySaysWhatItIs(t *testing.T) {
	bin := buildFunction(t)
	cmd := exec.Command(bin)
	cmd.Env = []string{}
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(string(out), "runs as a Netlify function") {
		t.Errorf("run outside Netlify = %v, %q, want exit status 2 and a sentence saying so", err, out)
	}
}

// buildFunction compiles this folder, as Netlify does.
func buildFunction(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the function")
	}
	bin := filepath.Join(t.TempDir(), "rebuild-hook")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
