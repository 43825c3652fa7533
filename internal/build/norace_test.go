//go:build !race

package build

const raceSlowdown = 1

// RaceDetector tells the package's external tests whether the race
// detector is on.
const RaceDetector = false
