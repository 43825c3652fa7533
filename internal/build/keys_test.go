package build

import (
	"hash/maphash"
	"reflect"
	"testing"
	"time"

	"norfolk.gov.uk/microsite/internal/content"
)

// A preview keeps a page's rendering while the site key is unchanged, so a
// front-matter field missing from the key would leave stale pages on
// screen.
func TestSiteKeyCoversEveryField(t *testing.T) {
	seed := maphash.MakeSeed()
	key := func(f content.FrontMatter) uint64 {
		var h maphash.Hash
		h.SetSeed(seed)
		writeFront(&h, &f)
		return h.Sum64()
	}
	zero := key(content.FrontMatter{})
	typ := reflect.TypeFor[content.FrontMatter]()
	for i := range typ.NumField() {
		var f content.FrontMatter
		v := reflect.ValueOf(&f).Elem().Field(i)
		switch v.Interface().(type) {
		case string:
			v.SetString("x")
		case int:
			v.SetInt(1)
		case bool:
			v.SetBool(true)
		case []string:
			v.Set(reflect.ValueOf([]string{"/old/"}))
		case content.Date:
			v.Set(reflect.ValueOf(content.Date{Time: time.Date(2005, 10, 12, 0, 0, 0, 0, time.UTC)}))
		default:
			t.Fatalf("field %s has type %s, which the test cannot set: teach it, and writeFront", typ.Field(i).Name, v.Type())
		}
		if key(f) == zero {
			t.Errorf("changing %s does not change the site key: add it to writeFront", typ.Field(i).Name)
		}
	}
}
