// Live walls: each [data-live] element follows its SSE stream and is morphed into each new
// rendering (idiomorph, vendored), so the element that has keyboard focus, the scroll
// position and open menus survive an update; without idiomorph the content is replaced.
// EventSource reconnects by itself; the server starts every stream with the current wall, so
// a reconnecting screen catches up at once. Streams close when the page is hidden (Chrome's
// back/forward cache would keep them open, and six open connections block the next page)
// and open again if it is shown from that cache. The shared wall carries nothing personal: the
// page around it names the sessions I want to join (data-mine) and where I am checked in
// (data-here), and they are marked here after every update, in the words the page gives
// (data-you-here, data-you-want). Kiosks mark the slot running
// now and the next one, and keep the current one in view.
(function () {
  var sources = [];
  function ids(el, name) {
    var v = el && el.getAttribute(name);
    return v ? v.split(/\s+/).filter(Boolean) : [];
  }
  function mine(el) {
    var box = el.closest('[data-mine],[data-here]');
    if (!box) return;
    var want = ids(box, 'data-mine'), here = ids(box, 'data-here');
    el.querySelectorAll('[data-session]').forEach(function (card) {
      var id = card.dataset.session;
      card.classList.toggle('mine', want.indexOf(id) >= 0);
      card.classList.toggle('here', here.indexOf(id) >= 0);
      var tag = card.querySelector('.you');
      var text = here.indexOf(id) >= 0 ? box.dataset.youHere || 'You are here'
        : want.indexOf(id) >= 0 ? box.dataset.youWant || 'You want to join' : '';
      if (text && !tag) {
        tag = document.createElement('small');
        tag.className = 'you';
        card.appendChild(tag);
      }
      if (tag) {
        if (text) tag.textContent = text; else tag.remove();
      }
    });
  }
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
  function update(el, html) {
    if (window.Idiomorph) {
      window.Idiomorph.morph(el, html, { morphStyle: 'innerHTML' });
    } else {
      el.innerHTML = html;
    }
  }
  function connect() {
    sources.forEach(function (s) { s.close(); });
    sources = [];
    document.querySelectorAll('[data-live]').forEach(function (el) {
      mine(el);
      var es = new EventSource(el.dataset.live);
      es.addEventListener('wall', function (e) {
        update(el, e.data);
        el.dataset.version = e.lastEventId;
        if (window.htmx) window.htmx.process(el);
        mine(el);
        mark();
      });
      sources.push(es);
    });
  }
  // After an action the page names the item acted on (the flash's data-item): bring it into
  // view, also when htmx followed the redirect and the fragment was lost.
  // htmx scrolls a boosted page to the top as it settles, so this waits a moment.
  function reveal() {
    setTimeout(function () {
      var f = document.getElementById('flash');
      var t = f && f.dataset.item && document.getElementById(f.dataset.item);
      if (!t) return;
      var r = t.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight) t.scrollIntoView({ block: 'center' });
    }, 60);
  }
  document.addEventListener('DOMContentLoaded', function () { connect(); reveal(); });
  document.addEventListener('htmx:afterSettle', function (e) {
    if (e.target === document.body) { connect(); reveal(); }
  });
  window.addEventListener('pagehide', function () {
    sources.forEach(function (s) { s.close(); });
    sources = [];
  });
  window.addEventListener('pageshow', function (e) { if (e.persisted) connect(); });
  setInterval(mark, 30000);
})();
