// Package proxytest serves the real built site as production serves it:
// behind the council's proxy, which maps
// https://www.norfolk.gov.uk/childrensservices/* onto the Netlify site, and
// at the root of its own address, as deploy previews are. A model of
// Netlify (its files, _redirects, the [[headers]] of netlify.toml, its
// trailing-slash redirects, Netlify Forms and 404.html) sits behind a model
// of the proxy that keeps the contract the README sets out, and every page,
// redirect, header rule and form action is asked for through them. It has
// tests only.
package proxytest
