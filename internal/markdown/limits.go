package markdown

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"norfolk.gov.uk/microsite/internal/limits"
)

// withinLimits scans the page's Markdown before goldmark parses it: how
// deep its lists, quotes, emphasis and links nest, how many table cells and
// headings it has, and how much re-reading its brackets and backticks would
// cost goldmark. It reports each limit passed, and returns false if any was.
//
// The scan reads each line once and never builds a tree. Its counts are
// upper bounds of what goldmark would build (it may count a list marker in
// a code block as a list), so nothing past a limit reaches goldmark.
func (p *page) withinLimits(lim limits.Limits) bool {
	s := scanMarkdown(p.src)
	ok := true
	report := func(line int, what string, limit int, key, fix string) {
		p.diags.Errorf(p.ctx.File, p.lines.line(line), "%s", limits.Exceeded(what, limit, key, fix))
		ok = false
	}
	if s.blockDepth.n > lim.MarkdownDepth {
		report(s.blockDepth.at, "lists and quotes are nested "+limits.Count(s.blockDepth.n)+" deep here", lim.MarkdownDepth,
			"markdown_depth", "readers lose their place after three or four levels: make the inner levels paragraphs or a new list")
	}
	if s.inlineDepth.n > lim.MarkdownDepth {
		report(s.inlineDepth.at, "*, _, ~ and [ are opened "+limits.Count(s.inlineDepth.n)+" deep here", lim.MarkdownDepth,
			"markdown_depth", `close each emphasis and link, and write \*, \_, \~ or \[ where the character is meant as text`)
	}
	if s.cells.n > lim.TableCells {
		report(s.cells.at, "the tables up to here have "+limits.Count(s.cells.n)+" cells", lim.TableCells,
			"table_cells", "split the table, or put its data in a download from assets/")
	}
	if s.headings.n > lim.HeadingsPerPage {
		report(s.headings.at, "this is heading number "+limits.Count(s.headings.n), lim.HeadingsPerPage,
			"headings_per_page", "split the page into several")
	}
	if budget := rereadBudget(len(p.src)); s.reread.n > budget {
		// Not a limit editors may raise: past it goldmark's time grows
		// with the square of the page's size.
		p.diags.Errorf(p.ctx.File, p.lines.line(s.reread.at),
			"the Markdown from here on has so many [, ]( and ` that do not pair up that it would take too long to read: "+
				"close each link and code span, and write \\[, \\] or \\` where the character is meant as text")
		ok = false
	}
	if budget := rereadBudget(len(p.src)); s.delimWalks.n > budget {
		// Not a limit editors may raise either: goldmark's time grows with
		// the square of the number of runs that cannot pair up.
		p.diags.Errorf(p.ctx.File, p.lines.line(s.delimWalks.at),
			"the Markdown from here on has so many *, _ and ~ that cannot pair up that it would take too long to read: "+
				"close each emphasis, and write \\*, \\_ or \\~ where the character is meant as text")
		ok = false
	}
	return ok
}

// rereadBudget is how many bytes goldmark may re-read for a page of n
// bytes: a fixed multiple, so the time stays in proportion to the size.
func rereadBudget(n int) int { return 16*n + 1<<20 }

// atMost is a count and the offset where it was largest.
type atMost struct{ n, at int }

func (a *atMost) see(n, at int) {
	if n > a.n {
		a.n, a.at = n, at
	}
}

// mdScan is what scanMarkdown finds.
type mdScan struct {
	blockDepth, inlineDepth atMost
	cells, headings         atMost
	reread                  atMost // running total of bytes goldmark would re-read; at is where it passed half
	delimWalks              atMost // running total of emphasis delimiters goldmark would walk past; at is the paragraph where it passed half
}

func scanMarkdown(src []byte) mdScan {
	var s mdScan
	var b blockState
	var para paragraph
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := src[off:end]
		l := b.line(line, off, &s)
		switch {
		case l.fence:
			para.end(&s)
		case l.blank:
			para.end(&s)
		case para.startsItem(l):
			para.end(&s)
			para.add(l, off, end, &s)
		default:
			para.add(l, off, end, &s)
		}
		off = end + 1
	}
	para.end(&s)
	linkScans(src, &s)
	return s
}

// lineInfo is one line with its container markers taken off.
type lineInfo struct {
	content []byte // after quote and list markers
	start   int    // offset of content in src
	blank   bool
	fence   bool   // a fence line, or a line inside a fenced code block
	marker  []byte // the first list marker, if the line starts with one
	col     int    // the marker's column
}

