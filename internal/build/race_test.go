//go:build race

package build

// The race detector makes the scans about ten times slower.
const raceSlowdown = 10
