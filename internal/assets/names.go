package assets

import (
	"strings"

	"norfolk.gov.uk/microsite/internal/publish"
)

// publishable keeps the names that can be published, and reports each
// other one at its own file in assets/, in the editor's words, rather than
// leaving the publish to fail with a message about the output folder: a
// name the output's rules refuse (one Windows cannot hold, say), or one
// that differs from another only in letter case, which would overwrite it
// on Windows and macOS. A name's fingerprint does not change what is
// refused, so the name is checked as written.
func (b *builder) publishable(names []string) []string {
	kept := names[:0]
	seen := map[string]string{}
	for _, name := range names {
		if err := publish.CheckPath("assets/" + name); err != nil {
			b.diags.Errorf(source(name), 0, "this file's name cannot be published (%v): rename the file", err)
			continue
		}
		folded := strings.ToLower(name)
		if other, ok := seen[folded]; ok {
			b.diags.Errorf(source(name), 0, "this file's name differs from %s only in letter case, so one would overwrite the other on Windows and macOS: rename one of them", source(other))
			continue
		}
		seen[folded] = name
		kept = append(kept, name)
	}
	return kept
}
