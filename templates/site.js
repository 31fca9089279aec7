// zhengce site script: progressive enhancement only — every page works without it.
// - search as you type: a form with data-live="#selector" (the search page's own header box,
//   the iframe widget) fetches its results page as the user types and swaps that element in
//   (the server renders, so there is one set of views). Forms on other pages are plain forms:
//   typing there never replaces the page;
// - back and forward: a page that live search changed is reloaded when the user goes back to
//   an address it showed; a change of the #fragment alone (the skip links, the 「筛选」 link)
//   is left to the browser;
// - the 「筛选」 button on phones shows and hides the facets (without JavaScript it is a link
//   to #filters, which the stylesheet shows with :target);
// - copy buttons: <button data-copy="id"> copies the text of #id.
(function () {
  "use strict";

  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  // The address (without #fragment) of what the page shows now.
  function shownAddress() {
    return location.pathname + location.search;
  }
  var shown = shownAddress();

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
      // The header marks a half-typed query: the query statistics count only submitted ones.
      fetch(target, {
        signal: controller ? controller.signal : undefined,
        credentials: "same-origin",
        headers: { "X-Zhengce-Live": "1" }
      })
        .then(function (response) { return response.text(); })
        .then(function (text) {
          var fresh = new DOMParser().parseFromString(text, "text/html");
          var incoming = fresh.querySelector(selector);
          var current = document.querySelector(selector);
          if (!incoming || !current) return;
          current.replaceWith(document.adoptNode(incoming));
          document.title = fresh.title;
          var json = fresh.querySelector("a[data-json]");
          var ownJson = document.querySelector("a[data-json]");
          if (json && ownJson) ownJson.setAttribute("href", json.getAttribute("href"));
          var path = target.split("?")[0];
          if (location.pathname === path) {
            history.replaceState({ live: true }, "", target);
          } else {
            history.pushState({ live: true }, "", target);
          }
          shown = shownAddress();
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

  function filterToggles(root) {
    root.querySelectorAll("a[data-toggle]").forEach(function (link) {
      var panel = document.getElementById(link.getAttribute("data-toggle"));
      if (!panel) return;
      link.setAttribute("role", "button");
      link.setAttribute("aria-controls", panel.id);
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var open = !panel.classList.contains("open");
        panel.classList.toggle("open", open);
        link.setAttribute("aria-expanded", open ? "true" : "false");
        if (open) panel.focus();
      });
    });
  }

  function filterClosers(root) {
    root.querySelectorAll("a[data-close]").forEach(function (link) {
      var panel = document.getElementById(link.getAttribute("data-close"));
      if (!panel) return;
      link.addEventListener("click", function (event) {
        panel.classList.remove("open");
        var toggle = document.querySelector('a[data-toggle="' + panel.id + '"]');
        if (toggle) toggle.setAttribute("aria-expanded", "false");
        // Opened by the skip link (#filters): following the link clears :target.
        if (location.hash === "#" + panel.id) return;
        event.preventDefault();
        if (toggle) toggle.focus();
      });
    });
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
    filterToggles(root);
    filterClosers(root);
  }

  document.querySelectorAll("form[data-live]").forEach(liveSearch);
  enhance(document);
  window.addEventListener("popstate", function () {
    // Only a different page needs the server: a #fragment change is the browser's.
    if (shownAddress() !== shown) location.reload();
  });
})();