// blockState follows lists, quotes and fenced code from line to line.
type blockState struct {
	items []int // the content column of each open list item
	fence []byte
}

// isListMarker reports whether line starts with a list item's marker: one
// of -*+, or one to nine digits and . or ), then a space, a tab or the end.
// It is the regular expression ^(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$) written
// out, as it runs on every line of every page.
func isListMarker(line []byte) bool {
	i := 0
	switch {
	case len(line) == 0:
		return false
	case line[0] == '-' || line[0] == '*' || line[0] == '+':
		i = 1
	default:
		for i < len(line) && i < 10 && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i == 0 || i == 10 || i == len(line) || line[i] != '.' && line[i] != ')' {
			return false
		}
		i++
	}
	return i == len(line) || line[i] == ' ' || line[i] == '\t'
}

func (b *blockState) line(line []byte, off int, s *mdScan) lineInfo {
	col, i, quotes := 0, 0, 0
	var markers []int
	var first []byte
	firstCol := 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			col++
			i++
		case c == '\t':
			col += 4 - col%4
			i++
		case c == '>':
			quotes++
			col++
			i++
		case isListMarker(line[i:]):
			w := bytes.IndexAny(line[i:], " \t")
			if w < 0 {
				w = len(line) - i
			}
			if first == nil {
				first, firstCol = line[i:i+w], col
			}
			markers = append(markers, col)
			col += w
			i += w
		default:
			goto done
		}
	}
done:
	l := lineInfo{content: line[i:], start: off + i, blank: len(bytes.TrimSpace(line[i:])) == 0, marker: first, col: firstCol}
	if b.fenced(l.content) {
		l.fence = true
		return l
	}
	if len(markers) > 0 {
		for len(b.items) > 0 && b.items[len(b.items)-1] > markers[0] {
			b.items = b.items[:len(b.items)-1]
		}
		for _, m := range markers {
			b.items = append(b.items, m+2)
		}
	}
	s.blockDepth.see(quotes+len(b.items), off)
	if isATXHeading(l.content) {
		s.headings.see(s.headings.n+1, off)
	}
	return l
}

// fenced reports a fence line or a line inside a fenced code block, whose
// text is code, not Markdown.
func (b *blockState) fenced(content []byte) bool {
	if b.fence != nil {
		if bytes.HasPrefix(content, b.fence) && len(bytes.Trim(content, string(b.fence[:1])+" \t\r")) == 0 {
			b.fence = nil
		}
		return true
	}
	for _, f := range [][]byte{[]byte("```"), []byte("~~~")} {
		if bytes.HasPrefix(content, f) {
			n := len(content) - len(bytes.TrimLeft(content, string(f[:1])))
			b.fence = bytes.Repeat(f[:1], n)
			return true
		}
	}
	return false
}

func isATXHeading(content []byte) bool {
	n := len(content) - len(bytes.TrimLeft(content, "#"))
	return n >= 1 && n <= 6 && (n == len(content) || content[n] == ' ' || content[n] == '\t')
}

var delimiterCell = regexp.MustCompile(`^[ \t]*:?-+:?[ \t]*$`)

