// Package postprocess runs over rendered files before they are published:
// it minifies HTML, XML and JSON.
package postprocess

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/xml"

	"norfolk.gov.uk/microsite/internal/publish"
)

var minifier = newMinifier()

// pageHTML is how HTML is minified. Document tags and end tags stay: they
// cost a few bytes and keep the pages plainly valid for checkers and
// assistive technology. So do attributes at their default values
// (type="text", type="submit"): validators ask for them to be explicit.
var pageHTML = html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true}

// The minifier writes the doctype in lower case; validators (html-validate's
// recommended rules) want it as HTML writes it, in capitals, which costs
// nothing.
const (
	doctypeMinified = "<!doctype html>"
	doctype         = "<!DOCTYPE html>"
)

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &pageHTML)
	m.AddRegexp(regexp.MustCompile(`[/+]xml$`), &xml.Minifier{KeepWhitespace: false})
	m.AddFunc("application/json", json.Minify)
	return m
}

var mediaTypes = map[string]string{
	".html": "text/html",
	".xml":  "application/xml",
	".json": "application/json",
}

// Minify shrinks one HTML, XML or JSON file; any other file is returned as
// it is.
func Minify(f publish.File) (publish.File, error) {
	mt, ok := mediaTypes[path.Ext(f.Path)]
	if !ok {
		return f, nil
	}
	var out bytes.Buffer
	out.Grow(len(f.Data))
	// A reader with Bytes saves the minifier a copy of the input.
	if err := minifier.Minify(mt, &out, bytes.NewBuffer(f.Data)); err != nil {
		return f, fmt.Errorf("minify %s: %w", f.Path, err)
	}
	data := out.Bytes()
	if mt == "text/html" && bytes.HasPrefix(data, []byte(doctypeMinified)) {
		copy(data, doctype)
	}
	return publish.File{Path: f.Path, Data: data}, nil
}

// layoutMinifier minifies layouts' text, leaving their {{actions}} alone.
var layoutMinifier = newLayoutMinifier()

func newLayoutMinifier() *minify.M {
	layouts := pageHTML
	layouts.TemplateDelims = html.GoTemplateDelims
	m := minify.New()
	m.Add("text/html", &layouts)
	return m
}

// Parts minifies a page in parts: the layouts as they are parsed, and the
// partials made once for many pages, so that no whole page need be
// minified again and what many pages share is minified once. A page's own
// text comes compact from the Markdown converter.
type Parts struct{}

// Layout minifies a layout's text.
func (Parts) Layout(text string) (string, error) {
	out, err := minifyString(layoutMinifier, text)
	if rest, ok := strings.CutPrefix(out, doctypeMinified); ok {
		out = doctype + rest
	}
	return out, err
}

// HTML minifies a piece of HTML: a partial made once for many pages.
func (Parts) HTML(s string) (string, error) { return minifyString(minifier, s) }

func minifyString(m *minify.M, s string) (string, error) {
	// The minifier reads from a reader with Bytes without copying it, and
	// needs a byte of room at the end: any other reader it reads whole
	// into a buffer that grows by doubling.
	in := make([]byte, len(s), len(s)+1)
	copy(in, s)
	var b strings.Builder
	b.Grow(len(s))
	if err := m.Minify("text/html", &b, bytes.NewBuffer(in)); err != nil {
		return s, err
	}
	return b.String(), nil
}
