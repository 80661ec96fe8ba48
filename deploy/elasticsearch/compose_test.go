package elasticsearch

import (
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/khabar/khabar/internal/config"
)

// There is no Docker engine on this machine class: this test keeps
// docker-compose.yml correct by reading it.
type composeFile struct {
	Services map[string]struct {
		Image string `yaml:"image"`
		Build *struct {
			Context    string `yaml:"context"`
			Dockerfile string `yaml:"dockerfile"`
		} `yaml:"build"`
		Command     any               `yaml:"command"`
		Ports       []string          `yaml:"ports"`
		Environment map[string]string `yaml:"environment"`
		DependsOn   map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
		Healthcheck *struct {
			Test []string `yaml:"test"`
		} `yaml:"healthcheck"`
	} `yaml:"services"`
}

func TestDockerCompose(t *testing.T) {
	raw, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	if err := yaml.Unmarshal(raw, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	roles := []string{"poll", "work", "track", "index"}
	for _, name := range append([]string{"kafka", "elasticsearch", "kibana", "setup"}, roles...) {
		if _, ok := c.Services[name]; !ok {
			t.Errorf("service %s missing", name)
		}
	}
	settings := map[string]bool{"KHABAR_KIBANA_URL": true, "KHABAR_CONFIG": true}
	var cfg config.Config
	for _, s := range config.Settings(&cfg) {
		settings[s.Env] = true
	}
	for name, s := range c.Services {
		t.Run(name, func(t *testing.T) {
			if s.Image == "" || strings.HasSuffix(s.Image, ":latest") || !strings.Contains(s.Image, ":") {
				t.Errorf("image %q: want a pinned tag", s.Image)
			}
			for dep, d := range s.DependsOn {
				if _, ok := c.Services[dep]; !ok {
					t.Errorf("depends on unknown service %s", dep)
				}
				if c.Services[dep].Healthcheck == nil && d.Condition == "service_healthy" {
					t.Errorf("waits for %s to be healthy, which has no healthcheck", dep)
				}
			}
			for env := range s.Environment {
				if strings.HasPrefix(env, "KHABAR_") && !settings[env] {
					t.Errorf("environment %s names no khabar setting", env)
				}
			}
		})
	}
	es, kb := c.Services["elasticsearch"], c.Services["kibana"]
	if !strings.Contains(es.Image, "elasticsearch:8.19.") || !strings.Contains(kb.Image, "kibana:8.19.") {
		t.Errorf("images %q, %q: want Elasticsearch and Kibana 8.19 (the client's own)", es.Image, kb.Image)
	}
	if !slices.Contains(kb.Ports, "5601:5601") || !slices.Contains(es.Ports, "9200:9200") {
		t.Errorf("ports: kibana %v, elasticsearch %v", kb.Ports, es.Ports)
	}
	if es.Environment["discovery.type"] != "single-node" {
		t.Error("elasticsearch: want single-node")
	}
	if c.Services["kafka"].Environment["KAFKA_PROCESS_ROLES"] != "broker,controller" {
		t.Error("kafka: want KRaft (broker,controller), no ZooKeeper")
	}
	setup := c.Services["setup"]
	for _, dep := range []string{"kafka", "elasticsearch", "kibana"} {
		if setup.DependsOn[dep].Condition != "service_healthy" {
			t.Errorf("setup must wait for %s to be healthy", dep)
		}
	}
	cmd, _ := setup.Command.([]any)
	if len(cmd) == 0 || !strings.Contains(cmd[0].(string), "khabar setup elasticsearch") || !strings.Contains(cmd[0].(string), "khabar setup kibana") {
		t.Errorf("setup command %v", setup.Command)
	}
	for _, r := range roles {
		s := c.Services[r]
		if s.Build == nil || s.Build.Dockerfile != "deploy/Dockerfile" {
			t.Errorf("%s: want built from deploy/Dockerfile", r)
		}
		if s.DependsOn["setup"].Condition != "service_completed_successfully" {
			t.Errorf("%s: must start after setup completed", r)
		}
		if args, _ := s.Command.([]any); len(args) != 1 || args[0] != r {
			t.Errorf("%s: command %v, want [%s]", r, s.Command, r)
		}
		if s.Environment["KHABAR_SINK_KIND"] != "elasticsearch" || s.Environment["KHABAR_BUS_KIND"] != "kafka" {
			t.Errorf("%s: want the kafka bus and the elasticsearch sink", r)
		}
	}
	if _, err := os.Stat("../Dockerfile"); err != nil {
		t.Errorf("deploy/Dockerfile: %v", err)
	}
}
