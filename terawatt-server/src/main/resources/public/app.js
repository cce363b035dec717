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
// The run's charts come as one description (GET /api/runs/{id}/charts), the same one report.html
// draws: each chart has axes with titles and units and series with a name, a kind, a unit, values
// and a colour. This code draws any description; it knows no chart, series name or colour.
function disposeCharts() {
  for (const c of state.charts) c.dispose();
  state.charts = [];
  $("charts").innerHTML = "";
}

const zoom = [{ type: "inside" }, { type: "slider" }];

// Numbers as people read them: thousands separated, at most three significant decimals.
function human(v) {
  if (v == null || !isFinite(v)) return "–";
  const a = Math.abs(v);
  if (a >= 100) return Math.round(v).toLocaleString("en-US");
  if (a === 0) return "0";
  return String(Number(v.toPrecision(3)));
}

function withUnit(v, unit) { return unit ? v + " " + unit : v; }

function axisName(a) { return a.unit ? a.title + " (" + a.unit + ")" : a.title; }

// Whole numbers on an axis without a unit (years) are written plainly.
function axisNumber(a) { return (v) => (!a.unit && Number.isInteger(v) ? String(v) : human(v)); }

function hourLabels(start, n) {
  const t0 = Date.parse(start);
  return [...Array(n).keys()].map((i) => new Date(t0 + i * 3600e3).toISOString().slice(0, 13).replace("T", " ") + ":00");
}

// A value axis starts at zero (or below, for negative values), except an x axis under lines or
// bands, which spans its data (years), as in the report.
// Names never clip: the x axis's sits centred under its labels, the y axis's above the plot,
// running rightwards.
function axisOption(a, n, where, span) {
  const inverse = where === "y" && a.kind !== "value";
  const o = where === "x"
    ? { name: axisName(a), nameLocation: "middle", nameGap: 30 }
    : { name: axisName(a), nameLocation: inverse ? "start" : "end", nameGap: 12, nameTextStyle: { align: "left" } };
  if (a.kind === "value") {
    return Object.assign(o, { type: "value", axisLabel: { formatter: axisNumber(a) } },
      span ? { min: "dataMin", max: "dataMax" } : {});
  }
  const data = a.kind === "hours" ? hourLabels(a.start, n) : a.categories;
  return Object.assign(o, { type: "category", data, inverse });
}

// Series with their own x values are drawn as [x, y] pairs, or, on a chart whose numeric x axis
// is drawn as categories (one per x value of its band), at their category's index.
function seriesOption(s, c, xs) {
  const base = { name: s.name, color: s.colour, tooltip: { valueFormatter: (v) => withUnit(human(v), s.unit) } };
  const at = (x) => (xs ? xs.indexOf(x) : x);
  const pairs = (v) => (s.x ? s.x.map((x, i) => [at(x), v[i]]) : v);
  switch (s.kind) {
    case "area": return [Object.assign(base, { type: "line", stack: "areas", areaStyle: { opacity: 0.85 }, lineStyle: { width: 0 }, showSymbol: false, sampling: "lttb", data: s.values })];
    case "line": return [Object.assign(base, { type: "line", showSymbol: false, lineStyle: { width: 2 }, data: pairs(s.values) })];
    case "bar": return [Object.assign(base, { type: "bar", stack: "bars", data: s.values })];
    case "points": return [Object.assign(base, {
      type: "scatter", symbolSize: s.filled ? 14 : 11,
      itemStyle: { color: s.filled ? s.colour : "#fff", borderColor: s.colour, borderWidth: 2 },
      label: { show: true, formatter: "{b}", position: "right" },
      tooltip: { formatter: (p) => p.name + "<br>" + withUnit(axisNumber(c.x)(s.x[p.dataIndex]), c.x.unit) + ", " + withUnit(human(p.value[1]), s.unit) },
      data: s.values.map((v, i) => ({ name: s.labels[i], value: [at(s.x[i]), v] })) })];
    case "band": return [
      Object.assign({}, base, { type: "line", stack: "band " + s.name, lineStyle: { opacity: 0 }, showSymbol: false, data: pairs(s.lower), tooltip: { show: false } }),
      Object.assign(base, { type: "line", stack: "band " + s.name, lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.6 }, showSymbol: false,
        data: pairs(s.values.map((v, i) => v - s.lower[i])), tooltip: { show: false } })];
    case "cells": {
      const cols = c.x.categories.length;
      return [Object.assign(base, { type: "heatmap", data: s.values.map((v, i) => [i % cols, Math.floor(i / cols), v]),
        tooltip: { formatter: (p) => c.y.categories[p.value[1]] + ", " + c.x.title + " " + c.x.categories[p.value[0]] + ": " + withUnit(human(p.value[2]), s.unit) } })];
    }
    default: return [];
  }
}

