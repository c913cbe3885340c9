// Steps that cannot be undone ask first. A form with data-confirm="…" shows that text in a
// dialog (with {field} replaced by what was typed in the form's field of that name) and is
// submitted only after 确认; a link or button with data-confirm likewise. Plain Bootstrap 4.
(function ($) {
  if (!$) { return; }
  var modal = null;
  function dialog() {
    if (modal) { return modal; }
    modal = $(
      '<div class="modal" id="confirm-dialog" tabindex="-1" role="dialog" aria-labelledby="confirm-title">' +
      '<div class="modal-dialog" role="document"><div class="modal-content">' +
      '<div class="modal-header"><h5 class="modal-title" id="confirm-title">请确认</h5></div>' +
      '<div class="modal-body" id="confirm-text" style="white-space: pre-wrap"></div>' +
      '<div class="modal-footer">' +
      '<button type="button" class="btn btn-secondary" data-dismiss="modal" id="confirm-cancel">取消</button>' +
      '<button type="button" class="btn btn-danger" id="confirm-ok">确认</button>' +
      '</div></div></div></div>').appendTo(document.body);
    return modal;
  }
  function fill(text, form) {
    return text.replace(/\{(\w+)\}/g, function (_, name) {
      var field = form && form.elements[name];
      var value = field ? (field.options && field.selectedIndex >= 0 ? field.options[field.selectedIndex].text : field.value) : "";
      value = (value || "").trim();
      return value || "（空）";
    });
  }
  function ask(text, then) {
    var box = dialog();
    box.find("#confirm-text").text(text);
    box.find("#confirm-ok").off("click").on("click", function () { box.modal("hide"); then(); });
    box.modal("show");
  }
  $(document).on("submit", "form[data-confirm]", function (event) {
    var form = this;
    if (form.dataset.confirmed === "1") { return true; }
    event.preventDefault();
    ask(fill(form.dataset.confirm, form), function () {
      form.dataset.confirmed = "1";
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    });
    return false;
  });
  window.hotlineConfirm = ask;

  // Flask-Admin's list actions: the same dialog instead of the browser's confirm(), naming how
  // many rows and which (the 编号 column) the action will change; {count} in the message.
  $(function () {
    var actions = window.modelActions;
    var data = document.getElementById("actions-confirmation-data");
    if (!actions || !data) { return; }
    var messages = JSON.parse(data.textContent);
    var plain = actions.execute;
    actions.execute = function (name) {
      var checked = $("input.action-checkbox:checked");
      var message = messages[name];
      if (!checked.length || !message) { return plain.call(actions, name); }
      var numbers = checked.map(function () {
        var cell = $(this).closest("tr").find(".col-case_no");
        return cell.length ? cell.text().trim() : "";
      }).get().filter(Boolean);
      var text = message.replace("{count}", checked.length);
      if (numbers.length) { text += "\n" + numbers.slice(0, 20).join("、") + (numbers.length > 20 ? " 等" : ""); }
      ask(text, function () {
        // What Flask-Admin's execute does after its own confirm(): fill the hidden form, submit.
        var form = $("#action_form");
        $("#action", form).val(name);
        $("input.action-checkbox", form).remove();
        checked.each(function () { form.append($(this).clone()); });
        form.submit();
      });
      return false;
    };
  });
})(window.jQuery);
