package main

import (
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestPipelineGraphShape: every stage of the graph names a role, a topic
// and a group, and exactly one of a handler and a consumer; no two stages
// read one topic in one group (they would split its messages); every role
// runs something.
func TestPipelineGraphShape(t *testing.T) {
	g := pipelineGraph(&parts{})
	seen := map[[2]string]string{}
	runs := map[string]int{}
	known := map[string]bool{}
	for _, r := range roleOrder() {
		known[r] = true
	}
	for _, s := range g.stages {
		rt := s.route
		if !known[s.role] || rt.Stage == "" || rt.Topic == "" || rt.Group == "" {
			t.Errorf("stage %+v: role, stage, topic and group must be set (roles %v)", rt, roleOrder())
		}
		if (s.handler == nil) == (s.consume == nil) {
			t.Errorf("stage %s on %s: want exactly one of handler and consume", rt.Stage, rt.Topic)
		}
		k := [2]string{rt.Topic, rt.Group}
		if other, dup := seen[k]; dup {
			t.Errorf("stages %s and %s both read %s in group %s", other, rt.Stage, rt.Topic, rt.Group)
		}
		seen[k] = rt.Stage
		runs[s.role]++
	}
	for _, f := range g.front {
		if !known[f.role] || f.name == "" || f.run == nil {
			t.Errorf("front part %q of role %q: role, name and run must be set", f.name, f.role)
		}
		runs[f.role]++
	}
	for _, r := range roleOrder() {
		if runs[r] == 0 {
			t.Errorf("role %s runs nothing", r)
		}
	}
	// The topics a stage's outputs go to are read by some stage.
	for _, topic := range []string{pipeline.TopicStories, pipeline.TopicAnalyses, pipeline.TopicStances, pipeline.TopicEvents, pipeline.TopicAlerts} {
		read := false
		for k := range seen {
			read = read || k[0] == topic
		}
		if !read {
			t.Errorf("nothing reads %s", topic)
		}
	}
}
