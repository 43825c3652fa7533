package dates

import (
	"strings"
	"testing"
)

func TestFindReadsWeekdayDayMonthAndYear(t *testing.T) {
	ms := Find([]byte("Northern: Wednesday 12th October at Fakenham.\nEastern: **Thursday 29\nSeptember 2005**, Sunday, 8 June 2005."))
	want := []struct {
		text string
		year int
	}{{"Wednesday 12th October", 0}, {"Thursday 29 September 2005", 2005}, {"Sunday, 8 June 2005", 2005}}
	if len(ms) != len(want) {
		t.Fatalf("Find found %d mentions, want %d: %+v", len(ms), len(want), ms)
	}
	for i, w := range want {
		if ms[i].Text != w.text || ms[i].Year != w.year {
			t.Errorf("mention %d = %q (year %d), want %q (year %d)", i, ms[i].Text, ms[i].Year, w.text, w.year)
		}
	}
}

func TestProblemNamesTheRealWeekday(t *testing.T) {
	for _, tc := range []struct {
		text string
		year int
		want string
	}{
		{"Wednesday 12 October", 2005, ""},
		{"Wednesday 8 June 2005", 1999, ""},
		{"Thursday 12 October 2005", 0, `"Thursday 12 October 2005": 12 October 2005 is a Wednesday, not a Thursday: correct the day or the date`},
		{"Friday 31 June 2005", 0, `"Friday 31 June 2005" is not a real date: June 2005 has 30 days`},
	} {
		ms := Find([]byte(tc.text))
		if len(ms) != 1 {
			t.Fatalf("Find(%q) found %d mentions", tc.text, len(ms))
		}
		if got := ms[0].Problem(tc.year); got != tc.want {
			t.Errorf("Problem(%q, %d) = %q, want %q", tc.text, tc.year, got, tc.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add([]byte("Wednesday 12th October 2005"))
	f.Add([]byte("Monday, 31 February"))
	f.Fuzz(func(t *testing.T, text []byte) {
		for _, m := range Find(text) {
			if m.Offset < 0 || m.Offset >= len(text) {
				t.Fatalf("offset %d outside the text", m.Offset)
			}
			m.Problem(2005)
		}
	})
}

func TestFindSkipsWeekdaysInsideLongerWords(t *testing.T) {
	text := strings.Repeat("day", 1000) + " xMonday 1 June, Yesterday 1 June, daydayMonday 2 June " + strings.Repeat("day", 1000) + " Monday 6 June"
	ms := Find([]byte(text))
	if len(ms) != 1 || ms[0].Text != "Monday 6 June" {
		t.Errorf("Find = %+v, want only Monday 6 June", ms)
	}
}
