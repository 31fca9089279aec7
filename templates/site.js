// zhengce site script: progressive enhancement only — every page works without it.
// - search as you type: a form with data-live="#selector" fetches its own results page as the
//   user types and swaps that element in (the server renders, so there is one set of views);
// - copy buttons: <button data-copy="id"> copies the text of #id.
(function () {
  "use strict";

  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  function liveSearch(form) {
    var selector = form.getAttribute("data-live");
    var input = form.querySelector('input[name="q"]');
    if (!selector || !input || !window.fetch || !window.DOMParser) return;
    var timer = null;
    var controller = null;
    var last = input.value.trim();

    function url() {
      var params = new URLSearchParams(new FormData(form));
      params.delete("page");
      return form.getAttribute("action") + "?" + params.toString();
    }

    function run() {
      var q = input.value.trim();
      if (q === last || q.length === 0) return;
      last = q;
      var target = url();
      if (controller) controller.abort();
      controller = "AbortController" in window ? new AbortController() : null;
      fetch(target, { signal: controller ? controller.signal : undefined, credentials: "same-origin" })
        .then(function (response) { return response.text(); })
        .then(function (text) {
          var fresh = new DOMParser().parseFromString(text, "text/html");
          var incoming = fresh.querySelector(selector);
          var current = document.querySelector(selector);
          if (!incoming || !current) return;
          current.replaceWith(document.adoptNode(incoming));
          document.title = fresh.title;
          var path = target.split("?")[0];
          if (location.pathname === path) {
            history.replaceState(null, "", target);
          } else {
            history.pushState(null, "", target);
          }
          var count = incoming.querySelector(".count");
          status.textContent = count ? count.textContent : "";
          enhance(incoming);
        })
        .catch(function () { /* aborted or offline: the form still submits */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    });
    form.addEventListener("submit", function () { clearTimeout(timer); });
  }

  function copyButtons(root) {
    root.querySelectorAll("button[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) return;
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = source.value !== undefined ? source.value : source.textContent;
        var done = function () {
          button.textContent = "已复制";
          status.textContent = "引用已复制";
          setTimeout(function () { button.textContent = label; }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () { source.select(); });
        } else {
          source.select();
          try { if (document.execCommand("copy")) done(); } catch (e) { /* selected: Ctrl-C */ }
        }
      });
    });
  }

  function enhance(root) {
    copyButtons(root);
  }

  document.querySelectorAll("form[data-live]").forEach(liveSearch);
  enhance(document);
  window.addEventListener("popstate", function () { location.reload(); });
})();
