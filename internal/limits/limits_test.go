package limits

import "testing"

func TestOrKeepsSetFieldsAndFillsZeros(t *testing.T) {
	got := Limits{FileBytes: 5, Pages: 7}.OrDefault()
	want := Default()
	want.FileBytes, want.Pages = 5, 7
	if got != want {
		t.Errorf("OrDefault() = %+v, want %+v", got, want)
	}
}

func TestSettingsNameEveryField(t *testing.T) {
	var l Limits
	for i, s := range Settings {
		*s.Field(&l) = i + 1
	}
	if l != (Limits{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}) {
		t.Errorf("Settings fill %+v, want every field once, in order", l)
	}
}

func TestExceeded(t *testing.T) {
	got := Exceeded("the file is 2,000,000 bytes", 1_048_576, "file_bytes", "split it into smaller pages")
	want := "the file is 2,000,000 bytes, over the limit of 1,048,576: split it into smaller pages; if it is meant, raise the limit with file_bytes = 2_097_152 under [limits] in content/site.toml"
	if got != want {
		t.Errorf("Exceeded() = %q, want %q", got, want)
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1048576: "1,048,576", -12345: "-12,345"} {
		if got := Count(n); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
}
