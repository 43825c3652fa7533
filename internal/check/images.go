package check

import (
	"path"
	"regexp"
	"strings"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/markdown"
)

// uselessAlt are alt texts that tell a screen reader user nothing the
// word "image", which their screen reader already says, does not.
var uselessAlt = map[string]bool{
	"image": true, "picture": true, "photo": true, "photograph": true, "graphic": true, "img": true,
	"an image": true, "a picture": true, "a photo": true, "a graphic": true, "logo": true, "icon": true,
}

// fingerprint is the content hash assets adds to a file name: "map.1a2b3c4d.png".
var fingerprint = regexp.MustCompile(`\.[0-9a-f]{8}(\.[^.]*)?$`)

// images warns about alt text that does not describe the image. Missing
// alt text is already an error from the Markdown stage.
func images(file string, imgs []markdown.Image, l *diag.List) {
	for _, img := range imgs {
		alt := normalise(img.Alt)
		if alt == "" {
			continue
		}
		name := path.Base(fingerprint.ReplaceAllString(img.Src, "$1"))
		switch {
		case uselessAlt[alt]:
			l.Warnf(file, img.Line, "image %s: the alt text %q does not say what the image shows: describe what a reader would miss without it, ![like this](...)", name, img.Alt)
		case alt == normalise(name) || alt == normalise(strings.TrimSuffix(name, path.Ext(name))):
			l.Warnf(file, img.Line, "image %s: the alt text is only the file name: describe what the image shows instead, ![like this](...)", name)
		}
	}
}

// normalise makes text comparable: lower case, with hyphens, underscores
// and runs of spaces as single spaces, and no full stop at the end.
var separators = strings.NewReplacer("-", " ", "_", " ")

func normalise(s string) string {
	s = separators.Replace(strings.ToLower(s))
	return strings.TrimRight(strings.Join(strings.Fields(s), " "), ".:!")
}
