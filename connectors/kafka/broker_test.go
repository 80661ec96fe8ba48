package kafka_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
)

func TestUnreachableBroker(t *testing.T) {
	// A port nothing listens on: refused at once, and the error must say
	// which address and that it is unreachable — never hang.
	cfg := kafka.DefaultConfig()
	cfg.Brokers = []string{"127.0.0.1:1"}
	cfg.DialTimeout = 2 * time.Second
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	_, err := kafka.New(ctx, cfg, nil)
	if !errors.Is(err, kafka.ErrUnreachable) {
		t.Fatalf("New with a dead address: got %v, want ErrUnreachable", err)
	}
	if ctx.Err() != nil {
		t.Fatalf("New waited for the caller's deadline instead of its own dial timeout: %v", err)
	}
	if !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("error %q does not name the address", err)
	}
	if _, err := kafka.Setup(ctx, cfg, nil); !errors.Is(err, kafka.ErrUnreachable) {
		t.Fatalf("Setup with a dead address: got %v, want ErrUnreachable", err)
	}
}

func TestMissingTopic(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	brokers := map[string]string{"kfake": c.ListenAddrs()[0]}
	if addr := os.Getenv("KHABAR_TEST_KAFKA"); addr != "" {
		brokers["real"] = addr
	}
	for name, addr := range brokers {
		t.Run(name, func(t *testing.T) {
			cfg := testConfig(t, addr)
			b, err := kafka.New(t.Context(), cfg, testLogger(t))
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			check := func(op string, err error) {
				t.Helper()
				if !errors.Is(err, kafka.ErrMissingTopic) {
					t.Fatalf("%s on a missing topic: got %v, want ErrMissingTopic", op, err)
				}
				for _, want := range []string{cfg.TopicPrefix + "stories", "khabar setup kafka"} {
					if !strings.Contains(err.Error(), want) {
						t.Fatalf("%s error %q does not mention %q", op, err, want)
					}
				}
			}
			_, err = b.Subscribe(t.Context(), pipeline.TopicStories, "g")
			check("Subscribe", err)
			m := pipeline.NewMessage("k", []byte(`{}`))
			check("Publish", b.Publish(t.Context(), pipeline.TopicStories, m))
			select {
			case <-m.Done():
				if m.Err() == nil {
					t.Fatal("message to a missing topic was acked")
				}
			default:
				t.Fatal("message to a missing topic neither acked nor nacked")
			}
		})
	}
}

