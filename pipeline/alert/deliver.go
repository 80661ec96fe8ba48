package alert

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Notifier sends one alert somewhere. Notify may be called again for the
// same alert after a failure or a restart; a notifier that can should pass
// the alert id on as an idempotency key. An error wrapped with Permanent is
// not retried.
type Notifier interface {
	Notify(ctx context.Context, a pipeline.Alert) error
}

// PermanentError marks a delivery failure that retrying cannot fix (a 4xx
// answer): the delivery moves to the failed list at once.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err as a PermanentError.
func Permanent(err error) error { return &PermanentError{Err: err} }

// IsPermanent reports whether err is, or wraps, a PermanentError.
func IsPermanent(err error) bool {
	var pe *PermanentError
	return errors.As(err, &pe)
}

// LogNotifier writes alerts to a logger: the "log" notifier.
type LogNotifier struct{ Logger *slog.Logger }

// Notify logs the alert at warn level, so it shows with the default level.
func (n LogNotifier) Notify(ctx context.Context, a pipeline.Alert) error {
	ids := make([]string, len(a.Stories))
	for i, s := range a.Stories {
		ids[i] = s.ID
	}
	n.Logger.WarnContext(ctx, "alert", "id", a.ID, "rule", a.Rule, "key", a.Key, "title", a.Title,
		"reason", a.Reason, "stories", strings.Join(ids, ","))
	return nil
}

// Retractor is a notifier that can tell its receiver an alert it took was
// withdrawn (its input was retracted: a tracker event a late story
// withdrew). A notifier without it is sent no withdrawals.
type Retractor interface {
	Retract(ctx context.Context, a pipeline.Alert) error
}

// Retract logs the withdrawal at warn level.
func (n LogNotifier) Retract(ctx context.Context, a pipeline.Alert) error {
	n.Logger.WarnContext(ctx, "alert withdrawn", "id", a.ID, "rule", a.Rule, "key", a.Key)
	return nil
}

// withdrawnSuffix marks a withdrawal's outbox entry and delivery mark
// (alert id \x00 notifier \x00 withdrawn).
const withdrawnSuffix = "\x00withdrawn"

// retract sends n the withdrawal of a, when n can send one.
func (e *Engine) retract(ctx context.Context, name string, n Notifier, a pipeline.Alert) error {
	r, ok := n.(Retractor)
	if !ok {
		e.log.Warn("alert withdrawn after it was sent; this notifier cannot send withdrawals", "alert", a.ID, "notifier", name)
		return nil
	}
	return r.Retract(ctx, a)
}

// Deliverer drains the outbox: it sends each pending delivery and retries
// failures with exponential backoff, so a slow or dead notifier delays only
// its deliveries, never the pipeline, and a restart loses none.
type Deliverer struct {
	e   *Engine
	now func() time.Time
}

// Deliverer returns the engine's deliverer. Run one per state store: with
// several processes sharing a store, each one's Deliverer would send the
// same outbox entries; scaled out, deliver with DeliveryHandler instead.
func (e *Engine) Deliverer() *Deliverer { return &Deliverer{e: e, now: time.Now} }

// Run delivers until ctx is done, then returns nil. It wakes when the
// engine queues an alert and when the earliest retry is due.
func (d *Deliverer) Run(ctx context.Context) error {
	for {
		next, err := d.DeliverDue(ctx)
		if ctx.Err() != nil {
			return nil
		}
		wait := d.e.cfg.RetryMax
		if err != nil {
			d.e.log.Error("alert delivery: outbox", "err", err)
			wait = d.e.cfg.RetryMin
		} else if !next.IsZero() {
			wait = min(max(next.Sub(d.now()), 0), wait)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-d.e.wake:
			t.Stop()
		case <-t.C:
		}
	}
}

