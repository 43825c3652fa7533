package assets

import (
	"net/url"
	"path"
	"strings"
)

// rewrite points the url(...)s of the stylesheet name at hashed names.
func (b *builder) rewrite(name string, css []byte) []byte {
	return rewriteURLs(css, func(ref string, line int) string {
		return b.resolve(name, ref, line)
	})
}

// resolve returns the hashed form of ref, a url in the stylesheet sheet, or
// ref itself if it does not name a file in assets/ (after reporting why, if
// it looks as though it should).
func (b *builder) resolve(sheet, ref string, line int) string {
	raw, suffix := splitSuffix(ref)
	if raw == "" || isAbsolute(raw) {
		return ref // data:, https:, /from/the/site/root, #an-svg-id
	}
	decoded, err := url.PathUnescape(raw)
	if err != nil {
		decoded = raw
	}
	target := path.Join(path.Dir(sheet), decoded)
	switch hash, ok := b.hashes[target]; {
	case target == ".." || strings.HasPrefix(target, "../"):
		b.diags.Errorf(source(sheet), line, "url(%s) points outside the assets folder; "+
			"move the file into assets/, or give its address from the site root, starting with /", ref)
	case isCSS(target) && !ok && b.sheets[target]:
		b.diags.Errorf(source(sheet), line, "%q names %s, which names this stylesheet in turn, directly or through others: "+
			"stylesheets cannot import each other in a loop; remove one of the two", ref, source(target))
	case !ok:
		b.diags.Errorf(source(sheet), line, "url(%s) points at %s, which does not exist", ref, source(target))
	default:
		return withHash(raw, decoded, hash) + suffix
	}
	return ref
}

// splitSuffix splits ref before its query or fragment ("font.woff2?#iefix",
// "icons.svg#close"), which belong to the url, not the file name.
func splitSuffix(ref string) (raw, suffix string) {
	if i := strings.IndexAny(ref, "?#"); i >= 0 {
		return ref[:i], ref[i:]
	}
	return ref, ""
}

// isAbsolute reports whether ref starts from the site root or has a scheme.
func isAbsolute(ref string) bool {
	if strings.HasPrefix(ref, "/") {
		return true
	}
	i := strings.IndexAny(ref, ":/")
	return i > 0 && ref[i] == ':'
}

// withHash puts hash into raw, the url as the stylesheet wrote it, so that
// whatever the editor wrote (./, ../, percent escapes) still works.
func withHash(raw, decoded, hash string) string {
	if ext := extOf(raw); ext == extOf(decoded) {
		return hashed(raw, hash)
	}
	// The extension itself was escaped; write the name out afresh.
	dir := raw[:strings.LastIndex(raw, "/")+1]
	return dir + url.PathEscape(path.Base(hashed(decoded, hash)))
}

// sheetTarget is the stylesheet in assets/ that ref, in sheet, names, if
// it names one.
func sheetTarget(sheet, ref string) (string, bool) {
	raw, _ := splitSuffix(ref)
	if raw == "" || isAbsolute(raw) {
		return "", false
	}
	decoded, err := url.PathUnescape(raw)
	if err != nil {
		decoded = raw
	}
	target := path.Join(path.Dir(sheet), decoded)
	return target, isCSS(target) && target != ".." && !strings.HasPrefix(target, "../")
}