// One chart of the description as ECharts options. Bars lie horizontally (categories down the
// side), as in the report; a long hourly axis opens on the chart's window; a band's x values
// become categories (ECharts stacks bands by position).
function chartOption(c) {
  const n = c.series.length ? c.series[0].values.length : 0;
  const bars = c.series.some((s) => s.kind === "bar");
  const band = c.series.find((s) => s.kind === "band" && s.x);
  const span = c.series.some((s) => s.kind === "line") && c.x.kind === "value";
  let xAxis = axisOption(c.x, n, "x", span);
  let yAxis = axisOption(c.y, n, "y", false);
  if (bars) { xAxis = axisOption(c.y, n, "x", false); yAxis = axisOption(c.x, n, "y", false); }
  if (band) xAxis = Object.assign(axisOption(c.x, n, "x", false), { type: "category", boundaryGap: false, axisLabel: {}, data: band.x.map(axisNumber(c.x)) });
  const points = c.series.some((s) => s.kind === "points");
  const cells = c.colourScale;
  const o = {
    title: c.window ? { text: c.window.label, right: 10, top: 0, textStyle: { fontSize: 12, fontWeight: "normal" } } : undefined,
    tooltip: { trigger: c.x.kind === "value" || cells ? "item" : "axis", confine: true },
    legend: cells ? undefined : { type: "scroll", top: c.window ? 18 : 0, icon: points ? undefined : "roundRect", data: [...new Set(c.series.map((s) => s.name))] },
    grid: { left: 16, right: 24, top: c.window ? 60 : 40, bottom: cells ? 90 : (c.window ? 80 : 50), containLabel: true },
    xAxis, yAxis, series: c.series.flatMap((s) => seriesOption(s, c, band ? band.x : null)),
  };
  if (c.window) o.dataZoom = [{ type: "inside", startValue: c.window.from, endValue: c.window.to - 1 }, { type: "slider", startValue: c.window.from, endValue: c.window.to - 1, bottom: 8 }];
  else if (c.x.kind === "value" && !bars) o.dataZoom = [{ type: "inside", xAxisIndex: 0 }, { type: "inside", yAxisIndex: 0 }];
  if (cells) o.visualMap = { min: cells.min, max: cells.max, calculable: true, orient: "horizontal", left: "center", bottom: 0,
    inRange: { color: cells.stops }, formatter: (v) => withUnit(human(v), cells.unit) };
  return o;
}

function chartBox(id) {
  const box = document.createElement("div");
  box.className = "chart-box";
  box.id = id;
  box.innerHTML = "<h3><span class='chart-title'></span> </h3><div class='chart'></div>";
  $("charts").appendChild(box);
  const c = echarts.init(box.querySelector(".chart"));
  state.charts.push(c);
  return { box, chart: c };
}

// A group of charts in one box, with a picker of their subjects when there are several.
function chartGroup(group, charts) {
  const { box, chart } = chartBox("chart-" + group);
  let select = null;
  if (charts.length > 1) {
    select = document.createElement("select");
    select.className = "chart-subject";
    charts.forEach((c, i) => { const o = document.createElement("option"); o.value = i; o.textContent = c.subject; select.appendChild(o); });
    box.querySelector("h3").appendChild(select);
  }
  const draw = () => {
    const c = charts[select ? Number(select.value) : 0];
    box.querySelector(".chart-title").textContent = c.title;
    chart.setOption(chartOption(c), true);
  };
  if (select) select.addEventListener("change", draw);
  draw();
}

async function renderCharts(id) {
  disposeCharts();
  let set = null;
  try { set = await api("GET", "/api/runs/" + id + "/charts"); } catch (e) { set = null; }
  if (!set || !set.charts || set.charts.length === 0) {
    $("charts").textContent = "This run has no chart description; use the series explorer below.";
    return;
  }
  const groups = new Map();
  for (const c of set.charts) {
    if (!groups.has(c.group)) groups.set(c.group, []);
    groups.get(c.group).push(c);
  }
  for (const [group, charts] of groups) chartGroup(group, charts);
  // Boxes added later narrow the earlier ones: fit every chart to its box.
  state.charts.forEach((c) => c.resize());
}

async function showResults(id) {
  state.runId = id;
  $("results-run").textContent = id;
  $("report-link").href = "/api/runs/" + id + "/report";
  await renderCharts(id);
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
