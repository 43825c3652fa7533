// Package postprocess runs over rendered files before they are published:
// it minifies HTML, XML and JSON.
package postprocess

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/xml"

	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/workers"
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

// Minify shrinks every HTML, XML and JSON file in place, in parallel.
func Minify(ctx context.Context, files []publish.File) error {
	return workers.Run(ctx, len(files), func(i int) error {
		mt, ok := mediaTypes[path.Ext(files[i].Path)]
		if !ok {
			return nil
		}
		var out bytes.Buffer
		out.Grow(len(files[i].Data))
		if err := minifier.Minify(mt, &out, bytes.NewReader(files[i].Data)); err != nil {
			return fmt.Errorf("minify %s: %w", files[i].Path, err)
		}
		files[i].Data = out.Bytes()
		return nil
	})
}
