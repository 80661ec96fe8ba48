// Command chaos is the chaos run of issue 14: it drives the real khabar
// binary in its Kafka roles (3 pollers, 3 workers, 2 trackers, 2 indexers,
// each an OS process) against a local feed server and a webhook sink,
// kills role processes with SIGKILL, stops the broker and Elasticsearch
// for a minute each, rescales the pollers from 3 to 2, and then checks
// that every story served was indexed once, that the events equal a clean
// run's and that every alert reached the webhook. scripts/chaos.sh starts
// its own broker and node and runs it; its last line is the verdict.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

type options struct {
	bin, dir, repo           string
	broker, esURL            string
	kafkaScript, esScript    string
	feeds, stories           int
	arrive, drain, cleanWait time.Duration
	killMin, killMax         time.Duration
	outage, outageAt         time.Duration
	refresh                  string
	startupWait              time.Duration
	latStories, latRate      int
	seed                     uint64
	noChaos                  bool
	budget                   time.Duration
}

func main() {
	var o options
	flag.StringVar(&o.bin, "khabar", "", "the khabar binary")
	flag.StringVar(&o.dir, "dir", "", "work directory (configs, data, logs)")
	flag.StringVar(&o.repo, "repo", ".", "repository root (deploy/watchlist.yaml, deploy/alerts.yaml, scripts/)")
	flag.StringVar(&o.broker, "kafka", "", "bootstrap address of the chaos broker")
	flag.StringVar(&o.esURL, "es", "", "URL of the chaos Elasticsearch node")
	flag.StringVar(&o.kafkaScript, "kafka-script", "scripts/kafka.sh", "stops and starts the broker (with the caller's KHABAR_* environment)")
	flag.StringVar(&o.esScript, "es-script", "scripts/elasticsearch.sh", "stops and starts Elasticsearch")
	flag.IntVar(&o.feeds, "feeds", 2000, "feeds served")
	flag.IntVar(&o.stories, "stories", 50000, "stories served over the run")
	flag.DurationVar(&o.arrive, "arrive", 180*time.Second, "stories appear over this long")
	flag.DurationVar(&o.drain, "drain", 300*time.Second, "after the last story appeared, wait at most this long for quiescence")
	flag.DurationVar(&o.cleanWait, "clean-wait", 120*time.Second, "the clean run's deadline")
	flag.DurationVar(&o.killMin, "kill-min", 20*time.Second, "shortest gap between kills")
	flag.DurationVar(&o.killMax, "kill-max", 40*time.Second, "longest gap between kills")
	flag.DurationVar(&o.outage, "outage", 60*time.Second, "how long the broker and Elasticsearch are stopped (each once)")
	flag.DurationVar(&o.outageAt, "outage-at", 5*time.Second, "when (after the feed clock starts) Elasticsearch is stopped; the broker is stopped 5 s after the node is back")
	flag.StringVar(&o.refresh, "refresh", "5s", "refresh_interval of the chaos indices after the latency phase (\"\": the template's); the checks refresh before counting")
	flag.DurationVar(&o.startupWait, "startup-wait", 5*time.Minute, "bus.kafka.startup_wait and sink.elasticsearch.startup_wait of the roles")
	flag.IntVar(&o.latStories, "latency-stories", 5000, "stories of the paced latency phase (0: skip it)")
	flag.IntVar(&o.latRate, "latency-rate", 500, "stories/s of the latency phase")
	flag.Uint64Var(&o.seed, "seed", 14, "random seed (stories, kill order)")
	flag.BoolVar(&o.noChaos, "no-chaos", false, "no kills, outages or rescale (a baseline)")
	flag.DurationVar(&o.budget, "budget", 0, "wall-clock bound of the whole run, checks included (0: none); the drain and the clean run are cut to fit")
	flag.Parse()
	if o.bin == "" || o.dir == "" || o.broker == "" || o.esURL == "" {
		fmt.Fprintln(os.Stderr, "chaos: -khabar, -dir, -kafka and -es are required")
		os.Exit(2)
	}
	// The harness log goes to stderr and to the work dir (kept on failure).
	hl, err := os.OpenFile(filepath.Join(o.dir, "harness.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, "chaos: harness log:", err)
		os.Exit(2)
	}
	defer hl.Close()
	log := slog.New(slog.NewTextHandler(io.MultiWriter(os.Stderr, hl), &slog.HandlerOptions{Level: slog.LevelInfo}))
	if err := checkServiceEnv(o); err != nil {
		fmt.Fprintln(os.Stderr, "chaos:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	r := &run{o: o, log: log, es: &es{url: strings.TrimRight(o.esURL, "/"), client: &http.Client{Timeout: 30 * time.Second}}}
	sd := os.Getenv("KHABAR_SERVICES_DIR")
	r.services = []*serviceCPU{
		{name: "kafka", pidFile: filepath.Join(sd, "kafka", "kafka.pid")},
		{name: "elasticsearch", pidFile: filepath.Join(sd, "es-node-"+os.Getenv("KHABAR_ES_PORT"), "es.pid")},
	}
	ok, err := r.main(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "chaos: error:", err)
		r.printTails()
		fmt.Println("chaos: " + r.line())
		os.Exit(1)
	}
	if !ok {
		r.printTails()
	}
	fmt.Println("chaos: " + r.line())
	if !ok {
		os.Exit(1)
	}
}

// run is one chaos run.
type run struct {
	o   options
	log *slog.Logger
	es  *es
	// end is when the run must be over (checks printed): start + budget.
	end time.Time

	stories []story
	feedSrv *feedServer
	sink    *webhookSink
	feedURL string
	hookURL string

	mu    sync.Mutex
	procs []*proc // every process ever started (for RSS and log tails)
	live  []*proc // the current role processes

	res result
	// outages counts services stopped or still starting.
	outages atomic.Int32
	// quiet says the chaos phase ended in quiescence, not at its deadline.
	quiet bool
	// actions is the chaos timeline, to attribute duplicates to.
	actions []action
	// services follow the broker's and the node's CPU time.
	services []*serviceCPU
	// chaosWall is how long the chaos phase took (feed clock to roles stopped).
	chaosWall time.Duration
}

func (r *run) sampleServices() {
	for _, s := range r.services {
		s.sample()
	}
}

// cpuLine sums the CPU time of the role processes by role, the services
// and the harness itself.
func (r *run) cpuLine() string {
	r.mu.Lock()
	procs := append([]*proc(nil), r.procs...)
	r.mu.Unlock()
	by := map[string]time.Duration{}
	var order []string
	var total time.Duration
	for _, p := range procs {
		role := strings.TrimRight(strings.SplitN(p.name, "-", 2)[0], "0123456789")
		if strings.HasPrefix(p.name, "clean-") {
			role = p.name
		}
		if _, ok := by[role]; !ok {
			order = append(order, role)
		}
		c := p.cpu()
		by[role] += c
		total += c
	}
	var parts []string
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%s %.0f", k, by[k].Seconds()))
	}
	for _, s := range r.services {
		c := s.total()
		total += c
		parts = append(parts, fmt.Sprintf("%s %.0f", s.name, c.Seconds()))
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		h := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		total += h
		parts = append(parts, fmt.Sprintf("harness %.0f", h.Seconds()))
	}
	return fmt.Sprintf("CPU seconds (user+system) %s; total %.0f over a chaos phase of %.0f s wall (2 cores: %.0f CPU-s available)",
		strings.Join(parts, ", "), total.Seconds(), r.chaosWall.Seconds(), 2*r.chaosWall.Seconds())
}

// action is one thing the chaos did, and when.
type action struct {
	at    time.Time
	label string
}

func (r *run) note(label string) {
	r.mu.Lock()
	r.actions = append(r.actions, action{time.Now(), label})
	r.mu.Unlock()
}

// result is what the final line reports.
type result struct {
	served, indexed, dups, lost int
	eventsSame, hooksOnce       bool
	done                        bool
}

func (r *run) line() string {
	yn := func(b bool) string {
		if b {
			return "yes"
		}
		return "no"
	}
	if !r.res.done {
		return fmt.Sprintf("stories %d, indexed %d, duplicates ?, lost ?, events identical to clean run: no, webhooks delivered once: no, max RSS per process %d MB (run did not complete)", r.res.served, r.res.indexed, r.maxRSS())
	}
	return fmt.Sprintf("stories %d, indexed %d, duplicates %d, lost %d, events identical to clean run: %s, webhooks delivered once: %s, max RSS per process %d MB",
		r.res.served, r.res.indexed, r.res.dups, r.res.lost, yn(r.res.eventsSame), yn(r.res.hooksOnce), r.maxRSS())
}

func (r *run) maxRSS() int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	var m int64
	for _, p := range r.procs {
		p.mu.Lock()
		if p.maxHWM > m {
			m = p.maxHWM
		}
		p.mu.Unlock()
	}
	return (m + 1023) / 1024
}

