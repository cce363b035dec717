// Terawatt dashboard: scenarios, runs with live progress, zoomable result charts, comparison.
// Plain browser JavaScript; ECharts comes from the webjar served by this server.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { scenarioId: null, runId: null, charts: [], source: null };

$("token").value = localStorage.getItem("terawatt.token") || "";
$("token").addEventListener("change", () => localStorage.setItem("terawatt.token", $("token").value.trim()));

async function api(method, path, body, contentType) {
  const headers = {};
  const token = $("token").value.trim();
  if (token) headers["Authorization"] = "Bearer " + token;
  if (body !== undefined) headers["Content-Type"] = contentType || "application/json";
  const r = await fetch(path, { method, headers, body });
  const text = await r.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = text; }
  if (!r.ok) {
    const err = new Error((data && data.detail) || r.statusText);
    err.problem = data;
    throw err;
  }
  return data;
}

function showProblems(list, okText) {
  const ul = $("problems");
  ul.innerHTML = "";
  if (!list || list.length === 0) {
    if (okText) { const li = document.createElement("li"); li.className = "ok"; li.textContent = okText; ul.appendChild(li); }
    return;
  }
  for (const p of list) {
    const li = document.createElement("li");
    li.textContent = (p.field ? p.field + ": " : "") + p.message + (p.value != null ? " (value: " + p.value + ")" : "");
    ul.appendChild(li);
  }
}

function showError(e) {
  const p = e.problem;
  if (p && p.errors && p.errors.length) showProblems(p.errors);
  else showProblems([{ field: "", message: e.message }]);
}

// ---- scenarios ----
$("scenario-file").addEventListener("change", async (ev) => {
  const f = ev.target.files[0];
  if (!f) return;
  $("scenario-yaml").value = await f.text();
  $("scenario-name").value = f.name.replace(/\.(ya?ml|txt)$/i, "");
  state.scenarioId = null;
});

async function loadScenarios() {
  const list = await api("GET", "/api/scenarios");
  const sel = $("scenario-list");
  sel.innerHTML = '<option value="">saved scenarios…</option>';
  for (const s of list) {
    const o = document.createElement("option");
    o.value = s.id; o.textContent = s.name + " (" + s.updatedAt.slice(0, 16) + ")";
    sel.appendChild(o);
  }
}

$("scenario-list").addEventListener("change", async () => {
  const id = $("scenario-list").value;
  if (!id) return;
  const s = await api("GET", "/api/scenarios/" + id);
  state.scenarioId = s.id;
  $("scenario-name").value = s.name;
  $("scenario-yaml").value = s.yaml;
});

function scenarioBody() {
  return JSON.stringify({ name: $("scenario-name").value || "scenario", yaml: $("scenario-yaml").value });
}

$("validate").addEventListener("click", async () => {
  try {
    const v = await api("POST", "/api/scenarios/validate", scenarioBody());
    showProblems(v.errors, v.valid ? "The scenario is valid." : null);
  } catch (e) { showError(e); }
});

async function save() {
  const s = state.scenarioId
    ? await api("PUT", "/api/scenarios/" + state.scenarioId, scenarioBody())
    : await api("POST", "/api/scenarios", scenarioBody());
  state.scenarioId = s.id;
  showProblems([], "Saved as " + s.name + ".");
  loadScenarios();
  return s;
}

$("save").addEventListener("click", async () => { try { await save(); } catch (e) { showError(e); } });

$("run").addEventListener("click", async () => {
  try {
    const s = await save();
    const run = await api("POST", "/api/runs", JSON.stringify({ scenarioId: s.id }));
    watch(run.id);
    loadRuns();
  } catch (e) { showError(e); }
});

