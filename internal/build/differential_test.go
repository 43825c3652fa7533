package build_test

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"norfolk.gov.uk/microsite/internal/build"
	"norfolk.gov.uk/microsite/internal/corpus"
	"norfolk.gov.uk/microsite/internal/publish"
	"norfolk.gov.uk/microsite/internal/sitetest"
)

var (
	rebuildSeed  = flag.Uint64("rebuild.seed", 0, "the seed of TestRebuildsEqualFreshBuilds's random edits (0: a new one each run, printed)")
	rebuildSteps = flag.Int("rebuild.steps", 0, "how many random edits TestRebuildsEqualFreshBuilds makes to each site (0: 25 with -race, 100 with -short, 300 otherwise)")
)

// seedsFile holds the seeds that once made a rebuild differ from a fresh
// build: they are run every time, before a new seed.
const seedsFile = "testdata/rebuild-seeds.txt"

// TestRebuildsEqualFreshBuilds drives long random sequences of edits, of
// every kind an editor makes, through one Builder, and after every step
// compares every output byte and every problem with a fresh build of the
// same files. A failure names its seed and step; add the seed to
// testdata/rebuild-seeds.txt to keep it as a regression case, and replay it
// with -rebuild.seed.
func TestRebuildsEqualFreshBuilds(t *testing.T) {
	steps := *rebuildSteps
	switch {
	case steps != 0:
	case build.RaceDetector:
		// Enough to see the rebuild's goroutines race; CI runs the long
		// sequences without the detector, ten times as fast.
		steps = 25
	case testing.Short():
		steps = 100
	default:
		steps = 300
	}
	minifies := []bool{false, true}
	if testing.Short() {
		minifies = minifies[:1]
	}
	seeds := keptSeeds(t)
	if *rebuildSeed != 0 {
		seeds = []uint64{*rebuildSeed}
	} else {
		seeds = append(seeds, rand.Uint64())
	}
	sites := map[string]func() fstest.MapFS{
		"real site":      func() fstest.MapFS { return realProject(t) },
		"generated site": func() fstest.MapFS { return corpus.Generate(corpus.Options{Pages: 100, Seed: 7}) },
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range sites {
			if !yield(k) {
				return
			}
		}
	}) {
		for _, seed := range seeds {
			for _, minify := range minifies {
				t.Run(fmt.Sprintf("%s/seed=%d/minify=%v", name, seed, minify), func(t *testing.T) {
					differential(t, sites[name](), seed, steps, minify)
				})
			}
		}
	}
}

func keptSeeds(t *testing.T) []uint64 {
	f, err := os.Open(seedsFile)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var seeds []uint64
	for sc := bufio.NewScanner(f); sc.Scan(); {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		n, err := strconv.ParseUint(line, 10, 64)
		if err != nil {
			t.Fatalf("%s: %q is not a seed", seedsFile, line)
		}
		seeds = append(seeds, n)
	}
	return seeds
}

func differential(t *testing.T, fsys fstest.MapFS, seed uint64, steps int, minify bool) {
	opts := build.Options{Now: sitetest.Now, Minify: minify, Drafts: true}
	b := build.NewBuilder(fsys, opts)
	b.Rebuild(context.Background(), nil, true)
	e := &editor{fsys: fsys, r: rand.New(rand.NewPCG(seed, seed>>1|1))}
	for step := 1; step <= steps; step++ {
		what, changed := e.edit()
		got, gl := b.Rebuild(context.Background(), changed, false)
		want, wl := build.Site(context.Background(), fsys, opts)
		if g, w := gl.Error(), wl.Error(); g != w {
			t.Fatalf("step %d (%s): the rebuild's problems differ from a fresh build's\nrebuild:\n%s\nfresh:\n%s", step, what, g, w)
		}
		if (got == nil) != (want == nil) {
			t.Fatalf("step %d (%s): rebuild built %v, fresh build %v", step, what, got != nil, want != nil)
		}
		if got == nil {
			continue
		}
		if d := firstDifference(got.Files, want.Files); d != "" {
			t.Fatalf("step %d (%s): %s", step, what, d)
		}
	}
}

func firstDifference(got, want []publish.File) string {
	for i := 0; i < min(len(got), len(want)); i++ {
		if got[i].Path != want[i].Path {
			return fmt.Sprintf("the rebuild has %s where a fresh build has %s", got[i].Path, want[i].Path)
		}
		if !bytes.Equal(got[i].Data, want[i].Data) {
			return fmt.Sprintf("%s differs from a fresh build's:\n%s", got[i].Path, lineDiff(string(got[i].Data), string(want[i].Data)))
		}
	}
	if len(got) != len(want) {
		return fmt.Sprintf("the rebuild has %d files, a fresh build %d", len(got), len(want))
	}
	return ""
}