func (r *run) printTails() {
	r.mu.Lock()
	procs := append([]*proc(nil), r.procs...)
	r.mu.Unlock()
	for _, p := range procs {
		fmt.Fprintf(os.Stderr, "---- last lines of %s (%s; %d starts, %d kill -9)\n%s\n", p.name, p.log, p.starts, p.kills, p.tail(12))
	}
}

func (r *run) main(ctx context.Context) (bool, error) {
	o := r.o
	started := time.Now()
	r.end = started.Add(24 * time.Hour)
	if o.budget > 0 {
		r.end = started.Add(o.budget)
	}
	persons, err := loadPersons(filepath.Join(o.repo, "deploy/watchlist.yaml"))
	if err != nil {
		return false, err
	}
	r.stories = generate(o.seed, o.stories, o.feeds, o.arrive, persons, "http://news.chaos.test")
	r.feedSrv = newFeedServer(r.stories, o.feeds)
	r.sink = &webhookSink{}
	stopServers, err := r.serve()
	if err != nil {
		return false, err
	}
	defer stopServers()
	defer r.stopAll()

	chaosCfg, err := r.writeConfig("chaos", "chaos.", "chaos-", r.hookURL+"/hook", true)
	if err != nil {
		return false, err
	}
	if err := r.setup(ctx, chaosCfg); err != nil {
		return false, err
	}
	if err := r.startRoles(chaosCfg); err != nil {
		return false, err
	}
	if err := r.waitReady(ctx, 90*time.Second); err != nil {
		return false, err
	}
	r.log.Info("roles running", "after", time.Since(started).Round(time.Second))

	if o.latStories > 0 {
		if err := r.latency(ctx); err != nil {
			r.log.Error("latency phase", "err", err)
			fmt.Printf("chaos: produce→indexed at a paced %d stories/s: failed: %v\n", o.latRate, err)
		}
	}

	if o.refresh != "" {
		// Fewer, larger segments while the node catches up after its
		// outage: the latency phase above ran with the template's 1 s.
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		_, _, err := r.es.do(cctx, http.MethodPut, "/chaos-*/_settings", map[string]any{"index": map[string]any{"refresh_interval": o.refresh}})
		cancel()
		if err != nil {
			return false, fmt.Errorf("refresh_interval of the chaos indices: %w", err)
		}
	}
	t0 := time.Now()
	r.feedSrv.start(t0)
	r.note("feed clock started")
	r.log.Info("feed clock started", "feeds", o.feeds, "stories", o.stories, "over", o.arrive)
	chaosCtx, stopChaos := context.WithCancel(ctx)
	var wg sync.WaitGroup
	if !o.noChaos {
		wg.Go(func() { r.chaos(chaosCtx, t0) })
	}
	wg.Go(func() { r.supervise(chaosCtx) })
	wg.Go(func() { r.progress(chaosCtx, t0) })
	quiet, qerr := r.quiesce(ctx, t0)
	r.quiet = quiet
	stopChaos()
	wg.Wait()
	if !quiet {
		r.log.Error("no quiescence before the deadline: checking what there is", "err", qerr)
	}
	r.sampleServices()
	r.stopRoles()
	r.chaosWall = time.Since(t0)
	r.log.Info("chaos phase over", "took", r.chaosWall.Round(time.Second))
	if ctx.Err() != nil {
		// Stopped from outside (the script's time bound): the counts still,
		// within the grace the script gives, and no clean run.
		r.end = time.Now()
		cctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
		defer cancel()
		return r.check(cctx)
	}
	return r.check(ctx)
}

