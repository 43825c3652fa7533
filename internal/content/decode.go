package content

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/adrg/frontmatter"
	"go.yaml.in/yaml/v2"

	"norfolk.gov.uk/microsite/internal/diag"
)

// decoder turns the front matter block into a rawFront, translating the
// decoders' errors into diagnostics on lines of the file. Its unmarshal
// functions never fail, so that frontmatter.MustParse still hands back the
// body when the fields are wrong.
type decoder struct {
	path    string
	fences  fences
	lines   map[string]int
	list    *diag.List
	decoded bool // the block was read, so its fields can be checked
}

func (d *decoder) formats() []*frontmatter.Format {
	return []*frontmatter.Format{
		frontmatter.NewFormat("---", "---", d.yaml),
		frontmatter.NewFormat("+++", "+++", d.toml),
	}
}

var (
	yamlLinePrefix = regexp.MustCompile(`^line (\d+): (.*)$`)
	yamlUnknown    = regexp.MustCompile(`^field (.*) not found in type `)
	yamlDuplicate  = regexp.MustCompile(`^field (.*) already set in type `)
	yamlNotMap     = regexp.MustCompile(`^cannot unmarshal \S+.* into content\.rawFront$`)
	tabIndent      = regexp.MustCompile(`^ *\t`)
)

func (d *decoder) yaml(data []byte, v any) error {
	if raw, ok := v.(*rawFront); ok && plainYAML(data, raw) {
		d.decoded = true
		return nil
	}
	err := yaml.UnmarshalStrict(data, v)
	var te *yaml.TypeError
	switch {
	case err == nil:
		d.decoded = true
	case errors.As(err, &te):
		// A TypeError comes after a full pass, so the values are there too.
		d.decoded = true
		for _, msg := range te.Errors {
			d.yamlTypeError(msg)
		}
	default:
		d.yamlSyntaxError(strings.TrimPrefix(err.Error(), "yaml: "))
	}
	return nil
}

func (d *decoder) yamlTypeError(msg string) {
	line := 1
	if m := yamlLinePrefix.FindStringSubmatch(msg); m != nil {
		line, msg = d.blockLine(m[1]), m[2]
	}
	if m := yamlUnknown.FindStringSubmatch(msg); m != nil {
		d.list.Errorf(d.path, line, "%s", unknownKey("field", m[1], "a page", pageKeys))
		return
	}
	if m := yamlDuplicate.FindStringSubmatch(msg); m != nil {
		d.duplicate(m[1], line)
		return
	}
	if yamlNotMap.MatchString(msg) {
		d.list.Errorf(d.path, line, "the front matter must be fields, one a line, written name: value, like title: Northern area workshop")
		return
	}
	d.list.Errorf(d.path, line, "this line cannot be read as a field (%s): write each field as name: value", msg)
}

// yamlSyntaxError explains the two mistakes editors make most: a tab used
// for indentation (which YAML forbids, and reports without a line) and a
// colon inside an unquoted value.
func (d *decoder) yamlSyntaxError(msg string) {
	if d.reportTabs() {
		return
	}
	// yaml.v2 leaves the line out when it is the first of the block.
	line := d.blockLine("1")
	if m := yamlLinePrefix.FindStringSubmatch(msg); m != nil {
		line, msg = d.blockLine(m[1]), m[2]
	}
	if strings.Contains(msg, "mapping values are not allowed") {
		d.list.Errorf(d.path, line, `YAML cannot read this line: if the value holds a colon, put the value in double quotes, like title: "Workshops: autumn 2005"; otherwise check the indentation`)
		return
	}
	d.list.Errorf(d.path, line, "the YAML front matter cannot be read here (%s): check for a missing colon after the field name, an unclosed quote or bracket, or uneven indentation", msg)
}

func (d *decoder) reportTabs() bool {
	found := false
	for i, text := range strings.Split(string(d.fences.block), "\n") {
		if tabIndent.MatchString(text) {
			d.list.Errorf(d.path, i+2, "this line is indented with a tab, which YAML does not allow: use spaces instead")
			found = true
		}
	}
	return found
}

// blockLine turns a decoder's line, counted from the start of the block,
// into a line of the file, kept inside the block: decoders sometimes point
// one past the end.
func (d *decoder) blockLine(n string) int {
	line, err := strconv.Atoi(n)
	if err != nil || d.fences.closeLine <= 2 {
		return 1
	}
	return min(max(line+1, 2), d.fences.closeLine-1)
}

func (d *decoder) duplicate(key string, line int) {
	if first, ok := d.lines[key]; ok && first < line {
		d.list.Errorf(d.path, line, "%s is given twice (first on line %d): keep one and delete the other", key, first)
		return
	}
	d.list.Errorf(d.path, line, "%s is given twice: keep one and delete the other", key)
}