// ---- runs ----
async function loadRuns() {
  const runs = await api("GET", "/api/runs");
  const body = $("runs").querySelector("tbody");
  const a = document.querySelector("input[name=cmpA]:checked");
  const b = document.querySelector("input[name=cmpB]:checked");
  const keepA = a && a.value, keepB = b && b.value;
  body.innerHTML = "";
  for (const r of runs) {
    const tr = document.createElement("tr");
    tr.dataset.id = r.id;
    tr.dataset.state = r.state;
    if (r.id === state.runId) tr.className = "selected";
    tr.innerHTML = "<td>" + r.createdAt.slice(0, 19).replace("T", " ") + "</td><td class='state'>" + r.state +
      "</td><td>" + Math.round(r.progress_fraction * 100) + "%</td><td></td>" +
      "<td><input type=radio name=cmpA value='" + r.id + "'" + (keepA === r.id ? " checked" : "") + "></td>" +
      "<td><input type=radio name=cmpB value='" + r.id + "'" + (keepB === r.id ? " checked" : "") + "></td>";
    tr.children[3].textContent = r.message || "";
    tr.addEventListener("click", (ev) => {
      if (ev.target.tagName === "INPUT") return;
      if (r.state === "succeeded") showResults(r.id); else watch(r.id);
    });
    body.appendChild(tr);
  }
}

$("refresh").addEventListener("click", loadRuns);

function setProgress(ev) {
  $("progress-bar").style.width = Math.round((ev.progress_fraction || 0) * 100) + "%";
  $("progress-text").textContent = ev.state + " · " + Math.round((ev.progress_fraction || 0) * 100) + "% · " + (ev.message || "");
}

function finished(s) { return s === "succeeded" || s === "failed" || s === "cancelled"; }

function watch(id) {
  state.runId = id;
  if (state.source) state.source.close();
  const onEvent = (ev) => {
    setProgress(ev);
    if (finished(ev.state)) {
      if (state.source) { state.source.close(); state.source = null; }
      loadRuns();
      if (ev.state === "succeeded") showResults(id);
    }
  };
  const poll = async () => {
    const r = await api("GET", "/api/runs/" + id);
    onEvent(r);
    if (!finished(r.state)) setTimeout(poll, 500);
  };
  if (window.EventSource && !localStorage.getItem("terawatt.poll")) {
    const src = new EventSource("/api/runs/" + id + "/events");
    state.source = src;
    src.addEventListener("progress", (m) => onEvent(JSON.parse(m.data)));
    src.onerror = () => { if (state.source === src) { src.close(); state.source = null; poll(); } };
  } else {
    poll();
  }
}

// ---- results and charts ----
function disposeCharts() {
  for (const c of state.charts) c.dispose();
  state.charts = [];
  $("charts").innerHTML = "";
}

const zoom = [{ type: "inside" }, { type: "slider" }];

function chartBox(title, id) {
  const box = document.createElement("div");
  box.className = "chart-box";
  box.id = id;
  box.innerHTML = "<h3></h3><div class='chart'></div>";
  box.querySelector("h3").textContent = title;
  $("charts").appendChild(box);
  const c = echarts.init(box.querySelector(".chart"));
  state.charts.push(c);
  return c;
}

// Walks the results and collects candidates for each chart kind.
function collect(node, path, out) {
  if (Array.isArray(node)) {
    if (node.length > 1 && typeof node[0] === "number") { out.arrays.push({ path, values: node }); return; }
    if (node.length > 1 && node[0] && typeof node[0] === "object" && !Array.isArray(node[0])) {
      const nums = Object.keys(node[0]).filter((k) => typeof node[0][k] === "number");
      if (nums.length >= 2) out.records.push({ path, rows: node, keys: nums });
    }
    node.slice(0, 200).forEach((v, i) => collect(v, path + "/" + i, out));
  } else if (node && typeof node === "object") {
    const keys = Object.keys(node);
    const numKeys = keys.filter((k) => typeof node[k] === "number");
    if (numKeys.length >= 2) out.scalars.push({ path, obj: node, keys: numKeys });
    const arrKeys = keys.filter((k) => Array.isArray(node[k]) && node[k].length > 1 && typeof node[k][0] === "number");
    if (arrKeys.length >= 1) out.groups.push({ path, obj: node, keys: arrKeys });
    for (const k of keys) collect(node[k], path + "/" + k, out);
  }
}

