package pipeline

import "errors"

// ErrNacked is the reason of a Nack given without one.
var ErrNacked = errors.New("message not processed")

// ErrUnknownSchema marks a payload whose schema-version major is not ours.
// It is permanent: no retry can make this build read it.
var ErrUnknownSchema = errors.New("unknown schema version")

// ErrPermanent marks an error that retrying cannot cure: the message itself
// is bad (undecodable, invalid, of an unknown schema, a handler panic). The
// router dead-letters such a message at once; every other handler error is
// taken as transient (a broker, state store or sink in trouble) and retried
// with backoff, holding the message — and so its partition — meanwhile.
var ErrPermanent = errors.New("permanent")

// permanentError wraps an error as permanent, keeping its text and chain.
type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }
func (e permanentError) Unwrap() []error {
	return []error{e.err, ErrPermanent}
}

// Permanent marks err as permanent (see ErrPermanent); nil stays nil.
func Permanent(err error) error {
	if err == nil || errors.Is(err, ErrPermanent) {
		return err
	}
	return permanentError{err}
}

// IsPermanent reports whether err cannot be cured by a retry.
func IsPermanent(err error) bool {
	return errors.Is(err, ErrPermanent) || errors.Is(err, ErrUnknownSchema)
}
