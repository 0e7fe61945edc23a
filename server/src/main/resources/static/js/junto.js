// Junto's page script: everything here only improves pages that already work without it.
(function () {
  "use strict";

  // CSRF: htmx requests carry the session's token in the header Spring Security reads.
  document.addEventListener("htmx:configRequest", function (e) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) { e.detail.headers[header.content] = token.content; }
  });

  // The character counter counts as the server does: every URL is 23, a mention only its @username part,
  // everything else in grapheme clusters (user-perceived characters); the content warning counts too.
  var URL = /(^|[^\/\w@.-])(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'])/gi;
  var REMOTE_MENTION = /(^|[^\/\w@])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)@[\w.-]+\w+/gi;
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter() : null;
  function graphemes(s) {
    if (segmenter) { var n = 0; for (var _ of segmenter.segment(s)) { n++; } return n; }
    return Array.from(s).length;
  }
  function counted(text) {
    var countable = text.replace(URL, function (_, before) { return before + "x".repeat(23); })
      .replace(REMOTE_MENTION, "$1@$2");
    return graphemes(countable);
  }
  function updateCounter(counter) {
    var used = 0;
    document.querySelectorAll('[data-counter="' + counter.id + '"]').forEach(function (field) {
      used += counted(field.value);
    });
    var left = Number(counter.dataset.max) - used;
    counter.textContent = left;
    counter.classList.toggle("over", left < 0);
    var form = counter.closest("form");
    var submit = form && form.querySelector('button[type="submit"]');
    if (submit) { submit.disabled = left < 0; }
  }
  document.addEventListener("input", function (e) {
    var id = e.target.dataset && e.target.dataset.counter;
    var counter = id && document.getElementById(id);
    if (counter) { updateCounter(counter); }
  });

  // After a post is accepted, clear the form for the next one (new key, empty text, no error).
  document.addEventListener("junto:posted", function (e) {
    var form = e.target.closest ? e.target.closest("form.compose") : null;
    form = form || document.querySelector("form.compose");
    if (!form) { return; }
    form.querySelector("textarea").value = "";
    var spoiler = form.querySelector('[name="spoiler_text"]');
    if (spoiler) { spoiler.value = ""; }
    var key = form.querySelector('[name="idempotency_key"]');
    if (key) { key.value = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()); }
    var error = form.querySelector("#compose-error");
    if (error) { error.textContent = ""; }
    var counter = form.querySelector(".counter");
    if (counter) { updateCounter(counter); }
    form.querySelector("textarea").focus();
  });

  // A live card for a post already on the page (one's own post arrives both as the answer and on the stream).
  document.addEventListener("htmx:sseBeforeMessage", function (e) {
    var m = /id="(status-\d+)"/.exec(e.detail.data || "");
    if (m && document.getElementById(m[1]) && (e.detail.type === "home" || e.detail.type === "local")) {
      e.preventDefault();
    }
  });

  // Relative times stay current: "now", "5m", "3h", "2d", then the date.
  function ago(date) {
    var s = (Date.now() - date.getTime()) / 1000;
    if (s < 60) { return "now"; }
    if (s < 3600) { return Math.floor(s / 60) + "m"; }
    if (s < 86400) { return Math.floor(s / 3600) + "h"; }
    if (s < 604800) { return Math.floor(s / 86400) + "d"; }
    return null;
  }
  function refreshTimes() {
    document.querySelectorAll(".status time[datetime], .notification time[datetime]").forEach(function (t) {
      var text = ago(new Date(t.getAttribute("datetime")));
      if (text) { t.textContent = text; }
    });
  }
  setInterval(refreshTimes, 30000);

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".counter[data-max]").forEach(updateCounter);
  });
})();
