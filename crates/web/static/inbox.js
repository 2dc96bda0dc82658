// The inbox badge in the header: one stream per signed-in page (/inbox/live) sends the
// number of unread notifications now and after every change; htmx navigations keep the
// stream and the badge is filled again after each swap. The stream closes when the page is
// hidden: Chrome keeps a page in its back/forward cache with its connections open, and
// after six such pages every further request to the server waits for a free connection.
(function () {
  "use strict";
  var count = null;
  function show() {
    var badge = document.getElementById("inbox-badge");
    var link = document.getElementById("inbox-link");
    if (!badge || !link || count === null) return;
    if (count > 0) {
      badge.textContent = " " + count;
      badge.hidden = false;
      link.setAttribute("aria-label", (link.dataset.some || "Inbox, # unread").replace("#", count));
    } else {
      badge.textContent = "";
      badge.hidden = true;
      link.setAttribute("aria-label", link.dataset.none || "Inbox, nothing unread");
    }
  }
  var es = null;
  function open() {
    if (es || !document.getElementById("inbox-link") || !window.EventSource) return;
    es = new EventSource("/inbox/live");
    es.addEventListener("unread", function (e) {
      var n = parseInt(e.data, 10);
      if (!isNaN(n)) {
        count = n;
        show();
      }
    });
  }
  function start() {
    open();
    document.body.addEventListener("htmx:afterSettle", show);
    window.addEventListener("pagehide", function () {
      if (es) es.close();
      es = null;
    });
    window.addEventListener("pageshow", function (e) {
      if (e.persisted) open();
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
