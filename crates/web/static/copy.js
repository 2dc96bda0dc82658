// Copy buttons for links shown in read-only inputs (`input.copy`). Without JavaScript the
// input still shows the link to select and copy by hand; with it, a button copies it and says so.
(function () {
  "use strict";
  function copy(input, button, status) {
    var done = function () {
      button.textContent = "Copied";
      status.textContent = "Link copied.";
      setTimeout(function () { button.textContent = "Copy"; }, 2000);
    };
    var fallback = function () {
      input.focus();
      input.select();
      try {
        if (document.execCommand("copy")) { done(); return; }
      } catch (e) { /* fall through */ }
      status.textContent = "Select the link and copy it.";
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, fallback);
    } else {
      fallback();
    }
  }
  function arm(root) {
    var inputs = (root || document).querySelectorAll("input.copy:not([data-copy-ready])");
    inputs.forEach(function (input) {
      input.setAttribute("data-copy-ready", "");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary copy-button";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy " + (input.labels && input.labels[0] ? input.labels[0].textContent : "link"));
      var status = document.createElement("span");
      status.className = "copy-status";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () { copy(input, button, status); });
      input.addEventListener("focus", function () { input.select(); });
      input.insertAdjacentElement("afterend", status);
      input.insertAdjacentElement("afterend", button);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { arm(); });
  } else {
    arm();
  }
  document.addEventListener("htmx:afterSettle", function () { arm(); });
})();
