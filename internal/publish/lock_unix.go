//go:build unix

package publish

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockFolder takes an exclusive lock on folder, the one that holds the
// output folder and the trees a publish stages beside it, so that two
// builds into the same output never take each other's trees for
// leftovers. The lock is on the folder itself, so nothing is left behind;
// the system drops it when the process ends, however it ends.
func lockFolder(folder, dir string) (unlock func(), err error) {
	f, err := os.Open(folder)
	if err != nil {
		return nil, fmt.Errorf("publish %s: %w", slashDir(dir), err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("publish %s: another build is writing this output folder now: wait for it to finish, or stop it", slashDir(dir))
		}
		return nil, fmt.Errorf("publish %s: locking %s: %w", slashDir(dir), slashDir(folder), err)
	}
	return func() { f.Close() }, nil
}