// isSetextUnderline reports whether a line is a run of = or of -, then
// spaces, tabs or \r alone: the regular expression ^(?:=+|-+)[ \t\r]*$
// written out, as it runs on most lines of every page.
func isSetextUnderline(line []byte) bool {
	if len(line) == 0 || line[0] != '=' && line[0] != '-' {
		return false
	}
	i := 1
	for i < len(line) && line[i] == line[0] {
		i++
	}
	for ; i < len(line); i++ {
		if c := line[i]; c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// paragraph is a run of lines without a blank one: at most one of
// goldmark's paragraphs, or a table, or a list's items.
type paragraph struct {
	lines    int
	start    int // offset of the first line
	brackets int // ] not escaped
	cols     int // of the table being read, or 0
	prev     []byte
	inline   []byte // the stack of open *, _, ~ and [
	delims   delimStack
	bytes    int
	ticks    map[int]bool // the lengths of the runs of backticks
	ordered  int          // 1 + the column of the last ordered list marker, or 0
}

// startsItem reports a line that starts a paragraph of its own in goldmark
// too: a bullet item with text, an item numbered 1, or the next item of an
// ordered list whose last item this paragraph holds. Any other item could
// be the paragraph's text ("2005. A year" cannot start a list), so it is
// counted with the paragraph: more, never less, than goldmark reads.
func (p *paragraph) startsItem(l lineInfo) bool {
	m := l.marker
	if m == nil || l.blank {
		return false
	}
	if p.lines == 0 {
		return false
	}
	switch last := m[len(m)-1]; {
	case last != '.' && last != ')':
		return true
	case string(m[:len(m)-1]) == "1":
		return true
	default:
		return p.ordered == l.col+1
	}
}

func (p *paragraph) add(l lineInfo, off, end int, s *mdScan) {
	if p.lines == 0 {
		p.start = off
	}
	c := l.content
	switch {
	case p.cols > 0 && bytes.IndexByte(c, '|') >= 0:
		// A table row: goldmark reads each cell on its own, so a row's
		// brackets are not re-read with the rest of the paragraph.
		s.cells.see(s.cells.n+p.cols, off)
		p.inline = p.inline[:0]
		p.endDelims(s)
		p.inlineScan(c, l.start, s)
		p.prev = c
		return
	case p.lines > 0 && bytes.IndexByte(c, '|') >= 0 && isDelimiterRow(c):
		if cols := cellCount(c); cols == cellCount(p.prev) {
			p.cols = cols
			s.cells.see(s.cells.n+cols, off) // the header row
			p.prev = c
			return
		}
	case p.lines > 0 && len(p.prev) > 0 && isSetextUnderline(c):
		s.headings.see(s.headings.n+1, off)
	}
	p.cols = 0
	p.noteMarker(l)
	p.lines++
	p.brackets += bytes.Count(c, []byte("]")) - bytes.Count(c, []byte(`\]`))
	p.inlineScan(c, l.start, s)
	p.backticks(c)
	p.bytes += end - off + 1
	p.prev = c
}

// noteMarker remembers an ordered item that starts the paragraph, so
// that the list's next item is known for one; a marker inside the
// paragraph is text, and ends the list.
func (p *paragraph) noteMarker(l lineInfo) {
	m := l.marker
	switch {
	case m == nil:
	case p.lines > 0:
		p.ordered = 0
	case m[len(m)-1] == '.' || m[len(m)-1] == ')':
		p.ordered = l.col + 1
	default:
		p.ordered = 0
	}
}

// end closes the paragraph. goldmark looks up the text of each closing
// bracket by walking back over the paragraph's lines, and takes link
// reference definitions off its start one by one, copying the lines left
// each time: both cost brackets times lines.
func (p *paragraph) end(s *mdScan) {
	if p.lines > 0 {
		s.addReread(p.brackets*p.lines+len(p.ticks)*p.bytes, p.start)
	}
	p.endDelims(s)
	*p = paragraph{inline: p.inline[:0], delims: p.delims}
}

// endDelims adds what goldmark's walks over the emphasis delimiters of
// the paragraph (or table row) cost, and starts afresh.
func (p *paragraph) endDelims(s *mdScan) {
	before, half := s.delimWalks.n, rereadBudget(0)/2
	s.delimWalks.n += p.delims.cost
	if before <= half && s.delimWalks.n > half {
		s.delimWalks.at = p.start
	}
	p.delims.cost = 0
	p.delims.reset()
}

func (s *mdScan) addReread(n, at int) {
	s.reread.n += n
	if s.reread.at == 0 && s.reread.n > rereadBudget(0)/2 {
		s.reread.at = at
	}
}

// isDelimiterRow reports a row of cells like ":--", "---" or "--:".
func isDelimiterRow(c []byte) bool {
	ok := true
	eachCell(c, func(cell []byte) {
		ok = ok && delimiterCell.Match(cell)
	})
	return ok
}

func cellCount(row []byte) int {
	n := 0
	eachCell(row, func([]byte) { n++ })
	return n
}

// eachCell calls f with each cell of a table row, split at its pipes as GFM
// splits them: a leading and a trailing pipe are optional, and \| is text.
func eachCell(row []byte, f func(cell []byte)) {
	row = bytes.TrimSpace(row)
	row = bytes.TrimPrefix(row, []byte("|"))
	if bytes.HasSuffix(row, []byte("|")) && !bytes.HasSuffix(row, []byte(`\|`)) {
		row = row[:len(row)-1]
	}
	start := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			f(row[start:i])
			start = i + 1
		}
	}
	f(row[start:])
}

// inlineMark are the bytes inlineScan acts on.
var inlineMark = [256]bool{'\\': true, '[': true, ']': true, '*': true, '_': true, '~': true}

