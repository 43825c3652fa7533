package markdown

import (
	"fmt"
	"reflect"
	"testing"
)

// TestResultListsHeadingsLinksAndImagesInOrder checks what the build reads
// besides the HTML: lines in the editor's file, plain text, and how each
// link resolved.
func TestResultListsHeadingsLinksAndImagesInOrder(t *testing.T) {
	src := "# The *vision*\n\nSee [our **vision**](../vision.md#aims),\n[dates](#the-vision) and <https://www.gov.uk/>.\n\n![A map](/assets/images/map.png)\n"
	res := New().Convert([]byte(src), testContext())

	wantHeadings := []Heading{{Level: 1, ID: "the-vision", Text: "The vision", Line: 5}}
	if !reflect.DeepEqual(res.Headings, wantHeadings) {
		t.Errorf("Headings = %+v, want %+v", res.Headings, wantHeadings)
	}
	wantLinks := []Link{
		{Line: 7, Written: "../vision.md#aims", Href: "/childrensservices/vision/#aims", Text: "our vision", Internal: true, Path: "/childrensservices/vision/", Fragment: "aims"},
		{Line: 8, Written: "#the-vision", Href: "#the-vision", Text: "dates", Internal: true, Fragment: "the-vision"},
		{Line: 8, Written: "https://www.gov.uk/", Href: "https://www.gov.uk/", Text: "https://www.gov.uk/", External: true},
	}
	if !reflect.DeepEqual(res.Links, wantLinks) {
		t.Errorf("Links = %+v, want %+v", res.Links, wantLinks)
	}
	wantImages := []Image{{Line: 10, Src: "/childrensservices/assets/images/map.1a2b3c4d.png", Alt: "A map"}}
	if !reflect.DeepEqual(res.Images, wantImages) {
		t.Errorf("Images = %+v, want %+v", res.Images, wantImages)
	}
	if len(res.Diags) != 0 {
		t.Errorf("Diags = %v, want none", res.Diags)
	}
}

// TestSiteAtTheRootOfAnotherOrigin is how previews and tests build the
// site: links are absolute, at that origin.
func TestSiteAtTheRootOfAnotherOrigin(t *testing.T) {
	ctx := Context{File: "content/index.md", FirstLine: 1, BaseURL: "http://127.0.0.1:8080/", BasePath: "/"}
	res := New().Convert([]byte("[a](/vision/) [b](http://127.0.0.1:8080/workshops/)"), ctx)
	got := res.HTML
	const printed = `<span class="print-address" hidden> (http://<wbr>127.<wbr>0.<wbr>0.<wbr>1:8080/<wbr>%s/)</span>`
	want := "<p><a href=\"http://127.0.0.1:8080/vision/\">a</a>" + fmt.Sprintf(printed, "vision") +
		" <a href=\"http://127.0.0.1:8080/workshops/\">b</a>" + fmt.Sprintf(printed, "workshops") + "</p>\n"
	if got != want {
		t.Errorf("HTML = %q, want %q", got, want)
	}
}

func TestSlug(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Key dates: what happens when?", "key-dates-what-happens-when"},
		{"  --Dates--  ", "dates"},
		{"Café près de l’école", "café-près-de-lécole"},
		{"Dyddiadau’r gweithdai", "dyddiadaur-gweithdai"},
		{"!!!", "section"},
		{"", "section"},
		{"\xff\xfeabc", "abc"},
	} {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScheme(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"javascript:alert(1)", "javascript"},
		{" \x01JaVa\tScRiPt:x", "javascript"},
		{"java%0Ascript:x", "javascript"},
		{"java%250Ascript:x", "javascript"},
		{"%6a%61vascript:x", "javascript"},
		{"https://example.com/", "https"},
		{"/a:b", ""},
		{"vision.md#a:b", ""},
		{"?q=a:b", ""},
		{":nothing", ""},
	} {
		if got := scheme(tt.in); got != tt.want {
			t.Errorf("scheme(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLineTableCountsFromFirstLine(t *testing.T) {
	lt := newLineTable([]byte("ab\ncd\n\nef"), 10)
	for _, tt := range []struct{ offset, want int }{{0, 10}, {2, 10}, {3, 11}, {6, 12}, {7, 13}, {99, 13}, {-1, 10}} {
		if got := lt.line(tt.offset); got != tt.want {
			t.Errorf("line(%d) = %d, want %d", tt.offset, got, tt.want)
		}
	}
}