// editor makes one random edit at a time, of the kinds editors and layout
// developers make, and says which paths it touched, as the watcher would.
type editor struct {
	fsys   fstest.MapFS
	r      *rand.Rand
	broken map[string][]byte // files broken on purpose, with their good text
	n      int
}

func (e *editor) pick(prefix, suffix string) string {
	var names []string
	for name := range e.fsys {
		if strings.HasPrefix(name, prefix) && strings.HasSuffix(name, suffix) {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	slices.Sort(names)
	return names[e.r.IntN(len(names))]
}

func (e *editor) read(name string) string { return string(e.fsys[name].Data) }

func (e *editor) write(name, text string) {
	e.fsys[name] = &fstest.MapFile{Data: []byte(text), Mode: 0o644}
}

// edits are the kinds of edit, each returning what it did and the paths
// it touched, or "" if it found nothing to do.
func (e *editor) edits() []func() (string, []string) {
	return []func() (string, []string){
		e.editBody, e.editBody, e.editBody,
		func() (string, []string) { return e.setField("title", fmt.Sprintf("A new title %d", e.n)) },
		func() (string, []string) {
			return e.setField("description", fmt.Sprintf("A new summary, number %d.", e.n))
		},
		func() (string, []string) { return e.setField("weight", strconv.Itoa(e.r.IntN(5))) },
		func() (string, []string) { return e.setField("print", strconv.Itoa(e.r.IntN(4))) },
		func() (string, []string) { return e.setField("draft", strconv.FormatBool(e.r.IntN(2) == 0)) },
		func() (string, []string) {
			return e.setField("aliases", fmt.Sprintf(`["/old-%d/"]`, e.n))
		},
		func() (string, []string) {
			return e.setField("date", fmt.Sprintf("2005-%02d-%02d", 5+e.r.IntN(6), 1+e.r.IntN(28)))
		},
		func() (string, []string) {
			return e.setField("updated", fmt.Sprintf("2005-%02d-%02d", 5+e.r.IntN(6), 1+e.r.IntN(28)))
		},
		e.addPage, e.deletePage, e.renamePage, e.renameFolder,
		e.editLayout, e.addReadingLayout, e.editAsset, e.editSettings,
		e.breakFile, e.mend,
	}
}

func (e *editor) edit() (string, []string) {
	e.n++
	if len(e.broken) > 0 && e.r.IntN(3) == 0 {
		if what, changed := e.mend(); what != "" {
			return what, changed
		}
	}
	all := e.edits()
	for {
		if what, changed := all[e.r.IntN(len(all))](); what != "" {
			return what, changed
		}
	}
}

func (e *editor) editBody() (string, []string) {
	name := e.pick("content/", ".md")
	if name == "" || e.broken[name] != nil {
		return "", nil
	}
	text := e.read(name)
	switch e.r.IntN(3) {
	case 0:
		text += fmt.Sprintf("\nA new paragraph, number %d.\n", e.n)
	case 1:
		text += fmt.Sprintf("\n## A new heading %d\n\nSee [the vision](/vision/).\n", e.n)
	default:
		if i := strings.LastIndex(text, "\n\n"); i > 0 && i > strings.Index(text[3:], "---")+3 {
			text = text[:i] + "\n"
		}
	}
	e.write(name, text)
	return "edit the body of " + name, []string{name}
}

// setField sets one front-matter field of a random page, written as
// YAML, adding it if the page lacks it.
func (e *editor) setField(key, value string) (string, []string) {
	name := e.pick("content/", ".md")
	if name == "" || e.broken[name] != nil {
		return "", nil
	}
	text := e.read(name)
	if !strings.HasPrefix(text, "---\n") {
		return "", nil
	}
	end := strings.Index(text[4:], "\n---")
	if end < 0 {
		return "", nil
	}
	front, rest := text[4:4+end+1], text[4+end+1:]
	var lines []string
	found := false
	for _, line := range strings.SplitAfter(front, "\n") {
		if strings.HasPrefix(line, key+":") {
			line, found = key+": "+value+"\n", true
		}
		if line != "" {
			lines = append(lines, line)
		}
	}
	if !found {
		lines = append(lines, key+": "+value+"\n")
	}
	e.write(name, "---\n"+strings.Join(lines, "")+rest)
	return fmt.Sprintf("set %s: %s in %s", key, value, name), []string{name}
}

func (e *editor) addPage() (string, []string) {
	dirs := []string{"content", "content/workshops", "content/updates", "content/news", fmt.Sprintf("content/new-%d", e.r.IntN(3))}
	name := path.Join(dirs[e.r.IntN(len(dirs))], fmt.Sprintf("page-%d.md", e.n))
	front := fmt.Sprintf("---\ntitle: Page %d\ndescription: The page made at step %d.\n", e.n, e.n)
	if strings.HasPrefix(name, "content/workshops/") {
		front += "area: Extra\nvenue: A hall\ntown: Norwich\ndate: 2005-10-20\n"
	}
	e.write(name, front+"---\nThe text of a new page.\n")
	return "add " + name, []string{name}
}

func (e *editor) deletePage() (string, []string) {
	name := e.pick("content/", ".md")
	if name == "" {
		return "", nil
	}
	delete(e.fsys, name)
	delete(e.broken, name)
	return "delete " + name, []string{name}
}

func (e *editor) renamePage() (string, []string) {
	name := e.pick("content/", ".md")
	if name == "" || e.broken[name] != nil {
		return "", nil
	}
	to := path.Join(path.Dir(name), fmt.Sprintf("renamed-%d.md", e.n))
	e.fsys[to] = e.fsys[name]
	delete(e.fsys, name)
	return "rename " + name + " to " + to, []string{name, to}
}

func (e *editor) renameFolder() (string, []string) {
	name := e.pick("content/", ".md")
	dir := path.Dir(name)
	if dir == "content" || dir == "." || len(e.broken) > 0 {
		return "", nil
	}
	to := fmt.Sprintf("%s-%d", dir, e.n)
	for f, data := range e.fsys {
		if strings.HasPrefix(f, dir+"/") {
			e.fsys[to+strings.TrimPrefix(f, dir)] = data
			delete(e.fsys, f)
		}
	}
	return "rename " + dir + " to " + to, []string{dir, to}
}

func (e *editor) editLayout() (string, []string) {
	name := e.pick("layouts/", ".html")
	if name == "" {
		name = "layouts/partials/extra.html"
	}
	if e.broken[name] != nil {
		return "", nil
	}
	var text string
	if f, ok := e.fsys[name]; ok {
		text = string(f.Data)
	}
	text += fmt.Sprintf("{{/* edit %d */}}", e.n)
	e.write(name, text)
	return "edit " + name, []string{name}
}

// addReadingLayout writes a section layout that reads other pages' text
// and front matter: what the old hand-kept keys could not foresee.
func (e *editor) addReadingLayout() (string, []string) {
	sections := []string{"news", "updates", "workshops", "new-0", "new-1"}
	sec := sections[e.r.IntN(len(sections))]
	var text string
	switch e.r.IntN(3) {
	case 0:
		text = `{{define "main"}}{{range .Children}}<article><h2>{{.Title}}</h2>{{.Content}}</article>{{end}}{{end}}`
	case 1:
		text = `{{define "main"}}{{.Content}}<ul>{{range .Site.Pages}}<li>{{.Title}} {{.Front.Weight}} {{.Front.Date.Time.Format "2006"}}</li>{{end}}</ul>{{end}}`
	default:
		text = `{{define "main"}}{{.Content}}{{with .Parent}}<p>{{.Title}}</p>{{range .Children}}<p>{{.Description}}</p>{{end}}{{end}}{{with .Site.Home}}{{.Content}}{{end}}{{end}}`
	}
	kind := []string{"list.html", "page.html"}[e.r.IntN(2)]
	name := "layouts/" + sec + "/" + kind
	e.write(name, text)
	return "write " + name + " reading other pages", []string{name}
}

func (e *editor) editAsset() (string, []string) {
	name := "assets/site.css"
	var text string
	if f, ok := e.fsys[name]; ok {
		text = string(f.Data)
	}
	e.write(name, text+fmt.Sprintf("\n.step-%d { color: #000; }\n", e.n))
	return "edit " + name, []string{name}
}

func (e *editor) editSettings() (string, []string) {
	name := "content/site.toml"
	text := e.read(name)
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "title = ") {
			lines[i] = fmt.Sprintf("title = \"A site renamed %d\"", e.n)
		}
	}
	e.write(name, strings.Join(lines, "\n"))
	return "rename the site in " + name, []string{name}
}

func (e *editor) breakFile() (string, []string) {
	name := e.pick("content/", ".md")
	if e.r.IntN(2) == 0 {
		name = e.pick("layouts/", ".html")
	}
	if name == "" || e.broken[name] != nil {
		return "", nil
	}
	if e.broken == nil {
		e.broken = map[string][]byte{}
	}
	e.broken[name] = e.fsys[name].Data
	bad := "---\ntitle: Unclosed\n"
	if strings.HasSuffix(name, ".html") {
		bad = e.read(name) + "{{if .Title}}"
	}
	e.write(name, bad)
	return "break " + name, []string{name}
}

func (e *editor) mend() (string, []string) {
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range e.broken {
			if !yield(k) {
				return
			}
		}
	}) {
		e.fsys[name] = &fstest.MapFile{Data: e.broken[name], Mode: 0o644}
		delete(e.broken, name)
		return "mend " + name, []string{name}
	}
	return "", nil
}
