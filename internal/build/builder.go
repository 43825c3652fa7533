package build

import (
	"cmp"
	"context"
	"hash/maphash"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"norfolk.gov.uk/microsite/internal/assets"
	"norfolk.gov.uk/microsite/internal/check"
	"norfolk.gov.uk/microsite/internal/content"
	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/postprocess"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/render"
	"norfolk.gov.uk/microsite/internal/site"
	"norfolk.gov.uk/microsite/internal/workers"
)

// Builder builds one project again and again, redoing only what a change
// affects: it re-reads only changed files, converts only pages whose
// Markdown or links changed, and renders only pages whose inputs changed.
// Its output is always the same as a fresh build's. It is not safe for
// concurrent use.
type Builder struct {
	fsys fs.FS
	opts Options
	// remember keeps every page's conversion and rendering for the next
	// build. A one-off build does not, so it holds no page's HTML for
	// longer than it takes to write it.
	remember bool
	seed     maphash.Seed // for the cache keys

	content   content.Cache
	assets    *assetBuild
	converted map[string]*conversion
	rendered  map[string]rendering
	// addresses sums up where every page and asset is, which is all a
	// page's links and images resolve against.
	addresses uint64
	siteKey   uint64 // this build's siteKey, when the builder remembers
	// site is the last build's page model, and its problems.
	site      *site.Site
	siteDiags diag.List
	// sameSite is set when this build has the last one's pages, front
	// matter, settings and assets, and only some pages' bodies are new;
	// anchorsMoved when any page's ids changed.
	sameSite     bool
	anchorsMoved bool
	wide         *siteWide
}

// siteWide is what the whole site makes beside its pages, kept with what
// it was made from.
type siteWide struct {
	key   uint64
	diags diag.List
	files []publish.File
}

type assetBuild struct {
	manifest assets.Manifest
	files    []publish.File
	diags    diag.List
	maxBytes int // the asset_bytes limit they were read with
}

// Stats count the work a build did, so tests can show a rebuild was small.
type Stats struct {
	Parsed    int // content files read and parsed
	Converted int // pages whose Markdown was converted
	Rendered  int // pages rendered through their layouts
}

// NewBuilder prepares a Builder for the project folder fsys.
func NewBuilder(fsys fs.FS, opts Options) *Builder {
	return &Builder{fsys: fsys, opts: opts, remember: true, seed: maphash.MakeSeed()}
}

// Rebuild builds the site again after the files named in changed (slash
// paths from the project folder, files or folders) changed. all, or a
// Builder's first build, reads everything.
func (b *Builder) Rebuild(ctx context.Context, changed []string, all bool) (*Result, diag.List) {
	if all || b.assets == nil {
		changed = nil
	}
	var mem memory
	s, l, st, err := b.build(ctx, changed, &mem)
	if err != nil {
		l.Errorf("build", 0, "%v", err)
	}
	if s == nil || l.HasErrors() {
		return nil, sorted(l)
	}
	slices.SortFunc(mem.files, func(a, b publish.File) int { return cmp.Compare(a.Path, b.Path) })
	return &Result{Site: s, Files: mem.files, Stats: st}, sorted(l)
}

// build runs every stage, handing each output file to out as soon as it is
// ready. Problems in the editors' files come back as the list; a failure to
// minify or write as the error. The site is nil if it could not be modelled.
func (b *Builder) build(ctx context.Context, changed []string, out sink) (*site.Site, diag.List, Stats, error) {
	var st Stats
	// A one-off build keeps no cache, so no page's source outlives its
	// conversion.
	cache := &content.Cache{}
	if b.remember {
		cache = &b.content
	}
	settings, l, parsed := cache.Load(b.fsys, changed)
	st.Parsed = parsed
	if l.HasErrors() && settings.BaseURL == "" {
		return nil, l, st, nil
	}
	s, dl := b.model(settings, cache)
	l = append(l, dl...)
	if rl := reservedNames(s); len(rl) > 0 {
		// Rendered, such a page would take the place of the file, or its
		// layout (print/ would render as the print pack, holding itself).
		return nil, append(l, rl...), st, nil
	}
	assetMax := settings.Limits.OrDefault().AssetBytes
	assetsChanged := changed == nil || touchesFolder(changed, "assets") || b.assets == nil || b.assets.maxBytes != assetMax
	if assetsChanged {
		b.assets = b.buildAssets(assetMax)
	}
	b.sameSite = s == b.site && !assetsChanged
	l = append(l, b.assets.diags...)
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	w := &output{sink: out, minify: b.opts.Minify, paths: map[string]bool{},
		limit: outputLimit{max: int64(settings.Limits.OrDefault().OutputBytes), stop: stop}}
	for _, f := range b.assets.files {
		w.write(f)
	}
	checks, cl := b.checkOptions(settings.Limits)
	l = append(l, cl...)
	var parts render.Minifier
	if b.opts.Minify {
		parts = postprocess.Parts{}
	}
	r := render.New(s, sub(b.fsys, "layouts"), b.assets.manifest, parts)
	if b.remember && !b.sameSite {
		b.siteKey = siteKey(b.seed, s, b.assets.manifest)
	}
	if b.remember {
		b.site, b.siteDiags = s, dl
	}
	links, pageDiags := b.pages(ctx, s, r, checks, w, &l, &st)
	across, others := b.siteWide(s, checks)
	// Minified side by side, for the same reason as they are made so.
	workers.Run(ctx, len(others), func(i int) error {
		w.write(others[i])
		return nil
	})
	if w.limit.over.Load() {
		// The files not written would read as broken links.
		all := diag.Merge(diag.Merge(sorted(l), across), pageDiags)
		return s, sorted(append(all, w.limit.problem()...)), st, nil
	}
	l = append(l, b.checkLinks(s, links, w.paths)...)
	// The pages' problems and the checks across pages come in order, and
	// can be many thousands: they are merged in, not sorted again.
	l = diag.Merge(diag.Merge(sorted(l), across), pageDiags)
	if err := ctx.Err(); err != nil {
		return s, l, st, err
	}
	return s, l, st, w.err
}

