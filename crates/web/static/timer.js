// The facilitator's timer on every screen of a gathering: the page starts from the state it
// was rendered with, the live stream sends the whole state after every change (so a late or
// reconnecting screen is right at once), and between changes the time left counts down here.
(function () {
  "use strict";
  var box = document.getElementById("timer");
  if (!box) return;
  var state = null;
  var received = 0;
  // The page's words, in the reader's language: "%name" marks where a value goes.
  function say(name, values) {
    var t = box.getAttribute("data-t-" + name) || "";
    for (var k in values) t = t.split("%" + k).join(values[k]);
    return t;
  }
  function mmss(secs) {
    var s = Math.abs(secs);
    var m = Math.floor(s / 60);
    var r = s % 60;
    return (secs < 0 ? "−" : "") + m + ":" + (r < 10 ? "0" : "") + r;
  }
  function level(left, planned) {
    if (left <= 0) return "over";
    if (left * 20 <= planned) return "red";
    if (left * 5 <= planned) return "amber";
    return "calm";
  }
  function show() {
    if (!state) return;
    var left = state.left_secs;
    if (state.running) left -= Math.floor((Date.now() - received) / 1000);
    var lv = state.done ? "done" : level(left, state.planned_secs);
    box.className = box.className.replace(/\blevel-\w+/g, "").trim() + " level-" + lv;
    box.setAttribute("data-level", lv);
    box.setAttribute("data-block", String(state.block));
    var title = document.getElementById("timer-block");
    var t = state.done ? say("done", {}) : state.title;
    if (title.textContent !== t) title.textContent = t;
    document.getElementById("timer-left").textContent = state.done ? "" : mmss(left);
    var now = { left: mmss(left), planned: mmss(state.planned_secs) };
    var said = state.done ? say("end", {}) :
      (left < 0 ? say("over", { by: mmss(-left) }) : say(state.running ? "left" : "paused", now));
    document.getElementById("timer-say").textContent =
      say("block", { n: String(Math.min(state.block + 1, state.blocks)), blocks: String(state.blocks) }) + said;
    var items = document.querySelectorAll("#agenda li");
    for (var i = 0; i < items.length; i++) {
      if (i === state.block) { items[i].setAttribute("aria-current", "step"); items[i].classList.add("current"); }
      else { items[i].removeAttribute("aria-current"); items[i].classList.remove("current"); }
    }
  }
  function take(json) {
    try { state = JSON.parse(json); received = Date.now(); show(); } catch (e) { /* keep the last state */ }
  }
  take(box.getAttribute("data-state"));
  setInterval(show, 1000);
  // The stream closes when the page is hidden (see live.js) and opens again when it is shown.
  var es = null;
  function open() {
    if (es || !window.EventSource) return;
    es = new EventSource(box.getAttribute("data-live"));
    es.addEventListener("timer", function (ev) { take(ev.data); });
  }
  open();
  window.addEventListener("pagehide", function () { if (es) es.close(); es = null; });
  window.addEventListener("pageshow", function (e) { if (e.persisted) open(); });
})();