// serve starts the feed server and the webhook sink on loopback ports.
func (r *run) serve() (func(), error) {
	fl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("feed server: %w", err)
	}
	hl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fl.Close()
		return nil, fmt.Errorf("webhook sink: %w", err)
	}
	fsrv := &http.Server{Handler: r.feedSrv, ReadHeaderTimeout: 10 * time.Second}
	hsrv := &http.Server{Handler: r.sink, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = fsrv.Serve(fl) }()
	go func() { _ = hsrv.Serve(hl) }()
	r.feedURL = "http://" + fl.Addr().String()
	r.hookURL = "http://" + hl.Addr().String()
	return func() { _ = fsrv.Close(); _ = hsrv.Close() }, nil
}

// writeConfig writes a khabar config for one run: its topic prefix, index
// prefix and webhook; with feeds, the feed server's feeds.
func (r *run) writeConfig(name, topicPrefix, indexPrefix, hook string, withFeeds bool) (string, error) {
	o := r.o
	rules, err := os.ReadFile(filepath.Join(o.repo, "deploy/alerts.yaml"))
	if err != nil {
		return "", fmt.Errorf("alert rules: %w", err)
	}
	// The project's rules, each also notifying the webhook sink.
	text := strings.ReplaceAll(string(rules), "notify: [log]", "notify: [log, chaos-sink]")
	alertsPath := filepath.Join(o.dir, name+"-alerts.yaml")
	if err := os.WriteFile(alertsPath, []byte(text), 0o644); err != nil {
		return "", fmt.Errorf("alert rules: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "data_dir: %s\nwatchlist: %s\nalerts: %s\n", filepath.Join(o.dir, name+"-data"),
		filepath.Join(o.repo, "deploy/watchlist.yaml"), alertsPath)
	b.WriteString("log: {format: json, level: info}\nhttp: {listen: \"127.0.0.1:0\"}\n")
	b.WriteString("poll:\n  min_interval: 5s\n  max_interval: 15s\n  workers: 16\n  per_host: 8\n  host_gap: 0s\n  backoff_cap: 10s\n  failing_after: 1h\n  allow_private: true\n")
	b.WriteString("work: {workers: 1, languages: [hi]}\n")
	// The roles wait for the broker and the node at start-up (a role
	// restarted during an outage waits instead of exiting), longer than an
	// outage plus a slow restart on 2 cores.
	fmt.Fprintf(&b, "bus:\n  kind: kafka\n  kafka:\n    brokers: [%q]\n    topic_prefix: %q\n    partitions: 6\n    startup_wait: %s\n", o.broker, topicPrefix, o.startupWait)
	fmt.Fprintf(&b, "sink:\n  kind: elasticsearch\n  batch_size: 500\n  flush_interval: 500ms\n  elasticsearch:\n    urls: [%q]\n    index_prefix: %q\n    startup_wait: %s\n", o.esURL, indexPrefix, o.startupWait)
	fmt.Fprintf(&b, "alert:\n  webhooks:\n    - {name: chaos-sink, url: %q}\n", hook)
	if withFeeds {
		b.WriteString("feeds:\n")
		for f := range o.feeds {
			fmt.Fprintf(&b, "  - {url: \"%s/feed/%d.xml\", name: %q, category: politics, language: hi}\n", r.feedURL, f, feedName(f))
		}
	} else {
		b.WriteString("feeds: []\n")
	}
	path := filepath.Join(o.dir, name+".yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	return path, nil
}

// khabarOnce runs one khabar command to its end, its output in the log.
func (r *run) khabarOnce(ctx context.Context, cfg, logName string, args ...string) error {
	lf, err := os.OpenFile(filepath.Join(r.o.dir, "logs", logName), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("log %s: %w", logName, err)
	}
	defer lf.Close()
	cmd := exec.CommandContext(ctx, r.o.bin, args...)
	cmd.Env = append(os.Environ(), "KHABAR_CONFIG="+cfg)
	cmd.Stdout, cmd.Stderr = lf, lf
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("khabar %s: %w (log %s)", strings.Join(args, " "), err, lf.Name())
	}
	return nil
}

func (r *run) setup(ctx context.Context, cfg string) error {
	if err := os.MkdirAll(filepath.Join(r.o.dir, "logs"), 0o755); err != nil {
		return fmt.Errorf("logs: %w", err)
	}
	if err := r.khabarOnce(ctx, cfg, "setup.log", "setup", "kafka"); err != nil {
		return err
	}
	return r.khabarOnce(ctx, cfg, "setup.log", "setup", "elasticsearch")
}

func (r *run) newProc(cfg, name string, args ...string) *proc {
	return &proc{name: name, args: args, log: filepath.Join(r.o.dir, "logs", name+".log"),
		env: []string{"KHABAR_CONFIG=" + cfg, "KHABAR_DATA_DIR=" + filepath.Join(r.o.dir, "data", name)}}
}

func (r *run) startRoles(cfg string) error {
	var ps []*proc
	for i := range 3 {
		ps = append(ps, r.newProc(cfg, fmt.Sprintf("poll-%d", i), "poll", "--pollers", "3", "--poller-index", fmt.Sprint(i)))
	}
	for i := range 3 {
		ps = append(ps, r.newProc(cfg, fmt.Sprintf("work-%d", i), "work"))
	}
	for i := range 2 {
		ps = append(ps, r.newProc(cfg, fmt.Sprintf("track-%d", i), "track"))
	}
	for i := range 2 {
		ps = append(ps, r.newProc(cfg, fmt.Sprintf("index-%d", i), "index"))
	}
	for _, p := range ps {
		if err := p.start(r.o.bin); err != nil {
			return err
		}
	}
	r.mu.Lock()
	r.procs = append(r.procs, ps...)
	r.live = append(r.live, ps...)
	r.mu.Unlock()
	return nil
}

// waitReady waits until every role process logged that it runs.
func (r *run) waitReady(ctx context.Context, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		r.mu.Lock()
		live := append([]*proc(nil), r.live...)
		r.mu.Unlock()
		var waiting []string
		for _, p := range live {
			if !p.running() {
				return fmt.Errorf("%s exited during start-up: %v", p.name, p.exitErr)
			}
			raw, _ := os.ReadFile(p.log)
			if !strings.Contains(string(raw), "khabar roles running over kafka") {
				waiting = append(waiting, p.name)
			}
		}
		if len(waiting) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not running after %s: %s", limit, strings.Join(waiting, " "))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func (r *run) stopRoles() {
	r.mu.Lock()
	live := append([]*proc(nil), r.live...)
	r.live = nil
	r.mu.Unlock()
	var wg sync.WaitGroup
	for _, p := range live {
		wg.Go(func() { p.stop(30 * time.Second) })
	}
	wg.Wait()
}

// stopAll stops every process still running (on any exit path).
func (r *run) stopAll() {
	r.mu.Lock()
	all := append([]*proc(nil), r.procs...)
	r.mu.Unlock()
	var wg sync.WaitGroup
	for _, p := range all {
		wg.Go(func() { p.stop(10 * time.Second) })
	}
	wg.Wait()
}

// chaos kills a random role process every killMin…killMax and restarts
// it, stops the broker and Elasticsearch once each and rescales the
// pollers from 3 to 2.
func (r *run) chaos(ctx context.Context, t0 time.Time) {
	o := r.o
	rng := rand.New(rand.NewPCG(o.seed, 7))
	var wg sync.WaitGroup
	defer wg.Wait()
	at := func(d time.Duration) <-chan time.Time { return time.After(time.Until(t0.Add(d))) }
	// Elasticsearch first (its restart is the slow one), then the broker
	// 5 s after the node is back, both early: the backlog each leaves
	// must be caught up within the run.
	wg.Go(func() {
		select {
		case <-ctx.Done():
			return
		case <-at(o.outageAt):
		}
		r.outage(ctx, "elasticsearch", o.esScript)
		select {
		case <-ctx.Done():
			return
		case <-time.After(5 * time.Second):
		}
		r.outage(ctx, "broker", o.kafkaScript)
	})
	wg.Go(func() {
		select {
		case <-ctx.Done():
			return
		case <-at(o.arrive / 2):
		}
		r.rescalePollers(ctx)
	})
	stopKills := t0.Add(o.arrive + 20*time.Second)
	for {
		gap := o.killMin + time.Duration(rng.Int64N(int64(o.killMax-o.killMin)+1))
		select {
		case <-ctx.Done():
			return
		case <-time.After(gap):
		}
		if time.Now().After(stopKills) {
			return
		}
		r.mu.Lock()
		var cands []*proc
		for _, p := range r.live {
			if p.running() {
				cands = append(cands, p)
			}
		}
		r.mu.Unlock()
		if len(cands) == 0 {
			continue
		}
		p := cands[rng.IntN(len(cands))]
		r.log.Info("kill -9", "proc", p.name, "at", time.Since(t0).Round(time.Second))
		r.note("kill -9 " + p.name)
		if err := p.kill9(ctx); err != nil {
			r.log.Error("kill", "proc", p.name, "err", err)
			continue
		}
	}
}

// supervise restarts every role process that has been gone for 2 s, as a
// process supervisor (systemd, Kubernetes) would: the killed ones and
// those that exited on their own.
func (r *run) supervise(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(500 * time.Millisecond):
		}
		r.mu.Lock()
		var dead []*proc
		for _, p := range r.live {
			if p.deadFor(2 * time.Second) {
				dead = append(dead, p)
			}
		}
		r.mu.Unlock()
		for _, p := range dead {
			p.mu.Lock()
			crashed := !p.expected
			why := p.lastCrash
			p.mu.Unlock()
			if crashed {
				r.note(p.name + " exited on its own")
				r.log.Warn("role process exited on its own: restarting", "proc", p.name, "exit", why)
			}
			if err := p.start(r.o.bin); err != nil {
				r.log.Error("restart", "proc", p.name, "err", err)
			}
		}
	}
}

