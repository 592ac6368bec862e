// The explorer page: renders one document's highlighted text, its outline, filters, details and charts
// from the JSON in #explorer-data. Nothing is fetched: every script and datum is in the page.
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("explorer-data").textContent);
  const FILTERS = ["kind", "period", "measure", "status", "category"];
  const TYPES = ["target", "project", "term"];
  const CHARTS = { targets: "#chart-targets", projects: "#chart-projects" };
  const docs = new Map(DATA.documents.map((d) => [d.id, d]));
  const state = { lang: "zh", doc: DATA.documents[0].id, selected: null, types: new Set(TYPES), filters: {}, q: "" };
  const views = {};
  const haystacks = new Map();
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  }
  const L = () => DATA.labels[state.lang];
  const zh = () => state.lang === "zh";
  const doc = () => docs.get(state.doc);
  const coded = (field, v) => (L().values[field] || {})[v] || v;
  const both = (first, second) => (second && second !== first ? first + " (" + second + ")" : first);
  const number = (v) => (v === null || v === undefined ? "" : Number(v).toLocaleString("en-US"));

  // Labels: every element with data-label, the title, the picker, the outline, the filters, the details.
  function labels() {
    document.documentElement.lang = zh() ? "zh-Hans" : "en";
    for (const e of document.querySelectorAll("[data-label]")) e.textContent = L().ui[e.dataset.label];
    $("search").placeholder = L().ui.search_hint;
    const d = doc();
    $("doc-title").textContent = zh() ? d.title + " · " + d.meeting : d.title_en + " · " + d.delivered_on;
    picker();
    outline();
    filterControls();
    count();
    details();
  }

  function picker() {
    $("doc-choice").hidden = DATA.documents.length < 2;
    const select = $("doc-picker");
    select.textContent = "";
    for (const d of DATA.documents) select.append(el("option", { value: d.id }, d.id + " · " + (zh() ? d.title : d.title_en)));
    select.value = state.doc;
  }

  function outline() {
    const list = $("outline-list");
    list.textContent = "";
    for (const s of doc().sections) {
      const title = zh() ? (s.label ? s.label + " " : "") + s.title : s.title_en || s.title;
      const link = el("a", { href: "#sec-" + s.section_id, "data-section": s.section_id }, title);
      list.append(el("li", { class: "level-" + s.level }, link));
    }
  }

  function filterControls() {
    const box = $("filters");
    box.textContent = "";
    for (const field of FILTERS) {
      const found = new Set();
      for (const type of ["target", "project"]) {
        for (const row of Object.values(doc().rows[type])) if (row[field]) found.add(row[field]);
      }
      const order = Object.keys(L().values[field] || {});
      const values = order.length ? order.filter((v) => found.has(v)) : [...found].sort();
      const select = el("select", { id: "filter-" + field, "data-field": field }, el("option", { value: "" }, L().ui.all));
      for (const v of values) select.append(el("option", { value: v }, coded(field, v)));
      select.value = state.filters[field] || "";
      box.append(el("label", { for: "filter-" + field }, L().fields[field]), select);
    }
  }

  // Filtering: a row shows when its type is ticked, it has every filtered field's value, and it matches the search.
  function haystack(type, id, row) {
    const key = state.doc + "\u0000" + type + "\u0000" + id;
    if (!haystacks.has(key)) {
      const extra = type === "target" ? DATA.indicators[row.indicator_id] : type === "project" ? DATA.projects[row.project_key] : doc().terms[row.term_id];
      haystacks.set(key, [id, ...Object.values(row), ...Object.values(extra || {})].join("\u0000").toLowerCase());
    }
    return haystacks.get(key);
  }

  function passes(type, id) {
    const row = doc().rows[type][id];
    if (!state.types.has(type) || !row) return false;
    for (const [field, v] of Object.entries(state.filters)) if (v && row[field] !== v) return false;
    return !state.q || haystack(type, id, row).includes(state.q);
  }

  function apply() {
    let shown = 0;
    for (const mark of $("text").querySelectorAll("mark.hl")) {
      const own = Boolean(mark.dataset.id);
      const ok = passes(own ? mark.dataset.type : mark.dataset.partType, own ? mark.dataset.id : mark.dataset.partOf);
      mark.classList.toggle("off", !ok);
      if (ok && own) shown += 1;
    }
    $("count").dataset.count = String(shown);
    count();
  }

  function count() {
    $("count").textContent = ($("count").dataset.count || "0") + " " + L().ui.matches;
  }

  // Details: the selected row's fields, then its neighbours (same indicator, project or term).
  function fields(type, id, row) {
    const section = doc().sections.find((s) => s.section_id === row.section_id) || {};
    const where = zh() ? section.title : section.title_en || section.title;
    if (type === "target") {
      const ind = DATA.indicators[row.indicator_id] || {};
      const range = number(row.value) + (row.value_max === null ? "" : "–" + number(row.value_max));
      return [["id", id], ["quote", row.quote], ["value", range + " " + (row.unit || "") + " (" + row.number_text + ")"],
        ["qualifier", coded("qualifier", row.qualifier)], ["measure", coded("measure", row.measure)],
        ["kind", coded("kind", row.kind)], ["period", row.period],
        ["indicator", zh() ? both(ind.name_zh || row.indicator, ind.name_en) : both(ind.name_en, ind.name_zh || row.indicator)],
        ["section", where]];
    }
    if (type === "project") {
      const named = DATA.projects[row.project_key] || {};
      return [["id", id], ["name", zh() ? both(row.name, named.name_en) : both(named.name_en, row.name)],
        ["full_name", row.full_name], ["status", coded("status", row.status) + " (" + row.status_text + ")"],
        ["category", coded("category", row.category)], ["location", row.location], ["kind", coded("kind", row.kind)],
        ["period", row.period], ["quote", row.quote], ["section", where]];
    }
    const term = doc().terms[row.term_id] || {};
    return [["id", id], ["term", zh() ? both(term.term, term.term_en) : both(term.term_en, term.term)],
      ["matched", row.matched], ["definition", zh() ? term.definition : term.definition_en], ["section", where]];
  }

  function neighbours(type, id, row) {
    const key = { target: "indicator_id", project: "project_key", term: "term_id" }[type];
    const list = el("ul", { class: "neighbours" });
    for (const [other, r] of Object.entries(doc().rows[type])) {
      if (other === id || r[key] !== row[key]) continue;
      const text = type === "term" ? r.matched + " · " + r.section_id : (r.number_text || r.name) + " · " + r.period + " · " + r.quote;
      const button = el("button", { type: "button", class: "link", "data-goto": other, "data-goto-type": type }, text);
      list.append(el("li", {}, button));
    }
    if (!list.children.length) list.append(el("li", {}, L().ui.none));
    return [el("h3", {}, L().ui["neighbours_" + type]), list];
  }

  function details() {
    const body = $("details-body");
    body.textContent = "";
    if (!state.selected) return body.append(el("p", { class: "hint" }, L().ui.details_hint));
    const { type, id } = state.selected;
    const row = doc().rows[type][id];
    const list = el("dl", { "data-type": type, "data-id": id });
    for (const [k, v] of fields(type, id, row)) {
      if (v !== null && v !== undefined && v !== "") list.append(el("dt", {}, L().fields[k]), el("dd", { "data-field": k }, String(v)));
    }
    body.append(list, ...neighbours(type, id, row));
  }

  function select(type, id, scroll) {
    for (const m of $("text").querySelectorAll("mark.selected")) m.classList.remove("selected");
    state.selected = { type, id };
    const mark = $("text").querySelector('mark[data-type="' + type + '"][data-id="' + CSS.escape(id) + '"]');
    if (mark) {
      mark.classList.add("selected");
      if (scroll) mark.scrollIntoView({ block: "center" });
    }
    details();
  }

  // Charts: embedded once per language, for the picked document; a document change sets their `doc`
  // parameter. A chart is shown only for a document it has rows for: one of no rows has no size.
  function charted(name) {
    const shown = DATA.chart_documents[name].includes(state.doc);
    document.querySelector(CHARTS[name]).closest(".chart").hidden = !shown;
    return shown;
  }

  async function chart(name) {
    if (!charted(name)) return;
    if (views[name]) {
      await views[name].signal("doc", state.doc).runAsync();
      return;
    }
    const spec = { ...DATA.charts[name][state.lang], params: [{ name: "doc", value: state.doc }] };
    views[name] = (await vegaEmbed(CHARTS[name], spec, { actions: false, renderer: "svg" })).view;
  }

  async function charts() {
    for (const name of Object.keys(CHARTS)) {
      if (views[name]) views[name].finalize();
      delete views[name];
    }
    await Promise.all(Object.keys(CHARTS).map(chart));
  }

  function render() {
    $("text").innerHTML = doc().html;
    apply();
  }

  function listen() {
    $("text").addEventListener("click", (event) => {
      const mark = event.target.closest("mark.hl");
      if (!mark || mark.classList.contains("off")) return;
      select(mark.dataset.type || mark.dataset.partType, mark.dataset.id || mark.dataset.partOf, false);
    });
    $("text").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && event.target.dataset.id) select(event.target.dataset.type, event.target.dataset.id, false);
    });
    $("details-body").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-goto]");
      if (button) select(button.dataset.gotoType, button.dataset.goto, true);
    });
    $("outline-list").addEventListener("click", (event) => {
      const link = event.target.closest("a[data-section]");
      if (!link) return;
      event.preventDefault();
      const anchor = $("sec-" + link.dataset.section);
      if (anchor) anchor.scrollIntoView({ block: "start" });
    });
    $("filters").addEventListener("change", (event) => {
      state.filters[event.target.dataset.field] = event.target.value;
      apply();
    });
    $("types").addEventListener("change", (event) => {
      if (event.target.checked) state.types.add(event.target.value);
      else state.types.delete(event.target.value);
      apply();
    });
    $("search").addEventListener("input", (event) => {
      state.q = event.target.value.trim().toLowerCase();
      apply();
    });
    $("lang").addEventListener("click", () => {
      state.lang = zh() ? "en" : "zh";
      labels();
      charts().catch((error) => console.error(error));
    });
    $("doc-picker").addEventListener("change", (event) => {
      state.doc = event.target.value;
      state.selected = null;
      state.filters = {};
      render();
      labels();
      Promise.all(Object.keys(CHARTS).map(chart)).catch((error) => console.error(error));
    });
  }

  // For scripts and tests: from a highlight's data-* attributes to its row, and back to the highlight.
  window.explorer = {
    row: (type, id, document) => (docs.get(document || state.doc) || { rows: {} }).rows[type]?.[id] || null,
    select: (type, id) => select(type, id, true),
    state,
    views,
  };

  listen();
  render();
  labels();
  performance.mark("text-ready");
  charts()
    .then(() => {
      performance.mark("charts-ready");
      window.explorerReady = performance.now();
      document.body.dataset.ready = "1";
    })
    .catch((error) => console.error(error));
})();
