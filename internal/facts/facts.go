// Package facts lets editors write a fact once and show it anywhere. In a
// page's text, its title or its description, {closes} is the closing date
// as content/consultation.md gives it, {phone} the phone number of
// content/site.toml, {northern.date} the Northern workshop's date, and so
// on; and a block
//
//	::: open
//	Have your say by {closes}.
//	:::
//
// shows only while its state holds (open, closed, a workshop upcoming or
// past). Both read well as plain Markdown, and a name that is not known is
// an error at its line, with the nearest name offered.
//
// The package knows the syntax; which names there are, and what they mean
// on a given page, a Resolver says (the page model's).
package facts

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/suggest"
)

// Resolver answers what the names mean on one page.
type Resolver interface {
	// Fact is the text of a fact, and false if there is no such fact.
	Fact(name string) (string, bool)
	// State reports whether a state holds, and false if there is no such
	// state.
	State(name string) (on, ok bool)
	// Facts and States list the names there are, for "did you mean".
	Facts() []string
	States() []string
}

// Place is where a text starts, for messages.
type Place struct {
	File string
	Line int
}

// Text replaces every {name} in a single-line text (a title, a
// description) with its fact. The text of a fact is plain: Markdown's
// special characters in it are not escaped.
func Text(text string, at Place, r Resolver) (string, diag.List) {
	var l diag.List
	out := expandLine([]byte(text), at.File, at.Line, r, false, &l)
	return string(out), l
}

// Markdown replaces every {name} in a page's Markdown with its fact, its
// special characters escaped, and keeps the lines of each ::: block only
// while its state holds. Every line stays on its line, blanked where it
// is left out, so problems found later are still at the editor's line.
func Markdown(src []byte, at Place, r Resolver) ([]byte, diag.List) {
	if !bytes.ContainsAny(src, "{:") {
		return src, nil
	}
	var l diag.List
	var out bytes.Buffer
	out.Grow(len(src))
	type open struct {
		line int
		keep bool
	}
	var blocks []open
	keep := func() bool {
		for _, b := range blocks {
			if !b.keep {
				return false
			}
		}
		return true
	}
	line := at.Line
	for rest := src; len(rest) > 0; line++ {
		text, after, found := bytes.Cut(rest, []byte("\n"))
		rest = after
		switch name, isFence := fence(text); {
		case isFence && name == "":
			if len(blocks) == 0 {
				l.Errorf(at.File, line, "this ::: closes a block, but no block is open: delete it, or open one above with a line like ::: open")
			} else {
				blocks = blocks[:len(blocks)-1]
			}
			text = nil
		case isFence:
			on, ok := r.State(name)
			if !ok {
				l.Errorf(at.File, line, "there is no state %q%s: a block may show while open or closed, or while a workshop is upcoming or past (the README's \"Words for each day\" lists them all)", name, suggest.DidYouMean(name, r.States()))
			}
			blocks = append(blocks, open{line: line, keep: on || !ok})
			text = nil
		case !keep():
			text = nil
		default:
			text = expandLine(text, at.File, line, r, true, &l)
		}
		out.Write(text)
		if found {
			out.WriteByte('\n')
		}
	}
	for _, b := range blocks {
		l.Errorf(at.File, b.line, "this ::: block is never closed: end it with a line of three colons, :::, after its last line")
	}
	return out.Bytes(), l
}

// StatesNamed lists the states a page's Markdown has blocks for.
func StatesNamed(src []byte) []string {
	var names []string
	for rest := src; len(rest) > 0; {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		if name, ok := fence(line); ok && name != "" {
			names = append(names, name)
		}
	}
	return names
}

// fence reports whether a line opens (":::" and a state's name) or closes
// (":::" alone) a block.
func fence(line []byte) (name string, ok bool) {
	t := bytes.TrimSpace(line)
	rest, ok := bytes.CutPrefix(t, []byte(":::"))
	if !ok || bytes.HasPrefix(rest, []byte(":")) {
		return "", false
	}
	return string(bytes.TrimSpace(rest)), true
}

// expandLine replaces the facts of one line.
func expandLine(text []byte, file string, line int, r Resolver, markdown bool, l *diag.List) []byte {
	if bytes.IndexByte(text, '{') < 0 {
		return text
	}
	var out []byte
	for i := 0; i < len(text); {
		j := bytes.IndexByte(text[i:], '{')
		if j < 0 {
			out = append(out, text[i:]...)
			break
		}
		j += i
		out = append(out, text[i:j]...)
		name, n := factName(text, j)
		if n == 0 || (j > 0 && text[j-1] == '\\') {
			out = append(out, '{')
			i = j + 1
			continue
		}
		value, ok := fact(r, name)
		if !ok {
			l.Errorf(file, line, "there is no fact {%s}%s: correct the name (the README's \"Facts\" lists them all), or write a brace that is not a fact as \\{", name, suggest.DidYouMean(name, r.Facts()))
			value = "{" + name + "}"
		} else if markdown {
			value = escape(value)
		}
		out = append(out, value...)
		i = j + n
	}
	return out
}

// fact looks a name up; a name that starts with a capital letter is the
// fact of the same name in lower case, starting with a capital: {Workshop-count}
// at the start of a sentence is "Five".
func fact(r Resolver, name string) (string, bool) {
	if v, ok := r.Fact(name); ok {
		return v, true
	}
	first, size := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(first) {
		return "", false
	}
	v, ok := r.Fact(string(unicode.ToLower(first)) + name[size:])
	if !ok || v == "" {
		return v, ok
	}
	vf, vs := utf8.DecodeRuneInString(v)
	return string(unicode.ToUpper(vf)) + v[vs:], true
}

// factName reads {name} at text[i]: a letter, then letters, digits, dots
// and hyphens. Anything else in braces is text, not a fact.
func factName(text []byte, i int) (string, int) {
	end := bytes.IndexByte(text[i:], '}')
	if end < 2 || end > 64 {
		return "", 0
	}
	name := text[i+1 : i+end]
	for k, c := range name {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (k == 0 || !(c >= '0' && c <= '9' || c == '.' || c == '-')) {
			return "", 0
		}
	}
	return string(name), end + 1
}

// escape keeps a fact's text from being read as Markdown.
func escape(s string) string {
	if !strings.ContainsAny(s, "\\`*_[]<>|~#!{}") {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		if strings.ContainsRune("\\`*_[]<>|~#!{}", c) {
			b.WriteByte('\\')
		}
		b.WriteRune(c)
	}
	return b.String()
}
