package site

import "strings"

// windowsDevice reports whether a file or folder name that passed
// goodName is one Windows keeps for a device (con, aux, nul, com1...),
// which no file may be called there whatever its extension: a page named
// so could not be built or previewed on an editor's Windows computer.
func windowsDevice(name string) bool {
	switch strings.ToLower(name) {
	case "con", "prn", "aux", "nul":
		return true
	}
	for _, prefix := range []string{"com", "lpt"} {
		if rest, ok := strings.CutPrefix(name, prefix); ok && len(rest) == 1 && rest >= "0" && rest <= "9" {
			return true
		}
	}
	return false
}
