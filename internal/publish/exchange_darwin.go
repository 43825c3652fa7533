package publish

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchange swaps the names of two folders in one step, as on Linux: macOS
// calls it renamex_np with RENAME_SWAP.
func exchange(a, b string) error {
	err := unix.RenamexNp(a, b, unix.RENAME_SWAP)
	if errors.Is(err, unix.ENOTSUP) || errors.Is(err, unix.EINVAL) {
		return errNoExchange // a file system without it
	}
	return err
}
