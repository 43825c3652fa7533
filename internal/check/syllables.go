package check

import (
	"strings"
	"unicode"
)

// syllables estimates how many syllables an English word has, as
// readability formulas need: vowel groups, less silent endings, plus the
// vowel pairs that are said as two. It is a heuristic, right for the great
// majority of everyday words; the exceptions below are common words it
// would get wrong.
func syllables(word string) int {
	if isAcronym(word) {
		return acronymSyllables(word)
	}
	w := letters(word)
	if w == "" {
		return 0
	}
	if n, ok := syllableExceptions[w]; ok {
		return n
	}
	if len(w) <= 3 {
		return 1
	}
	for _, part := range compoundStarts {
		if rest, ok := strings.CutPrefix(w, part); ok && len(rest) >= 2 {
			return syllables(part) + syllables(rest)
		}
	}
	for _, part := range compoundEnds {
		if stem, ok := strings.CutSuffix(w, part); ok && strings.HasSuffix(stem, "e") && vowelGroups(stem) > 1 {
			return syllables(stem) + syllables(part)
		}
	}
	return max(1, vowelGroups(w)+splitPairs(w)-silentEndings(w))
}

// syllableExceptions are common words the rules below count wrongly.
var syllableExceptions = map[string]int{
	"area": 3, "areas": 3, "idea": 3, "ideas": 3, "create": 2, "creates": 2, "created": 3,
	"creating": 3, "creative": 3, "creation": 3, "wednesday": 2, "business": 2, "businesses": 3,
	"maybe": 2, "people": 2, "peoples": 2, "society": 4, "science": 2, "quiet": 2, "variety": 4,
	"anxiety": 4, "recipe": 3, "being": 2, "everyone": 3, "everything": 3, "evening": 2,
	"poem": 2, "poet": 2, "diet": 2, "fuel": 2, "via": 2, "real": 1, "really": 2,
}

// Words made of two whose first part ends in a silent e, which the rules
// would otherwise count: "someone", "therefore", "lifetime", "statewide".
var (
	compoundStarts = []string{"some", "there", "where", "home", "care", "life", "time", "base", "name", "whole"}
	compoundEnds   = []string{"one", "time", "times", "where", "more", "fore", "line", "lines", "side", "place", "made", "wide"}
)

func letters(word string) string {
	if isLower(word) {
		return word // most words: nothing to drop or fold
	}
	var b strings.Builder
	for _, r := range strings.ToLower(word) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isLower(word string) bool {
	for i := 0; i < len(word); i++ {
		if word[i] < 'a' || word[i] > 'z' {
			return false
		}
	}
	return true
}

// isAcronym reports words written in capitals, like "NHS" or "WCAG", which
// are read out letter by letter.
func isAcronym(word string) bool {
	n := 0
	for _, r := range word {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLetter(r):
			return false
		}
	}
	return n >= 2
}

func acronymSyllables(word string) int {
	n := 0
	for _, r := range word {
		switch {
		case r == 'W':
			n += 3 // "double-u"
		case unicode.IsUpper(r):
			n++
		}
	}
	return n
}

// isVowel treats y as a vowel unless a vowel follows it ("yes", "saying").
func isVowel(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	case 'y':
		return i+1 == len(w) || !strings.ContainsRune("aeiou", rune(w[i+1]))
	}
	return false
}

func vowelGroups(w string) int {
	n := 0
	for i := range len(w) {
		if isVowel(w, i) && (i == 0 || !isVowel(w, i-1)) {
			n++
		}
	}
	return n
}

// splitPairs counts the vowel pairs said as two syllables: "Austral-i-an",
// "radi-o", "actu-al", "medi-um", "being".
func splitPairs(w string) int {
	n := 0
	for i := 1; i+1 < len(w); i++ {
		before := w[i-1]
		switch w[i : i+2] {
		case "ia":
			if !strings.ContainsRune("ctsgx", rune(before)) {
				n++
			}
		case "io":
			if !strings.ContainsRune("ctsgx", rune(before)) && (i+2 == len(w) || w[i+2] != 'n') {
				n++
			}
		case "ua":
			if before != 'q' && before != 'g' {
				n++
			}
		case "iu", "eo", "uo":
			n++
		}
	}
	if strings.HasSuffix(w, "ing") && len(w) > 4 && isVowel(w, len(w)-4) && w[len(w)-4] != 'y' {
		n++ // "doing", "seeing"
	}
	if strings.HasSuffix(w, "ism") || strings.HasSuffix(w, "isms") {
		n++
	}
	return n
}

// silentEndings counts the final e's that are not said: "make", "used",
// "makes", and the e before "-ment", "-ly", "-ful", "-less", "-ness".
func silentEndings(w string) int {
	for _, suffix := range []string{"ments", "ment", "ly", "ful", "less", "ness"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok && silentE(stem, "e") {
			return 1 + silentEndings(stem[:len(stem)-1]+"x")
		}
	}
	switch {
	case strings.HasSuffix(w, "es") && !sibilant(w[:len(w)-2]):
		return b2i(silentE(w, "es"))
	case strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ted") && !strings.HasSuffix(w, "ded"):
		return b2i(silentE(w, "ed"))
	}
	return b2i(silentE(w, "e"))
}

// silentE reports whether the e of ending is silent: it follows a
// consonant, is not the only vowel, and is not the syllable of "-ble".
func silentE(w, ending string) bool {
	stem, ok := strings.CutSuffix(w, ending)
	if !ok || len(stem) < 2 || isVowel(stem, len(stem)-1) || vowelGroups(stem) == 0 {
		return false
	}
	if stem[len(stem)-1] == 'l' && !isVowel(stem, len(stem)-2) {
		return false // "ta-ble", "han-dled"
	}
	return true
}

// sibilant reports a stem whose "-es" is said: "places", "changes", "boxes".
func sibilant(stem string) bool {
	for _, s := range []string{"s", "x", "z", "ch", "sh", "g", "c"} {
		if strings.HasSuffix(stem, s) {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