// outage stops a service with its script for o.outage, then starts it.
func (r *run) outage(ctx context.Context, what, script string) {
	r.outages.Add(1)
	defer r.outages.Add(-1)
	r.log.Info("outage: stopping", "service", what)
	r.note(what + " stopped")
	lf := filepath.Join(r.o.dir, "logs", what+"-outage.log")
	runScript := func(arg string) {
		f, err := os.OpenFile(lf, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			r.log.Error("outage log", "err", err)
			return
		}
		defer f.Close()
		cmd := exec.Command("bash", script, arg) // not ctx: a start must finish even when the run ends
		cmd.Stdout, cmd.Stderr = f, f
		if err := cmd.Run(); err != nil {
			r.log.Error("outage script", "service", what, "arg", arg, "err", err, "log", lf)
		}
	}
	r.sampleServices()
	runScript("stop")
	select {
	case <-ctx.Done():
	case <-time.After(r.o.outage):
	}
	r.log.Info("outage: starting", "service", what)
	r.note(what + " starting")
	runScript("start")
	r.log.Info("outage: over", "service", what)
}

// rescalePollers stops the three pollers (SIGTERM) and starts two with
// --pollers 2, reusing the data dirs of poller 0 and 1.
func (r *run) rescalePollers(ctx context.Context) {
	r.mu.Lock()
	var old, keep []*proc
	cfg := ""
	for _, p := range r.live {
		if strings.HasPrefix(p.name, "poll-") {
			old = append(old, p)
			for _, e := range p.env {
				if v, ok := strings.CutPrefix(e, "KHABAR_CONFIG="); ok {
					cfg = v
				}
			}
		} else {
			keep = append(keep, p)
		}
	}
	r.live = keep
	r.mu.Unlock()
	r.log.Info("rescale: pollers 3 → 2")
	r.note("pollers 3 → 2")
	for _, p := range old {
		p.stop(30 * time.Second)
	}
	for i := range 2 {
		p := r.newProc(cfg, fmt.Sprintf("poll-%d", i), "poll", "--pollers", "2", "--poller-index", fmt.Sprint(i))
		p.log = filepath.Join(r.o.dir, "logs", fmt.Sprintf("poll2-%d.log", i))
		p.name = fmt.Sprintf("poll2-%d", i)
		if ctx.Err() != nil {
			return
		}
		if err := p.start(r.o.bin); err != nil {
			r.log.Error("rescale", "err", err)
			continue
		}
		r.mu.Lock()
		r.procs = append(r.procs, p)
		r.live = append(r.live, p)
		r.mu.Unlock()
	}
}