// DeliverDue makes one pass over the outbox: every delivery that is due is
// attempted once. It returns when the earliest remaining one is due (zero
// when none remain).
func (d *Deliverer) DeliverDue(ctx context.Context) (time.Time, error) {
	type item struct {
		key string
		dl  delivery
	}
	var items []item
	err := d.e.ls().ForEach(ctx, BucketOutbox, func(k string, v []byte) error {
		var dl delivery
		if err := json.Unmarshal(v, &dl); err != nil {
			// A corrupt entry cannot be sent; keep it out of the way.
			d.e.log.Error("alert delivery: undecodable outbox entry dropped", "key", k, "err", err)
			items = append(items, item{key: k, dl: delivery{Notifier: ""}})
			return nil
		}
		items = append(items, item{key: k, dl: dl})
		return nil
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("alert: scan outbox: %w", err)
	}
	var next time.Time
	later := func(t time.Time) {
		if next.IsZero() || t.Before(next) {
			next = t
		}
	}
	for _, it := range items {
		if ctx.Err() != nil {
			return next, nil
		}
		dl := it.dl
		if dl.Notifier == "" {
			if err := d.e.ls().Apply(ctx, pipeline.StateOp{Bucket: BucketOutbox, Key: it.key, Delete: true}); err != nil {
				return next, err
			}
			continue
		}
		now := d.now()
		if dl.Next.After(now) {
			later(dl.Next)
			continue
		}
		n := d.e.notifiers[dl.Notifier]
		var sendErr error
		if n == nil {
			sendErr = Permanent(fmt.Errorf("notifier %q is not configured any more", dl.Notifier))
		} else {
			actx, cancel := context.WithTimeout(ctx, d.e.cfg.Timeout)
			if dl.Retracted {
				sendErr = d.e.retract(actx, dl.Notifier, n, dl.Alert)
			} else {
				sendErr = n.Notify(actx, dl.Alert)
			}
			cancel()
		}
		if sendErr != nil && ctx.Err() != nil {
			return next, nil // shutting down: the attempt does not count
		}
		if dl.First.IsZero() {
			dl.First = now
		}
		dl.Attempts++
		del := pipeline.StateOp{Bucket: BucketOutbox, Key: it.key, Delete: true}
		switch {
		case sendErr == nil:
			d.e.log.Debug("alert delivered", "alert", dl.Alert.ID, "notifier", dl.Notifier, "attempts", dl.Attempts)
			markKey := dl.Alert.ID + "\x00" + dl.Notifier
			if dl.Retracted {
				markKey += withdrawnSuffix
			}
			mark := pipeline.StateOp{Bucket: BucketDelivered, Key: markKey,
				Value: []byte(d.e.clock().UTC().Format(time.RFC3339Nano))}
			// Delivered: recorded even when ctx ended during the send
			// (shutdown), or the restart sends it again.
			ops := []pipeline.StateOp{del, mark}
			if !dl.Retracted {
				// Sent (again): a withdrawal sent before no longer stands.
				ops = append(ops, pipeline.StateOp{Bucket: BucketDelivered, Key: markKey + withdrawnSuffix, Delete: true})
			}
			mctx, cancel := markContext(ctx)
			err := d.e.ls().Apply(mctx, ops...)
			cancel()
			if err != nil {
				return next, err
			}
		case IsPermanent(sendErr) || now.Sub(dl.First) >= d.e.cfg.GiveUpAfter:
			dl.LastError = sendErr.Error()
			d.e.log.Error("alert delivery failed for good", "alert", dl.Alert.ID, "notifier", dl.Notifier,
				"attempts", dl.Attempts, "err", sendErr)
			v, err := json.Marshal(dl)
			if err != nil {
				return next, fmt.Errorf("alert %s: encode delivery to %s: %w", dl.Alert.ID, dl.Notifier, err)
			}
			if err := d.e.ls().Apply(ctx, del, pipeline.StateOp{Bucket: BucketFailed, Key: it.key, Value: v}); err != nil {
				return next, err
			}
		default:
			dl.LastError = sendErr.Error()
			dl.Next = now.Add(d.backoff(dl.Attempts))
			d.e.log.Warn("alert delivery failed, will retry", "alert", dl.Alert.ID, "notifier", dl.Notifier,
				"attempts", dl.Attempts, "retry_at", dl.Next, "err", sendErr)
			v, err := json.Marshal(dl)
			if err != nil {
				return next, fmt.Errorf("alert %s: encode delivery to %s: %w", dl.Alert.ID, dl.Notifier, err)
			}
			if err := d.e.ls().Apply(ctx, pipeline.StateOp{Bucket: BucketOutbox, Key: it.key, Value: v}); err != nil {
				return next, err
			}
			later(dl.Next)
		}
	}
	return next, nil
}

// backoff is RetryMin doubled per failed attempt, capped at RetryMax.
func (d *Deliverer) backoff(attempts int) time.Duration {
	b := d.e.cfg.RetryMin
	for i := 1; i < attempts && b < d.e.cfg.RetryMax; i++ {
		b *= 2
	}
	return min(b, d.e.cfg.RetryMax)
}

// Pending returns how many deliveries wait in the outbox.
func (e *Engine) Pending(ctx context.Context) (int, error) {
	n := 0
	err := e.ls().ForEach(ctx, BucketOutbox, func(string, []byte) error { n++; return nil })
	return n, err
}

// Deliver sends a to every notifier its rule lists, in order, each once —
// a delivery is marked in the state store (BucketDelivered) when the
// notifier took it, so the alert arriving again is not sent again; only a
// crash between the notifier's answer and the mark sends it twice (with
// the same Idempotency-Key). Each notifier:
// a transient failure is retried with backoff (alert.retry_min doubling
// to alert.retry_max) while ctx lasts, holding the caller; a permanent one
// — or failing for alert.give_up_after — returns a pipeline.Permanent
// error naming the notifier (the caller dead-letters the alert). When ctx
// ends first, ctx's error is returned (the alert is delivered again after
// a restart). An alert of a rule no longer configured goes to no one.
func (e *Engine) Deliver(ctx context.Context, a pipeline.Alert) error {
	r := e.rule(a.Rule)
	if r == nil {
		e.log.Warn("alert of a rule no longer configured: not delivered", "alert", a.ID, "rule", a.Rule)
		return nil
	}
	for _, name := range r.Notify {
		n := e.notifiers[name]
		if n == nil { // New checks every rule's notifiers
			return pipeline.Permanent(fmt.Errorf("alert %s: notifier %q is not configured", a.ID, name))
		}
		if err := e.deliverTo(ctx, name, n, a); err != nil {
			return err
		}
	}
	return nil
}

// Withdraw tells every notifier of a's rule that took the alert that it
// was withdrawn (Retractor), once, retrying like Deliver. A notifier that
// never took it is sent nothing: the alerts topic is keyed by alert id, so
// the alert's own message came before its withdrawal, and a withdrawn
// alert that was not delivered by then (dead-lettered) stays unsent.
func (e *Engine) Withdraw(ctx context.Context, a pipeline.Alert) error {
	r := e.rule(a.Rule)
	if r == nil {
		return nil
	}
	for _, name := range r.Notify {
		n := e.notifiers[name]
		if n == nil {
			return pipeline.Permanent(fmt.Errorf("alert %s: notifier %q is not configured", a.ID, name))
		}
		if _, sent, err := e.ls().Get(ctx, BucketDelivered, a.ID+"\x00"+name); err != nil {
			return fmt.Errorf("alert %s: notifier %s: read delivery mark: %w", a.ID, name, err)
		} else if !sent {
			e.log.Debug("alert withdrawn before it was sent: not sent", "alert", a.ID, "notifier", name)
			continue
		}
		if err := e.send(ctx, name, a.ID+"\x00"+name+withdrawnSuffix, a.ID, func(ctx context.Context) error {
			return e.retract(ctx, name, n, a)
		}); err != nil {
			return err
		}
	}
	return nil
}

func (e *Engine) deliverTo(ctx context.Context, name string, n Notifier, a pipeline.Alert) error {
	return e.send(ctx, name, a.ID+"\x00"+name, a.ID, func(ctx context.Context) error { return n.Notify(ctx, a) })
}

// send calls fn until it succeeds (retrying a transient failure with
// backoff), unless mark says it was done, and then marks it.
func (e *Engine) send(ctx context.Context, name, mark, id string, fn func(context.Context) error) error {
	var clear []pipeline.StateOp
	if _, done, err := e.ls().Get(ctx, BucketDelivered, mark); err != nil {
		return fmt.Errorf("alert %s: notifier %s: read delivery mark: %w", id, name, err)
	} else if done {
		withdrawn := false
		if !strings.HasSuffix(mark, withdrawnSuffix) {
			// An alert withdrawn after it was sent and fired again (its
			// window's inputs came back) is sent again.
			if _, withdrawn, err = e.ls().Get(ctx, BucketDelivered, mark+withdrawnSuffix); err != nil {
				return fmt.Errorf("alert %s: notifier %s: read delivery mark: %w", id, name, err)
			}
		}
		if !withdrawn {
			// Delivered before: this is the alert again on the topic (its
			// input redelivered, or our offset not committed before a crash).
			e.log.Debug("alert delivered before; not sent again", "alert", id, "notifier", name)
			return nil
		}
		clear = append(clear, pipeline.StateOp{Bucket: BucketDelivered, Key: mark + withdrawnSuffix, Delete: true})
	}
	first := e.clock()
	for attempt := 1; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, e.cfg.Timeout)
		err := fn(actx)
		cancel()
		if err == nil {
			e.log.Debug("alert delivered", "alert", id, "notifier", name, "attempts", attempt)
			at := []byte(e.clock().UTC().Format(time.RFC3339Nano))
			// The notifier has it: mark it even when ctx ended meanwhile
			// (shutdown), or the restart sends it again.
			mctx, cancel := markContext(ctx)
			err := e.ls().Apply(mctx, append([]pipeline.StateOp{{Bucket: BucketDelivered, Key: mark, Value: at}}, clear...)...)
			cancel()
			if err != nil {
				return fmt.Errorf("alert %s: notifier %s: delivered, but the mark was not stored: %w", id, name, err)
			}
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("alert %s: notifier %s: %w", id, name, ctx.Err())
		}
		if IsPermanent(err) {
			e.log.Error("alert delivery failed for good", "alert", id, "notifier", name, "attempts", attempt, "err", err)
			return pipeline.Permanent(fmt.Errorf("alert %s: notifier %s: %w", id, name, err))
		}
		if e.clock().Sub(first) >= e.cfg.GiveUpAfter {
			e.log.Error("alert delivery given up", "alert", id, "notifier", name, "attempts", attempt, "err", err)
			return pipeline.Permanent(fmt.Errorf("alert %s: notifier %s: gave up after %d attempts in %s: %w",
				id, name, attempt, e.cfg.GiveUpAfter, err))
		}
		wait := e.cfg.RetryMin
		for i := 1; i < attempt && wait < e.cfg.RetryMax; i++ {
			wait *= 2
		}
		wait = min(wait, e.cfg.RetryMax)
		e.log.Warn("alert delivery failed, will retry", "alert", id, "notifier", name, "attempts", attempt, "retry_in", wait, "err", err)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("alert %s: notifier %s: %w", id, name, ctx.Err())
		case <-t.C:
		}
	}
}

