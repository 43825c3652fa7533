package publish

// InterceptWrites runs f before every write of every Publish and Stage, as
// writeHook does (n counts writes from 1), and fails the write with f's
// error, until the returned function is called. It is for tests in other
// packages, which must prove that a disk that fills up part way, or a
// Ctrl-C during the writes, leaves the previous output whole. Nothing else
// may call it, and no two tests using it may run in parallel.
func InterceptWrites(f func(n int, path string) error) (restore func()) {
	writeHook = f
	return func() { writeHook = nil }
}