// inlineScan follows the openers of emphasis and links: a run of * _ or ~
// that can open pushes, one that can only close pops, [ pushes and ]
// pops. Openers never closed count too, as goldmark must hold them all.
func (p *paragraph) inlineScan(c []byte, start int, s *mdScan) {
	pushed := false
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if !inlineMark[ch] {
			continue // most bytes: one look-up, not a switch
		}
		switch ch {
		case '\\':
			i++
		case '[':
			p.inline = append(p.inline, '[')
			pushed = true
		case ']':
			p.pop('[')
		case '*', '_', '~':
			j := i
			for j < len(c) && c[j] == ch {
				j++
			}
			before, after := byte(' '), byte(' ')
			if i > 0 {
				before = c[i-1]
			}
			if j < len(c) {
				after = c[j]
			}
			p.delims.run(c, i, j)
			opens, closes := !isSpace(after), !isSpace(before)
			switch {
			case opens && closes && ch == '_':
			case closes && len(p.inline) > 0 && p.inline[len(p.inline)-1] == ch:
				p.pop(ch)
			case opens:
				p.inline = append(p.inline, ch)
				pushed = true
			}
			i = j - 1
		}
		// Only a push can make a new deepest point.
		if pushed {
			s.inlineDepth.see(len(p.inline), start+i)
			pushed = false
		}
	}
}

func (p *paragraph) pop(ch byte) {
	if n := bytes.LastIndexByte(p.inline, ch); n >= 0 {
		p.inline = p.inline[:n]
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// backticks notes the lengths of c's runs of backticks. goldmark looks
// for a closing run of each opening run's length until the paragraph ends,
// so each length costs at most the paragraph once.
func (p *paragraph) backticks(c []byte) {
	for i := 0; i < len(c); i++ {
		if c[i] != '`' {
			continue
		}
		j := i
		for j < len(c) && c[j] == '`' {
			j++
		}
		if p.ticks == nil {
			p.ticks = map[int]bool{}
		}
		p.ticks[j-i] = true
		i = j - 1
	}
}

// linkScans counts what goldmark reads after each "](": the destination, to
// the next space (or, after "<", to the next ">" on the line), and a title,
// to its closing quote or bracket.
func linkScans(src []byte, s *mdScan) {
	budget := rereadBudget(len(src))
	for off := 0; s.reread.n <= budget; {
		i := bytes.Index(src[off:], []byte("]("))
		if i < 0 {
			return
		}
		at := off + i + 2
		off = at
		if at < len(src) && src[at] == '<' {
			s.addReread(distance(src[at:], "\n>"), at)
			continue
		}
		d := distance(src[at:], " \t\n")
		s.addReread(d, at)
		rest := bytes.TrimLeft(src[at+d:], " \t\n")
		if len(rest) > 0 {
			if closer, ok := map[byte]string{'"': `"`, '\'': `'`, '(': `)`}[rest[0]]; ok {
				s.addReread(distance(rest[1:], closer), at)
			}
		}
	}
}

func distance(b []byte, stops string) int {
	if i := bytes.IndexAny(b, stops); i >= 0 {
		return i
	}
	return len(b)
}

// outputSize estimates the HTML doc will render to, before it is rendered:
// a link reference used many times copies its address each time, and
// escaping makes some characters six times longer (" becomes &quot;).
func outputSize(doc ast.Node, src []byte) int {
	n := 0
	_ = ast.Walk(doc, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		n += 16 // the tags
		switch node := node.(type) {
		case *ast.Text:
			v := node.Segment.Value(src)
			n += len(v) + 5*countAny(v, `"&<>'`)
		case *ast.Link:
			n += 3*len(node.Destination) + 3*len(node.Title) + 64
		case *ast.Image:
			n += 3*len(node.Destination) + 3*len(node.Title) + 64
		case *extast.TableCell:
			n += 32 // scope and alignment
		}
		return ast.WalkContinue, nil
	})
	return n
}

// outputWithinLimit runs after goldmark parses and before anything is
// rendered.
func (p *page) outputWithinLimit(doc ast.Node, lim limits.Limits) bool {
	size := outputSize(doc, p.src)
	if size <= lim.PageBytes {
		return true
	}
	p.diags.Errorf(p.ctx.File, p.ctx.FirstLine, "%s", limits.Exceeded("the page's HTML would be about "+limits.Count(size)+" bytes", lim.PageBytes,
		"page_bytes", "split the page, and check for a link reference like [name] used many times with a long address"))
	return false
}

func countAny(b []byte, chars string) int {
	n := 0
	for _, c := range b {
		if strings.IndexByte(chars, c) >= 0 {
			n++
		}
	}
	return n
}
