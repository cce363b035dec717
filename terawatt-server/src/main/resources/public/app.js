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

// The report's charts, from results.json and the run's hourly CSV files.
const SINKS = /(^load_MW$|_charge_MW$|^grid_export_MW$|^curtailed_MW$)/;

async function energyChart(id, files) {
  const energy = files.filter((f) => f.startsWith("energy-") && f.endsWith(".csv"));
  if (energy.length === 0) return;
  const box = chartBox("Hourly energy by source", "chart-energy");
  const select = document.createElement("select");
  select.id = "energy-site";
  for (const f of energy) { const o = document.createElement("option"); o.value = f; o.textContent = f.slice(7, -4); select.appendChild(o); }
  document.getElementById("chart-energy").querySelector("h3").appendChild(select);
  const draw = async () => {
    const h = await api("GET", "/api/runs/" + id + "/hourly/" + encodeURIComponent(select.value));
    const names = Object.keys(h.columns);
    const t0 = Date.parse(h.start);
    const hours = [...Array(h.hours).keys()].map((i) => new Date(t0 + i * 3600e3).toISOString().slice(0, 13));
    const series = names.filter((n) => !SINKS.test(n)).map((n) => ({
      name: n, type: "line", stack: "supply", areaStyle: {}, showSymbol: false, sampling: "lttb", data: h.columns[n] }));
    if (h.columns.load_MW) series.push({ name: "load_MW", type: "line", showSymbol: false, lineStyle: { color: "#000" }, data: h.columns.load_MW });
    box.setOption({ tooltip: { trigger: "axis" }, legend: { type: "scroll" }, dataZoom: [{ type: "inside", end: 4 }, { type: "slider", end: 4 }],
      xAxis: { type: "category", data: hours, name: "hour (UTC)" }, yAxis: { type: "value", name: "MW (= MWh per hour)" }, series }, true);
  };
  select.addEventListener("change", draw);
  await draw();
}

async function heatmapChart(id, files) {
  if (!files.includes("intensity.csv")) return;
  const h = await api("GET", "/api/runs/" + id + "/hourly/intensity.csv");
  const names = Object.keys(h.columns);
  if (names.length === 0) return;
  const box = chartBox("Grid intensity heat map (gCO2e/kWh)", "chart-heatmap");
  const select = document.createElement("select");
  for (const n of names) { const o = document.createElement("option"); o.value = n; o.textContent = n.replace(/_gCO2e_per_kWh$/, ""); select.appendChild(o); }
  document.getElementById("chart-heatmap").querySelector("h3").appendChild(select);
  const draw = () => {
    const values = h.columns[select.value];
    const data = values.map((v, i) => [Math.floor(i / 24), i % 24, v]);
    const finite = values.filter((v) => v != null);
    box.setOption({ tooltip: { formatter: (p) => "day " + p.value[0] + ", " + p.value[1] + ":00 UTC: " + p.value[2] + " gCO2e/kWh" },
      dataZoom: [{ type: "inside", xAxisIndex: 0 }, { type: "slider", xAxisIndex: 0 }],
      xAxis: { type: "category", name: "day of year", data: [...Array(Math.ceil(values.length / 24)).keys()] },
      yAxis: { type: "category", name: "hour (UTC)", data: [...Array(24).keys()] },
      visualMap: { min: Math.min(...finite), max: Math.max(...finite), calculable: true, orient: "horizontal", left: "center", bottom: 0, inRange: { color: ["#1a9850", "#fee08b", "#d73027"] } },
      grid: { bottom: 90 }, series: [{ type: "heatmap", data, progressive: 2000 }] }, true);
  };
  select.addEventListener("change", draw);
  draw();
}

