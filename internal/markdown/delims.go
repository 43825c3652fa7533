package markdown

import (
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// delimStack follows goldmark's list of emphasis delimiters (runs of *, _
// and ~) through one paragraph, to count how many delimiters goldmark
// will walk past. For each run that can close, goldmark walks back through
// the list for an opener of the same character, and unlike CommonMark's
// reference parser it keeps no lower bound for the next walk: a paragraph
// of closers that find nothing ("a*_a*_a*_…", where each * can only close
// and each _ only open) walks the whole list for each, and takes time with
// the square of its length. Costs are upper bounds: a walk that might
// fail on the rule of three is counted as a failed one.
type delimStack struct {
	list []delim
	last [3][]int // for *, _ and ~: the indexes in list of the runs that can open
	cost int      // delimiters walked past so far
}

type delim struct {
	ch       byte
	n        int
	canClose bool // as well as open
}

func delimIndex(ch byte) int {
	switch ch {
	case '*':
		return 0
	case '_':
		return 1
	}
	return 2
}

// run takes the run c[i:j] of one delimiter character, as goldmark's
// ScanDelimiter judges it from the characters either side.
func (d *delimStack) run(c []byte, i, j int) {
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRune(c[:i])
	}
	if j < len(c) {
		after, _ = utf8.DecodeRune(c[j:])
	}
	bp, bs := util.IsPunctRune(before), util.IsSpaceRune(before)
	ap, as := util.IsPunctRune(after), util.IsSpaceRune(after)
	left := !as && (!ap || bs || bp)
	right := !bs && (!bp || as || ap)
	canOpen, canClose := left, right
	if c[i] == '_' {
		canOpen, canClose = left && (!right || bp), right && (!left || ap)
	}
	r := delim{ch: c[i], n: j - i, canClose: canClose}
	maybe := false
	if canClose {
		var found bool
		if found, maybe = d.close(r, canOpen); found {
			return
		}
	}
	// goldmark keeps every run in its list but a closer that found nothing
	// and cannot open: even one that can do neither ("a_b"), which only
	// leaves when a pair around it is matched.
	if canOpen || !canClose || maybe {
		if canOpen {
			k := delimIndex(r.ch)
			d.last[k] = append(d.last[k], len(d.list))
		}
		d.list = append(d.list, r)
	}
}

// close walks back from closer r as goldmark does, and reports whether it
// found its opener. A found opener ends the walk, and it and every
// delimiter after it leave the list. maybe is an opener that the rule of
// three refused, after which goldmark keeps the closer.
func (d *delimStack) close(r delim, canOpen bool) (found, maybe bool) {
	k := delimIndex(r.ch)
	opens := d.last[k]
	if len(opens) == 0 {
		d.cost += len(d.list)
		return false, false
	}
	at := opens[len(opens)-1]
	o := d.list[at]
	if (o.canClose || canOpen) && (o.n+r.n)%3 == 0 && (o.n%3 != 0 || r.n%3 != 0) {
		d.cost += len(d.list) // the rule of three may send the walk further back
		return false, true
	}
	d.cost += len(d.list) - at
	d.list = d.list[:at]
	for k := range d.last {
		for len(d.last[k]) > 0 && d.last[k][len(d.last[k])-1] >= at {
			d.last[k] = d.last[k][:len(d.last[k])-1]
		}
	}
	return true, false
}

// reset empties the list for the next paragraph or table cell, keeping
// the memory.
func (d *delimStack) reset() {
	d.list = d.list[:0]
	for k := range d.last {
		d.last[k] = d.last[k][:0]
	}
}
