// The call form's knowledge suggestions: as the operator types the content, the top articles
// appear (debounced); 采用 puts the answer into 答复内容 (still editable) and remembers the
// article, saved with the order. Plain JS, no library (CSP: no inline scripts).
(function () {
  var content = document.getElementById("content");
  var box = document.getElementById("kb-suggestions");
  var reply = document.getElementById("reply");
  var chosen = document.getElementById("kb_article");
  var used = document.getElementById("kb-used");
  if (!content || !box || !reply || !chosen) { return; }
  var timer = null;
  var asked = "";
  var seq = 0;

  function take(article) {
    reply.value = article.answer;
    chosen.value = String(article.id);
    used.hidden = false;
    used.textContent = "已采用知识：" + article.title + "（答复内容可修改）";
    reply.focus();
  }

  function show(articles) {
    box.textContent = "";
    box.classList.toggle("text-muted", !articles.length);
    if (!articles.length) { box.textContent = "没有匹配的知识"; return; }
    articles.forEach(function (a) {
      var card = document.createElement("div");
      card.className = "card mb-2 kb-card";
      card.dataset.id = a.id;
      var body = document.createElement("div");
      body.className = "card-body p-2";
      var head = document.createElement("div");
      head.className = "d-flex justify-content-between align-items-start";
      var title = document.createElement("strong");
      title.className = "kb-title";
      title.textContent = a.title;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm btn-outline-success ml-2 kb-use";
      button.textContent = "采用";
      button.addEventListener("click", function () { take(a); });
      head.appendChild(title);
      head.appendChild(button);
      var answer = document.createElement("div");
      answer.className = "small mt-1 kb-answer";
      answer.textContent = a.answer;
      var meta = document.createElement("div");
      meta.className = "small text-muted";
      meta.textContent = [a.unit, a.source].filter(Boolean).join(" · ");
      body.appendChild(head);
      body.appendChild(answer);
      if (meta.textContent) { body.appendChild(meta); }
      card.appendChild(body);
      box.appendChild(card);
    });
  }

  function lookup() {
    var text = content.value.trim();
    if (text === asked) { return; }
    asked = text;
    if (text.length < 2) { box.textContent = "输入诉求内容后显示"; box.classList.add("text-muted"); return; }
    var mine = ++seq;
    fetch(box.dataset.url + "?q=" + encodeURIComponent(text), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (data) { if (mine === seq) { show(data.articles); } })
      .catch(function () { if (mine === seq) { box.textContent = "知识库查询失败"; } });
  }

  content.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(lookup, 200); });
  if (content.value.trim()) { lookup(); }
})();
