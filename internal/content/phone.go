package content

import "strings"

// PhoneText is the phone number as a layout shows it: its parts joined by
// no-break spaces, so that a line never ends inside the number (the
// Markdown's telephone links are written the same way).
func (s Settings) PhoneText() string { return strings.ReplaceAll(s.Phone, " ", "\u00a0") }
