// khabar's page: plain JavaScript over the JSON API, no framework, no CDN.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const fmtDate = (s) => (s ? new Date(s).toLocaleString("hi-IN", { dateStyle: "medium", timeStyle: "short" }) : "");
const fmtDay = (s) => (s ? new Date(s).toLocaleDateString("hi-IN", { dateStyle: "medium" }) : "");

const L = {
  facet: { entity: "व्यक्ति/संस्था · Entity", source: "स्रोत · Source", category: "विषय · Topic", language: "भाषा · Language", feud: "झगड़ा · Feud" },
  // A story's own topic and language, as the analysis read them.
  topic: { politics: "राजनीति · politics", tech: "तकनीक · tech", business: "कारोबार · business", sports: "खेल · sports", entertainment: "मनोरंजन · entertainment", other: "अन्य · other" },
  language: { hi: "हिन्दी · Hindi", mr: "मराठी · Marathi", ne: "नेपाली · Nepali", en: "अंग्रेज़ी · English", "hi-Latn": "रोमन हिन्दी · Hinglish", other: "अन्य · other" },
  state: { allies: "सहयोगी · allies", rivals: "प्रतिद्वंद्वी · rivals", mixed: "मिश्रित · mixed", none: "कोई नहीं · none" },
  polarity: { hostile: "विरोध · hostile", supportive: "समर्थन · supportive", both: "दोनों · both", none: "कोई नहीं · none" },
  mood: { negated: "नकार · negated", question: "प्रश्न · question", speculative: "अटकल · speculative", future: "भविष्य · future", hypothetical: "काल्पनिक · hypothetical" },
  bool: { true: "हाँ · yes", false: "नहीं · no" },
};

