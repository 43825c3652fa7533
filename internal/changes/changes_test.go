package changes

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestEncodeWritesTodayAndTheChanges(t *testing.T) {
	for _, tc := range []struct {
		today   string
		changes []string
		want    string
	}{
		{"2005-05-20", []string{"2005-06-09", "2005-09-30"}, `{"today":"2005-05-20","changes":["2005-06-09","2005-09-30"]}` + "\n"},
		{"2005-10-13", nil, `{"today":"2005-10-13","changes":[]}` + "\n"},
	} {
		var cs []time.Time
		for _, c := range tc.changes {
			cs = append(cs, day(c))
		}
		if got := string(Encode(day(tc.today), cs)); got != tc.want {
			t.Errorf("Encode(%s, %q) = %q, want %q", tc.today, tc.changes, got, tc.want)
		}
	}
}

func TestDecodeRefusesWhatABuildDoesNotWrite(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{``, "not the list a build writes"},
		{`[]`, "not the list a build writes"},
		{`{"today":"20 May 2005","changes":[]}`, `today "20 May 2005" is not a date`},
		{`{"today":"2005-05-20","changes":["2005-06-31"]}`, `change "2005-06-31" is not a date`},
		{`{"today":"2005-05-20","changes":["2005-05-20"]}`, "change 2005-05-20 is not after 2005-05-20"},
		{`{"today":"2005-05-20","changes":["2005-09-30","2005-06-09"]}`, "change 2005-06-09 is not after 2005-09-30"},
		{`{"today":"2005-05-20","changes":[]}` + strings.Repeat(" ", MaxBytes), "over the"},
	} {
		_, err := Decode([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Decode(%.60q) = %v, want an error with %q", tc.in, err, tc.want)
		}
	}
}

func TestDueOnceAChangeHasCome(t *testing.T) {
	l, err := Decode([]byte(`{"today":"2005-05-20","changes":["2005-06-09","2005-09-30"],"later":true}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		day  string
		want bool
	}{
		{"2005-05-20", false}, {"2005-06-08", false}, {"2005-06-09", true}, {"2005-06-10", true}, {"2005-10-01", true},
	} {
		if got := l.Due(day(tc.day)); got != tc.want {
			t.Errorf("Due(%s) = %v, want %v", tc.day, got, tc.want)
		}
	}
	if (List{Today: day("2005-10-13")}).Due(day("2006-01-01")) {
		t.Error("a list with no changes is due")
	}
}

// FuzzDecode checks that whatever Decode accepts is in order and encodes
// back to a list that decodes the same.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"today":"2005-05-20","changes":["2005-06-09","2005-09-30"]}`))
	f.Add([]byte(`{"today":"2005-10-13","changes":[]}`))
	f.Add([]byte(`{"today":"2005-05-20","changes":null,"x":[1,{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Decode(data)
		if err != nil {
			return
		}
		again, err := Decode(Encode(l.Today, l.Changes))
		if err != nil {
			t.Fatalf("Decode(Encode(%v)) failed: %v", l, err)
		}
		if !again.Today.Equal(l.Today) || !slices.EqualFunc(again.Changes, l.Changes, time.Time.Equal) {
			t.Errorf("Decode(Encode(%v)) = %v", l, again)
		}
		for i, c := range l.Changes {
			if i > 0 && !c.After(l.Changes[i-1]) || !c.After(l.Today) {
				t.Errorf("Decode accepted %v, out of order", l.Changes)
			}
		}
	})
}
