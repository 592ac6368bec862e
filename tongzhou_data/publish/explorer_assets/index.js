// The index of a corpus's pages: one row per report, linked to its page; the search box keeps the rows
// whose government, year, title or id hold every word typed; a header sorts by its column (again: reversed).
"use strict";
(function () {
  const reports = JSON.parse(document.getElementById("index-data").textContent);
  const body = document.getElementById("reports");
  const search = document.getElementById("search");
  const count = document.getElementById("count");
  let key = "government", ascending = true;

  function cell(text, numeric) {
    const td = document.createElement("td");
    if (numeric) td.className = "n";
    td.textContent = text === null || text === undefined ? "" : String(text);
    return td;
  }

  function row(report) {
    const tr = document.createElement("tr");
    tr.dataset.id = report.id;
    tr.append(cell(report.government), cell(report.year, true));
    const title = document.createElement("td");
    const link = document.createElement("a");
    link.href = "reports/" + encodeURIComponent(report.id) + ".html";
    link.textContent = report.title || report.id;
    title.append(link);
    tr.append(title, cell(report.targets, true), cell(report.projects, true), cell(report.terms, true));
    return tr;
  }

  function compare(a, b) {
    const x = a[key], y = b[key];
    if (x === y) return a.id < b.id ? -1 : 1;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return (typeof x === "number" ? x - y : String(x).localeCompare(String(y), "zh")) * (ascending ? 1 : -1);
  }

  function show() {
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const kept = reports.filter((r) => {
      const hay = [r.government, r.year, r.title, r.id].join(" ").toLowerCase();
      return words.every((w) => hay.includes(w));
    }).sort(compare);
    body.replaceChildren(...kept.map(row));
    count.textContent = kept.length + " / " + reports.length;
    for (const th of document.querySelectorAll("th")) {
      th.setAttribute("aria-sort", th.dataset.key === key ? (ascending ? "ascending" : "descending") : "none");
    }
  }

  for (const th of document.querySelectorAll("th")) {
    th.addEventListener("click", () => {
      ascending = th.dataset.key === key ? !ascending : true;
      key = th.dataset.key;
      show();
    });
  }
  search.addEventListener("input", show);
  show();
  document.body.dataset.ready = "1";
})();
