package bustest

import (
	"context"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// ConsumeAll hands msgs to consume on a channel closed after the last,
// as a subscription that ends would, then waits for every message's
// acknowledgement and fails the test on an error or a nack. consume is a
// stage's loop over a subscription (e.g. index.Stage.Consume for one
// kind).
func ConsumeAll(t testing.TB, consume func(ctx context.Context, msgs <-chan *pipeline.Message) error, msgs ...*pipeline.Message) {
	t.Helper()
	in := make(chan *pipeline.Message, len(msgs))
	for _, m := range msgs {
		in <- m
	}
	close(in)
	if err := consume(t.Context(), in); err != nil {
		t.Fatal(err)
	}
	for i, m := range msgs {
		<-m.Done()
		if m.Err() != nil {
			t.Fatalf("message %d (%s): %v", i, m.Key, m.Err())
		}
	}
}
