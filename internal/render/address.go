package render

import (
	"html/template"

	"norfolk.gov.uk/microsite/internal/address"
)

// printAddress is a web address marked up for paper, to break only after a
// "/" or a "." (partials/print-address.html writes it after a link).
func printAddress(u string) template.HTML { return template.HTML(address.HTML(u)) }
