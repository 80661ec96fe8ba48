package pipeline

import "errors"

// ErrNacked is the reason of a Nack given without one.
var ErrNacked = errors.New("message not processed")

// ErrUnknownSchema marks a payload whose schema-version major is not ours.
var ErrUnknownSchema = errors.New("unknown schema version")
