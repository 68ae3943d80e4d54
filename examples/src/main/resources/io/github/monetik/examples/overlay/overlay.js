// Monetik LIVE overlay: shows the strings the server sends (Server-Sent Events, /events).
// It computes nothing: every figure arrives formatted from Monetik's exact values; the only numbers
// are whole per mille for the bars' sizes. Text goes in with textContent, never as HTML.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const $ = (id) => document.getElementById(id);
  const text = (id, value) => { const e = $(id); if (e.textContent !== value) { e.textContent = value; } };
  // A bar's width from its whole per mille, left to CSS: "calc(565% / 10)".
  const pct = (permille) => "calc(" + String(permille) + "% / 10)";

  function el(tag, cls, value) {
    const e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (value !== undefined) { e.textContent = value; }
    return e;
  }

  function goal(g) {
    text("goal-kind", g.kind);
    text("goal-target", g.target);
    text("goal-value", g.value);
    text("goal-percent", "(" + g.percent + ")");
    text("goal-air", g.air);
    const bar = $("goal-bar");
    bar.setAttribute("aria-valuenow", String(g.permille));
    bar.setAttribute("aria-valuetext", g.text);
    bar.dataset.value = g.value;
    $("goal-fill").style.width = pct(g.permille);
    $("goal-fill").dataset.permille = String(g.permille);
    $("goal-air-fill").style.width = pct(g.permilleWithAir);
    $("goal-air-fill").dataset.permille = String(g.permilleWithAir);
    document.body.dataset.reached = String(g.reached);
  }

  function top(list) {
    const ol = $("top");
    ol.replaceChildren(...list.map((g) => {
      const li = el("li");
      li.dataset.id = g.id;
      li.append(el("span", "rank", g.rank), el("span", "name", g.name), el("span", "num gifts", g.gifts + " gifts"),
        el("span", "num coins", g.coins));
      li.title = g.name + ": " + g.gifts + " gifts, " + g.coins + ", " + g.creatorCash;
      return li;
    }));
    if (list.length === 0) { ol.append(el("li", "empty", "no gifts yet")); }
  }

  function last(list) {
    // Keep the rows that are still there (a screen reader announces only what is new).
    const ul = $("last");
    const old = new Map([...ul.children].map((li) => [li.dataset.key, li]));
    const rows = list.map((g) => {
      let li = old.get(g.key);
      if (!li || li.dataset.text !== g.text) {
        li = el("li", g.revised ? "revised" : "");
        li.dataset.key = g.key;
        li.dataset.text = g.text;
        const what = el("span", "name", g.text);
        li.append(el("span", "time", g.time), what, el("span", "num", g.creatorCash));
      }
      return li;
    });
    if (rows.length !== ul.children.length || rows.some((li, i) => ul.children[i] !== li)) {
      ul.replaceChildren(...rows);
    }
  }

  function chart(c) {
    text("chart-title", c.title);
    text("chart-total", c.total);
    text("chart-max", c.max);
    const box = $("chart");
    box.setAttribute("aria-label", c.title + ": total " + c.total + ", best minute " + c.max);
    const n = Math.max(c.bars.length, 1);
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + String(n * 10) + " 1000");
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("aria-hidden", "true");
    c.bars.forEach((b, i) => {
      const r = document.createElementNS(SVG, "rect");
      const h = b.permille > 0 ? b.permille : 15;
      r.setAttribute("x", String(i * 10 + 1));
      r.setAttribute("width", "8");
      r.setAttribute("y", String(1000 - h));
      r.setAttribute("height", String(h));
      if (b.permille === 0) { r.setAttribute("class", "empty"); }
      const t = document.createElementNS(SVG, "title");
      t.textContent = b.minute + ": " + b.value + " (" + b.gifts + " gifts)";
      r.append(t);
      svg.append(r);
    });
    box.replaceChildren(svg);
  }

  function show(s) {
    document.body.dataset.phase = s.phase;
    document.body.dataset.seq = String(s.seq);
    goal(s.goal);
    text("air-combos", s.air.combos);
    text("air-gifts", s.air.gifts);
    text("air-coins", s.air.coins);
    text("air-cash", s.air.creatorCash);
    top(s.top);
    last(s.last);
    text("latest", s.latest);
    chart(s.chart);
    text("total-gifts", s.totals.gifts);
    text("total-coins", s.totals.coins);
    text("total-diamonds", s.totals.diamonds);
    text("total-cash", s.totals.creatorCash);
    text("naive-coins", s.totals.naiveCoins);
    text("status", s.status);
    text("stream-time", s.streamTime);
    text("messages", s.messages);
    text("issues", s.issues);
  }

  const events = new EventSource("/events");
  events.addEventListener("state", (e) => show(JSON.parse(e.data)));
  events.onerror = () => {
    if (document.body.dataset.phase !== "done") { text("status", "reconnecting…"); }
  };
})();
