// Live walls: each [data-live] element follows its SSE stream and is replaced by each new
// rendering. EventSource reconnects by itself; the server starts every stream with the
// current wall, so a reconnecting screen catches up at once. Kiosks mark the slot running
// now and the next one, and keep the current one in view.
(function () {
  var sources = [];
  function mark() {
    var now = Date.now() / 1000, next = null;
    document.querySelectorAll('[data-kiosk] .k-row').forEach(function (row) {
      var s = +row.dataset.starts, e = +row.dataset.ends;
      row.classList.toggle('now', s <= now && now < e);
      row.classList.toggle('past', e <= now);
      row.classList.remove('next');
      if (s > now && (next === null || s < +next.dataset.starts)) next = row;
    });
    if (next) next.classList.add('next');
    var cur = document.querySelector('[data-kiosk] .k-row.now') || next;
    if (cur) cur.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
  function connect() {
    sources.forEach(function (s) { s.close(); });
    sources = [];
    document.querySelectorAll('[data-live]').forEach(function (el) {
      var es = new EventSource(el.dataset.live);
      es.addEventListener('wall', function (e) {
        el.innerHTML = e.data;
        el.dataset.version = e.lastEventId;
        if (window.htmx) window.htmx.process(el);
        mark();
      });
      sources.push(es);
    });
  }
  document.addEventListener('DOMContentLoaded', connect);
  document.addEventListener('htmx:afterSettle', function (e) {
    if (e.target === document.body) connect();
  });
  setInterval(mark, 30000);
})();
