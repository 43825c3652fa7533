package projectfs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Open opens name without waiting: a named pipe (FIFO) or a device opens
// at once, where a plain open would wait for a writer for ever, so that
// ReadFile can refuse it.
func (r Root) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return r.root.OpenFile(name, os.O_RDONLY|NoPoll, 0)
}

// ReadFile reads name, a file the build needs whole (a layout, an asset,
// the settings): only a regular file, and at most max bytes of it. Anything
// else (a named pipe, a device, a socket, also behind a link inside the
// project) is a *NotRegularError before a byte is read, so that nothing
// can make a build wait for ever or read without end; a file over max is
// a *TooBigError, found from its size before it is read where the size is
// known.
func ReadFile(fsys fs.FS, name string, max int) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := CheckRegular(info); err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if info.Size() > int64(max) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: &TooBigError{Size: info.Size()}}
	}
	data, err := io.ReadAll(io.LimitReader(f, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max { // it grew since it was opened
		return nil, &fs.PathError{Op: "read", Path: name, Err: &TooBigError{Size: int64(len(data))}}
	}
	return data, nil
}

// CheckRegular refuses anything but a regular file, saying what it is.
//
// Hard links are not refused: a file with more than one name is still an
// ordinary file of the project. Git cannot carry one, so a project that
// comes from git holds none, and on Linux (fs.protected_hardlinks, on by
// default) only someone who may already read a file can link to it, so a
// build that publishes it shows nothing they could not read; refusing them
// would break backups and tools that link copies to save space.
func CheckRegular(info fs.FileInfo) error {
	if info.Mode().IsRegular() {
		return nil
	}
	return &NotRegularError{Mode: info.Mode()}
}

// NotRegularError is a name that holds something other than a file.
type NotRegularError struct{ Mode fs.FileMode }

func (e *NotRegularError) Error() string {
	what := "not an ordinary file"
	switch t := e.Mode.Type(); {
	case t&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case t&fs.ModeDevice != 0, t&fs.ModeCharDevice != 0:
		what = "a device"
	case t&fs.ModeSocket != 0:
		what = "a socket"
	case t&fs.ModeDir != 0:
		what = "a folder"
	}
	return fmt.Sprintf("is %s, not a file: only ordinary files are read; replace it with a file", what)
}

// TooBigError is a file over the size ReadFile was given.
type TooBigError struct{ Size int64 }

func (e *TooBigError) Error() string { return fmt.Sprintf("is %d bytes, over the limit", e.Size) }

// TooBig reports the size of a file ReadFile refused as too big.
func TooBig(err error) (size int, ok bool) {
	var big *TooBigError
	if errors.As(err, &big) {
		return int(big.Size), true
	}
	return 0, false
}
