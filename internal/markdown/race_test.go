//go:build race

package markdown

// The race detector makes conversions about ten times slower: the slow
// shapes are measured at a sixteenth of the size, and may take longer.
const shapeScale, shapeSlowdown = 16, 10
