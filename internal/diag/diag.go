// Package diag describes problems found in an editor's files: where they are
// and, in plain English, what to do about them.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity says whether a problem stops the build.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem at one place. File is a slash path relative to the
// project folder ("content/vision.md"); Line is 1-based, or 0 when the problem
// belongs to the whole file.
type Diagnostic struct {
	File     string
	Line     int
	Severity Severity
	Message  string
}

// String formats d as "file:line: error: message", the shape editors' tools
// and terminals recognise.
func (d Diagnostic) String() string {
	if d.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", d.File, d.Line, d.Severity, d.Message)
	}
	return fmt.Sprintf("%s: %s: %s", d.File, d.Severity, d.Message)
}

// List collects problems so that an editor sees all of them in one run.
type List []Diagnostic

// Errorf adds an error at file:line.
func (l *List) Errorf(file string, line int, format string, args ...any) {
	*l = append(*l, Diagnostic{File: file, Line: line, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning at file:line.
func (l *List) Warnf(file string, line int, format string, args ...any) {
	*l = append(*l, Diagnostic{File: file, Line: line, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// HasErrors reports whether any problem in l is an error.
func (l List) HasErrors() bool {
	return slices.ContainsFunc(l, func(d Diagnostic) bool { return d.Severity == Error })
}

// Sort orders l by file, line, severity and message, so reports are the same
// on every run whatever order the work was done in. A list already in order
// is only checked: a preview's rebuild can have thousands of warnings.
func (l List) Sort() {
	if !slices.IsSortedFunc(l, compare) {
		slices.SortFunc(l, compare)
	}
}

// compare returns as soon as it can: cmp.Or would compare the messages of
// every pair.
func compare(a, b Diagnostic) int {
	if c := cmp.Compare(a.File, b.File); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Severity, b.Severity); c != 0 {
		return c
	}
	return cmp.Compare(a.Message, b.Message)
}

// Merge returns the problems of a and b, which are each in order, in order.
func Merge(a, b List) List {
	out := make(List, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if compare(b[0], a[0]) < 0 {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// Err returns l as an error if it holds any errors, and nil otherwise.
func (l List) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return l
}

// Error lists every problem, one a line.
func (l List) Error() string {
	var b strings.Builder
	for i, d := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}
