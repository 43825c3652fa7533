//go:build !linux && !darwin

package publish

// exchange is not available here: swap renames in two steps.
func exchange(a, b string) error { return errNoExchange }
