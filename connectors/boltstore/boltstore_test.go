package boltstore

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

func TestApplyGetForEachReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(ctx,
		pipeline.StateOp{Bucket: "a", Key: "k1", Value: []byte("v1")},
		pipeline.StateOp{Bucket: "a", Key: "k2", Value: []byte("v2")},
		pipeline.StateOp{Bucket: "b", Key: "x", Value: []byte("y")},
	); err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(ctx, pipeline.StateOp{Bucket: "a", Key: "k1", Delete: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("second open of a held file: %v, want ErrLocked", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, ok, _ := s.Get(ctx, "a", "k1"); ok {
		t.Error("deleted key still there")
	}
	if v, ok, _ := s.Get(ctx, "a", "k2"); !ok || string(v) != "v2" {
		t.Errorf("a/k2 = %q %v", v, ok)
	}
	var keys []string
	if err := s.ForEach(ctx, "a", func(k string, _ []byte) error { keys = append(keys, k); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(keys) != 1 || keys[0] != "k2" {
		t.Errorf("keys = %v", keys)
	}
	if _, ok, err := s.Get(ctx, "missing", "k"); ok || err != nil {
		t.Errorf("missing bucket: %v %v", ok, err)
	}
}
