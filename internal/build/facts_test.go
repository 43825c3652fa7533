package build_test

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

// buildReal builds the project's own content/, layouts/ and assets/.
func buildReal(t *testing.T, now string) map[string]string {
	t.Helper()
	res, l := build.Site(context.Background(), os.DirFS("../.."), build.Options{Now: day(now)})
	if res == nil || len(l) > 0 {
		t.Fatalf("the real site does not build cleanly:\n%s", l.Error())
	}
	files := map[string]string{}
	for _, f := range res.Files {
		files[f.Path] = string(f.Data)
	}
	return files
}

// The facts below are the seeds' own: the MI sheet (MI 95/05) and the
// workshop letter. Each is checked where the site states it.
func TestEveryWorkshopIsAsTheLetterGivesIt(t *testing.T) {
	files := buildReal(t, sitetest.Now.Format("2006-01-02"))
	for _, w := range []struct{ page, area, iso, date, venue, town string }{
		// "Northern: Wednesday 12th October at Fakenham Racecourse"
		{"northern", "Northern", "2005-10-12", "Wednesday 12 October 2005", "Fakenham Racecourse", "Fakenham"},
		// "Eastern: Thursday 29 September at Great Yarmouth Racecourse"
		{"eastern", "Eastern", "2005-09-29", "Thursday 29 September 2005", "Great Yarmouth Racecourse", "Great Yarmouth"},
		// "Central: Wednesday 5 October at Dunston Hall, Norwich"
		{"central", "Central", "2005-10-05", "Wednesday 5 October 2005", "Dunston Hall", "Norwich"},
		// "Western: Friday 30th September, Knights Hill Hotel, South Wootton"
		{"western", "Western", "2005-09-30", "Friday 30 September 2005", "Knights Hill Hotel", "South Wootton"},
		// "Southern: Monday 10th October, Barnham Broom Hotel, Norwich"
		{"southern", "Southern", "2005-10-10", "Monday 10 October 2005", "Barnham Broom Hotel", "Norwich"},
	} {
		page := files["workshops/"+w.page+"/index.html"]
		for _, want := range []string{
			`<time datetime="` + w.iso + `">` + w.date + `</time>`,
			w.venue + ", " + w.town,
			"<dd>" + w.area + "</dd>",
		} {
			if !strings.Contains(page, want) {
				t.Errorf("workshops/%s does not say %q", w.page, want)
			}
		}
		if !strings.Contains(files["workshops/index.html"], `<time datetime="`+w.iso+`">`+w.date+`</time>`) {
			t.Errorf("the workshops table does not give %s's date %s", w.area, w.date)
		}
		ics := files["workshops/"+w.page+".ics"]
		if !strings.Contains(ics, "DTSTART;VALUE=DATE:"+strings.ReplaceAll(w.iso, "-", "")) {
			t.Errorf("workshops/%s.ics does not start on %s", w.page, w.iso)
		}
	}
}

func TestTheMISheetDetailsAreTheSeeds(t *testing.T) {
	files := buildReal(t, "2005-05-20")
	consultation := files["consultation/index.html"]
	for _, want := range []string{
		"MI 95/05", "Action", "All headteachers and chairs of governors",
		"Lisa Christensen, Director of Children’s Services",
		"Saturday 7 May 2005", "Wednesday 8 June 2005", "The Project Team, on <a href=\"tel:+441603222494\">01603\u00a0222494</a> (text relay: <a href=\"tel:1800101603222494\">18001\u00a001603\u00a0222494</a>)",
	} {
		if !strings.Contains(consultation, want) {
			t.Errorf("the consultation page does not say %q", want)
		}
	}
	// "We believe that all children and young people have the right to be
	// healthy, happy and safe; to be loved, valued and respected; and to have
	// high aspirations for their future."
	vision := regexp.MustCompile(`\s+`).ReplaceAllString(files["vision/index.html"], " ")
	const statement = "We believe that all children and young people have the right to be healthy, happy and safe; to be loved, valued and respected; and to have high aspirations for their future."
	if !strings.Contains(vision, statement) {
		t.Errorf("the vision page does not give the vision word for word")
	}
}

func TestThePhoneNumberIsTheSeedsEverywhere(t *testing.T) {
	files := buildReal(t, "2005-05-20")
	// Shown with no-break spaces, so that it never wraps. A text relay
	// number (Relay UK's 18001, then the number) is read whole, before the
	// number inside it.
	phone := regexp.MustCompile(`(?:tel:)?18001[ \x{a0}]?0\d{4}[ \x{a0}]?\d{6}|0\d{4}[ \x{a0}]?\d{6}|tel:(?:\+|&#43;)\d+`)
	ok := map[string]bool{
		"01603\u00a0222494": true, "tel:+441603222494": true, "tel:&#43;441603222494": true,
		"18001\u00a001603\u00a0222494": true, "tel:1800101603222494": true,
	}
	for path, body := range files {
		if !strings.HasSuffix(path, ".html") {
			continue
		}
		for _, m := range phone.FindAllString(body, -1) {
			if !ok[m] {
				t.Errorf("%s gives the phone number %q, not 01603 222494 or its text relay number 18001 01603 222494", path, m)
			}
		}
		if !strings.Contains(body, `href="tel:&#43;441603222494"`) {
			t.Errorf("%s has no tel: link to 01603 222494", path)
		}
		// Wherever the number is, the text relay route is too.
		voice, relay := strings.Count(body, `href="tel:&#43;441603222494"`), strings.Count(body, `href="tel:1800101603222494"`)
		if relay < voice {
			t.Errorf("%s has %d tel: links to 01603 222494 and %d to its text relay number 18001 01603 222494: give the text relay route wherever the number is", path, voice, relay)
		}
	}
}
