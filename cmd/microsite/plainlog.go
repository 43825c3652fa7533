package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
)

// plainLog writes the messages of the packages the command runs (the
// watcher's, the preview's) as a sentence an editor can read, not as a
// log record: "microsite: the preview stopped: address in use".
type plainLog struct {
	mu    *sync.Mutex
	w     io.Writer
	attrs []slog.Attr
}

func newPlainLog(w io.Writer) *slog.Logger { return slog.New(plainLog{mu: &sync.Mutex{}, w: w}) }

func (plainLog) Enabled(_ context.Context, level slog.Level) bool { return level >= slog.LevelInfo }

func (h plainLog) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString("microsite: ")
	b.WriteString(r.Message)
	add := func(a slog.Attr) bool {
		fmt.Fprintf(&b, ": %v", a.Value)
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	b.WriteByte('\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h plainLog) WithAttrs(attrs []slog.Attr) slog.Handler {
	h.attrs = append(h.attrs[:len(h.attrs):len(h.attrs)], attrs...)
	return h
}

func (h plainLog) WithGroup(string) slog.Handler { return h }
