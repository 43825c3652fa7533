package build

import (
	"cmp"
	"context"
	"errors"
	"io/fs"
	"maps"
	"runtime/debug"
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
// Markdown, front matter or links changed, and renders again only the
// outputs that read something that changed, as each recorded it read.
// Its output is always the same as a fresh build's. It is not safe for
// concurrent use.
type Builder struct {
	fsys fs.FS
	opts Options
	// remember keeps every page's conversion and rendering for the next
	// build. A one-off build does not, so it holds no page's HTML for
	// longer than it takes to write it.
	remember bool

	content   content.Cache
	assets    *assetBuild
	converted map[string]*conversion // by source file
	rendered  map[string]*rendered   // by output file
	reads     readTable
	// addresses sums up where every page and asset is, which is all a
	// page's links and images resolve against.
	addresses uint64
	// site is the last build's page model, and its problems.
	site      *site.Site
	siteDiags diag.List
	wide      *siteWide
	links     map[string]*checkedLinks // by source file
}

// siteWide is what the whole site makes beside its pages, kept with the
// reads it was made from.
type siteWide struct {
	reads  []int32
	advice bool // whether the checks across pages ran
	diags  diag.List
	files  []publish.File
}

// checkedLinks are a page's link problems, kept with the conversion they
// were found in and the targets they read.
type checkedLinks struct {
	conv  *conversion
	reads []int32
	diags diag.List
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
	return &Builder{fsys: fsys, opts: opts, remember: true}
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

// build runs the stages in their order, handing each output file to out as
// soon as it is ready: load, model, assets, convert every page, render
// every page from the finished model, the site-wide outputs, the checks
// across pages. Problems in the editors' files come back as the list; a
// failure to minify or write as the error. The site is nil if it could not
// be modelled.
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
	if b.opts.LimitMemory {
		debug.SetMemoryLimit(max(minMemory, int64(parsed)*MemoryPerPage))
	}
	if l.HasErrors() && settings.BaseURL == "" {
		// The cache has moved on: the last model no longer matches it.
		b.site = nil
		return nil, l, st, nil
	}
	s, dl := b.model(settings, cache)
	l = append(l, dl...)
	if b.remember {
		// Kept before any return, so that the next body edit patches the
		// model of the files the cache now holds.
		b.site, b.siteDiags = s, dl
	}
	if rl := reservedNames(s); len(rl) > 0 {
		// Rendered, such a page would take the place of the file, or its
		// layout (print/ would render as the print pack, holding itself).
		return nil, append(l, rl...), st, nil
	}
	assetMax := settings.Limits.OrDefault().AssetBytes
	if changed == nil || touchesFolder(changed, "assets") || b.assets == nil || b.assets.maxBytes != assetMax {
		b.assets = b.buildAssets(assetMax)
	}
	l = append(l, b.assets.diags...)
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	w := &output{sink: out, paths: map[string]bool{},
		limit: outputLimit{max: int64(settings.Limits.OrDefault().OutputBytes), stop: stop}}
	// The assets come minified from their own stage, which knows their
	// kinds; the preview keeps them from build to build.
	for _, f := range b.assets.files {
		w.put(f, true)
	}
	checks, cl := b.checkOptions(settings.Limits)
	l = append(l, cl...)

	conversions := b.convertAll(ctx, s, checks)
	var parts render.Minifier
	if b.opts.Minify {
		parts = postprocess.Parts{}
	}
	r := render.New(s, sub(b.fsys, "layouts"), b.assets.manifest, parts)
	values := r.Values()
	b.reads.refresh(values.Of, false)
	pages, renders := b.renderAll(ctx, s, r, w)
	across, others, err := b.siteWide(ctx, s, checks, values)
	if err != nil {
		// The reads were valued anew, but no rendering was kept: start
		// the next build afresh rather than trust the old ones.
		b.rendered, b.wide = nil, nil
		return s, l, st, err
	}
	for _, f := range others {
		w.put(f, true)
	}
	if w.limit.over.Load() {
		// The files not written would read as broken links.
		all := diag.Merge(diag.Merge(sorted(l), across), b.gather(pages, conversions, renders, values, &l, &st))
		return s, sorted(append(all, w.limit.problem()...)), st, nil
	}
	pageDiags := b.gather(pages, conversions, renders, values, &l, &st)
	l = append(l, b.checkLinks(s, pages, conversions, renders, w.paths)...)
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
// again would be most of the work of a one-page save. No page is being
// rendered while it does.
func (b *Builder) model(settings content.Settings, cache *content.Cache) (*site.Site, diag.List) {
	bodyEdits := cache.BodyEdits()
	if !b.remember || b.site == nil || bodyEdits == nil {
		return site.New(settings, cache.Pages(), site.Options{Drafts: b.opts.Drafts, BaseURL: b.opts.BaseURL, Now: b.opts.Now, Report: b.opts.reported})
	}
	for _, e := range bodyEdits {
		if p, ok := b.site.PageBySource(e.Path); ok {
			p.Body = e.Body
		}
	}
	return b.site, b.siteDiags
}

// siteWide runs the checks across pages, whose problems it returns in
// order, and makes the files that are not pages, minified if the build
// minifies, or reuses the last build's when nothing they read has
// changed. The minifier may write into what it reads, so a kept file is
// kept minified and never minified again.
func (b *Builder) siteWide(ctx context.Context, s *site.Site, checks check.Options, values *render.Values) (diag.List, []publish.File, error) {
	if b.remember && b.wide != nil && !b.reads.anyChanged(b.wide.reads) && b.wide.advice == checks.Advice {
		return b.wide.diags, b.wide.files, nil
	}
	files := render.Outputs(s)
	if b.opts.Minify {
		errs := make([]error, len(files))
		// Minified side by side: the feed and sitemap of a big site take
		// tens of milliseconds each.
		workers.Run(ctx, len(files), func(i int) error {
			files[i], errs[i] = postprocess.Minify(files[i])
			return nil
		})
		if err := errors.Join(errs...); err != nil {
			return nil, nil, err
		}
	}
	diags := sorted(check.Across(s, checks))
	// A build stopped part way (the output limit) may not have minified
	// them all.
	if b.remember && ctx.Err() == nil {
		b.wide = &siteWide{reads: b.reads.intern(render.OutputReads(s), values.Of), diags: diags, files: files, advice: checks.Advice}
	}
	return diags, files, nil
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

func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }

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

// output hands files to a sink, and keeps the paths the link check is to
// know. It keeps the first failure. Every file comes to it minified
// already, if the build minifies, from the stage that made it.
type output struct {
	sink sink

	limit outputLimit

	mu    sync.Mutex
	paths map[string]bool
	err   error
}

// put hands over a file, keeping its path if keepPath says so, unless the
// build has written all it may.
func (o *output) put(f publish.File, keepPath bool) {
	if !o.limit.take(len(f.Data)) {
		return // the build fails, and says why
	}
	err := o.sink.Write(f)
	o.mu.Lock()
	defer o.mu.Unlock()
	if keepPath {
		o.paths[f.Path] = true
	}
	if err != nil && o.err == nil {
		o.err = err
	}
}
