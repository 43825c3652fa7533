// Package lambda runs a function under the AWS Lambda runtime API, the
// way Netlify runs a Go function: the process asks the runtime for the next
// invocation over HTTP, answers it, and asks again, for as long as it lives.
//
// It is the standard library's HTTP client and the three calls the API
// has for a function (next, response, error), documented in AWS's "Using
// the Lambda runtime API for custom runtimes". aws-lambda-go does the same
// and much more (typed events, RPC for the retired go1.x runtime), none of
// which a scheduled function that takes no input needs.
package lambda

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Handler answers one invocation: event is the payload as the runtime gave
// it; the bytes returned are the response. An error is reported to the
// runtime as the invocation's failure, and shows in the function's log.
type Handler func(ctx context.Context, event []byte) ([]byte, error)

const version = "2018-06-01"

// MaxEventBytes bounds the payload read from the runtime: Lambda's own
// limit for a synchronous invocation is 6 MB.
const MaxEventBytes = 6 << 20

// Serve answers invocations from the runtime API at api (the host:port in
// AWS_LAMBDA_RUNTIME_API) one after another until ctx ends, or the runtime
// cannot be reached, which ends the process's life anyway.
func Serve(ctx context.Context, api string, h Handler) error {
	base := "http://" + api + "/" + version + "/runtime/invocation/"
	client := &http.Client{} // no timeout: "next" waits until there is an invocation
	for {
		id, deadline, event, err := next(ctx, client, base)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if err := answer(ctx, client, base, id, deadline, event, h); err != nil {
			return err
		}
	}
}

// next waits for the next invocation.
func next(ctx context.Context, client *http.Client, base string) (id string, deadline time.Time, event []byte, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"next", nil)
	if err != nil {
		return "", time.Time{}, nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", time.Time{}, nil, fmt.Errorf("ask the Lambda runtime for the next invocation: %w", err)
	}
	defer resp.Body.Close()
	event, err = io.ReadAll(io.LimitReader(resp.Body, MaxEventBytes+1))
	switch {
	case err != nil:
		return "", time.Time{}, nil, fmt.Errorf("read the next invocation: %w", err)
	case resp.StatusCode != http.StatusOK:
		return "", time.Time{}, nil, fmt.Errorf("the Lambda runtime answered %s for the next invocation", resp.Status)
	case len(event) > MaxEventBytes:
		return "", time.Time{}, nil, fmt.Errorf("the invocation's payload is over %d bytes", MaxEventBytes)
	}
	id = resp.Header.Get("Lambda-Runtime-Aws-Request-Id")
	if id == "" {
		return "", time.Time{}, nil, errors.New("the Lambda runtime gave an invocation without a request id")
	}
	if ms, err := strconv.ParseInt(resp.Header.Get("Lambda-Runtime-Deadline-Ms"), 10, 64); err == nil {
		deadline = time.UnixMilli(ms)
	}
	return id, deadline, event, nil
}

// answer runs h for one invocation, within its deadline, and posts what
// it gave.
func answer(ctx context.Context, client *http.Client, base, id string, deadline time.Time, event []byte, h Handler) error {
	hctx := ctx
	if !deadline.IsZero() {
		var cancel context.CancelFunc
		hctx, cancel = context.WithDeadline(ctx, deadline)
		defer cancel()
	}
	out, herr := h(hctx, event)
	url, body, header := base+id+"/response", out, ""
	if herr != nil {
		body, _ = json.Marshal(struct {
			Message string `json:"errorMessage"`
			Type    string `json:"errorType"`
		}{herr.Error(), "FunctionError"})
		url, header = base+id+"/error", "Unhandled"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if header != "" {
		req.Header.Set("Lambda-Runtime-Function-Error-Type", header)
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("post invocation %s's result: %w", id, err)
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		return fmt.Errorf("the Lambda runtime answered %s to invocation %s's result", resp.Status, id)
	}
	return nil
}
