package check

import (
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/site"
)

// PageSize checks a rendered page of size bytes, before it is minified or
// written, against the site's page_bytes limit.
func PageSize(p *site.Page, size int) *diag.Diagnostic {
	lim := p.Site().Settings.Limits.OrDefault()
	if size <= lim.PageBytes {
		return nil
	}
	file := p.Source
	if file == "" {
		file = p.File
	}
	return &diag.Diagnostic{File: file, Line: 1, Severity: diag.Error, Message: limits.Exceeded(
		"the page's HTML is "+limits.Count(size)+" bytes", lim.PageBytes, "page_bytes", "split the page into several")}
}
