//go:build !race

package markdown

const shapeScale, shapeSlowdown = 1, 1
