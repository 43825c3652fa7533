package content

import (
	"bytes"
	"io"
	"io/fs"
	"math"
	"slices"
	"unicode/utf8"

	"norfolk.gov.uk/microsite/internal/diag"
	"norfolk.gov.uk/microsite/internal/limits"
	"norfolk.gov.uk/microsite/internal/projectfs"
)

// readWithin reads a file, unless its size alone says it is over the
// limit: a huge file is never read into memory. It reads at most a byte
// over the limit, as the file may have grown since it was opened, and
// ParsePageWithin checks what was read. The file is opened once, and its
// size asked of the open file, which costs less than looking its path up
// twice.
func readWithin(fsys fs.FS, path string, lim limits.Limits) ([]byte, diag.List, error) {
	lim = lim.OrDefault()
	f, err := fsys.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	// A named pipe or a device is refused before it is read: reading one
	// could wait, or go on, for ever.
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if err := projectfs.CheckRegular(info); err != nil {
		return nil, nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	size := info.Size()
	if size > int64(lim.FileBytes) {
		var l diag.List
		fileTooBig(path, size, lim, &l)
		return nil, l, nil
	}
	// A byte more than the size, to read the end of the file into, as
	// os.ReadFile does: the pages are kept, so no room to spare.
	data := make([]byte, 0, max(size, 0)+1)
	r := io.LimitReader(f, int64(lim.FileBytes)+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil, nil
		}
		if err != nil {
			return nil, nil, err
		}
	}
}

// checkFileSize is the first check of a page: nothing else reads a file
// over the limit.
func checkFileSize(path string, src []byte, lim limits.Limits, l *diag.List) bool {
	if len(src) <= lim.FileBytes {
		return true
	}
	fileTooBig(path, int64(len(src)), lim, l)
	return false
}

func fileTooBig(path string, size int64, lim limits.Limits, l *diag.List) {
	l.Errorf(path, 1, "%s", limits.Exceeded("the file is "+limits.Count(int(size))+" bytes", lim.FileBytes,
		"file_bytes", "split it into smaller pages"))
}

// checkFrontMatter runs before YAML or TOML reads the block: its size, how
// deep its values nest, and, for YAML, the features that would quietly turn
// an editor's text into something else.
func checkFrontMatter(path string, f fences, lim limits.Limits, l *diag.List) bool {
	if len(f.block) > lim.FrontMatterBytes {
		l.Errorf(path, 1, "%s", limits.Exceeded("the front matter is "+limits.Count(len(f.block))+" bytes", lim.FrontMatterBytes,
			"front_matter_bytes", "the fields need a few hundred bytes: check that the closing "+f.marker+" is where it should be"))
		return false
	}
	s := frontScan{marker: f.marker}
	s.scan(f.block)
	ok := true
	if s.depth > lim.FrontMatterDepth {
		l.Errorf(path, s.deepLine+1, "%s", limits.Exceeded("the values here are nested "+limits.Count(s.depth)+" deep", lim.FrontMatterDepth,
			"front_matter_depth", "the fields are text, numbers, dates and a list of aliases: check for stray brackets or indentation"))
		ok = false
	}
	for _, p := range s.problems {
		l.Errorf(path, p.line+1, "%s", p.message)
		ok = false
	}
	return ok
}

type frontProblem struct {
	line    int // of the block, from 1
	message string
}

// frontScan measures the front matter's nesting without decoding it: YAML
// nests by indentation, "- " items and flow brackets, TOML by dotted keys,
// table headers and brackets. It is an upper bound, never less than the
// depth a decoder would reach.
type frontScan struct {
	marker   string
	depth    int
	deepLine int
	problems []frontProblem

	indents []int // YAML: the indentation of each open level
	flow    int   // brackets open across lines
	quote   byte  // the quote a string spanning lines is in
	header  int   // TOML: the depth of the last table header
}

func (s *frontScan) scan(block []byte) {
	for n, rest := 1, block; len(rest) > 0; n++ {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte{'\n'})
		var d int
		if s.marker == "---" {
			d = s.yamlLine(n, line)
		} else {
			d = s.tomlLine(line)
		}
		if d > s.depth {
			s.depth, s.deepLine = d, n
		}
	}
}

func (s *frontScan) yamlLine(n int, line []byte) int {
	text := bytes.TrimLeft(line, " ")
	if s.quote == 0 && s.flow == 0 {
		if len(bytes.TrimSpace(text)) == 0 || text[0] == '#' {
			return 0
		}
		indent := len(line) - len(text)
		for len(s.indents) > 0 && s.indents[len(s.indents)-1] >= indent {
			s.indents = s.indents[:len(s.indents)-1]
		}
		s.indents = append(s.indents, indent)
	}
	return len(s.indents) + s.values(n, text, true)
}

