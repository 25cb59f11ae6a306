// Small, optional enhancements; every page works without them.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // The help panel takes focus when it opens, so a screen reader hears it first.
    var panel = document.getElementById("help-panel");
    if (panel) {
      panel.focus();
      var close = panel.querySelector("[data-close-help]");
      if (close) {
        close.addEventListener("click", function () {
          panel.hidden = true;
          var main = document.getElementById("main");
          if (main) { main.focus(); }
        });
      }
    }
    // Copy buttons: <button data-copy="#id">
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.querySelector(button.getAttribute("data-copy"));
        if (!source || !navigator.clipboard) { return; }
        var text = source.value !== undefined ? source.value : source.textContent;
        navigator.clipboard.writeText(text).then(function () {
          button.textContent = "Copied";
        });
      });
    });
  });
})();
