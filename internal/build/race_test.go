//go:build race

package build

// The race detector makes the scans and builds about ten times slower: the
// slow scans are given longer, and the differential test of rebuilds takes
// fewer steps under it (CI runs it in full without it as well).
const raceSlowdown = 10

// RaceDetector tells the package's external tests the same.
const RaceDetector = true
