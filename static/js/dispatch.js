// The dispatch page: the unit list narrows as a name is typed (the first match is chosen), and
// a suggested unit (those given most orders of the same sub-category) is chosen with one click.
(function () {
  var search = document.getElementById("unit-search");
  var select = document.getElementById("department");
  if (!search || !select) { return; }
  search.addEventListener("input", function () {
    var text = search.value.trim();
    var first = null;
    for (var i = 0; i < select.options.length; i++) {
      var option = select.options[i];
      var match = !option.value || !text || option.text.indexOf(text) >= 0;
      option.hidden = !match;
      if (match && option.value && first === null) { first = option; }
    }
    if (text && first) { select.value = first.value; }
  });
  var buttons = document.querySelectorAll(".suggest-unit");
  for (var j = 0; j < buttons.length; j++) {
    buttons[j].addEventListener("click", function (event) {
      select.value = event.currentTarget.dataset.unit;
      search.value = "";
      for (var k = 0; k < select.options.length; k++) { select.options[k].hidden = false; }
      select.focus();
    });
  }
})();
