package browsertest

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// tableOnScreen is what a reader sees of a table.
type tableOnScreen struct {
	Caption string
	Rows    int
	Stacked bool     // every row a block of its own
	Dates   []string // the dates in it that wrap, with how many lines they take
}

const readTables = `[...document.querySelectorAll('main table')].map(t => ({
	caption: t.caption ? t.caption.textContent.trim() : '',
	rows: t.rows.length,
	stacked: [...t.tBodies].every(b => [...b.rows].every(r => getComputedStyle(r).display === 'block')),
	dates: [...t.querySelectorAll('time')].map(el => {
		const lines = new Set([...el.getClientRects()].map(r => Math.round(r.top))).size;
		return lines > 1 ? el.textContent.trim() + ' (' + lines + ' lines)' : '';
	}).filter(Boolean),
}))`

// The tables of the site: on a phone their rows are stacked, no date is
// broken over lines, and a screen reader is still told each is a table,
// with its rows, column headers and row headers.
func TestTablesStackOnAPhoneAndAreStillTables(t *testing.T) {
	chromiumPath(t)
	open, _ := builtSites(t)
	for _, path := range []string{"workshops/index.html", "consultation/index.html"} {
		for _, w := range widths {
			t.Run(w.name+"/"+path, func(t *testing.T) {
				t.Parallel()
				tb := openTab(t, true)
				if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(w.width, w.height)); err != nil {
					t.Fatal(err)
				}
				tb.goTo(t, open.url(path))
				tables, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]tableOnScreen](readTables))
				if err != nil {
					t.Fatal(err)
				}
				if len(tables) == 0 {
					t.Fatalf("%s has no table", path)
				}
				ax := axTree(t, tb).find(hasRole("table"))
				if len(ax) != len(tables) {
					t.Errorf("%s at %spx: a screen reader is told of %d tables, want %d", path, w.name, len(ax), len(tables))
				}
				for i, tab := range tables {
					if tab.Stacked != (w.width == 320) {
						t.Errorf("%s at %spx: the rows of %q stacked: %v, want %v", path, w.name, tab.Caption, tab.Stacked, w.width == 320)
					}
					if len(tab.Dates) > 0 {
						t.Errorf("%s at %spx: in %q the dates %s are broken over lines", path, w.name, tab.Caption, strings.Join(tab.Dates, ", "))
					}
					if i >= len(ax) {
						continue
					}
					rows := ax[i].find(hasRole("row"))
					cols := ax[i].find(hasRole("columnheader"))
					heads := ax[i].find(hasRole("rowheader"))
					if ax[i].Name != tab.Caption || len(rows) != tab.Rows || len(cols) == 0 || len(heads) != tab.Rows-1 {
						t.Errorf("%s at %spx: a screen reader is told of the table %q with %d rows, %d column headers and %d row headers; want %q, %d rows, column headers and a row header in each row but the header row",
							path, w.name, ax[i].Name, len(rows), len(cols), len(heads), tab.Caption, tab.Rows)
					}
				}
			})
		}
	}
}
