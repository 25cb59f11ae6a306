// Plans: small optional help on the coach pages; every page works without it.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Keep a character count beside each coach text box that has a limit.
    document.querySelectorAll("textarea[maxlength]").forEach(function (box) {
      var note = document.createElement("p");
      note.className = "help";
      note.setAttribute("aria-live", "off");
      var update = function () {
        var left = box.maxLength - box.value.length;
        note.textContent = left + " characters left";
      };
      box.insertAdjacentElement("afterend", note);
      box.addEventListener("input", update);
      update();
    });
  });
})();
