package check

import (
	"fmt"
	"math"
	"reflect"
	"testing"
)

// TestGradeFormula checks the formula against published worked examples.
//
//   - Wikipedia, "Flesch–Kincaid readability tests", section "Flesch–Kincaid
//     grade level": "The Australian platypus is seemingly a hybrid of a
//     mammal and reptilian creature" is an 11.3, as it has 24 syllables and
//     13 words.
//   - The same sentence counted as 13 words and 26 syllables, as in the
//     README of the npm package "flesch" (wooorm/flesch, 2016), gives the
//     commonly cited grade of 13.1. The two differ only in how
//     "Australian" and "reptilian" are divided.
//   - "The cat sat on the mat": 1 sentence, 6 words, 6 syllables (also from
//     wooorm/flesch), which is grade -1.45: below the first year of school.
func TestGradeFormula(t *testing.T) {
	for _, tt := range []struct {
		c    counts
		want float64
	}{
		{counts{Words: 13, Sentences: 1, Syllables: 24}, 11.3},
		{counts{Words: 13, Sentences: 1, Syllables: 26}, 13.1},
		{counts{Words: 6, Sentences: 1, Syllables: 6}, -1.45},
		{counts{}, 0},
	} {
		if got := tt.c.grade(); math.Abs(got-tt.want) > 0.05 {
			t.Errorf("%+v.grade() = %.2f, want %.2f", tt.c, got, tt.want)
		}
	}
}

// TestGradeOfWorkedExamples runs the whole count (sentences, words, the
// syllable counter) over the texts of published examples.
func TestGradeOfWorkedExamples(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       counts
		grade      float64
	}{
		{
			// wooorm/flesch and Wikipedia (see TestGradeFormula), with
			// syllables counted as a dictionary divides them.
			name:  "platypus",
			text:  "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.",
			want:  counts{Words: 13, Sentences: 1, Syllables: 26},
			grade: 13.1,
		},
		{
			name:  "cat",
			text:  "The cat sat on the mat.",
			want:  counts{Words: 6, Sentences: 1, Syllables: 6},
			grade: -1.45,
		},
		{
			// The README of the npm package "flesch-kincaid-calc"
			// (ken-bimmel/flesch-kincaid) gives this passage grade 4.95
			// with its own syllable counter. Ours counts 97 words, 6
			// sentences and 116 syllables: grade 4.83. Syllable counters
			// differ by a word or two, so the grades agree to within 0.5.
			name: "three little pigs",
			text: "Once upon a time there was an old mother pig who had three little pigs and not enough food to feed them. " +
				"So when they were old enough, she sent them out into the world to seek their fortunes. " +
				"The first little pig was very lazy. He didn't want to work at all and he built his house out of straw. " +
				"The second little pig worked a little bit harder but he was somewhat lazy too and he built his house out of sticks. " +
				"Then, they sang and danced and played together the rest of the day.",
			grade: 4.95,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var c counts
			c.add(tt.text)
			if tt.want != (counts{}) && c != tt.want {
				t.Errorf("counts = %+v, want %+v", c, tt.want)
			}
			if got := c.grade(); math.Abs(got-tt.grade) > 0.5 {
				t.Errorf("grade = %.2f (%+v), want %.2f", got, c, tt.grade)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"One. Two? Three!", []string{"One.", "Two?", "Three!"}},
		{"Version 2.2 is here. See www.gov.uk today.", []string{"Version 2.2 is here.", "See www.gov.uk today."}},
		{"The (No. 2) Regulations, e.g. these. Next.", []string{"The (No. 2) Regulations, e.g. these.", "Next."}},
		{"J. Peter Kincaid wrote it. He said “Stop.” Then left.", []string{"J. Peter Kincaid wrote it.", "He said “Stop.”", "Then left."}},
		{"no stop at the end", []string{"no stop at the end"}},
		{"Ends with a lower case word. and goes on", []string{"Ends with a lower case word. and goes on"}},
		{"  – ", nil},
	} {
		var got []string
		for _, s := range sentences(tt.text) {
			got = append(got, s.Text)
			if tt.text[s.Offset:s.Offset+len(s.Text)] != s.Text {
				t.Errorf("sentences(%q): offset %d does not point at %q", tt.text, s.Offset, s.Text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	got := fmt.Sprint(words("Children’s large-print – copies & 01603 222494, please."))
	if want := "[Children’s large-print copies 01603 222494 please]"; got != want {
		t.Errorf("words = %s, want %s", got, want)
	}
}