// progress logs counts every 15 s and samples the peak RSS.
func (r *run) progress(ctx context.Context, t0 time.Time) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(15 * time.Second):
		}
		r.mu.Lock()
		live := append([]*proc(nil), r.live...)
		r.mu.Unlock()
		for _, p := range live {
			p.sample()
		}
		r.sampleServices()
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		st, _ := r.es.count(cctx, "chaos-stories")
		ev, _ := r.es.count(cctx, "chaos-events")
		al, _ := r.es.count(cctx, "chaos-alerts")
		cancel()
		lctx, lcancel := context.WithTimeout(ctx, 10*time.Second)
		_, lagText := lags(lctx, r.o.broker, [][2]string{{"chaos.work", "chaos.stories"}, {"chaos.index", "chaos.analyses"}, {"chaos.index", "chaos.events"}, {"chaos.track", "chaos.stances"}, {"chaos.alert-judge", "chaos.alert-inputs"}})
		lcancel()
		r.log.Info("progress", "t", time.Since(t0).Round(time.Second), "served", r.feedSrv.servedCount(), "indexed(all)", st,
			"events", ev, "alerts", al, "webhook posts", len(r.sink.snapshot("/hook")), "feed GETs", r.feedSrv.gets.Load(), "304s", r.feedSrv.n304.Load(),
			"lag", lagText, "load", loadavg())
	}
}

