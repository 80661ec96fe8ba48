// Command khabar is the one binary of the khabar pipeline: its subcommands
// only parse flags and wire stages to connectors. The whole pipeline, for
// both ways of running it, is pipelineGraph in pipeline.go.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/khabar/khabar/deploy"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline/alert"
)

// version is set by the linker (-ldflags "-X main.version=…"); otherwise
// the build info gives the module version and the VCS revision.
var version = ""

// versionString is "khabar v1.2.3 (rev abc123def456, 2026-01-02T03:04:05Z,
// modified)": the module version and the VCS revision from the build info.
func versionString(info *debug.BuildInfo, ok bool) string {
	v := version
	var rev, at string
	modified := false
	if ok {
		if v == "" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	out := "khabar " + v
	var parts []string
	if rev != "" {
		parts = append(parts, "rev "+rev[:min(12, len(rev))])
	}
	if at != "" {
		parts = append(parts, at)
	}
	if modified {
		parts = append(parts, "modified")
	}
	if ok {
		parts = append(parts, info.GoVersion)
	}
	if len(parts) > 0 {
		out += " (" + strings.Join(parts, ", ") + ")"
	}
	return out
}

// app carries what every subcommand shares: the global flags, the loaded
// configuration and the logger. It is built once in main, never global.
type app struct {
	configPath string
	logFormat  string
	logLevel   string
	stdout     io.Writer
	stderr     io.Writer
	getenv     func(string) (string, bool)

	root *cobra.Command
	cfg  *config.Config
	log  *slog.Logger
}

// exitError carries a process exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := execute(ctx, os.Args[1:], os.Stdout, os.Stderr, os.LookupEnv)
	stop()
	os.Exit(code)
}

// execute runs the command line and returns the exit code.
func execute(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) (string, bool)) int {
	a := &app{stdout: stdout, stderr: stderr, getenv: getenv}
	root := a.newRootCmd()
	usageExits2(root)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "khabar:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	if strings.HasPrefix(err.Error(), "unknown command") {
		return 2 // cobra's own, before any command runs
	}
	return 1
}