const has = (s, ...words) => words.some((w) => s.toLowerCase().includes(w));

function renderCharts(results) {
  disposeCharts();
  const c = { arrays: [], records: [], scalars: [], groups: [] };
  collect(results, "", c);
  // Hourly energy by source: the group with most equal-length energy arrays.
  const energy = c.groups
    .map((g) => ({ g, keys: g.keys.filter((k) => has(k + g.path, "mwh", "energy", "_mw")) }))
    .filter((x) => x.keys.length > 0 && !has(x.g.path, "p5", "p50", "p95"))
    .sort((a, b) => b.keys.length - a.keys.length)[0];
  if (energy) {
    const n = Math.max(...energy.keys.map((k) => energy.g.obj[k].length));
    chartBox("Hourly energy by source (" + energy.g.path + ")", "chart-energy").setOption({
      tooltip: { trigger: "axis" }, legend: {}, dataZoom: zoom,
      xAxis: { type: "category", data: [...Array(n).keys()], name: "hour" }, yAxis: { type: "value" },
      series: energy.keys.map((k) => ({ name: k, type: "line", stack: "energy", areaStyle: {}, showSymbol: false, data: energy.g.obj[k] })),
    });
  }
  // Intensity heat map: a long intensity array as day x hour.
  const intensity = c.arrays.find((a) => has(a.path, "intensity") && a.values.length >= 48);
  if (intensity) {
    const data = intensity.values.map((v, i) => [Math.floor(i / 24), i % 24, v]);
    const vals = intensity.values.filter((v) => v != null);
    chartBox("Intensity heat map (" + intensity.path + ")", "chart-heatmap").setOption({
      tooltip: {}, dataZoom: [{ type: "inside", xAxisIndex: 0 }, { type: "slider", xAxisIndex: 0 }],
      xAxis: { type: "category", name: "day", data: [...Array(Math.ceil(intensity.values.length / 24)).keys()] },
      yAxis: { type: "category", name: "hour", data: [...Array(24).keys()] },
      visualMap: { min: Math.min(...vals), max: Math.max(...vals), calculable: true, orient: "horizontal", left: "center", bottom: 0 },
      series: [{ type: "heatmap", data }],
    });
  }
  // Capacity mix: numbers keyed by technology.
  const capacity = c.scalars.find((s) => has(s.path + s.keys.join(), "capacity", "_mw"));
  if (capacity) {
    chartBox("Capacity mix (" + capacity.path + ")", "chart-capacity").setOption({
      tooltip: {}, dataZoom: zoom, xAxis: { type: "category", data: capacity.keys, axisLabel: { rotate: 30 } }, yAxis: { type: "value" },
      series: [{ type: "bar", data: capacity.keys.map((k) => capacity.obj[k]) }],
    });
  }
  // Pareto scatter: records with two numeric fields (cost against carbon when named so).
  const pareto = c.records.find((r) => has(r.path, "pareto", "frontier")) || c.records[0];
  if (pareto) {
    const x = pareto.keys.find((k) => has(k, "cost", "usd")) || pareto.keys[0];
    const y = pareto.keys.find((k) => k !== x && has(k, "co2", "carbon", "emission")) || pareto.keys.find((k) => k !== x);
    chartBox("Pareto scatter (" + pareto.path + ")", "chart-pareto").setOption({
      tooltip: { formatter: (p) => x + " " + p.value[0] + "<br>" + y + " " + p.value[1] }, dataZoom: [{ type: "inside" }, { type: "slider" }],
      xAxis: { type: "value", name: x, scale: true }, yAxis: { type: "value", name: y, scale: true },
      series: [{ type: "scatter", data: pareto.rows.map((r) => [r[x], r[y]]) }],
    });
  }
  // Outlook fan: P5, P50 and P95 arrays side by side.
  const fan = c.groups.find((g) => ["p5", "p50", "p95"].every((p) => g.keys.some((k) => k.toLowerCase().startsWith(p))));
  if (fan) {
    const key = (p) => fan.keys.find((k) => k.toLowerCase().startsWith(p) && !(p === "p5" && k.toLowerCase().startsWith("p50")));
    const lo = fan.obj[key("p5")], mid = fan.obj[key("p50")], hi = fan.obj[key("p95")];
    const years = fan.obj.years || fan.obj.year || [...Array(mid.length).keys()];
    chartBox("Outlook fan (" + fan.path + ")", "chart-fan").setOption({
      tooltip: { trigger: "axis" }, legend: {}, dataZoom: zoom,
      xAxis: { type: "category", data: years }, yAxis: { type: "value", scale: true },
      series: [
        { name: "P5", type: "line", data: lo, lineStyle: { opacity: 0 }, stack: "band", showSymbol: false },
        { name: "P5–P95", type: "line", data: hi.map((v, i) => v - lo[i]), lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.3 }, stack: "band", showSymbol: false },
        { name: "P50", type: "line", data: mid, showSymbol: false },
      ],
    });
  }
  if (state.charts.length === 0) {
    $("charts").textContent = "No chartable series found in results.json; use the series explorer below.";
  }
}