function capacityChart(results) {
  const sites = results.supply && results.supply.sites;
  if (!sites || sites.length === 0) return;
  const techs = [...new Set(sites.flatMap((s) => Object.keys(s.capacity_MW || {})))];
  chartBox("Capacity mix (MW)", "chart-capacity").setOption({
    tooltip: { trigger: "axis" }, legend: { type: "scroll" }, dataZoom: [{ type: "inside" }],
    xAxis: { type: "category", data: sites.map((s) => s.site) }, yAxis: { type: "value", name: "MW" },
    series: techs.map((t) => ({ name: t, type: "bar", stack: "capacity", data: sites.map((s) => (s.capacity_MW || {})[t] || 0) })),
  });
}

function paretoChart(results) {
  const a = results.assessment;
  if (!a || !a.values) return;
  const names = Object.keys(a.values);
  const first = a.values[names[0]] || {};
  const x = "cost_USD_per_year" in first ? "cost_USD_per_year" : Object.keys(first)[0];
  const y = "carbon_location_tCO2e" in first ? "carbon_location_tCO2e" : Object.keys(first)[1];
  const pareto = new Set(a.pareto || []);
  const point = (n) => ({ name: n, value: [a.values[n][x], a.values[n][y]] });
  chartBox("Pareto scatter: " + x + " against " + y, "chart-pareto").setOption({
    tooltip: { formatter: (p) => p.name + "<br>" + x + " " + p.value[0].toPrecision(4) + "<br>" + y + " " + p.value[1].toPrecision(4) },
    legend: {}, dataZoom: [{ type: "inside", xAxisIndex: 0 }, { type: "inside", yAxisIndex: 0 }],
    xAxis: { type: "value", name: x, scale: true }, yAxis: { type: "value", name: y, scale: true },
    series: [
      { name: "Pareto set", type: "scatter", symbolSize: 14, label: { show: true, formatter: "{b}", position: "top" }, data: names.filter((n) => pareto.has(n)).map(point) },
      { name: "dominated", type: "scatter", symbolSize: 10, label: { show: true, formatter: "{b}", position: "top" }, data: names.filter((n) => !pareto.has(n)).map(point) },
    ],
  });
}

function fanChart(results) {
  const o = results.outlook;
  if (!o || !o.years) return;
  const metrics = Object.keys(o).filter((k) => o[k] && o[k].p5 && o[k].p50 && o[k].p95);
  if (metrics.length === 0) return;
  const box = chartBox("Outlook fan (P5–P95, P50)", "chart-fan");
  const select = document.createElement("select");
  for (const m of metrics) { const op = document.createElement("option"); op.value = m; op.textContent = m; select.appendChild(op); }
  document.getElementById("chart-fan").querySelector("h3").appendChild(select);
  const draw = () => {
    const m = o[select.value];
    box.setOption({ tooltip: { trigger: "axis" }, legend: {}, dataZoom: [{ type: "inside" }, { type: "slider" }],
      xAxis: { type: "category", data: o.years }, yAxis: { type: "value", name: select.value, scale: true },
      series: [
        { name: "P5", type: "line", data: m.p5, lineStyle: { opacity: 0 }, stack: "band", showSymbol: false },
        { name: "P5–P95", type: "line", data: m.p95.map((v, i) => v - m.p5[i]), lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.3 }, stack: "band", showSymbol: false },
        { name: "P50", type: "line", data: m.p50, showSymbol: false },
      ] }, true);
  };
  select.addEventListener("change", draw);
  draw();
}

async function renderCharts(id, results) {
  disposeCharts();
  const files = await api("GET", "/api/runs/" + id + "/files");
  await energyChart(id, files);
  await heatmapChart(id, files);
  capacityChart(results);
  paretoChart(results);
  fanChart(results);
  if (state.charts.length === 0) {
    $("charts").textContent = "No chartable series found in this run; use the series explorer below.";
  }
}

async function showResults(id) {
  state.runId = id;
  $("results-run").textContent = id;
  $("report-link").href = "/api/runs/" + id + "/report";
  const results = await api("GET", "/api/runs/" + id + "/results");
  await renderCharts(id, results);
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