// OutboxHandler is the alerts topic's delivery step for one process that
// owns every alert (embedded mode): it queues the alert's deliveries in the
// outbox (BucketOutbox) for the engine's Deliverer and is done, so a slow
// or dead webhook delays only its deliveries — with the in-process bus an
// acknowledgement travels back to the feed, and DeliveryHandler's waiting
// would hold the whole pipeline. A delivery marked done (BucketDelivered)
// is not queued again. With several processes use DeliveryHandler: every
// process's Deliverer drains the one shared outbox.
func OutboxHandler(e *Engine) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		am, err := decodeAlert(m)
		if err != nil {
			return nil, err
		}
		if err := e.RecordAlert(ctx, am); err != nil {
			return nil, err
		}
		return nil, e.queue(ctx, am)
	}
}

// queue puts an alert's deliveries in the outbox for the Deliverer, or
// for a withdrawal drops or follows them (queueWithdrawal).
func (e *Engine) queue(ctx context.Context, am AlertMessage) error {
	a := am.Alert
	r := e.rule(a.Rule)
	if r == nil {
		e.log.Warn("alert of a rule no longer configured: not delivered", "alert", a.ID, "rule", a.Rule)
		return nil
	}
	if am.Retracted {
		return e.queueWithdrawal(ctx, r, a)
	}
	var ops []pipeline.StateOp
	for _, n := range r.Notify {
		key := a.ID + "\x00" + n
		if _, done, err := e.ls().Get(ctx, BucketDelivered, key); err != nil {
			return fmt.Errorf("alert %s: read delivery mark: %w", a.ID, err)
		} else if done {
			// Sent before; again only when withdrawn since.
			_, withdrawn, err := e.ls().Get(ctx, BucketDelivered, key+withdrawnSuffix)
			if err != nil {
				return fmt.Errorf("alert %s: read delivery mark: %w", a.ID, err)
			}
			if !withdrawn {
				continue
			}
		}
		if _, queued, err := e.ls().Get(ctx, BucketOutbox, key); err != nil {
			return fmt.Errorf("alert %s: read outbox: %w", a.ID, err)
		} else if queued {
			continue // keep its attempts and schedule
		}
		v, err := json.Marshal(delivery{Alert: a, Notifier: n})
		if err != nil {
			return pipeline.Permanent(fmt.Errorf("alert %s: encode delivery: %w", a.ID, err))
		}
		ops = append(ops, pipeline.StateOp{Bucket: BucketOutbox, Key: key, Value: v})
	}
	if len(ops) == 0 {
		return nil
	}
	if err := e.ls().Apply(ctx, ops...); err != nil {
		return fmt.Errorf("alert %s: queue deliveries: %w", a.ID, err)
	}
	select {
	case e.wake <- struct{}{}:
	default:
	}
	return nil
}

