// Lean Coffee board: marks the topics I voted for (from the page's data-voted; the shared live
// board carries nothing personal) and counts each timebox down from its end time, corrected
// by the server's clock at page load. Runs once per page, every second, so it also covers
// boards morphed in by live updates.
(function () {
  if (window.leanCoffee) return;
  window.leanCoffee = true;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function step() {
    var box = document.querySelector('[data-voted]');
    if (!box) return;
    box.classList.add('lean-js');
    if (box.dataset.offset === undefined) {
      box.dataset.offset = String(+box.dataset.serverNow - Date.now() / 1000);
    }
    var voted = (box.getAttribute('data-voted') || '').split(/\s+/).filter(Boolean);
    box.querySelectorAll('[data-topic]').forEach(function (card) {
      card.classList.toggle('voted', voted.indexOf(card.dataset.topic) >= 0);
    });
    var now = Date.now() / 1000 + +box.dataset.offset;
    box.querySelectorAll('[data-ends]').forEach(function (el) {
      var left = Math.max(0, Math.round(+el.dataset.ends - now));
      var text = Math.floor(left / 60) + ':' + pad(left % 60);
      if (el.textContent !== text) el.textContent = text;
      var card = el.closest('.lean-card');
      if (card) card.classList.toggle('over', left === 0);
    });
  }
  setInterval(step, 1000);
  document.addEventListener('DOMContentLoaded', step);
  document.addEventListener('htmx:afterSettle', step);
})();