async function api(path, opts) {
  const r = await fetch(path, opts);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

// Entity ids to display names (the watchlist's first name).
const names = {};
const entName = (id) => names[id] || id;
api("/api/entities").then((a) => { for (const e of a.entities) names[e.id] = e.name; }).catch(() => {});

// ---- search ----
const S = { q: "", sort: "", offset: 0, size: 20, filters: { entity: [], source: [], category: [], language: [], feud: [] }, from: "", to: "" };

function params() {
  const p = new URLSearchParams();
  if (S.q) p.set("q", S.q);
  if (S.sort) p.set("sort", S.sort);
  for (const [k, vs] of Object.entries(S.filters)) for (const v of vs) p.append(k, v);
  if (S.from) p.set("from", S.from);
  if (S.to) p.set("to", S.to);
  p.set("offset", S.offset);
  p.set("size", S.size);
  p.set("facets", "entity,source,category,language,feud,date");
  return p;
}

let searchSeq = 0;
async function runSearch() {
  const seq = ++searchSeq;
  $("#summary").textContent = "खोज रहे हैं… / Searching…";
  let res;
  try {
    res = await api("/api/search?" + params());
  } catch (e) {
    if (seq === searchSeq) $("#summary").innerHTML = `<span class="error">${esc(e.message)}</span>`;
    return;
  }
  if (seq !== searchSeq) return; // a newer search answered first
  renderChips();
  renderFacets(res.facets || {});
  renderHistogram((res.facets || {}).date || []);
  const n = res.hits.length;
  $("#summary").textContent = res.total === 0 ? "कोई ख़बर नहीं / No stories"
    : `${res.offset + 1}–${res.offset + n} / ${res.total} ख़बरें · showing ${res.offset + 1}–${res.offset + n} of ${res.total} stories`;
  $("#results").innerHTML = res.hits.map(hitHTML).join("");
  $("#prev").disabled = res.offset === 0;
  $("#next").disabled = res.offset + n >= res.total;
}

function hitHTML(h) {
  const hl = h.highlights || {};
  const title = hl.title ? hl.title[0] : esc(h.title); // fragments come HTML-escaped with <mark>
  const frags = (hl.body || []).map((f) => `<p class="frag">${f}</p>`).join("");
  const ents = (h.entities || []).map((e) => `<span class="ent">${esc(entName(e))}</span>`).join("");
  return `<li data-id="${esc(h.id)}"><a class="title" href="#/story/${encodeURIComponent(h.id)}">${title}</a>
    ${h.feud ? '<span class="feud">झगड़ा · feud</span>' : ""}
    <div class="meta">${esc(h.source)} · ${fmtDate(h.published)} ${ents}</div>${frags}</li>`;
}

// facetLabel is how a facet value reads: a name for an entity, the
// language's or topic's name in Hindi and English.
function facetLabel(k, v) {
  if (k === "entity") return entName(v);
  if (k === "feud") return L.bool[v];
  if (k === "category") return L.topic[v] || v;
  if (k === "language") return L.language[v] || v;
  return v;
}

function renderChips() {
  const chips = [];
  for (const [k, vs] of Object.entries(S.filters)) for (const v of vs) chips.push({ k, v, label: `${L.facet[k].split(" · ")[1]}: ${facetLabel(k, v)}` });
  if (S.from || S.to) chips.push({ k: "date", v: "", label: `${S.from.slice(0, 10)} – ${S.to.slice(0, 10)}` });
  $("#chips").innerHTML = chips.map((c) => `<span class="chip" data-k="${esc(c.k)}" data-v="${esc(c.v)}">${esc(c.label)}</span>`).join("");
}

function renderFacets(f) {
  let html = "";
  for (const k of ["entity", "source", "category", "language", "feud"]) {
    const vals = f[k] || [];
    if (!vals.length) continue;
    html += `<h3>${L.facet[k]}</h3><ul data-facet="${k}">` + vals.map((v) => {
      const on = S.filters[k].includes(v.value) ? " on" : "";
      const label = facetLabel(k, v.value);
      return `<li class="facet${on}" data-value="${esc(v.value)}"><span>${esc(label)}</span><span class="n">${v.count}</span></li>`;
    }).join("") + "</ul>";
  }
  $("#facets").innerHTML = html;
}

function renderHistogram(days) {
  const el = $("#histogram");
  if (!days.length) { el.innerHTML = ""; return; }
  const W = 600, H = 90, pad = 14, max = Math.max(1, ...days.map((d) => d.count));
  const bw = (W - 2) / days.length;
  let bars = "";
  days.forEach((d, i) => {
    const h = ((H - pad - 4) * d.count) / max;
    bars += `<rect class="bar" data-from="${esc(d.from)}" data-to="${esc(d.to)}" x="${(i * bw + 1).toFixed(1)}" y="${(H - pad - h).toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${h.toFixed(1)}"><title>${esc(d.value)}: ${d.count}</title></rect>`;
  });
  const first = days[0].value, last = days[days.length - 1].value;
  el.innerHTML = `<svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img">${bars}
    <text x="2" y="${H - 2}">${esc(first)}</text><text x="${W - 2}" y="${H - 2}" text-anchor="end">${esc(last)}</text></svg>`;
}

$("#search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  S.q = $("#q").value.trim();
  S.sort = $("#sort").value;
  S.offset = 0;
  location.hash = "#/";
  runSearch();
});
// Results as you type: a pause of 300 ms searches.
let typing;
$("#q").addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const q = $("#q").value.trim();
    if (q === S.q) return;
    S.q = q;
    S.offset = 0;
    if (location.hash && location.hash !== "#/") location.hash = "#/";
    runSearch();
  }, 300);
});
$("#sort").addEventListener("change", () => { S.sort = $("#sort").value; S.offset = 0; runSearch(); });
$("#facets").addEventListener("click", (e) => {
  const li = e.target.closest("li.facet");
  if (!li) return;
  const k = li.parentElement.dataset.facet, v = li.dataset.value, list = S.filters[k];
  const i = list.indexOf(v);
  if (i >= 0) list.splice(i, 1); else if (k === "feud") S.filters.feud = [v]; else list.push(v);
  S.offset = 0;
  runSearch();
});
$("#chips").addEventListener("click", (e) => {
  const c = e.target.closest(".chip");
  if (!c) return;
  if (c.dataset.k === "date") { S.from = S.to = ""; } else { S.filters[c.dataset.k] = S.filters[c.dataset.k].filter((v) => v !== c.dataset.v); }
  S.offset = 0;
  runSearch();
});
$("#histogram").addEventListener("click", (e) => {
  const r = e.target.closest("rect.bar");
  if (!r) return;
  S.from = r.dataset.from;
  S.to = new Date(new Date(r.dataset.to).getTime() - 1).toISOString(); // buckets are half-open
  S.offset = 0;
  runSearch();
});
$("#prev").addEventListener("click", () => { S.offset = Math.max(0, S.offset - S.size); runSearch(); });
$("#next").addEventListener("click", () => { S.offset += S.size; runSearch(); });

