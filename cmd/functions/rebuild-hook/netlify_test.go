package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestNetlifyRunsThisFunctionAtBothHours reads netlify.toml: Netlify must
// find this folder in its functions directory, and run it at 23:01 and
// 00:01 UTC, so that one of the two is London's first minute in summer and
// in winter alike.
func TestNetlifyRunsThisFunctionAtBothHours(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	var conf struct {
		Functions map[string]any `toml:"functions"`
	}
	if _, err := toml.DecodeFile(filepath.Join(root, "netlify.toml"), &conf); err != nil {
		t.Fatal(err)
	}
	dir, _ := conf.Functions["directory"].(string)
	here, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := filepath.Abs(filepath.Join(root, dir, "rebuild-hook")); dir == "" || want != here {
		t.Errorf("netlify.toml's functions directory is %q, which does not hold this function (%s)", dir, here)
	}
	if _, err := os.Stat("main.go"); err != nil {
		t.Errorf("Netlify builds a Go function from its folder's main.go: %v", err)
	}
	fn, _ := conf.Functions["rebuild-hook"].(map[string]any)
	schedule, _ := fn["schedule"].(string)
	f := strings.Fields(schedule)
	if len(f) != 5 {
		t.Fatalf(`netlify.toml's [functions."rebuild-hook"] schedule is %q, want a five-field cron`, schedule)
	}
	hours := strings.Split(f[1], ",")
	slices.Sort(hours)
	if f[0] != "1" || !slices.Equal(hours, []string{"0", "23"}) || f[2] != "*" || f[3] != "*" || f[4] != "*" {
		t.Errorf("the schedule %q does not run at 23:01 and 00:01 UTC every day", schedule)
	}
}
