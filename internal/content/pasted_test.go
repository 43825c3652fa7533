package content

import "testing"

// Text pasted from Word brings bullets typed as characters and invisible
// characters: each is an error on its line that says what to delete.
func TestPastedTextIsFound(t *testing.T) {
	_, l := ParsePage("content/p.md", []byte("---\ntitle: P\ndescription: P.\n---\n•\tLarge print\n  ·  Braille\nsoft\u00adhyphen and zero\u200bwidth\u200b twice\n– a dash, not a bullet\n"))
	want := "content/p.md:5: error: this line starts with a bullet pasted from Word (•): Markdown does not read it as a list; write each item on its own line starting with - and a space, like - Large print copies\n" +
		"content/p.md:6: error: this line starts with a bullet pasted from Word (·): Markdown does not read it as a list; write each item on its own line starting with - and a space, like - Large print copies\n" +
		"content/p.md:7: error: this line holds an invisible soft hyphen (U+00AD), pasted with the text: delete it (retyping the word it is in does)\n" +
		"content/p.md:7: error: this line holds an invisible zero-width space (U+200B), pasted with the text: delete it (retyping the word it is in does)"
	if l.Error() != want {
		t.Errorf("problems:\n%s\nwant:\n%s", l.Error(), want)
	}
}
