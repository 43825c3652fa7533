package content

import "fmt"

// rawValue holds one front-matter value before it is checked, so that a
// wrong type becomes a plain-English message on the key's line rather than
// a decoder error that stops at the first problem.
type rawValue struct {
	set    bool
	value  any    // as the decoder understood it
	text   string // for YAML scalars: exactly what the editor typed
	isText bool
}

// UnmarshalYAML keeps the typed text beside the decoded value because YAML
// 1.1 reads "yes" as true and "010" as 8, and a title must stay as written.
func (v *rawValue) UnmarshalYAML(unmarshal func(any) error) error {
	if err := unmarshal(&v.value); err != nil {
		return err
	}
	v.set = true
	var s string
	if unmarshal(&s) == nil {
		v.text, v.isText = s, true
	}
	return nil
}

// UnmarshalTOML takes any value: TOML has no YAML 1.1 surprises, so only
// strings count as text.
func (v *rawValue) UnmarshalTOML(data any) error {
	v.set, v.value = true, data
	v.text, v.isText = data.(string)
	return nil
}

// scalarText turns one element of a list into text; YAML may have read it
// as a number or a boolean.
func scalarText(x any) (string, bool) {
	switch x := x.(type) {
	case string:
		return x, true
	case []any, map[string]any, map[any]any, nil:
		return "", false
	default:
		return fmt.Sprint(x), true
	}
}

// rawFront is what the decoders fill. Its tags are the front-matter keys;
// both decoders reject any key that is not here.
type rawFront struct {
	Title       rawValue `yaml:"title" toml:"title"`
	MenuTitle   rawValue `yaml:"menu_title" toml:"menu_title"`
	Description rawValue `yaml:"description" toml:"description"`
	Weight      rawValue `yaml:"weight" toml:"weight"`
	Date        rawValue `yaml:"date" toml:"date"`
	Updated     rawValue `yaml:"updated" toml:"updated"`
	Draft       rawValue `yaml:"draft" toml:"draft"`
	NoIndex     rawValue `yaml:"noindex" toml:"noindex"`
	Aliases     rawValue `yaml:"aliases" toml:"aliases"`
	Print       rawValue `yaml:"print" toml:"print"`
	Closes      rawValue `yaml:"closes" toml:"closes"`
	Prepared    rawValue `yaml:"prepared" toml:"prepared"`
	Reviewed    rawValue `yaml:"reviewed" toml:"reviewed"`
	Area        rawValue `yaml:"area" toml:"area"`
	Venue       rawValue `yaml:"venue" toml:"venue"`
	Town        rawValue `yaml:"town" toml:"town"`
	Starts      rawValue `yaml:"starts" toml:"starts"`
	Ends        rawValue `yaml:"ends" toml:"ends"`
}

// pageKeys lists the keys in the order editors meet them, for messages.
var pageKeys = []string{
	"title", "menu_title", "description", "weight", "date", "updated", "draft", "noindex", "aliases",
	"print", "closes", "prepared", "reviewed", "area", "venue", "town", "starts", "ends",
}

// field is the value of key, for the checks that apply to several keys
// alike and for plainYAML; nil if a page has no such key.
func (r *rawFront) field(key string) *rawValue {
	switch key {
	case "title":
		return &r.Title
	case "menu_title":
		return &r.MenuTitle
	case "description":
		return &r.Description
	case "weight":
		return &r.Weight
	case "date":
		return &r.Date
	case "updated":
		return &r.Updated
	case "draft":
		return &r.Draft
	case "noindex":
		return &r.NoIndex
	case "aliases":
		return &r.Aliases
	case "print":
		return &r.Print
	case "closes":
		return &r.Closes
	case "prepared":
		return &r.Prepared
	case "reviewed":
		return &r.Reviewed
	case "area":
		return &r.Area
	case "venue":
		return &r.Venue
	case "town":
		return &r.Town
	case "starts":
		return &r.Starts
	case "ends":
		return &r.Ends
	}
	return nil
}
