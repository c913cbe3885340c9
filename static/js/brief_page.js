// Progress is fetched, never reloaded: what staff are typing stays as it is.
(function () {
  var card = document.getElementById("brief-job");
  if (!card) return;
  var busy = card.dataset.busy === "1";
  function show(el, on) { if (el) el.hidden = !on; }
  function poll() {
    fetch(card.dataset.statusUrl, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        var bar = document.querySelector("#job-progress .progress-bar");
        var pct = Math.round((s.progress || 0) * 100);
        show(document.getElementById("job-progress"), s.busy);
        if (bar) { bar.style.width = pct + "%"; bar.textContent = pct + "%"; }
        var status = document.getElementById("job-status");
        status.textContent = s.busy ? s.text + "……（进度自动更新，正在填写的内容不受影响）" : (s.text ? "状态：" + s.text : "");
        show(status, !!s.text);
        var error = document.getElementById("job-error");
        error.textContent = s.error || ""; show(error, !!s.error);
        var button = document.getElementById("generate");
        if (button) button.disabled = s.busy;
        if (s.pdf_ready) {
          show(document.getElementById("download-pdf"), true);
          var frame = document.getElementById("pdf-frame");
          if (!s.busy && busy) { frame.src = s.pdf_url + "?t=" + Date.now(); }
          show(frame, true);
        }
        busy = s.busy;
        if (busy) setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  if (busy) setTimeout(poll, 500);
})();
