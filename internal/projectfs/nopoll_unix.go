//go:build unix

package projectfs

import "syscall"

// NoPoll is a flag to open a regular file with: already non-blocking, which
// a regular file ignores, so that os does not switch it to non-blocking and
// back, two system calls each way, to offer it to the poller, which takes
// no regular file.
const NoPoll = syscall.O_NONBLOCK
