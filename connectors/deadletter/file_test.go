package deadletter

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

func TestAppendAndRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dl.jsonl")
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"a", "b"} {
		if err := f.DeadLetter(context.Background(), pipeline.DeadLetter{Stage: "work", Key: k, Value: []byte("\xff bad"), Reason: "decode: " + k, Time: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	f, _ = Open(path) // appends, never truncates
	f.DeadLetter(context.Background(), pipeline.DeadLetter{Key: "c", Reason: "r"})
	f.Close()
	dls, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(dls) != 3 || dls[0].Key != "a" || dls[1].Reason != "decode: b" || string(dls[0].Value) != "\xff bad" {
		t.Errorf("read back %+v", dls)
	}
}
