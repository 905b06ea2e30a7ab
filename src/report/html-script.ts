// The overview's sorting and filtering, inline and dependency-free: the report works opened from disk.
export const HTML_SCRIPT = `
(function () {
  var table = document.querySelector(".matrix");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var count = document.getElementById("overview-count");
  var search = document.getElementById("overview-filter");
  var shortOnly = document.getElementById("overview-shortfalls");
  function applyFilter() {
    var needle = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var visible = row.getAttribute("data-name").toLowerCase().indexOf(needle) >= 0 && (!shortOnly.checked || row.getAttribute("data-short") !== "0");
      row.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = count.getAttribute("data-template").replace("{shown}", shown).replace("{total}", rows.length);
  }
  search.addEventListener("input", applyFilter);
  shortOnly.addEventListener("change", applyFilter);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, column) {
    var button = cell.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var ascending = cell.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { if (other.hasAttribute("aria-sort")) other.setAttribute("aria-sort", "none"); });
      cell.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-sort"), y = b.cells[column].getAttribute("data-sort");
        var nx = Number(x), ny = Number(y);
        var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  applyFilter();
})();
`;
