package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func noEnv(string) (string, bool) { return "", false }

func TestInvalidConfigExitsBeforeStarting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.yaml")
	os.WriteFile(path, []byte("data_dir: x\nfeeds:\n  - url: https://a.example/f\n    categry: tech\n"), 0o644)
	var out, errb bytes.Buffer
	code := execute(context.Background(), []string{"run", "--config", path}, &out, &errb, noEnv)
	if code != 2 {
		t.Fatalf("exit %d, want 2; stderr %s", code, errb.String())
	}
	if msg := errb.String(); !strings.Contains(msg, path+":4") || !strings.Contains(msg, "categry") {
		t.Errorf("error does not name file:line and field: %s", msg)
	}
	if strings.Contains(out.String(), "running") {
		t.Error("khabar started despite the invalid file")
	}
}

func TestMissingExplicitConfig(t *testing.T) {
	var out, errb bytes.Buffer
	if code := execute(context.Background(), []string{"run", "--config", "/nonexistent/k.yaml"}, &out, &errb, noEnv); code != 2 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(errb.String(), "/nonexistent/k.yaml") {
		t.Errorf("stderr: %s", errb.String())
	}
}

func TestVersionAndHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := execute(context.Background(), []string{"version"}, &out, &errb, noEnv); code != 0 || !strings.HasPrefix(out.String(), "khabar ") {
		t.Errorf("version: %d %q", code, out.String())
	}
	out.Reset()
	if code := execute(context.Background(), []string{"help"}, &out, &errb, noEnv); code != 0 {
		t.Errorf("help: %d", code)
	}
	for _, c := range []string{"run", "search", "analyze", "setup"} {
		if !strings.Contains(out.String(), c) {
			t.Errorf("help lacks %s:\n%s", c, out.String())
		}
	}
	if code := execute(context.Background(), []string{"nosuchcommand"}, &out, &errb, noEnv); code == 0 {
		t.Error("unknown command exited 0")
	}
}
