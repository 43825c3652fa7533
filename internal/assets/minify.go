package assets

import (
	"errors"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
	"github.com/tdewolff/parse/v2"
)

// minifier is shared by every Build: *minify.M is safe for concurrent use and
// costs allocations to set up.
var minifier = newMinifier()

func newMinifier() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("text/javascript", js.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("application/xml", xml.Minify)
	return m
}

// mediaTypes says which extensions are minified, and as what.
var mediaTypes = map[string]string{
	".css":  "text/css",
	".js":   "text/javascript",
	".mjs":  "text/javascript",
	".svg":  "image/svg+xml",
	".json": "application/json",
	".xml":  "application/xml",
}

// minify returns data minified if name is of a kind we minify. On failure it
// reports where and returns data unchanged.
func (b *builder) minify(name string, data []byte) []byte {
	mediaType, ok := mediaTypes[strings.ToLower(extOf(name))]
	if !ok {
		return data
	}
	out, err := minifier.Bytes(mediaType, data)
	if err != nil {
		line, msg := describe(err)
		b.diags.Errorf(source(name), line, "could not be minified: %s", msg)
		return data
	}
	return out
}

// describe splits a minifier error into a line and a message without the
// code excerpt the parser appends, which would break "file:line: message".
func describe(err error) (int, string) {
	var perr *parse.Error
	if errors.As(err, &perr) {
		return perr.Line, perr.Message
	}
	msg, _, _ := strings.Cut(err.Error(), "\n")
	return 0, msg
}