// usageExits2 makes every usage error (an unknown or bad flag, wrong
// arguments) exit 2, as documented, and say where to read the usage.
func usageExits2(root *cobra.Command) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
			if strings.Contains(err.Error(), "unknown shorthand flag") && c.Name() == "search" {
				// -मस्क is an excluded word, not a flag, after --.
				return &exitError{code: 2, err: fmt.Errorf("%w; to exclude a word, put -- before the query: khabar search -- मस्क -टेस्ला", err)}
			}
			return &exitError{code: 2, err: fmt.Errorf("%w (see khabar %s --help)", err, c.Name())}
		})
		if args := c.Args; args != nil {
			c.Args = func(c *cobra.Command, a []string) error {
				if err := args(c, a); err != nil {
					return &exitError{code: 2, err: fmt.Errorf("%s: %w (see khabar %s --help)", c.CommandPath(), err, c.Name())}
				}
				return nil
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

func (a *app) newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "khabar",
		Short: "Streaming monitor of Hindi news: tracked people, deals, directed stance and feuds",
		Long: `khabar polls Hindi news feeds, finds the people, organisations and deals
you track, reads who speaks against or for whom, notices when a relationship
turns, and makes all of it searchable and alertable.

With no services at all it runs on an embedded index (Bleve) and local state;
with Kafka and Elasticsearch configured, the same stages scale out.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	pf := root.PersistentFlags()
	pf.StringVarP(&a.configPath, "config", "c", "", "configuration file (default deploy/khabar.yaml; env KHABAR_CONFIG)")
	pf.StringVar(&a.logFormat, "log-format", "", "log format: auto (text on a terminal, JSON otherwise), text, json")
	pf.StringVar(&a.logLevel, "log-level", "", "log level: debug, info, warn, error")
	config.RegisterFlags(pf)
	for _, s := range configSettingNames() {
		_ = pf.MarkHidden(s)
	}
	root.SetHelpCommandGroupID("")
	a.root = root

	setup := &cobra.Command{Use: "setup", Short: "Install what the distributed mode needs (Kafka topics, Elasticsearch templates, Kibana objects)"}
	// Setup subcommands are added below as they land.
	setup.AddCommand(a.newSetupElasticsearchCmd(), a.newSetupKibanaCmd())
	setup.AddCommand(a.newSetupKafkaCmd())
	root.AddCommand(
		a.newRunCmd(),
		a.newSearchCmd(),
		a.newVersionCmd(),
		a.newConfigCmd(),
		setup,
	)
	// Commands contributed by other stages' work, one per line:
	root.AddCommand(a.newAlertsCmd())
	root.AddCommand(a.newFeedsCmd())
	root.AddCommand(newAnalyzeCmd(a))
	root.AddCommand(newTrainCmd(a))
	root.AddCommand(a.newPairsCmds()...)
	root.AddCommand(a.newKafkaRoleCmds()...)
	return root
}

func configSettingNames() []string {
	var c config.Config
	var out []string
	for _, s := range config.Settings(&c) {
		out = append(out, s.Name)
	}
	return out
}

// config loads the configuration once: defaults, file, environment, flags.
// An invalid file is an exitError with code 2 naming the file, line and field.
func (a *app) config() (*config.Config, error) {
	if a.cfg != nil {
		return a.cfg, nil
	}
	path, explicit := a.configPath, a.configPath != ""
	if !explicit {
		if v, ok := a.getenv("KHABAR_CONFIG"); ok && v != "" {
			path, explicit = v, true
		} else {
			path = "deploy/khabar.yaml"
		}
	}
	cfg, err := config.Load(path, explicit)
	if err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("invalid configuration: %w", err)}
	}
	if err := config.ApplyEnv(&cfg, a.getenv); err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("invalid configuration: %w", err)}
	}
	if err := config.ApplyFlags(&cfg, a.root.PersistentFlags()); err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("invalid configuration: %w", err)}
	}
	if a.logFormat != "" {
		cfg.Log.Format = a.logFormat
	}
	if a.logLevel != "" {
		cfg.Log.Level = a.logLevel
	}
	if err := cfg.Validate(); err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("invalid configuration (%s): %w", path, err)}
	}
	if err := cfg.CheckFiles(); err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("invalid configuration: %w", err)}
	}
	a.cfg = &cfg
	return a.cfg, nil
}

// logger builds the slog logger from the configuration: text on a terminal,
// JSON otherwise (or as --log-format says).
func (a *app) logger() *slog.Logger {
	if a.log != nil {
		return a.log
	}
	format, level := "auto", slog.LevelInfo
	if cfg, err := a.config(); err == nil {
		format = cfg.Log.Format
		_ = level.UnmarshalText([]byte(cfg.Log.Level))
	} else if a.logFormat != "" {
		format = a.logFormat
	}
	if format == "auto" {
		format = "json"
		if f, ok := a.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			format = "text"
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewJSONHandler(a.stderr, opts)
	if format == "text" {
		h = slog.NewTextHandler(a.stderr, opts)
	}
	a.log = slog.New(h)
	return a.log
}

// loadWatchlist loads the watchlist at path; when path is the default
// (deploy/watchlist.yaml relative to a directory without it, as outside
// the clone) it loads the built-in copy instead. Any other missing path
// is an error naming the setting and the resolved path.
func loadWatchlist(path string) (*watchlist.Watchlist, error) {
	if builtin(path, config.Default().Watchlist) {
		return watchlist.Parse("built-in deploy/watchlist.yaml", deploy.Watchlist)
	}
	wl, err := watchlist.Load(path)
	if err != nil {
		return nil, fmt.Errorf("watchlist (%s): %w", absPath(path), err)
	}
	return wl, nil
}

// loadRules loads the alert rules at path, or the built-in ones as
// loadWatchlist does.
func loadRules(path string, types alert.EntityTypes) ([]alert.Rule, error) {
	if builtin(path, config.Default().Alerts) {
		return alert.ParseRules("built-in deploy/alerts.yaml", deploy.Alerts, types)
	}
	rules, err := alert.LoadRules(path, types)
	if err != nil {
		return nil, fmt.Errorf("alerts (%s): %w", absPath(path), err)
	}
	return rules, nil
}

// builtin reports whether path is the default def and names no file here.
func builtin(path, def string) bool {
	if path != def && !strings.HasSuffix(filepath.ToSlash(path), "/"+def) {
		return false
	}
	_, err := os.Stat(path)
	return errors.Is(err, os.ErrNotExist)
}

func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// configFileName is the configuration file in use (for messages).
func (a *app) configFileName() string {
	if a.configPath != "" {
		return a.configPath
	}
	if v, ok := a.getenv("KHABAR_CONFIG"); ok && v != "" {
		return v
	}
	return "deploy/khabar.yaml"
}

// watchlistPath is the configured watchlist file.
func (a *app) watchlistPath() string {
	if cfg, err := a.config(); err == nil {
		return cfg.Watchlist
	}
	return "deploy/watchlist.yaml"
}

// isTerminal reports whether w is a terminal (tables and progress bars there,
// plain lines or JSON otherwise).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (a *app) newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			info, ok := debug.ReadBuildInfo()
			fmt.Fprintln(cmd.OutOrStdout(), versionString(info, ok))
		},
	}
}

func (a *app) newConfigCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and every setting's flag and environment variable",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			for _, s := range config.Settings(cfg) {
				fmt.Fprintf(cmd.OutOrStdout(), "%-40s %-45s %s\n", s.Name, s.Env, s.String())
			}
			return nil
		},
	}
}