// values scans one line's values, counting "- " items and open brackets,
// and, for YAML, reporting anchors, aliases, tags and merge keys where a
// value starts. It returns the deepest nesting on the line.
func (s *frontScan) values(n int, text []byte, yaml bool) int {
	deepest := s.flow
	start := true // at the start of a value: where YAML reads & * ! as indicators
	for i := 0; i < len(text); i++ {
		c := text[i]
		if s.quote != 0 {
			if c == '\\' && s.quote == '"' {
				i++
			} else if c == s.quote {
				s.quote = 0
			}
			continue
		}
		next := byte(' ')
		if i+1 < len(text) {
			next = text[i+1]
		}
		switch {
		case c == ' ' || c == '\t':
			continue
		case c == '#' && (!yaml || i == 0 || text[i-1] == ' '):
			return deepest
		case start && (c == '"' || c == '\''):
			s.quote = c
		case c == '[' || c == '{':
			s.flow++
			deepest = max(deepest, s.flow)
			start = true
			continue
		case c == ']' || c == '}':
			s.flow = max(s.flow-1, 0)
		case c == ',' || c == '=' && !yaml || c == ':' && (next == ' ' || next == '\t'):
			start = true
			continue
		case yaml && start && c == '-' && next == ' ':
			deepest++
			continue
		case yaml && start && c == '<' && next == '<':
			s.problem(n, "<< is a YAML merge key, which front matter does not use: write each field out in full")
		case yaml && start && (c == '&' || c == '*' || c == '!') && next != ' ':
			s.problem(n, yamlIndicators[c])
		}
		start = false
	}
	return deepest
}

var yamlIndicators = map[byte]string{
	'&': `YAML reads a value starting with & as an anchor, which front matter does not use: if the & is part of the text, put the whole value in double quotes, like title: "& other news"`,
	'*': `YAML reads a value starting with * as an alias of an anchor, which front matter does not use: if the * is part of the text, put the whole value in double quotes, like title: "*New* dates"`,
	'!': `YAML reads a value starting with ! as a type tag, which front matter does not use: if the ! is part of the text, put the whole value in double quotes, like title: "!Important"`,
}

func (s *frontScan) problem(n int, message string) {
	if len(s.problems) > 0 && s.problems[len(s.problems)-1].line == n {
		return // one a line is enough to find it
	}
	s.problems = append(s.problems, frontProblem{n, message})
}

// tomlLine counts a key's dots (a.b.c = 1 nests three deep), a table
// header's, and brackets.
func (s *frontScan) tomlLine(line []byte) int {
	text := bytes.TrimSpace(line)
	if s.quote == 0 && s.flow == 0 && len(text) > 0 {
		if text[0] == '[' {
			s.header = 1 + dots(text)
			return s.header
		}
		if key, _, ok := bytes.Cut(text, []byte{'='}); ok {
			return s.header + 1 + dots(key) + s.values(0, text[len(key)+1:], false)
		}
	}
	return s.header + 1 + s.values(0, text, false)
}

// dots counts the dots of a key outside quotes.
func dots(key []byte) int {
	n := 0
	var quote byte
	for _, c := range key {
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
		case c == '"' || c == '\'':
			quote = c
		case c == '.':
			n++
		}
	}
	return n
}

// tooManyPages is checked once the pages are listed, before any is read.
func tooManyPages(paths []string, lim limits.Limits, l *diag.List) bool {
	lim = lim.OrDefault()
	if len(paths) <= lim.Pages {
		return false
	}
	l.Errorf("content", 0, "%s", limits.Exceeded("the site has "+limits.Count(len(paths))+" pages", lim.Pages,
		"pages", "check that content/ holds only the site's pages"))
	return true
}

// limits reads the [limits] table of site.toml: each a whole number above
// zero, named as in limits.Settings.
func (c *checker) limits(v rawValue, text []byte) limits.Limits {
	var lim limits.Limits
	if !v.set {
		return lim
	}
	table, ok := v.value.(map[string]any)
	if !ok {
		c.errorf("limits", "limits must be a table: write [limits] on a line of its own, then one limit a line, like file_bytes = 2_097_152")
		return lim
	}
	lines := tableLines(text, "limits")
	known := limits.Keys()
	for key, value := range table {
		line := c.line("limits")
		if n, ok := lines[key]; ok {
			line = n
		}
		i := slices.Index(known, key)
		if i < 0 {
			c.diags.Errorf(c.path, line, "%s", unknownKey("limit", key, "[limits]", known))
			continue
		}
		n, ok := value.(int64)
		if !ok || n <= 0 || n > math.MaxInt32 {
			c.diags.Errorf(c.path, line, "%s must be a whole number above 0 (and below %s), like %s = %d",
				key, limits.Count(math.MaxInt32), key, *limits.Settings[i].Field(new(limits.Default())))
			continue
		}
		*limits.Settings[i].Field(&lim) = int(n)
	}
	return lim
}

// tableLines finds the line of each key of a TOML table, which keyLines
// leaves out: it stops at the first table.
func tableLines(text []byte, table string) map[string]int {
	lines := map[string]int{}
	in := false
	for n, rest := 1, text; len(rest) > 0; n++ {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte{'\n'})
		if m := tomlTableKey.FindSubmatch(line); m != nil {
			in = string(m[1]) == table
			continue
		}
		if m := tomlKeyLine.FindSubmatch(line); m != nil && in {
			if _, seen := lines[string(m[1])]; !seen {
				lines[string(m[1])] = n
			}
		}
	}
	return lines
}

// lengths bounds the title and the description: every page's menu, tab
// and list shows the titles of others, so one long title is repeated
// across the whole site.
func (c *checker) lengths(fm FrontMatter, lim limits.Limits) {
	if n := utf8.RuneCountInString(fm.Title); n > lim.TitleChars {
		c.errorf("title", "%s", limits.Exceeded("the title is "+limits.Count(n)+" characters", lim.TitleChars, "title_chars",
			"menus, tabs and search results show about 60: keep it to a few words, and say the rest on the page"))
	}
	if n := utf8.RuneCountInString(fm.Description); n > lim.DescriptionChars {
		c.errorf("description", "%s", limits.Exceeded("the description is "+limits.Count(n)+" characters", lim.DescriptionChars, "description_chars",
			"search results show about 160: say the rest on the page"))
	}
}