// ---- story ----

// utf8Index maps byte offsets of s (as the analysis gives them) to string
// indices.
function utf8Index(s) {
  const map = new Map();
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    map.set(b, i);
    const c = s.codePointAt(i);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (c >= 0x10000) i++;
  }
  map.set(b, s.length);
  return (off) => map.get(off);
}

// markup wraps the spans ({start, end, cls, title} in string indices) of
// text; spans may overlap (a mention inside an evidence sentence).
function markup(text, spans) {
  const cuts = new Set([0, text.length]);
  spans = spans.filter((s) => s.start !== undefined && s.end !== undefined && s.start < s.end);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const pts = [...cuts].sort((a, b) => a - b);
  let out = "";
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1], seg = esc(text.slice(a, b));
    const on = spans.filter((s) => s.start <= a && s.end >= b);
    if (!on.length) { out += seg; continue; }
    const cls = [...new Set(on.flatMap((s) => s.cls.split(" ")))].join(" ");
    const title = on.map((s) => s.title).filter(Boolean).join(" · ");
    out += `<span class="${esc(cls)}" title="${esc(title)}">${seg}</span>`;
  }
  return out;
}

function spansFor(field, text, an) {
  const idx = utf8Index(text), spans = [];
  for (const m of an.mentions || []) {
    if ((m.field || "body") === field) spans.push({ start: idx(m.start), end: idx(m.end), cls: "mention", title: entName(m.entity) });
  }
  for (const st of an.stances || []) {
    let start, end;
    if (st.field === field && st.end > st.start) { start = idx(st.start); end = idx(st.end); }
    else if (!st.field && st.evidence && field === "body") { start = text.indexOf(st.evidence); end = start < 0 ? undefined : start + st.evidence.length; }
    if (start !== undefined && start >= 0) spans.push({ start, end, cls: "evidence " + st.polarity, title: `${entName(st.source)} → ${entName(st.target)}` });
  }
  for (const a of an.amounts || []) {
    if (!a.text) continue;
    for (let i = text.indexOf(a.text); i >= 0; i = text.indexOf(a.text, i + a.text.length)) spans.push({ start: i, end: i + a.text.length, cls: "amount", title: `${a.value} ${a.currency}` });
  }
  return spans;
}

