package build

import (
	"bytes"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/site"
)

// pageTooBig checks a rendered page against the site's page_bytes limit,
// before it is minified or written. A page over it is reported and its HTML
// dropped, along with any problem its layout had.
func pageTooBig(s *site.Site, p *site.Page, buf *bytes.Buffer, problem *diag.Diagnostic) *diag.Diagnostic {
	lim := s.Settings.Limits.OrDefault()
	if buf.Len() <= lim.PageBytes {
		return problem
	}
	file := p.Source
	if file == "" {
		file = p.File
	}
	size := buf.Len()
	buf.Reset()
	return &diag.Diagnostic{File: file, Line: 1, Severity: diag.Error, Message: limits.Exceeded(
		"the page's HTML is "+limits.Count(size)+" bytes", lim.PageBytes, "page_bytes", "split the page into several")}
}
