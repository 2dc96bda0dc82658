// The kiosk and display links: the room filter shows the chosen room as soon as it is picked
// (a listener here, since our CSP forbids inline handlers such as onchange), and a display
// link's wall reloads itself every 20 seconds, marking the slot running now and the next one.
// Without JavaScript the "Show" button submits the filter and the page can be reloaded.
(function () {
  function mark() {
    var now = Date.now() / 1000, next = null;
    document.querySelectorAll('[data-poll] .k-row').forEach(function (row) {
      var s = +row.dataset.starts, e = +row.dataset.ends;
      row.classList.toggle('now', s <= now && now < e);
      row.classList.toggle('past', e <= now);
      row.classList.remove('next');
      if (s > now && (next === null || s < +next.dataset.starts)) next = row;
    });
    if (next) next.classList.add('next');
  }
  function refresh(el) {
    fetch(el.dataset.poll, { cache: 'no-store', credentials: 'omit' }).then(function (r) {
      if (r.status === 404) {
        el.textContent = el.dataset.revoked || 'This display link was revoked.';
        return null;
      }
      return r.ok ? r.text() : null;
    }).then(function (html) {
      if (html !== null) {
        el.innerHTML = html;
        mark();
      }
    }).catch(function () { /* offline: keep what is shown, try again later */ });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.room-filter').forEach(function (form) {
      var select = form.querySelector('select');
      var button = form.querySelector('.js-hide');
      if (button) button.hidden = true;
      if (select) select.addEventListener('change', function () { form.submit(); });
    });
    var el = document.querySelector('[data-poll]');
    if (el) {
      mark();
      setInterval(function () { refresh(el); }, 20000);
    }
  });
})();