// model builds the page model, or when only some pages' bodies changed,
// gives the last one their new bodies: on a big site, building the model
// again would be most of the work of a one-page save.
func (b *Builder) model(settings content.Settings, cache *content.Cache) (*site.Site, diag.List) {
	bodyEdits := cache.BodyEdits()
	if !b.remember || b.site == nil || bodyEdits == nil {
		return site.New(settings, cache.Pages(), site.Options{Drafts: b.opts.Drafts, BaseURL: b.opts.BaseURL, Now: b.opts.Now})
	}
	for _, e := range bodyEdits {
		if p, ok := b.site.PageBySource(e.Path); ok {
			p.Body = e.Body
		}
	}
	return b.site, b.siteDiags
}

// siteWide runs the checks across pages, whose problems it returns in
// order, and makes the files that are not pages, or reuses the last
// build's when nothing they show has changed: the pages' front matter and
// addresses, and the text of the feed's pages.
func (b *Builder) siteWide(s *site.Site, checks check.Options) (diag.List, []publish.File) {
	if !b.remember {
		return sorted(check.Across(s, checks)), otherOutputs(s)
	}
	key := wideKey(b.seed, b.siteKey, checksKey(s, checks), s)
	if b.wide == nil || b.wide.key != key {
		b.wide = &siteWide{key: key, diags: sorted(check.Across(s, checks)), files: otherOutputs(s)}
	}
	return b.wide.diags, b.wide.files
}

func (b *Builder) buildAssets(maxBytes int) *assetBuild {
	a := &assetBuild{maxBytes: maxBytes}
	if fsys := sub(b.fsys, "assets"); fsys != nil {
		a.manifest, a.files, a.diags = assets.Build(fsys, assets.Options{Minify: b.opts.Minify, MaxBytes: maxBytes})
	}
	return a
}

// touchesFolder reports whether any changed path is dir or inside it.
func touchesFolder(changed []string, dir string) bool {
	for _, c := range changed {
		if c == dir || strings.HasPrefix(c, dir+"/") {
			return true
		}
	}
	return false
}

// sink takes the output files: into memory for the preview and tests, or
// into the new tree beside the output folder. Write is called from many
// goroutines.
type sink interface {
	Write(publish.File) error
}

type memory struct {
	mu    sync.Mutex
	files []publish.File
}

func (m *memory) Write(f publish.File) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files = append(m.files, f)
	return nil
}

// output hands files to a sink, minified if the build minifies, and keeps
// the paths the link check is to know. It keeps the first failure.
type output struct {
	sink   sink
	minify bool

	limit outputLimit

	mu    sync.Mutex
	paths map[string]bool
	err   error
}

// write hands over a file that is not a page: minified if the build
// minifies, and its path kept for the link check.
func (o *output) write(f publish.File) { o.put(f, true, o.minify) }

// put hands over a file, minified only if minify says so: pages come from
// the renderer minified already.
func (o *output) put(f publish.File, keepPath, minify bool) {
	var err error
	if minify {
		f, err = postprocess.Minify(f)
	}
	if !o.limit.take(len(f.Data)) {
		return // the build fails, and says why
	}
	if err == nil {
		err = o.sink.Write(f)
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if keepPath {
		o.paths[f.Path] = true
	}
	if err != nil && o.err == nil {
		o.err = err
	}
}
