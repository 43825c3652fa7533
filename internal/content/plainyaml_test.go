package content

import (
	"reflect"
	"testing"

	"go.yaml.in/yaml/v2"
)

// FuzzPlainYAML checks that whatever plainYAML reads, it reads as the YAML
// decoder does.
func FuzzPlainYAML(f *testing.F) {
	for _, s := range []string{
		"title: \"Adoption support in Hunstanton\"\ndescription: \"How it works: for families.\"\ndate: 2004-11-16\n",
		"title: \"Northern area\"\nweight: 3\nprint: 10\ndraft: true\n\nupdated: 2005-02-30\n",
		"title: \"‘Quoted’ – dash … «angle» \u0085 \u00a0\"\nweight: 0\ndraft: false\n",
		"title: \"a\"\ntitle: \"b\"\n",
		"title: yes\nweight: 012\n",
		"title: \"tab\there\"\ndate: 2004-1-16\n",
		"area: \"Northern\"\nvenue: \"The King’s Centre\"\ntown: \"Stalham\"\nstarts: \"10:30\"\nends: \"12:00\"\n",
		"title: \"a\" # note\n",
		"title: \"\"\nweight: 999999999\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, block string) {
		var got rawFront
		if !plainYAML([]byte(block), &got) {
			if !reflect.DeepEqual(got, rawFront{}) {
				t.Fatalf("plainYAML(%q) refused the block but set %+v", block, got)
			}
			return
		}
		var want rawFront
		if err := yaml.UnmarshalStrict([]byte(block), &want); err != nil {
			t.Fatalf("plainYAML(%q) read a block the YAML decoder refuses: %v", block, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("plainYAML(%q) =\n%#v\nthe YAML decoder reads\n%#v", block, got, want)
		}
	})
}
