package proxytest

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
)

// publicPrefix is where the council's host serves the site.
const publicPrefix = "/childrensservices"

// proxy keeps the contract the README's "Behind the council's proxy" sets
// out, and nothing more:
//   - /childrensservices redirects to /childrensservices/;
//   - /childrensservices/X is asked of the Netlify site as /X, with the same
//     method, query and body, and the Netlify site's own Host;
//   - the answer is passed back as it is, except a Location that is a path on
//     the Netlify host (Netlify's own trailing-slash redirects) or an address
//     on it, which is given the public origin and /childrensservices.
//
// Anything else on the host is not the site's, and is not asked of Netlify.
func proxy(public *url.URL, origin *url.URL) http.Handler {
	rp := &httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) {
			r.SetURL(origin)
			r.Out.URL.Path = strings.TrimPrefix(r.In.URL.Path, publicPrefix)
			r.Out.URL.RawPath = ""
		},
		ModifyResponse: func(res *http.Response) error {
			loc := res.Header.Get("Location")
			switch {
			case strings.HasPrefix(loc, "/") && !strings.HasPrefix(loc, "//"):
				res.Header.Set("Location", public.Scheme+"://"+public.Host+publicPrefix+loc)
			case strings.HasPrefix(loc, origin.String()+"/"):
				res.Header.Set("Location", public.Scheme+"://"+public.Host+publicPrefix+strings.TrimPrefix(loc, origin.String()))
			}
			return nil
		},
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == publicPrefix:
			http.Redirect(w, r, publicPrefix+"/", http.StatusMovedPermanently)
		case strings.HasPrefix(r.URL.Path, publicPrefix+"/"):
			rp.ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}

// handlerTransport answers every request with h, whatever its host, so a
// client can ask for https://www.norfolk.gov.uk/... of a handler in the test.
type handlerTransport struct{ h http.Handler }

func (t handlerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	res := rec.Result()
	res.Request = r
	return res, nil
}
