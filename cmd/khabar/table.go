package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"golang.org/x/term"
	"golang.org/x/text/width"
)

// displayWidth is the number of terminal columns s takes: combining marks
// (the Devanagari virama, nukta, anusvara, vowel signs above and below)
// and format characters (ZWJ) take none, wide East Asian characters two.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	switch {
	case r < 0x20 || r == 0x7F:
		return 0
	case r < 0x300:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// truncateWidth cuts s to at most w columns, ending in … when cut; a
// combining mark stays with its letter.
func truncateWidth(s string, w int) string {
	if displayWidth(s) <= w {
		return s
	}
	if w <= 1 {
		return "…"[:min(len("…"), w*len("…"))]
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		rw := runeWidth(r)
		if used+rw > w-1 {
			if rw == 0 {
				b.WriteRune(r)
				continue
			}
			break
		}
		used += rw
		b.WriteRune(r)
	}
	return b.String() + "…"
}

// table is a text table padded by display width, so Devanagari columns
// line up (tabwriter counts code points, and a vowel sign is one).
type table struct {
	head  []string
	rows  [][]string
	width int // the terminal's, 0 when unknown (no fitting)
}

func newTable(head ...string) *table {
	t := &table{head: head}
	if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w > 0 {
		t.width = w
	}
	return t
}

func (t *table) row(cells ...string) {
	for i, c := range cells {
		cells[i] = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\t' || r == '\r' {
				return ' '
			}
			return r
		}, c)
	}
	t.rows = append(t.rows, cells)
}

func (t *table) widths() []int {
	ws := make([]int, len(t.head))
	for i, h := range t.head {
		ws[i] = displayWidth(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if i < len(ws) {
				ws[i] = max(ws[i], displayWidth(c))
			}
		}
	}
	return ws
}

// fit shortens column col so the table fits the terminal's width (never
// below 12 columns); without a known width it leaves the table alone.
func (t *table) fit(col int) {
	if t.width == 0 || col >= len(t.head) {
		return
	}
	ws := t.widths()
	total := 0
	for _, w := range ws {
		total += w + 2
	}
	over := total - 2 - t.width
	if over <= 0 {
		return
	}
	limit := max(12, ws[col]-over)
	for _, r := range t.rows {
		if col < len(r) {
			r[col] = truncateWidth(r[col], limit)
		}
	}
}

func (t *table) write(w io.Writer) {
	ws := t.widths()
	line := func(cells []string) {
		var b strings.Builder
		for i, c := range cells {
			b.WriteString(c)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", ws[i]-displayWidth(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	line(t.head)
	for _, r := range t.rows {
		line(r)
	}
}
