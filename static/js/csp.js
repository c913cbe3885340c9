// The Content-Security-Policy allows no inline script, so the inline handlers written by
// Flask-Admin's templates (and a few of ours) never run. This file, loaded on every screen,
// does what each of them says, read from the attribute's text (never evaluated).
(function () {
  function quoted(text) {
    var m = /'((?:[^'\\]|\\.)*)'/.exec(text);
    return m ? m[1].replace(/\\(.)/g, "$1") : "";
  }
  // Returns false when the default action (following the link, submitting) must not happen.
  function run(code, element) {
    code = (code || "").trim();
    if (/^return false;?$/.test(code)) { return false; }
    if (/^return modelActions\.execute\(/.test(code)) {
      return window.modelActions ? window.modelActions.execute(quoted(code)) : false;
    }
    if (/^return (faHelpers\.safeConfirm|confirm)\(/.test(code)) {
      return window.confirm(quoted(code));
    }
    if (/^faForm\.addInlineField\(this,/.test(code) && window.faForm) {
      window.faForm.addInlineField(element, quoted(code.replace(/^[^,]*,/, "")));
      return false;
    }
    return true;
  }
  document.addEventListener("click", function (event) {
    var element = event.target.closest("[onclick]");
    if (element && run(element.getAttribute("onclick"), element) === false) { event.preventDefault(); }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("onsubmit") && run(form.getAttribute("onsubmit"), form) === false) {
      event.preventDefault();
    }
  });
})();
