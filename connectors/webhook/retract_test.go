package webhook

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Retract posts the withdrawal of an alert sent before: its id, rule, key
// and window with "retracted": true, under Idempotency-Key "<id>/retracted"
// (so a receiver that dedupes by key does not take it for the alert).
func TestRetractPostsWithdrawal(t *testing.T) {
	type got struct {
		key  string
		body Withdrawal
	}
	ch := make(chan got, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		var b Withdrawal
		if err := json.Unmarshal(raw, &b); err != nil {
			t.Errorf("body %q: %v", raw, err)
		}
		ch <- got{r.Header.Get("Idempotency-Key"), b}
	}))
	defer srv.Close()
	n, err := New(Config{Name: "hook", URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	win := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	a := pipeline.Alert{ID: "feud/a|b/20261201T000000Z", Rule: "feud", Key: "a|b", Window: win, Title: "t"}
	if err := n.Retract(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	g := <-ch
	want := Withdrawal{ID: a.ID, Rule: "feud", Key: "a|b", Window: win, Retracted: true}
	if g.key != a.ID+"/retracted" || g.body != want {
		t.Fatalf("posted %q %+v, want %q %+v", g.key, g.body, a.ID+"/retracted", want)
	}
}