async function showStory(id) {
  const el = $("#view-story");
  el.innerHTML = "…";
  let rec;
  try { rec = await api("/api/stories/" + encodeURIComponent(id)); } catch (e) { el.innerHTML = `<p class="error">${esc(e.message)}</p>`; return; }
  const s = rec.story, an = rec.analysis || {};
  const stances = (an.stances || []).map((st) => `<li class="${esc(st.polarity)}">
      <b>${esc(entName(st.source))} → ${esc(entName(st.target))}</b>
      · ${esc(L.polarity[st.polarity] || st.polarity)}${st.kind ? " · " + esc(st.kind) : ""}${st.mood ? " · " + esc(L.mood[st.mood] || st.mood) : ""}
      · ${Number(st.score || 0).toFixed(2)}
      <div class="cue">क्यों / why: “${esc(st.evidence)}”</div></li>`).join("");
  const amounts = (an.amounts || []).map((a) => `<li>${esc(a.text)} = ${a.value.toLocaleString("en-IN")} ${esc(a.currency)}${a.deal ? " · " + esc(entName(a.deal)) : ""}</li>`).join("");
  el.innerHTML = `<p><a href="#/" id="back">← वापस / Back</a></p>
    <h2 class="story-title">${markup(s.title, spansFor("title", s.title, an))}</h2>
    <p class="meta">${esc(s.source)} · ${fmtDate(s.published)} ${an.feud ? '<span class="feud">झगड़ा · feud</span>' : ""}
      ${s.url ? `· <a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">मूल ख़बर / original ↗</a>` : ""}</p>
    ${classifyHTML(s, an)}
    <p class="legend"><span class="mention">व्यक्ति/संस्था · tracked</span><span class="amount">राशि · amount</span><span class="evidence">साक्ष्य · evidence</span></p>
    <div class="body">${markup(s.body, spansFor("body", s.body, an))}</div>
    <h3>रुख़ <span class="en">Stances</span></h3>${stances ? `<ul class="stances">${stances}</ul>` : "<p>—</p>"}
    ${amounts ? `<h3>राशियाँ <span class="en">Amounts</span></h3><ul>${amounts}</ul>` : ""}`;
}

// classifyHTML shows what the story is: its language with the
// classifier's confidence, its topic (and a close second) with the score
// of each topic as a bar (SVG: the page's CSP allows no inline style), and
// the category its feed declared.
function classifyHTML(s, an) {
  const lang = an.language || s.language, topic = an.topic || s.category;
  if (!lang && !topic) return "";
  const pct = (x) => `${Math.round(100 * Number(x || 0))}%`;
  const scores = Object.entries(an.topics || {}).sort((a, b) => b[1] - a[1])
    .map(([t, v]) => `<li data-topic="${esc(t)}"><span>${esc(L.topic[t] || t)}</span><svg class="bar" width="60" height="8" aria-hidden="true"><rect width="${(60 * v).toFixed(1)}" height="8"/></svg><span class="n">${pct(v)}</span></li>`).join("");
  return `<dl class="classify">
      ${lang ? `<dt>भाषा <span class="en">Language</span></dt><dd class="lang" data-value="${esc(lang)}">${esc(L.language[lang] || lang)}${an.language_score ? ` <span class="n">${pct(an.language_score)}</span>` : ""}</dd>` : ""}
      ${topic ? `<dt>विषय <span class="en">Topic</span></dt><dd class="topic" data-value="${esc(topic)}">${esc(L.topic[topic] || topic)}${an.topic2 ? ` + ${esc(L.topic[an.topic2] || an.topic2)}` : ""}${scores ? `<ul class="topics">${scores}</ul>` : ""}</dd>` : ""}
      ${an.feed_category ? `<dt>फ़ीड की श्रेणी <span class="en">Feed category</span></dt><dd class="feed-category" data-value="${esc(an.feed_category)}">${esc(L.topic[an.feed_category] || an.feed_category)}</dd>` : ""}
    </dl>`;
}

// ---- relationships ----
async function showPairs() {
  const p = new URLSearchParams({ size: "100" });
  const st = $("#pair-state").value;
  if (st) p.set("state", st);
  if ($("#pair-week").checked) p.set("changed_since", "168h");
  const tb = $("#pairs tbody");
  try {
    const res = await api("/api/pairs?" + p);
    tb.innerHTML = res.pairs.map((x) => `<tr class="pair" data-a="${esc(x.pair[0])}" data-b="${esc(x.pair[1])}">
      <td>${esc(entName(x.pair[0]))} – ${esc(entName(x.pair[1]))}</td>
      <td><span class="state ${esc(x.state)}">${esc(L.state[x.state] || x.state)}</span></td>
      <td>${Number(x.score).toFixed(2)}</td><td>${x.counts ? x.counts.stories : ""}</td>
      <td>${fmtDay(x.since)}</td><td>${fmtDay(x.last_seen)}</td></tr>`).join("") || `<tr><td colspan="6">—</td></tr>`;
  } catch (e) {
    tb.innerHTML = `<tr><td colspan="6" class="error">${esc(e.message)}</td></tr>`;
  }
}
$("#pair-state").addEventListener("change", showPairs);
$("#pair-week").addEventListener("change", showPairs);
$("#pairs").addEventListener("click", (e) => {
  const tr = e.target.closest("tr.pair");
  if (tr) location.hash = `#/pair/${encodeURIComponent(tr.dataset.a)}/${encodeURIComponent(tr.dataset.b)}`;
});

