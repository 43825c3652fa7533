//go:build !race

package build

const raceSlowdown = 1
