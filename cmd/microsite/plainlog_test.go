package main

import (
	"errors"
	"strings"
	"testing"
)

// What the command's packages log reaches the editor as a sentence, never
// as a log record with time= and level=.
func TestLogIsPlain(t *testing.T) {
	var b strings.Builder
	newPlainLog(&b).Warn("watch: changes may have been missed; rebuilding everything", "err", errors.New("queue overflow"))
	if got, want := b.String(), "microsite: watch: changes may have been missed; rebuilding everything: queue overflow\n"; got != want {
		t.Errorf("logged %q, want %q", got, want)
	}
}
