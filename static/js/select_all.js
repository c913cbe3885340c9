// A checkbox with data-select-all="NAME" ticks or clears every checkbox named NAME
// (the page's Content-Security-Policy runs no inline handler).
document.addEventListener("change", function (event) {
  var box = event.target;
  if (!box.matches || !box.matches("input[data-select-all]")) return;
  document.querySelectorAll('input[type=checkbox][name="' + box.dataset.selectAll + '"]').forEach(function (c) {
    c.checked = box.checked;
  });
});
