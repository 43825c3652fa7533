package browsertest

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestEveryPageShowsItsHeadingWithJavaScriptOff(t *testing.T) {
	chromiumPath(t)
	for _, p := range allPages(t) {
		t.Run(p.name(), func(t *testing.T) {
			t.Parallel()
			tb := openTab(t, false)
			tb.goTo(t, p.site.url(p.path))
			h1s, err := chromedp.Run(tb.ctx, chromedp.Nodes(chromedp.CSSAll("h1"), chromedp.AtLeast(0)))
			if err != nil {
				t.Fatal(err)
			}
			if len(h1s) != 1 {
				t.Fatalf("%s with JavaScript off has %d h1 elements, want 1", p.name(), len(h1s))
			}
			text, err := chromedp.Run(tb.ctx, chromedp.Text(chromedp.CSS("h1"), chromedp.NodeVisible))
			if err != nil {
				t.Fatalf("%s with JavaScript off: the h1 is not shown: %v", p.name(), err)
			}
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s with JavaScript off: the h1 has no text", p.name())
			}
			tb.checkReports(t, p.name())
		})
	}
}

func TestFeedbackFormSubmitsWithJavaScriptOff(t *testing.T) {
	chromiumPath(t)
	open, _ := builtSites(t)
	tb := openTab(t, false)
	tb.goTo(t, open.url("have-your-say/index.html"))
	const form = `form[name="feedback"]`
	forms, err := chromedp.Run(tb.ctx, chromedp.Nodes(chromedp.CSSAll(form), chromedp.AtLeast(0)))
	if err != nil {
		t.Fatal(err)
	}
	if len(forms) != 1 {
		t.Fatalf("have-your-say/ built as of %s has %d %s elements, want 1", dateOpen.Format(time.DateOnly), len(forms), form)
	}
	if got := forms[0].AttributeValue("data-netlify"); got != "true" {
		t.Errorf("%s has data-netlify=%q, want \"true\" (Netlify only collects forms it is told about)", form, got)
	}
	if got := strings.ToUpper(forms[0].AttributeValue("method")); got != "POST" {
		t.Errorf("%s has method=%q, want POST", form, got)
	}

	required, err := chromedp.Run(tb.ctx, chromedp.Nodes(chromedp.CSSAll(form+" [required]"), chromedp.AtLeast(0)))
	if err != nil {
		t.Fatal(err)
	}
	want := url.Values{"form-name": {"feedback"}}
	for i, n := range required {
		name := n.AttributeValue("name")
		sel := chromedp.CSS(fmt.Sprintf("%s [name=%q]", form, name))
		switch typ := n.AttributeValue("type"); {
		case n.LocalName == "textarea", n.LocalName == "input" && (typ == "" || typ == "text"):
			want.Set(name, fmt.Sprintf("Views number %d, typed with JavaScript off.", i+1))
		case n.LocalName == "input" && typ == "email":
			want.Set(name, "reader@example.org")
		default:
			t.Fatalf("the test cannot fill the required field %s %q of type %q yet", n.LocalName, name, typ)
		}
		if err := chromedp.Do(tb.ctx, chromedp.SendKeys(sel, want.Get(name))); err != nil {
			t.Fatalf("typing into %s: %v", sel, err)
		}
	}
	if len(required) == 0 {
		t.Errorf("%s has no required fields, want at least the views", form)
	}

	before := len(open.received())
	// A minifier drops type="submit" from a button: it is the default.
	submit := chromedp.CSS(form + ` button:not([type]), ` + form + ` [type="submit"]`)
	ctx, cancel := context.WithTimeout(tb.ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Click(submit, chromedp.NodeVisible)); err != nil {
		t.Fatalf("clicking the form's submit button (%s): %v", submit, err)
	}
	posts := waitForPosts(open, before)
	if len(posts) != 1 {
		t.Fatalf("submitting the form with JavaScript off sent %d requests, want 1 POST", len(posts))
	}
	got := posts[0]
	if got.method != "POST" {
		t.Errorf("the form was sent with %s, want POST", got.method)
	}
	if action := forms[0].AttributeValue("action"); action != "" && got.path != action && !strings.HasSuffix(action, got.path) {
		t.Errorf("the form was sent to %s, want its action %s", got.path, action)
	}
	for name, v := range want {
		if g := got.form.Get(name); g != v[0] {
			t.Errorf("the POST has %s=%q, want %q (all fields: %v)", name, g, v[0], got.form)
		}
	}
	if hp := forms[0].AttributeValue("netlify-honeypot") + forms[0].AttributeValue("data-netlify-honeypot"); hp != "" && got.form.Get(hp) != "" {
		t.Errorf("the honeypot field %s was sent filled in: %q", hp, got.form.Get(hp))
	}
	tb.checkReports(t, "have-your-say/ and what the form's POST answered")
}

// waitForPosts waits a little for the requests after the first n.
func waitForPosts(s *site, n int) []post {
	deadline := time.Now().Add(5 * time.Second)
	for {
		ps := s.received()[n:]
		if len(ps) > 0 || time.Now().After(deadline) {
			return ps
		}
		time.Sleep(20 * time.Millisecond)
	}
}
