//go:build race

package build_test

// The race detector makes builds about ten times slower: the differential
// test of rebuilds takes fewer steps under it, and CI runs it in full
// without it as well.
const raceDetector = true