func TestSetupIdempotent(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	cfg.Retention = 36 * time.Hour
	ctx := t.Context()
	first, err := kafka.Setup(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Partitions = 4
	second, err := kafka.Setup(ctx, cfg, nil)
	if err != nil {
		t.Fatalf("second setup: %v", err)
	}
	if len(first) != len(kafka.Topics()) || len(second) != len(first) {
		t.Fatalf("setup touched %d then %d topics, want %d", len(first), len(second), len(kafka.Topics()))
	}
	for i := range first {
		if first[i].Action != "created" || second[i].Action != "partitions-added" || second[i].Partitions != 4 {
			t.Fatalf("topic %s: first %+v, second %+v", first[i].Topic, first[i], second[i])
		}
	}
	cl := &kafkago.Client{Addr: kafkago.TCP(addr), Transport: &kafkago.Transport{MetadataTTL: time.Second}} // not the shared default: its metadata cache may predate our topics
	meta, err := cl.Metadata(ctx, &kafkago.MetadataRequest{Topics: []string{cfg.Topic("stories")}})
	if err != nil || len(meta.Topics) != 1 || len(meta.Topics[0].Partitions) != 4 {
		t.Fatalf("stories after raising partitions: %+v, %v", meta, err)
	}
	desc, err := cl.DescribeConfigs(ctx, &kafkago.DescribeConfigsRequest{Resources: []kafkago.DescribeConfigRequestResource{
		{ResourceType: kafkago.ResourceTypeTopic, ResourceName: cfg.Topic("stories"), ConfigNames: []string{"retention.ms", "cleanup.policy"}},
		{ResourceType: kafkago.ResourceTypeTopic, ResourceName: cfg.Topic(kafka.TopicTrackState), ConfigNames: []string{"cleanup.policy"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range desc.Resources {
		for _, e := range r.ConfigEntries {
			got[strings.TrimPrefix(r.ResourceName, cfg.TopicPrefix)+" "+e.ConfigName] = e.ConfigValue
		}
	}
	want := map[string]string{
		"stories retention.ms":       fmt.Sprint((36 * time.Hour).Milliseconds()),
		"stories cleanup.policy":     "delete",
		"track-state cleanup.policy": "compact",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
}

// kcatRecord is one line of `kcat -C -J`.
type kcatRecord struct {
	Topic     string   `json:"topic"`
	Partition int      `json:"partition"`
	Offset    int64    `json:"offset"`
	Headers   []string `json:"headers"`
	Key       string   `json:"key"`
	Payload   string   `json:"payload"`
}

func kcat(t *testing.T, stdin []byte, args ...string) []byte {
	t.Helper()
	path, err := exec.LookPath("kcat")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("kcat not installed: run scripts/kafka.sh deps")
		}
		t.Skip("kcat not installed (scripts/kafka.sh deps)")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("kcat %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

func readKcat(t *testing.T, addr, topic string) []kcatRecord {
	t.Helper()
	out := kcat(t, nil, "-C", "-b", addr, "-t", topic, "-o", "beginning", "-e", "-q", "-J")
	var recs []kcatRecord
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r kcatRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("kcat printed %q: %v", sc.Text(), err)
		}
		recs = append(recs, r)
	}
	return recs
}

func headerMap(t *testing.T, kv []string) map[string]string {
	t.Helper()
	if len(kv)%2 != 0 {
		t.Fatalf("kcat headers %v are not key/value pairs", kv)
	}
	m := map[string]string{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

// TestWireFormatKcat writes through the bus and reads with an independent
// client: keys, the schema-version header and JSON values must be what a
// non-Go consumer sees.
func TestWireFormatKcat(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	stories := map[string]pipeline.Story{
		"a1": {ID: "a1", Title: "संसद में बजट पर बहस", Body: "वित्त मंत्री ने आज नया बजट रखा।", Published: time.Date(2026, 2, 1, 11, 0, 0, 0, time.UTC)},
		"b2": {ID: "b2", Title: "नई चिप फ़ैक्टरी की घोषणा", Body: "कंपनी ने गुजरात में संयंत्र लगाने की बात कही।", Published: time.Date(2026, 2, 2, 9, 30, 0, 0, time.UTC)},
	}
	var msgs []*pipeline.Message
	for id, s := range stories {
		v, _ := json.Marshal(s)
		msgs = append(msgs, pipeline.NewMessage(id, v))
	}
	if err := b.Publish(t.Context(), pipeline.TopicStories, msgs...); err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		<-m.Done()
		if m.Err() != nil {
			t.Fatalf("publish %s: %v", m.Key, m.Err())
		}
	}
	recs := readKcat(t, addr, cfg.Topic(pipeline.TopicStories))
	if len(recs) != len(stories) {
		t.Fatalf("kcat read %d records, want %d: %+v", len(recs), len(stories), recs)
	}
	for _, r := range recs {
		want, ok := stories[r.Key]
		if !ok {
			t.Fatalf("kcat saw unexpected key %q", r.Key)
		}
		if v := headerMap(t, r.Headers)[pipeline.HeaderSchemaVersion]; v != pipeline.SchemaVersion {
			t.Fatalf("key %s: schema-version header %q, want %q", r.Key, v, pipeline.SchemaVersion)
		}
		var got pipeline.Story
		if err := json.Unmarshal([]byte(r.Payload), &got); err != nil {
			t.Fatalf("key %s: payload %q is not JSON: %v", r.Key, r.Payload, err)
		}
		if got.ID != want.ID || got.Title != want.Title || !got.Published.Equal(want.Published) {
			t.Fatalf("key %s: decoded %+v, want %+v", r.Key, got, want)
		}
	}
}

// TestPoisonToDLQ produces with kcat (not our producer) a message of an
// unknown major version and one without a version between good ones: the
// consumer gets only the good ones, in order, and the DLQ (read with kcat)
// has both poison messages with their reason and source.
func TestPoisonToDLQ(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	cfg.Partitions = 1 // one partition: the order check covers every message
	b := newTestBus(t, cfg)
	topic := cfg.Topic(pipeline.TopicAnalyses)
	produce := func(key, value string, headers ...string) {
		args := []string{"-P", "-b", addr, "-t", topic, "-K", "\t"}
		for _, h := range headers {
			args = append(args, "-H", h)
		}
		kcat(t, []byte(key+"\t"+value+"\n"), args...)
	}
	produce("s1", `{"id":"s1"}`, "schema-version=1.0")
	produce("s2", `{"id":"s2"}`, "schema-version=2.0")
	produce("s3", `not json at all`)
	produce("s4", `{"id":"s4"}`, "schema-version=1.3")

	ch, err := b.Subscribe(t.Context(), pipeline.TopicAnalyses, "work")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for len(got) < 2 {
		select {
		case m := <-ch:
			got = append(got, m.Key)
			m.Ack()
		case <-time.After(60 * time.Second):
			t.Fatalf("got %v, want s1 and s4", got)
		}
	}
	if got[0] != "s1" || got[1] != "s4" {
		t.Fatalf("delivered %v, want [s1 s4]", got)
	}
	var recs []kcatRecord
	for deadline := time.Now().Add(60 * time.Second); len(recs) < 2 && time.Now().Before(deadline); {
		recs = readKcat(t, addr, cfg.Topic(pipeline.TopicDLQ))
		if len(recs) < 2 {
			time.Sleep(200 * time.Millisecond)
		}
	}
	if len(recs) != 2 {
		t.Fatalf("DLQ has %d records, want 2: %+v", len(recs), recs)
	}
	reasons := map[string]string{}
	for _, r := range recs {
		h := headerMap(t, r.Headers)
		var dl pipeline.DeadLetter
		if err := json.Unmarshal([]byte(r.Payload), &dl); err != nil {
			t.Fatalf("DLQ payload %q: %v", r.Payload, err)
		}
		if dl.Topic != topic || h[kafka.HeaderDLQTopic] != topic || h[kafka.HeaderDLQOffset] != fmt.Sprint(dl.Offset) || dl.Reason != h[kafka.HeaderDLQReason] {
			t.Fatalf("dead letter source/headers disagree: %+v headers %v", dl, h)
		}
		reasons[dl.Key] = dl.Reason
		if dl.Key == "s2" && (dl.Headers[pipeline.HeaderSchemaVersion] != "2.0" || string(dl.Value) != `{"id":"s2"}`) {
			t.Fatalf("dead letter of s2 lost its original: %+v", dl)
		}
	}
	if !strings.Contains(reasons["s2"], `"2.0"`) || !strings.Contains(reasons["s3"], "no schema-version") {
		t.Fatalf("reasons %v do not say what was wrong", reasons)
	}
}

// TestSASL authenticates to the broker's SASL_PLAINTEXT listener with each
// mechanism, and fails clearly with a wrong password.
func TestSASL(t *testing.T) {
	addr := realBroker(t)
	saslAddr := os.Getenv("KHABAR_TEST_KAFKA_SASL")
	if saslAddr == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("KHABAR_TEST_KAFKA_SASL not set: export KHABAR_TEST_KAFKA_SASL=127.0.0.1:9094 after scripts/kafka.sh start")
		}
		t.Skip("KHABAR_TEST_KAFKA_SASL not set")
	}
	// SCRAM users are stored in the cluster metadata: create one through
	// the admin API on the plain listener.
	const user, pass = "khabar-scram", "scram-test-secret"
	cl := &kafkago.Client{Addr: kafkago.TCP(addr), Transport: &kafkago.Transport{MetadataTTL: time.Second}} // not the shared default: its metadata cache may predate our topics
	for _, mech := range []struct {
		m kafkago.ScramMechanism
		h func() hash.Hash
		n int
	}{{kafkago.ScramMechanismSha256, sha256.New, 32}, {kafkago.ScramMechanismSha512, sha512.New, 64}} {
		salt := make([]byte, 16)
		_, _ = rand.Read(salt)
		salted, err := pbkdf2.Key(mech.h, pass, salt, 4096, mech.n)
		if err != nil {
			t.Fatal(err)
		}
		res, err := cl.AlterUserScramCredentials(t.Context(), &kafkago.AlterUserScramCredentialsRequest{
			Upsertions: []kafkago.UserScramCredentialsUpsertion{{Name: user, Mechanism: mech.m, Iterations: 4096, Salt: salt, SaltedPassword: salted}},
		})
		if err == nil && len(res.Results) > 0 {
			err = res.Results[0].Error
		}
		if err != nil {
			t.Fatalf("create SCRAM user: %v", err)
		}
	}
	tests := []struct {
		mech, user, pass string
		ok               bool
	}{
		{"PLAIN", "khabar", "khabar-test-secret", true},
		{"PLAIN", "khabar", "wrong", false},
		{"SCRAM-SHA-256", user, pass, true},
		{"SCRAM-SHA-512", user, pass, true},
		{"SCRAM-SHA-512", user, "wrong", false},
	}
	for _, tt := range tests {
		t.Run(tt.mech+"/"+fmt.Sprint(tt.ok), func(t *testing.T) {
			plainCfg := testConfig(t, addr)
			if _, err := kafka.Setup(t.Context(), plainCfg, nil); err != nil {
				t.Fatal(err)
			}
			cfg := plainCfg
			cfg.Brokers = []string{saslAddr}
			cfg.SASL = config.KafkaSASL{Mechanism: tt.mech, Username: tt.user, Password: tt.pass}
			b, err := kafka.New(t.Context(), cfg, testLogger(t))
			if !tt.ok {
				if err == nil {
					b.Close()
					t.Fatal("wrong password accepted")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			roundTrip(t, b, "sasl", "SASL", []byte(`{"via":"`+tt.mech+`"}`))
		})
	}
}

// roundTrip publishes value to the stories topic over b and fails unless
// the brokers acknowledge it and a subscriber of group receives it; over
// names the connection in failures.
func roundTrip(t *testing.T, b *kafka.Bus, group, over string, value []byte) {
	t.Helper()
	ch, err := b.Subscribe(t.Context(), pipeline.TopicStories, group)
	if err != nil {
		t.Fatal(err)
	}
	m := pipeline.NewMessage("k", value)
	if err := b.Publish(t.Context(), pipeline.TopicStories, m); err != nil {
		t.Fatal(err)
	}
	select {
	case <-m.Done():
		if m.Err() != nil {
			t.Fatalf("publish over %s: %v", over, m.Err())
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("publish over %s not acknowledged", over)
	}
	select {
	case got := <-ch:
		if string(got.Value) != string(value) {
			t.Fatalf("got %s, want %s", got.Value, value)
		}
		got.Ack()
	case <-time.After(60 * time.Second):
		t.Fatalf("nothing received over %s", over)
	}
}
