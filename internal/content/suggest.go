package content

import (
	"fmt"
	"strings"

	"norfolk.gov.uk/microsite/internal/suggest"
)

// unknownKey says which names are allowed, and guesses the one meant, since
// an unknown key is nearly always a typing slip.
func unknownKey(kind, name, owner string, known []string) string {
	list := strings.Join(known[:len(known)-1], ", ") + " and " + known[len(known)-1]
	if near := suggest.Nearest(name, known); near != "" {
		return fmt.Sprintf("unknown %s %q (did you mean %q?): %s may have %s", kind, name, near, owner, list)
	}
	return fmt.Sprintf("unknown %s %q: %s may have %s", kind, name, owner, list)
}
