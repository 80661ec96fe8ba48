package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// proc is one khabar role process; it is restarted with the same command.
type proc struct {
	name string
	args []string
	env  []string
	log  string

	mu      sync.Mutex
	cmd     *exec.Cmd
	done    chan struct{} // closed when the current process exited
	starts  int
	kills   int
	maxHWM  int64 // kB, over every run of this process
	exitErr error
	// exited is when the current process ended; expected says the harness
	// ended it (kill -9 or stop); crashes counts the exits it did not
	// cause (e.g. a start-up refused while the broker was down).
	exited    time.Time
	expected  bool
	crashes   int
	lastCrash string
	// cpuDone is the CPU time (user+system) of the runs that ended;
	// cpuNow the last sample of the current run.
	cpuDone, cpuNow time.Duration
}

func (p *proc) start(bin string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(p.log), 0o755); err != nil {
		return fmt.Errorf("%s: log dir: %w", p.name, err)
	}
	lf, err := os.OpenFile(p.log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("%s: log: %w", p.name, err)
	}
	fmt.Fprintf(lf, "=== chaos: start #%d at %s: khabar %s\n", p.starts+1, time.Now().UTC().Format(time.RFC3339Nano), strings.Join(p.args, " "))
	cmd := exec.Command(bin, p.args...)
	cmd.Env = append(os.Environ(), p.env...)
	cmd.Stdout, cmd.Stderr = lf, lf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		lf.Close()
		return fmt.Errorf("%s: start: %w", p.name, err)
	}
	p.starts++
	p.expected = false
	p.cmd = cmd
	done := make(chan struct{})
	p.done = done
	go func() {
		err := cmd.Wait()
		lf.Close()
		p.mu.Lock()
		p.exitErr = err
		p.exited = time.Now()
		if ps := cmd.ProcessState; ps != nil {
			p.cpuDone += ps.UserTime() + ps.SystemTime()
		}
		p.cpuNow = 0
		if !p.expected {
			p.crashes++
			p.lastCrash = fmt.Sprintf("%v: %s", err, lastLine(p.log))
		}
		p.mu.Unlock()
		close(done)
	}()
	return nil
}

// running reports whether the current process is alive.
func (p *proc) running() bool {
	p.mu.Lock()
	done := p.done
	p.mu.Unlock()
	if done == nil {
		return false
	}
	select {
	case <-done:
		return false
	default:
		return true
	}
}

// sample reads VmHWM (peak resident set, kB) of the running process.
func (p *proc) sample() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	kb, err := vmHWM(p.cmd.Process.Pid)
	if err == nil && kb > p.maxHWM {
		p.maxHWM = kb
	}
	if p.cmd.ProcessState == nil {
		if c, err := cpuTime(p.cmd.Process.Pid); err == nil {
			p.cpuNow = c
		}
	}
}

// cpu is the process's CPU time over all its runs, as last sampled.
func (p *proc) cpu() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cpuDone + p.cpuNow
}

// cpuTime reads a process's user+system CPU time from /proc/PID/stat.
func cpuTime(pid int) (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("pid %d stat: %w", pid, err)
	}
	// The command name may hold spaces: fields count from after its ")".
	i := bytes.LastIndexByte(raw, ')')
	if i < 0 {
		return 0, fmt.Errorf("pid %d stat: no command name", pid)
	}
	f := strings.Fields(string(raw[i+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("pid %d stat: %d fields", pid, len(f))
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("pid %d stat: utime %q stime %q", pid, f[11], f[12])
	}
	const clkTck = 100 // USER_HZ on Linux
	return time.Duration(ut+st) * time.Second / clkTck, nil
}

// serviceCPU follows the CPU time of a service whose pid file names its
// current process (a restart makes a new one): every pid seen is summed.
type serviceCPU struct {
	name, pidFile string
	mu            sync.Mutex
	byPID         map[int]time.Duration
}

func (s *serviceCPU) sample() {
	raw, err := os.ReadFile(s.pidFile)
	if err != nil {
		return // stopped, or not started by this run's scripts
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		return
	}
	c, err := cpuTime(pid)
	if err != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.byPID == nil {
		s.byPID = map[int]time.Duration{}
	}
	if c > s.byPID[pid] {
		s.byPID[pid] = c
	}
}

func (s *serviceCPU) total() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	var t time.Duration
	for _, c := range s.byPID {
		t += c
	}
	return t
}

func vmHWM(pid int) (int64, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("pid %d status: %w", pid, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			f := strings.Fields(v)
			if len(f) > 0 {
				return strconv.ParseInt(f[0], 10, 64)
			}
		}
	}
	return 0, fmt.Errorf("pid %d: no VmHWM", pid)
}

// signal sends sig to the process (not its group: khabar starts no children).
func (p *proc) signal(sig syscall.Signal) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil || p.cmd.Process == nil {
		return fmt.Errorf("%s: not started", p.name)
	}
	return p.cmd.Process.Signal(sig)
}

// kill9 samples the peak RSS, kills the process with SIGKILL and waits
// for it to be gone.
func (p *proc) kill9(ctx context.Context) error {
	p.sample()
	p.mu.Lock()
	p.expected = true
	p.mu.Unlock()
	if err := p.signal(syscall.SIGKILL); err != nil {
		return err
	}
	p.mu.Lock()
	p.kills++
	done := p.done
	p.mu.Unlock()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// stop sends SIGTERM and waits up to grace, then SIGKILL.
func (p *proc) stop(grace time.Duration) {
	if !p.running() {
		return
	}
	p.sample()
	p.mu.Lock()
	p.expected = true
	p.mu.Unlock()
	_ = p.signal(syscall.SIGTERM)
	p.mu.Lock()
	done := p.done
	p.mu.Unlock()
	select {
	case <-done:
	case <-time.After(grace):
		_ = p.signal(syscall.SIGKILL)
		<-done
	}
}

// tail returns the last n lines of the process log.
func (p *proc) tail(n int) string {
	raw, err := os.ReadFile(p.log)
	if err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	for i, l := range lines {
		if len(l) > 400 {
			lines[i] = l[:400] + "…"
		}
	}
	return strings.Join(lines, "\n")
}

// deadFor reports whether the process has been gone for at least d.
func (p *proc) deadFor(d time.Duration) bool {
	if p.running() {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return !p.exited.IsZero() && time.Since(p.exited) >= d
}

func lastLine(path string) string {
	raw, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	return truncate(lines[len(lines)-1], 300)
}
