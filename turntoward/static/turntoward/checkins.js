// Tell the server the browser's time zone, so "today" is the person's own day.
(function () {
  "use strict";
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("tz=" + encodeURIComponent(zone)) === -1) {
      document.cookie = "tz=" + encodeURIComponent(zone) +
        "; path=/; max-age=31536000; SameSite=Lax";
    }
  } catch (e) { /* without it, days are UTC days */ }
})();
