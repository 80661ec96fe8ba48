package bleve

import (
	"testing"

	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/index/indextest"
)

var (
	_ index.EventDeleter = (*Index)(nil)
	_ index.EventApplier = (*Index)(nil)
	_ index.AlertDeleter = (*Index)(nil)
	_ indextest.Sink     = (*Index)(nil)
)

// harness opens an index in a fresh directory; a rotation closes and
// reopens it (what it stored, and the versions it applied, must hold).
func harness() indextest.Harness {
	dirs := map[indextest.Sink]string{}
	closed := map[indextest.Sink]bool{}
	open := func(t *testing.T, dir string) indextest.Sink {
		t.Helper()
		ix, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if !closed[ix] {
				if err := ix.Close(); err != nil {
					t.Error(err)
				}
			}
		})
		dirs[ix] = dir
		return ix
	}
	return indextest.Harness{
		Open: func(t *testing.T) indextest.Sink { return open(t, t.TempDir()) },
		Rotate: func(t *testing.T, s indextest.Sink, _ string) indextest.Sink {
			t.Helper()
			closed[s] = true
			if err := s.(*Index).Close(); err != nil {
				t.Fatal(err)
			}
			return open(t, dirs[s])
		},
	}
}

// TestDeleteEvents: the shared case (indextest.DeleteEvents).
func TestDeleteEvents(t *testing.T) { indextest.DeleteEvents(t, harness()) }

// TestApplyEventsByVersion: the shared case, across a reopen.
func TestApplyEventsByVersion(t *testing.T) { indextest.EventsByVersion(t, harness()) }

// TestAlertWithdrawal: the shared case, across a reopen.
func TestAlertWithdrawal(t *testing.T) { indextest.AlertWithdrawal(t, harness()) }