// pairChart draws the pair's daily score as a line over bands of its
// settled state, with the day's hostile and supportive stories as bars and
// each change of state as a dot.
function pairChart(d) {
  const series = d.series || [];
  if (!series.length) return "<p>—</p>";
  const W = 800, H = 260, L0 = 34, R = 8, T = 10, B = 22;
  const n = series.length, x = (i) => L0 + ((W - L0 - R) * (n === 1 ? 0.5 : i / (n - 1)));
  const lim = Math.max(1, ...series.map((p) => Math.abs(p.score)));
  const y = (v) => T + ((H - T - B) * (lim - v)) / (2 * lim);
  const step = (W - L0 - R) / Math.max(1, n - 1);
  let bands = "", bars = "";
  let i0 = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || series[i].state !== series[i0].state) {
      const s = series[i0].state;
      if (s && s !== "none") bands += `<rect class="band ${esc(s)}" x="${(x(i0) - step / 2).toFixed(1)}" y="${T}" width="${(x(i - 1) - x(i0) + step).toFixed(1)}" height="${H - T - B}"><title>${esc(L.state[s] || s)}</title></rect>`;
      i0 = i;
    }
  }
  const bh = (H - T - B) / 4, bmax = Math.max(1, ...series.map((p) => Math.max(p.hostile || 0, p.supportive || 0)));
  series.forEach((p, i) => {
    const w = Math.max(1.5, Math.min(8, step * 0.6));
    if (p.supportive) bars += `<rect class="sbar" x="${(x(i) - w / 2).toFixed(1)}" y="${(y(0) - (bh * p.supportive) / bmax).toFixed(1)}" width="${w.toFixed(1)}" height="${((bh * p.supportive) / bmax).toFixed(1)}"><title>${esc(p.date)}: ${p.supportive} समर्थन</title></rect>`;
    if (p.hostile) bars += `<rect class="hbar" x="${(x(i) - w / 2).toFixed(1)}" y="${y(0).toFixed(1)}" width="${w.toFixed(1)}" height="${((bh * p.hostile) / bmax).toFixed(1)}"><title>${esc(p.date)}: ${p.hostile} विरोध</title></rect>`;
  });
  const path = series.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const dayIndex = new Map(series.map((p, i) => [p.date, i]));
  const changes = (d.history || []).map((h) => {
    const i = dayIndex.get((h.time || "").slice(0, 10));
    if (i === undefined) return "";
    return `<circle class="change" r="5" cx="${x(i).toFixed(1)}" cy="${y(series[i].score).toFixed(1)}" data-story="${esc(h.story)}"><title>${esc(L.state[h.from] || h.from)} → ${esc(L.state[h.to] || h.to)}: ${esc(h.title || h.story)}</title></circle>`;
  }).join("");
  return `<svg id="pair-chart" viewBox="0 0 ${W} ${H}" data-points="${n}" role="img" aria-label="स्कोर / score">
    ${bands}<line class="zero" x1="${L0}" x2="${W - R}" y1="${y(0)}" y2="${y(0)}"/>${bars}
    <path class="score" d="${path}"/>${changes}
    <text x="2" y="${y(lim) + 4}">+${lim.toFixed(1)}</text><text x="2" y="${y(0) + 3}">0</text><text x="2" y="${y(-lim)}">−${lim.toFixed(1)}</text>
    <text x="${L0}" y="${H - 6}">${esc(series[0].date)}</text><text x="${W - R}" y="${H - 6}" text-anchor="end">${esc(series[n - 1].date)}</text></svg>`;
}