// queueWithdrawal is queue's withdrawal: a delivery of the alert
// still in the outbox is dropped (never sent), one already made is
// followed by a withdrawal (queued for the Deliverer).
func (e *Engine) queueWithdrawal(ctx context.Context, r *Rule, a pipeline.Alert) error {
	var ops []pipeline.StateOp
	for _, n := range r.Notify {
		key := a.ID + "\x00" + n
		if _, queued, err := e.ls().Get(ctx, BucketOutbox, key); err != nil {
			return fmt.Errorf("alert %s: read outbox: %w", a.ID, err)
		} else if queued {
			ops = append(ops, pipeline.StateOp{Bucket: BucketOutbox, Key: key, Delete: true})
			continue
		}
		if _, sent, err := e.ls().Get(ctx, BucketDelivered, key); err != nil {
			return fmt.Errorf("alert %s: read delivery mark: %w", a.ID, err)
		} else if !sent {
			continue
		}
		if _, done, err := e.ls().Get(ctx, BucketDelivered, key+withdrawnSuffix); err != nil {
			return fmt.Errorf("alert %s: read delivery mark: %w", a.ID, err)
		} else if done {
			continue
		}
		v, err := json.Marshal(delivery{Alert: a, Notifier: n, Retracted: true})
		if err != nil {
			return pipeline.Permanent(fmt.Errorf("alert %s: encode withdrawal: %w", a.ID, err))
		}
		ops = append(ops, pipeline.StateOp{Bucket: BucketOutbox, Key: key + withdrawnSuffix, Value: v})
	}
	if len(ops) == 0 {
		return nil
	}
	if err := e.ls().Apply(ctx, ops...); err != nil {
		return fmt.Errorf("alert %s: queue withdrawal: %w", a.ID, err)
	}
	select {
	case e.wake <- struct{}{}:
	default:
	}
	return nil
}

// markTimeout bounds the write that records a delivery done.
const markTimeout = 10 * time.Second

// markContext is the context of the write that records a delivery the
// notifier took: not cancelled with ctx (a shutdown must not lose the
// record of what was sent), bounded by markTimeout.
func markContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), markTimeout)
}
