package elastic

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// newClient builds the go-elasticsearch client. Its product check (that the
// server is genuine Elasticsearch) stays on. Credentials travel only in the
// client's headers; nothing here logs them.
func newClient(cfg Config) (*elasticsearch.Client, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = cfg.Workers + 4
	tr.ResponseHeaderTimeout = cfg.RequestTimeout
	if cfg.CAFile != "" || cfg.TLSInsecure {
		tc := &tls.Config{MinVersion: tls.VersionTLS12}
		if cfg.CAFile != "" {
			pem, err := os.ReadFile(cfg.CAFile)
			if err != nil {
				return nil, fmt.Errorf("elastic: read CA file: %w", err)
			}
			pool := x509.NewCertPool()
			if !pool.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("elastic: CA file %s holds no PEM certificate", cfg.CAFile)
			}
			tc.RootCAs = pool
		}
		// Opt-in only, for self-signed test clusters.
		tc.InsecureSkipVerify = cfg.TLSInsecure //nolint:gosec
		tr.TLSClientConfig = tc
	}
	minB, maxB := cfg.RetryBackoffMin, cfg.RetryBackoffMax
	es, err := elasticsearch.NewClient(elasticsearch.Config{
		Addresses:     cfg.URLs,
		APIKey:        cfg.APIKey,
		Username:      cfg.Username,
		Password:      cfg.Password,
		Transport:     tr,
		MaxRetries:    cfg.MaxRetries,
		RetryOnStatus: cfg.RetryOnStatus,
		RetryBackoff:  func(attempt int) time.Duration { return backoff(minB, maxB, attempt) },
		// Bulk bodies are retried from a buffer the client keeps; the sink's
		// own item-level retry covers what the client gives up on.
		CompressRequestBody: false,
	})
	if err != nil {
		return nil, fmt.Errorf("elastic: client: %w", err)
	}
	return es, nil
}

// backoff is exponential from minB, capped at maxB, with ±20 % jitter so
// that workers do not retry in lockstep.
func backoff(minB, maxB time.Duration, attempt int) time.Duration {
	d := minB
	for i := 1; i < attempt && d < maxB; i++ {
		d *= 2
	}
	d = min(d, maxB)
	j := time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
	return max(j, time.Millisecond)
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// esError is a non-2xx answer of Elasticsearch.
type esError struct {
	Op     string
	Status int
	Type   string
	Reason string
}

func (e *esError) Error() string {
	return fmt.Sprintf("elastic: %s: %d %s: %s", e.Op, e.Status, e.Type, e.Reason)
}

// do runs an esapi request, decodes a 2xx JSON body into out (when not
// nil) and turns other answers into *esError.
func do(ctx context.Context, es *elasticsearch.Client, op string, req esapi.Request, out any) (int, error) {
	res, err := req.Do(ctx, es)
	if err != nil {
		return 0, fmt.Errorf("elastic: %s: %w", op, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, 64<<20))
	if err != nil {
		return res.StatusCode, fmt.Errorf("elastic: %s: read answer: %w", op, err)
	}
	if res.IsError() {
		var eb struct {
			Error struct {
				Type   string `json:"type"`
				Reason string `json:"reason"`
			} `json:"error"`
		}
		_ = json.Unmarshal(body, &eb)
		if eb.Error.Type == "" {
			eb.Error.Reason = string(bytes.TrimSpace(body))
			if len(eb.Error.Reason) > 300 {
				eb.Error.Reason = eb.Error.Reason[:300]
			}
		}
		return res.StatusCode, &esError{Op: op, Status: res.StatusCode, Type: eb.Error.Type, Reason: eb.Error.Reason}
	}
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			return res.StatusCode, fmt.Errorf("elastic: %s: decode answer: %w", op, err)
		}
	}
	return res.StatusCode, nil
}

// statusOf returns the HTTP status of an *esError, 0 otherwise.
func statusOf(err error) int {
	var e *esError
	if errors.As(err, &e) {
		return e.Status
	}
	return 0
}

// Unavailable reports whether err says the cluster could not answer yet —
// no connection, a connection dropped, a timeout, 408, 429 or a 5xx (a node
// starting or electing its master) — rather than an answer that waiting
// does not change: a missing setup (ErrNotSetUp), a refused credential or
// another 4xx, a certificate that does not verify, or the caller's own
// context ending. Long-running roles retry the first kind at start-up.
func Unavailable(err error) bool {
	if err == nil || errors.Is(err, ErrNotSetUp) || errors.Is(err, context.Canceled) {
		return false
	}
	if st := statusOf(err); st != 0 {
		return st == http.StatusRequestTimeout || st == http.StatusTooManyRequests || st >= 500
	}
	var (
		certErr    *tls.CertificateVerificationError
		unknownCA  x509.UnknownAuthorityError
		hostErr    x509.HostnameError
		invalidErr x509.CertificateInvalidError
		recordErr  tls.RecordHeaderError
	)
	if errors.As(err, &certErr) || errors.As(err, &unknownCA) || errors.As(err, &hostErr) ||
		errors.As(err, &invalidErr) || errors.As(err, &recordErr) {
		return false
	}
	// The client's product check fails on a server that is not
	// Elasticsearch (an untyped error): a wrong address, not one that is
	// still starting.
	if strings.Contains(err.Error(), "server is not Elasticsearch") {
		return false
	}
	// Anything else came from the transport (refused, reset, EOF, a
	// timeout while the node starts, the client's own retries running out).
	return true
}
