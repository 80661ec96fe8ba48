package config

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
)

// Setting is one overridable scalar setting.
type Setting struct {
	Name  string // dotted: sink.elasticsearch.urls
	Env   string // KHABAR_SINK_ELASTICSEARCH_URLS
	field reflect.Value
}

// Settings lists every scalar setting of cfg, in declaration order. Slices
// of structs (feeds) are not scalar settings.
func Settings(cfg *Config) []Setting {
	var out []Setting
	walk(reflect.ValueOf(cfg).Elem(), "", &out)
	return out
}

func walk(v reflect.Value, prefix string, out *[]Setting) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		name := tag
		if prefix != "" {
			name = prefix + "." + tag
		}
		fv := v.Field(i)
		switch {
		case fv.Kind() == reflect.Struct && fv.Type() != reflect.TypeOf(time.Time{}):
			walk(fv, name, out)
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() != reflect.String:
			// not a scalar setting
		default:
			env := "KHABAR_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(name))
			*out = append(*out, Setting{Name: name, Env: env, field: fv})
		}
	}
}

// Set parses s into the setting.
func (s Setting) Set(val string) error {
	fv := s.field
	switch {
	case fv.Type() == reflect.TypeOf(time.Duration(0)):
		d, err := time.ParseDuration(val)
		if err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		fv.SetInt(int64(d))
	case fv.Kind() == reflect.String:
		fv.SetString(val)
	case fv.Kind() == reflect.Bool:
		b, err := strconv.ParseBool(val)
		if err != nil {
			return fmt.Errorf("%s: %q is not a boolean", s.Name, val)
		}
		fv.SetBool(b)
	case fv.Kind() >= reflect.Int && fv.Kind() <= reflect.Int64:
		n, err := strconv.ParseInt(val, 10, 64)
		if err != nil {
			return fmt.Errorf("%s: %q is not an integer", s.Name, val)
		}
		fv.SetInt(n)
	case fv.Kind() == reflect.Float64 || fv.Kind() == reflect.Float32:
		n, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return fmt.Errorf("%s: %q is not a number", s.Name, val)
		}
		fv.SetFloat(n)
	case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.String:
		var parts []string
		for _, p := range strings.Split(val, ",") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		fv.Set(reflect.ValueOf(parts))
	default:
		return fmt.Errorf("%s: unsupported setting type %s", s.Name, fv.Type())
	}
	return nil
}

// ApplyEnv applies every KHABAR_* variable that names a setting, with
// lookup (os.LookupEnv in production).
func ApplyEnv(cfg *Config, lookup func(string) (string, bool)) error {
	for _, s := range Settings(cfg) {
		if v, ok := lookup(s.Env); ok {
			if err := s.Set(v); err != nil {
				return fmt.Errorf("environment %s: %w", s.Env, err)
			}
		}
	}
	return nil
}

// RegisterFlags adds a --dotted.name string flag for every setting to fs.
// Their values are applied with ApplyFlags after parsing.
func RegisterFlags(fs *pflag.FlagSet) {
	var c Config
	for _, s := range Settings(&c) {
		if fs.Lookup(s.Name) != nil {
			continue
		}
		fs.String(s.Name, "", "override "+s.Name+" (env "+s.Env+")")
	}
}

// ApplyFlags applies every changed setting flag of fs to cfg.
func ApplyFlags(cfg *Config, fs *pflag.FlagSet) error {
	for _, s := range Settings(cfg) {
		f := fs.Lookup(s.Name)
		if f == nil || !f.Changed {
			continue
		}
		if err := s.Set(f.Value.String()); err != nil {
			return fmt.Errorf("flag --%s: %w", s.Name, err)
		}
	}
	return nil
}

// String renders the setting's current value.
func (s Setting) String() string {
	fv := s.field
	if fv.Kind() == reflect.Slice {
		parts := make([]string, fv.Len())
		for i := range parts {
			parts[i] = fv.Index(i).String()
		}
		return strings.Join(parts, ",")
	}
	if fv.Type() == reflect.TypeOf(time.Duration(0)) {
		return time.Duration(fv.Int()).String()
	}
	if strings.Contains(strings.ToLower(s.Name), "password") || strings.Contains(strings.ToLower(s.Name), "api_key") || strings.Contains(strings.ToLower(s.Name), "secret") {
		if fv.String() != "" {
			return "(set, hidden)"
		}
	}
	return fmt.Sprint(fv.Interface())
}
