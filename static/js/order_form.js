// The call form: sub-categories follow the chosen category; the caller's earlier orders
// appear as soon as the number is typed. Plain JS, no library.
(function () {
  var parents = JSON.parse(document.getElementById("sub-parents").textContent);
  var category = document.getElementById("category");
  var sub = document.getElementById("subcategory");
  function filterSubs() {
    for (var i = 0; i < sub.options.length; i++) {
      var opt = sub.options[i];
      var parent = parents[opt.value];
      opt.hidden = opt.value !== "0" && String(parent) !== category.value;
    }
    if (sub.selectedOptions.length && sub.selectedOptions[0].hidden) { sub.value = "0"; }
  }
  category.addEventListener("change", filterSubs);
  filterSubs();

  var phone = document.getElementById("caller_phone");
  var box = document.getElementById("earlier-orders");
  var timer = null;
  function show(orders) {
    box.textContent = "";
    if (!orders.length) { box.textContent = "该号码没有历史工单"; return; }
    var table = document.createElement("table");
    table.className = "table table-sm";
    orders.forEach(function (o) {
      var row = table.insertRow();
      var link = document.createElement("a");
      link.href = o.url; link.textContent = o.case_no; link.target = "_blank";
      row.insertCell().appendChild(link);
      row.insertCell().textContent = o.received_at;
      row.insertCell().textContent = o.status;
      row.insertCell().textContent = o.content;
    });
    box.appendChild(table);
  }
  function lookup() {
    var value = phone.value.trim();
    if (value.length < 5) { box.textContent = "输入来电号码后显示"; return; }
    fetch(box.dataset.url + "?phone=" + encodeURIComponent(value), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (data) { show(data.orders); })
      .catch(function () { box.textContent = "历史工单查询失败"; });
  }
  phone.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(lookup, 250); });
  if (phone.value) { lookup(); }

  // 在线办结 and 骚扰来电 end the order at once: ask first (static/js/confirm.js shows data-confirm).
  var form = document.getElementById("order-form");
  var reply = document.getElementById("reply");
  var asks = {
    online: "保存后工单将在线办结，答复「{reply}」作为处理结果；之后不能再转办。",
    harassment: "保存后工单将标记为骚扰来电：不再回访，只计入骚扰来电数；标记不能撤销。"
  };
  var submitter = null;
  form.addEventListener("click", function (event) {
    if (event.target.type === "submit") { submitter = event.target; }
  });
  function chosen() {
    var picked = form.querySelector("input[name=disposition]:checked");
    return picked ? picked.value : "keep";
  }
  function follow() {
    var value = chosen();
    if (asks[value]) { form.dataset.confirm = asks[value]; } else { delete form.dataset.confirm; }
    reply.required = value === "online";
  }
  form.addEventListener("change", follow);
  // The button pressed (保存 or 保存并受理下一个) must survive the dialog's re-submit.
  form.addEventListener("submit", function () {
    var old = form.querySelector("input[type=hidden][name=and_next]");
    if (old) { old.remove(); }
    if (submitter && submitter.name === "and_next") {
      var keep = document.createElement("input");
      keep.type = "hidden"; keep.name = "and_next"; keep.value = "1";
      form.appendChild(keep);
    }
  }, true);
  follow();
})();
