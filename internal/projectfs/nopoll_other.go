//go:build !unix

package projectfs

// NoPoll is nothing where os does not offer each file it opens to a poller
// (see nopoll_unix.go).
const NoPoll = 0