async function showResults(id) {
  state.runId = id;
  $("results-run").textContent = id;
  $("report-link").href = "/api/runs/" + id + "/report";
  const results = await api("GET", "/api/runs/" + id + "/results");
  renderCharts(results);
  const list = await api("GET", "/api/runs/" + id + "/series");
  const sel = $("series-list");
  sel.innerHTML = "";
  for (const s of list) {
    const o = document.createElement("option");
    o.value = s.pointer; o.textContent = s.pointer + " (" + s.length + ")";
    sel.appendChild(o);
  }
  document.querySelectorAll("#runs tr").forEach((tr) => tr.classList.toggle("selected", tr.dataset.id === id));
}

let seriesChart = null;
$("plot-series").addEventListener("click", async () => {
  const p = $("series-list").value;
  if (!p || !state.runId) return;
  const values = await api("GET", "/api/runs/" + state.runId + "/series?pointer=" + encodeURIComponent(p));
  if (!seriesChart) seriesChart = echarts.init($("series-chart"));
  seriesChart.setOption({
    tooltip: { trigger: "axis" }, dataZoom: zoom, xAxis: { type: "category", data: [...values.keys()] },
    yAxis: { type: "value", scale: true }, series: [{ name: p, type: "line", showSymbol: false, data: values }],
  }, true);
});

// ---- comparison ----
let compareChart = null;
$("compare").addEventListener("click", async () => {
  const a = document.querySelector("input[name=cmpA]:checked");
  const b = document.querySelector("input[name=cmpB]:checked");
  if (!a || !b) { showProblems([{ field: "", message: "Pick run A and run B in the table." }]); return; }
  try {
    const c = await api("GET", "/api/runs/compare?a=" + a.value + "&b=" + b.value);
    const body = $("compare-table").querySelector("tbody");
    body.innerHTML = "";
    for (const v of c.values) {
      const tr = document.createElement("tr");
      [v.pointer, v.a, v.b, v.difference].forEach((x) => { const td = document.createElement("td"); td.textContent = x; tr.appendChild(td); });
      body.appendChild(tr);
    }
    const top = [...c.values].filter((v) => v.difference !== 0).sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference)).slice(0, 30);
    if (!compareChart) compareChart = echarts.init($("compare-chart"));
    compareChart.setOption({
      tooltip: {}, dataZoom: zoom, xAxis: { type: "category", data: top.map((v) => v.pointer), axisLabel: { rotate: 30 } },
      yAxis: { type: "value" }, series: [{ name: "B − A", type: "bar", data: top.map((v) => v.difference) }],
    }, true);
  } catch (e) { showError(e); }
});

window.addEventListener("resize", () => state.charts.concat([seriesChart, compareChart].filter(Boolean)).forEach((c) => c.resize()));

loadScenarios().catch(showError);
loadRuns().catch(showError);