// quiesce waits until every story appeared, every served story is in the
// index and the events and alerts counts held still for 15 s, or the
// drain deadline. It reports whether quiescence was reached.
func (r *run) quiesce(ctx context.Context, t0 time.Time) (bool, error) {
	deadline := t0.Add(r.o.arrive + r.o.drain)
	// Leave time for the checks and the clean run.
	if d := r.end.Add(-(r.o.cleanWait + 40*time.Second)); d.Before(deadline) {
		deadline = d
	}
	var lastEv, lastAl, stable int
	for {
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(5 * time.Second):
		}
		if time.Now().After(deadline) {
			return false, nil
		}
		if time.Since(t0) < r.o.arrive+30*time.Second || r.outages.Load() > 0 {
			stable = 0
			continue // kills and outages still due
		}
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		st, err1 := r.es.count(cctx, "chaos-stories")
		ev, err2 := r.es.count(cctx, "chaos-events")
		al, err3 := r.es.count(cctx, "chaos-alerts")
		cancel()
		if err1 != nil || err2 != nil || err3 != nil {
			stable = 0
			continue
		}
		served := r.feedSrv.servedCount()
		if st < served+r.o.latStories {
			stable = 0
			continue
		}
		lctx, lcancel := context.WithTimeout(ctx, 20*time.Second)
		behind, lagText := lags(lctx, r.o.broker, [][2]string{{"chaos.track", "chaos.stances"}, {"chaos.alert", "chaos.analyses"}, {"chaos.alert", "chaos.events"}, {"chaos.alert-judge", "chaos.alert-inputs"}, {"chaos.alert-delivery", "chaos.alerts"}, {"chaos.index", "chaos.analyses"}, {"chaos.index", "chaos.events"}, {"chaos.index", "chaos.alerts"}})
		lcancel()
		if behind != 0 {
			r.log.Info("not drained", "lag", lagText)
		}
		if ev == lastEv && al == lastAl && behind == 0 {
			stable++
		} else {
			stable = 0
		}
		lastEv, lastAl = ev, al
		if stable >= 3 {
			return true, nil
		}
	}
}

