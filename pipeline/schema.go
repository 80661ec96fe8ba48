package pipeline

import "strings"

// SchemaCompatible reports whether a payload written with schema version v
// can be read by this build: the same major version.
func SchemaCompatible(v string) bool {
	major := func(s string) string {
		if i := strings.IndexByte(s, '.'); i >= 0 {
			return s[:i]
		}
		return s
	}
	return major(v) == major(SchemaVersion)
}