async function showPair(a, b) {
  const el = $("#view-pair");
  el.innerHTML = "…";
  let d;
  try { d = await api(`/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}?size=200`); } catch (e) { el.innerHTML = `<p><a href="#/pairs">← रिश्ते / Relationships</a></p><p class="error">${esc(e.message)}</p>`; return; }
  const entries = ((d.timeline || {}).entries || []).slice().reverse().map((e) => `<li>
      <a href="#/story/${encodeURIComponent(e.story)}">${esc(e.title || e.story)}</a>
      <span class="meta"> · ${esc(e.source || "")} · ${fmtDay(e.time)} · ${esc(L.polarity[e.polarity] || e.polarity)}</span>
      ${(e.sentences || []).map((s) => `<div class="cue">${esc(entName(s.source))} → ${esc(entName(s.target))}${s.kind ? " · " + esc(s.kind) : ""}${s.mood ? " · " + esc(L.mood[s.mood] || s.mood) : ""}: “${esc(s.text)}”</div>`).join("")}</li>`).join("");
  const hist = (d.history || []).map((h) => `<li>${fmtDay(h.time)}: ${esc(L.state[h.from] || h.from)} → <b>${esc(L.state[h.to] || h.to)}</b> — <a href="#/story/${encodeURIComponent(h.story)}">${esc(h.title || h.story)}</a></li>`).join("");
  el.innerHTML = `<p><a href="#/pairs">← रिश्ते / Relationships</a></p>
    <h2>${esc(entName(d.pair[0]))} – ${esc(entName(d.pair[1]))} <span class="state ${esc(d.state)}">${esc(L.state[d.state] || d.state)}</span></h2>
    <p class="meta">स्कोर / score ${Number(d.score).toFixed(2)} · ${d.counts ? d.counts.stories : 0} ख़बरें / stories</p>
    ${pairChart(d)}
    ${hist ? `<h3>बदलाव <span class="en">Changes</span></h3><ul>${hist}</ul>` : ""}
    <h3>ख़बरें <span class="en">Stories that moved it</span></h3><ul class="timeline">${entries}</ul>`;
}
$("#view-pair").addEventListener("click", (e) => {
  const c = e.target.closest("circle.change");
  if (c) location.hash = "#/story/" + encodeURIComponent(c.dataset.story);
});

// ---- alerts (polled) and feed health ----
const seenAlerts = new Set();
let alertsLoaded = false;
async function pollAlerts() {
  try {
    const res = await api("/api/alerts?size=30");
    const list = $("#alerts");
    const items = res.alerts.map((a) => {
      const isNew = alertsLoaded && !seenAlerts.has(a.id);
      seenAlerts.add(a.id);
      const story = (a.stories || [])[0];
      return `<li class="alert${isNew ? " new" : ""}" data-id="${esc(a.id)}" data-rule="${esc(a.rule)}">
        <div>${story ? `<a href="#/story/${encodeURIComponent(story.id)}">${esc(a.title)}</a>` : esc(a.title)}</div>
        <div class="rule">${esc(a.rule)} · ${fmtDate(a.time)}</div></li>`;
    });
    list.innerHTML = items.join("") || "<li>—</li>";
    alertsLoaded = true;
    $("#alerts-live").classList.remove("off");
  } catch (e) {
    $("#alerts-live").classList.add("off");
  }
}
async function pollFeeds() {
  try {
    const res = await api("/api/feeds");
    $("#feeds").innerHTML = (res.feeds || []).map((f) => `<li class="${f.failing || f.last_error ? "failing" : "ok"}" title="${esc(f.last_error || f.url)}">
      <span>${esc(f.name || f.url)}</span><span class="n">${f.stories || 0}</span></li>`).join("");
  } catch (e) {
    $("#feeds").innerHTML = `<li class="error">${esc(e.message)}</li>`;
  }
}

// ---- routing ----
function route() {
  const h = location.hash || "#/";
  const views = { search: "#view-search", story: "#view-story", pairs: "#view-pairs", pair: "#view-pair" };
  let v = "search";
  let m;
  if ((m = h.match(/^#\/story\/(.+)$/))) { v = "story"; showStory(decodeURIComponent(m[1])); }
  else if ((m = h.match(/^#\/pair\/([^/]+)\/([^/]+)$/))) { v = "pair"; showPair(decodeURIComponent(m[1]), decodeURIComponent(m[2])); }
  else if (h.startsWith("#/pairs")) { v = "pairs"; showPairs(); }
  for (const [k, sel] of Object.entries(views)) $(sel).hidden = k !== v;
  $("#nav-search").classList.toggle("active", v === "search" || v === "story");
  $("#nav-pairs").classList.toggle("active", v === "pairs" || v === "pair");
  window.scrollTo(0, 0);
}
window.addEventListener("hashchange", route);
route();
runSearch();
pollAlerts();
pollFeeds();
setInterval(pollAlerts, 2000);
setInterval(pollFeeds, 10000);
