// Package check is the editors' pre-publish report: checks over the page
// model and each page's converted Markdown for what a build alone does not
// refuse but readers would stumble on. Alt text that says nothing, headings
// out of order, vague link text, duplicate titles and descriptions, long
// descriptions, deadlines already past, long sentences, a high reading age
// and words plain-English guidance says to avoid.
//
// Every problem names the file and line and says, in plain English, what to
// change. Most are warnings; a "#" heading in a page is an error, because the
// page's title is already its only h1. Run is pure: it reads the model and
// returns a diag.List, so the build, "microsite check" and tests share it.
package check
