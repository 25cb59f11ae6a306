// Quick exit: leave at once for a neutral site, end the session, leave no way back.
(function () {
  "use strict";
  var body = document.body;
  var target = body.getAttribute("data-quick-exit-url") || "https://www.wikipedia.org/";
  var endpoint = body.getAttribute("data-quick-exit-post");
  var lastEscape = 0;

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function leave() {
    try {
      if (endpoint) {
        var data = new FormData();
        data.append("csrfmiddlewaretoken", csrfToken());
        navigator.sendBeacon(endpoint, data);
      }
    } catch (e) { /* leaving matters more than logging out */ }
    document.title = "";
    document.body.innerHTML = "";
    window.location.replace(target);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("quick-exit");
    if (button) { button.addEventListener("click", leave); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 1000) { leave(); }
    lastEscape = now;
  });
  window.TurnToward = window.TurnToward || {};
  window.TurnToward.quickExit = leave;
})();
