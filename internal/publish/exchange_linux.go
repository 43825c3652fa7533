package publish

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchange swaps the names of two folders in one step: there is no moment
// at which b is missing.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) || errors.Is(err, unix.EOPNOTSUPP) {
		return errNoExchange // an old kernel, or a file system without it
	}
	return err
}
