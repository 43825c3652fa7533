// Package postprocess runs over rendered files before they are published:
// it minifies HTML, XML and JSON.
package postprocess

import (
	"bytes"
	"fmt"
	"path"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/xml"

	"norfolk.gov.uk/microsite/internal/publish"
)

var minifier = newMinifier()

func newMinifier() *minify.M {
	m := minify.New()
	// Document tags and end tags stay: they cost a few bytes and keep the
	// pages plainly valid for checkers and assistive technology.
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
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
	return publish.File{Path: f.Path, Data: out.Bytes()}, nil
}
