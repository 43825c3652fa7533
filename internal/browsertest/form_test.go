package browsertest

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// formState is what a reader of the form sees and hears after a send.
type formState struct {
	Title    string
	Focused  string   // the focused element: "tag#id.class"
	Summary  []string // the error summary's links: "#views Enter your views"
	Invalid  []string // the ids of the fields marked aria-invalid="true"
	Messages []string // each invalid field's described-by text
}

const readForm = `(() => {
	const el = document.activeElement;
	const invalid = [...document.querySelectorAll('form.feedback [aria-invalid="true"]')];
	return {
		title: document.title,
		focused: el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className : '') : '',
		summary: [...document.querySelectorAll('.error-summary a')].map(a => a.getAttribute('href') + ' ' + a.textContent.trim()),
		invalid: invalid.map(f => f.id),
		messages: invalid.map(f => (f.getAttribute('aria-describedby') || '').split(' ').map(id => (document.getElementById(id) || {textContent: ''}).textContent).join(' ').trim()),
	};
})()`

const (
	feedbackForm = `form[name="feedback"]`
	submitButton = feedbackForm + ` button`
)

// sendForm fills the fields (by id) and clicks the send button, and
// returns the requests the server received.
func sendForm(t *testing.T, tb *tab, s *site, fields map[string]string) []post {
	t.Helper()
	var acts []chromedp.Action[chromedp.Void]
	for id, v := range fields {
		acts = append(acts, chromedp.Evaluate[chromedp.Void](`document.getElementById(`+strconv.Quote(id)+`).value = ''`))
		if v != "" {
			acts = append(acts, chromedp.SendKeys(chromedp.CSS("#"+id), v))
		}
	}
	if err := chromedp.Do(tb.ctx, acts...); err != nil {
		t.Fatalf("filling in the form: %v", err)
	}
	before := len(s.received())
	ctx, cancel := context.WithTimeout(tb.ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(submitButton), chromedp.NodeVisible)); err != nil {
		t.Fatalf("clicking the send button: %v", err)
	}
	return waitForPosts(s, before)
}

func TestTheFormsErrorsAreShownAndHeardWithJavaScriptOn(t *testing.T) {
	chromiumPath(t)
	open, _ := builtSites(t)
	tb := openTab(t, true)
	tb.goTo(t, open.url("have-your-say/index.html"))
	title, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.title`))
	if err != nil {
		t.Fatal(err)
	}

	// Only spaces for the views, and an address with no dot in its domain.
	if posts := sendForm(t, tb, open, map[string]string{"views": "   ", "email": "a@b"}); len(posts) != 0 {
		t.Fatalf("a send with only spaces for the views and the email a@b was posted: %+v", posts)
	}
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[formState](readForm))
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Error: "+title {
		t.Errorf("after a send with errors the page's title is %q, want %q", got.Title, "Error: "+title)
	}
	if !strings.HasPrefix(got.Focused, "div.error-summary") {
		t.Errorf("after a send with errors the focus is on %q, want the error summary", got.Focused)
	}
	wantSummary := []string{"#views Enter your views", "#email Enter an email address like name@example.com, or leave it empty"}
	if !slices.Equal(got.Summary, wantSummary) {
		t.Errorf("the error summary links %q, want %q", got.Summary, wantSummary)
	}
	if !slices.Equal(got.Invalid, []string{"views", "email"}) {
		t.Errorf("the fields marked aria-invalid are %q, want views and email", got.Invalid)
	}
	for i, m := range got.Messages {
		if !strings.HasPrefix(m, "Error: ") {
			t.Errorf("field %d is described by %q, want its error message, starting \"Error: \"", i, m)
		}
	}
	checkErrorsHeard(t, tb)

	// The summary's first link takes the reader to the field.
	if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`.error-summary a`))); err != nil {
		t.Fatal(err)
	}
	focused, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.activeElement.id`))
	if err != nil {
		t.Fatal(err)
	}
	if focused != "views" {
		t.Errorf("following the summary's first link focused %q, want the views field", focused)
	}

	// Put right, the form is sent, with no error left on the page.
	posts := sendForm(t, tb, open, map[string]string{"views": "I support the plan.", "email": "a@b.example"})
	if len(posts) != 1 || posts[0].form.Get("views") != "I support the plan." {
		t.Fatalf("the corrected form sent %+v, want one POST with the views", posts)
	}
	tb.checkReports(t, "have-your-say/ with JavaScript on")
}

// checkErrorsHeard reads the accessibility tree: what a screen reader is
// told of the error summary and of the two fields in error.
func checkErrorsHeard(t *testing.T, tb *tab) {
	t.Helper()
	ax := axTree(t, tb)
	alerts := ax.find(func(n *axNode) bool { return n.Role == "alert" && n.Name == "There is a problem" })
	if len(alerts) != 1 {
		t.Errorf("a screen reader is told of %d alerts named \"There is a problem\", want 1", len(alerts))
	} else if alerts[0].Props["focused"] != "true" {
		t.Errorf("the error summary's properties are %v, want it focused", alerts[0].Props)
	}
	for _, want := range []struct{ name, description string }{
		{"Your views (required)", "Error: Enter your views"},
		{"Your email address, if you would like a reply (optional)", "Error: Enter an email address"},
	} {
		fields := ax.find(func(n *axNode) bool { return n.Role == "textbox" && n.Name == want.name })
		if len(fields) != 1 {
			t.Errorf("a screen reader finds %d text boxes named %q, want 1", len(fields), want.name)
			continue
		}
		f := fields[0]
		if f.Props["invalid"] != "true" || !strings.HasPrefix(f.Description, want.description) {
			t.Errorf("a screen reader is told of %q: invalid %q, described as %q; want invalid \"true\", described as %q…", want.name, f.Props["invalid"], f.Description, want.description)
		}
	}
}

func TestTheFormRefusesAMalformedEmailWithJavaScriptOff(t *testing.T) {
	chromiumPath(t)
	open, _ := builtSites(t)
	tb := openTab(t, false)
	tb.goTo(t, open.url("have-your-say/index.html"))
	for _, fields := range []map[string]string{
		{"views": "", "email": ""},
		{"views": "I support the plan.", "email": "a@b"},
	} {
		if posts := sendForm(t, tb, open, fields); len(posts) != 0 {
			t.Errorf("with JavaScript off the form was sent with %v: %+v, want the browser to refuse it", fields, posts)
		}
	}
}
