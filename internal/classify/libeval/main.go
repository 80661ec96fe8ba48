// Command libeval measures maintained language-identification libraries on
// khabar's held-out language texts (../testdata/heldout/languages.jsonl):
// accuracy overall and per language, start-up time, memory and speed. It
// is its own module so that the main module does not carry the libraries
// (lingua-go alone is 124 MB of models); run it with
//
//	cd internal/classify/libeval && go run . ../testdata/heldout/languages.jsonl
//
// Only totals are printed: the held-out texts are not for tuning.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/abadojack/whatlanggo"
	"github.com/pemistahl/lingua-go"
)

type doc struct {
	Title    string `json:"title"`
	Body     string `json:"body"`
	Language string `json:"language"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: libeval LANGUAGES.jsonl")
		os.Exit(2)
	}
	docs, err := read(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d texts\n", len(docs))

	// whatlanggo: trigram profiles of 84 languages, Hindi, Marathi and
	// Nepali among them; no romanised Hindi.
	run("whatlanggo", docs, func() func(string) string {
		return func(s string) string {
			return mapCode(whatlanggo.Detect(s).Lang.Iso6391())
		}
	})
	// lingua-go: Hindi, Marathi and English, no Nepali and no romanised
	// Hindi; the detector is restricted to languages a Devanagari or
	// Indian-English feed may carry.
	run("lingua-go", docs, func() func(string) string {
		d := lingua.NewLanguageDetectorBuilder().FromLanguages(lingua.Hindi, lingua.Marathi, lingua.English,
			lingua.Bengali, lingua.Gujarati, lingua.Punjabi, lingua.Urdu, lingua.Tamil, lingua.Telugu).Build()
		return func(s string) string {
			l, ok := d.DetectLanguageOf(s)
			if !ok {
				return "other"
			}
			return mapCode(strings.ToLower(l.IsoCode639_1().String()))
		}
	})
}

func mapCode(c string) string {
	switch c {
	case "hi", "mr", "ne", "en":
		return c
	}
	return "other"
}

func run(name string, docs []doc, build func() func(string) string) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	t0 := time.Now()
	detect := build()
	_ = detect("प्रारंभ") // lingua loads its models lazily, on first use
	startup := time.Since(t0)
	runtime.GC()
	runtime.ReadMemStats(&after)
	right, bytes := 0, 0
	per := map[string][2]int{}
	t1 := time.Now()
	for _, d := range docs {
		text := strings.TrimSpace(d.Title + "\n" + d.Body)
		bytes += len(text)
		got := detect(text)
		c := per[d.Language]
		c[1]++
		if got == d.Language {
			right++
			c[0]++
		}
		per[d.Language] = c
	}
	el := time.Since(t1)
	var end runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&end)
	runtime.KeepAlive(detect)
	fmt.Printf("%s: accuracy %.3f (%d/%d); start-up %s (heap %+.1f MB), heap held after the run %+.1f MB, %.2f MB/s\n",
		name, float64(right)/float64(len(docs)), right, len(docs), startup.Round(time.Millisecond),
		float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/1e6,
		float64(int64(end.HeapAlloc)-int64(before.HeapAlloc))/1e6, float64(bytes)/1e6/el.Seconds())
	langs := make([]string, 0, len(per))
	for l := range per {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		fmt.Printf("  %-8s %d/%d\n", l, per[l][0], per[l][1])
	}
}

func read(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, d)
	}
	return out, sc.Err()
}