// checkServiceEnv makes sure the outage scripts, which read
// KHABAR_KAFKA_PORT and KHABAR_ES_PORT, would stop the chaos broker and
// node and never the shared ones: the ports must match -kafka and -es and
// a services dir of the run's own must be set.
func checkServiceEnv(o options) error {
	_, kport, err := net.SplitHostPort(o.broker)
	if err != nil {
		return fmt.Errorf("-kafka %q: %w", o.broker, err)
	}
	u, err := url.Parse(o.esURL)
	if err != nil || u.Port() == "" {
		return fmt.Errorf("-es %q: want http://host:port", o.esURL)
	}
	if os.Getenv("KHABAR_KAFKA_PORT") != kport || os.Getenv("KHABAR_ES_PORT") != u.Port() || os.Getenv("KHABAR_SERVICES_DIR") == "" {
		return fmt.Errorf("KHABAR_KAFKA_PORT=%q, KHABAR_ES_PORT=%q and KHABAR_SERVICES_DIR=%q must name the chaos services (ports %s and %s, their own dir): the outages stop what they name (run scripts/chaos.sh)",
			os.Getenv("KHABAR_KAFKA_PORT"), os.Getenv("KHABAR_ES_PORT"), os.Getenv("KHABAR_SERVICES_DIR"), kport, u.Port())
	}
	return nil
}

// loadavg is the 1-minute load average (for the log), or "?".
func loadavg() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(raw))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}
