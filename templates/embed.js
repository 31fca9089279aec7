// zhengce embed: one tag mounts a policy-measure search box into any page.
//
//   <script src="https://zhengce.example.org/embed.js" data-region="山东省/威海市"
//           data-domain="开办企业" data-limit="5" data-q="印章"></script>
//
// Every filter of the site's search can be pinned: data-region, data-domain,
// data-beneficiary, data-benefit-type, data-lead-unit, data-year, and the month range
// data-from / data-to (`2021-03`). Several values of one filter are separated by 「|」 and
// widen the search as ticking several boxes does on the site (data-region="山东省|辽宁省":
// either); filters together narrow it.
//
// Pinned to the benefit finder (「我的企业能享受哪些政策」), with a select of enterprise types:
//
//   <script src="https://zhengce.example.org/embed.js" data-mode="benefits"
//           data-region="山东省/威海市" data-beneficiary="小微企业" data-parents="1"></script>
//
// (data-region or data-beneficiary pins the profile, one value each; data-parents="0" leaves out the regions
// above and national measures; data-limit counts measures per benefit type.)
//
// - no dependencies; styles isolated in a shadow root (theme it with the CSS custom
//   properties --zhengce-accent and --zhengce-font on any ancestor);
// - results from /api/search (/api/benefits in benefits mode) on the script's own origin (the site must list the portal's
//   origin in --cors-origin when the portal is elsewhere);
// - data is rendered with textContent only, never as HTML; links open the full site.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = script.src.replace(/\/embed\.js(?:[?#].*)?$/, "");
  // The site's filter parameters (FacetKind::ALL in src/index/schema.rs, then the month
  // range), each read from its data- attribute (lead_unit from data-lead-unit).
  var FILTERS = ["region", "domain", "beneficiary", "benefit_type", "lead_unit", "year", "from", "to"];
  var filters = {};
  FILTERS.forEach(function (name) {
    filters[name] = (script.getAttribute("data-" + name.replace(/_/g, "-")) || "")
      .split("|")
      .map(function (value) { return value.trim(); })
      .filter(Boolean);
  });
  var pinned = FILTERS.some(function (name) { return filters[name].length > 0; });
  var options = {
    region: filters.region[0] || "",
    domain: filters.domain[0] || "",
    q: script.getAttribute("data-q") || "",
    limit: Math.min(Math.max(parseInt(script.getAttribute("data-limit") || "5", 10) || 5, 1), 20),
    placeholder: script.getAttribute("data-placeholder") || "",
    mode: script.getAttribute("data-mode") === "benefits" ? "benefits" : "search",
    beneficiary: filters.beneficiary[0] || "",
    parents: script.getAttribute("data-parents") === "0" ? "0" : "1",
    title: script.getAttribute("data-title") ||
      (script.getAttribute("data-mode") === "benefits" ? "惠企政策查找" : "政策措施检索")
  };
  // What the widget is pinned to, as its heading says it: places by their last name, lead
  // units by their body (the part before 「@」), years with 年, the month range.
  var shown = {
    region: function (v) { return v.split("/").pop(); },
    lead_unit: function (v) { return v.split("@")[0]; },
    year: function (v) { return v + "年"; },
    from: function (v) { return v + " 起"; },
    to: function (v) { return v + " 止"; }
  };
  var scope = FILTERS.filter(function (name) {
    return options.mode === "search" || ["region", "domain"].indexOf(name) >= 0;
  }).map(function (name) {
    return filters[name].map(shown[name] || String).join("、");
  }).filter(Boolean).join("·");

  var CSS = [
    ":host { all: initial; display: block; --accent: var(--zhengce-accent, #b4232a);",
    "  font-family: var(--zhengce-font, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);",
    "  color: #1f2328; line-height: 1.6; font-size: 15px; }",
    ".box { border: 1px solid #d0d7de; border-top: 3px solid var(--accent); border-radius: 8px; padding: 12px 14px; background: #fff; }",
    "h2 { font-size: 16px; margin: 0 0 8px; color: var(--accent); }",
    "form { display: flex; }",
    "input { flex: 1; min-width: 0; font: inherit; padding: 6px 10px; border: 1px solid #d0d7de; border-right: 0; border-radius: 6px 0 0 6px; }",
    "button { font: inherit; padding: 6px 14px; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 0 6px 6px 0; cursor: pointer; }",
    "input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #1f2328; outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }",
    ".status { color: #57606a; font-size: 13px; margin: 8px 0 0; min-height: 1em; }",
    "ol { list-style: none; margin: 0; padding: 0; }",
    "li { padding: 8px 0; border-bottom: 1px solid #eaeef2; }",
    "li a.title { color: #0b5cad; font-weight: 600; text-decoration: underline; text-underline-offset: 0.18em; }",
    ".snippet { margin: 2px 0; font-size: 14px; }",
    "mark { background: #ffe27a; color: inherit; box-shadow: inset 0 -2px 0 #8a5a00; }",
    ".facts { color: #57606a; font-size: 12.5px; }",
    ".region { color: var(--accent); font-weight: 600; }",
    ".more { display: inline-block; margin-top: 8px; font-size: 13px; color: #0b5cad; text-decoration: underline; }",
    "select { flex: 1; min-width: 0; font: inherit; padding: 6px 8px; border: 1px solid #d0d7de; border-right: 0; border-radius: 6px 0 0 6px; background: #fff; }",
    "h3 { font-size: 14px; margin: 10px 0 2px; }",
    "h3 .count, .grant { color: #57606a; font-weight: normal; }",
    ".grant { margin: 2px 0; font-size: 13.5px; }",
    ".amount { font-weight: 600; }",
    ".label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }"
  ].join("\n");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function measureUrl(id) {
    return base + "/measures/" + String(id).split("/").map(encodeURIComponent).join("/");
  }

  // A measure's title, linked to its page on the full site in a new tab.
  function titleLink(id, title, text) {
    var link = el("a", "title", title || Array.from(String(text || "")).slice(0, 40).join(""));
    link.href = measureUrl(id);
    link.target = "_blank";
    link.rel = "noopener";
    return link;
  }

  // A search's parameters: the words, then every value of every pinned filter (repeated, as
  // the site's own links carry them).
  function params(q) {
    var p = new URLSearchParams();
    if (q) p.set("q", q);
    FILTERS.forEach(function (name) {
      filters[name].forEach(function (value) { p.append(name, value); });
    });
    return p;
  }

  // The snippet with the hit's highlights in <mark>, built from text nodes only.
  // `highlights` are [start, end] pairs of character offsets (Unicode scalar values) into
  // the snippet, so the snippet is indexed as an array of code points, not UTF-16 units.
  function highlighted(text, highlights) {
    var span = el("p", "snippet");
    var chars = Array.from(text);
    var pos = 0;
    (Array.isArray(highlights) ? highlights : []).forEach(function (range) {
      if (!Array.isArray(range) || range.length < 2) return;
      var start = Math.max(Number(range[0]) || 0, pos);
      var end = Math.min(Number(range[1]) || 0, chars.length);
      if (end <= start) return;
      if (start > pos) span.appendChild(document.createTextNode(chars.slice(pos, start).join("")));
      span.appendChild(el("mark", "", chars.slice(start, end).join("")));
      pos = end;
    });
    if (pos < chars.length) span.appendChild(document.createTextNode(chars.slice(pos).join("")));
    return span;
  }

  var host = el("div", "zhengce-embed");
  script.parentNode.insertBefore(host, script.nextSibling);
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var style = el("style", "", CSS);
  root.appendChild(style);

  var box = el("section", "box");
  box.setAttribute("lang", "zh-CN");
  box.setAttribute("aria-label", options.title);
  var heading = el("h2", "", options.title + (scope ? "(" + scope + ")" : ""));
  var form = el("form");
  form.setAttribute("role", "search");
  var benefits = options.mode === "benefits";
  var label = el("label", "label", benefits ? "企业类型" : "检索政策措施");
  var input = el("input");
  input.type = "search";
  input.name = "q";
  input.id = "zhengce-q";
  input.maxLength = 200;
  input.autocomplete = "off";
  input.placeholder = options.placeholder || "输入关键词,如:印章、施工许可";
  input.value = options.q;
  label.htmlFor = "zhengce-q";
  var select = el("select");
  select.id = "zhengce-q";
  select.name = "beneficiary";
  var anyType = el("option", "", "全部企业类型");
  anyType.value = "";
  select.appendChild(anyType);
  if (options.beneficiary) {
    var pinned = el("option", "", options.beneficiary);
    pinned.value = options.beneficiary;
    select.appendChild(pinned);
    select.value = options.beneficiary;
  }
  var button = el("button", "", benefits ? "查找" : "搜索");
  button.type = "submit";
  form.appendChild(label);
  form.appendChild(benefits ? select : input);
  form.appendChild(button);
  var status = el("p", "status");
  status.setAttribute("role", "status");
  var list = el(benefits ? "div" : "ol", "results");
  var more = el("a", "more");
  more.target = "_blank";
  more.rel = "noopener";
  more.hidden = true;
  box.appendChild(heading);
  box.appendChild(form);
  box.appendChild(status);
  box.appendChild(list);
  box.appendChild(more);
  root.appendChild(box);

  var controller = null;
  var timer = null;

  function render(data, q) {
    list.textContent = "";
    status.textContent = data.total > 0 ? "共 " + data.total + " 条措施" : "没有找到符合条件的措施";
    (data.hits || []).forEach(function (hit) {
      var item = el("li");
      item.appendChild(titleLink(hit.id, hit.title, hit.snippet));
      var snippet = hit.snippet ? String(hit.snippet) : "";
      item.appendChild(highlighted(snippet, hit.highlights));
      var facts = el("div", "facts");
      facts.appendChild(el("span", "region", String(hit.region || "").split("/").pop()));
      var rest = ["《" + hit.doc_title + "》"];
      if (hit.date) rest.push(hit.date);
      if (hit.lead_units && hit.lead_units.length) rest.push("牵头单位:" + hit.lead_units.join("、"));
      facts.appendChild(document.createTextNode(" · " + rest.join(" · ")));
      item.appendChild(facts);
      list.appendChild(item);
    });
    more.href = base + "/search?" + params(q).toString();
    more.textContent = "在完整网站查看全部结果 ›";
    more.hidden = !(data.total > 0);
  }

  function benefitParams() {
    var p = new URLSearchParams();
    if (select.value) p.set("beneficiary", select.value);
    if (options.region) p.set("region", options.region);
    p.set("parents", options.parents);
    if (options.domain) p.set("domain", options.domain);
    return p;
  }

  // The enterprise types of the site (its answer lists them), the chosen one kept.
  function fillTypes(labels) {
    if (!Array.isArray(labels) || select.options.length > 2) return;
    var chosen = select.value;
    select.textContent = "";
    select.appendChild(anyType);
    labels.forEach(function (name) {
      var option = el("option", "", name);
      option.value = String(name);
      select.appendChild(option);
    });
    select.value = chosen;
  }

  // Benefit types as headings, each with its first measures: amounts, the granting sentence.
  function renderBenefits(data) {
    list.textContent = "";
    fillTypes(data.labels);
    status.textContent = data.total > 0 ? "共 " + data.total + " 条惠企措施" : "没有找到符合条件的惠企措施";
    (data.groups || []).forEach(function (group) {
      var heading = el("h3", "", group.benefit_type + " ");
      heading.appendChild(el("span", "count", group.total + " 条"));
      var items = el("ol");
      list.appendChild(heading);
      list.appendChild(items);
      (group.items || []).slice(0, options.limit).forEach(function (entry) {
        var m = entry.measure || {};
        var item = el("li");
        item.appendChild(titleLink(m.id, m.title, m.text));
        var amounts = (entry.amounts || []).map(function (a) { return a.text; });
        if (amounts.length) item.appendChild(el("div", "amount", amounts.join("、")));
        item.appendChild(el("p", "grant", entry.grant ? entry.grant.sentence : ""));
        var facts = el("div", "facts");
        facts.appendChild(el("span", "region", String(m.region || "").split("/").pop()));
        var rest = ["《" + m.doc_title + "》"];
        if (m.lead_units && m.lead_units.length) rest.push("联系:" + m.lead_units.join("、"));
        facts.appendChild(document.createTextNode(" · " + rest.join(" · ")));
        item.appendChild(facts);
        items.appendChild(item);
      });
    });
    more.href = base + "/benefits?" + benefitParams().toString();
    more.textContent = "在完整网站查看全部惠企措施 ›";
    more.hidden = !(data.total > 0);
  }

  // What went wrong, in words a portal's webmaster can act on. A refused cross-origin call
  // reaches the page only as a bare TypeError (「Failed to fetch」): say what to configure.
  function explain(err) {
    if (err && err.zhengce) return err.message;
    var crossOrigin = base.indexOf(location.origin) !== 0;
    if (crossOrigin) {
      return "无法从 " + base + " 取得结果。如果该站点正常运行,请让其管理员在启动时允许本门户的来源:" +
        "zhengce serve --cors-origin " + location.origin;
    }
    return "无法连接 " + base + ",请检查网络或稍后再试";
  }

  function search(q) {
    q = q.trim();
    if (benefits ? !select.value && !options.region && !options.domain
                 : !q && !pinned) return;
    if (controller) controller.abort();
    controller = "AbortController" in window ? new AbortController() : null;
    var url;
    if (benefits) {
      url = base + "/api/benefits?" + benefitParams().toString();
    } else {
      var p = params(q);
      p.set("limit", String(options.limit));
      url = base + "/api/search?" + p.toString();
    }
    status.textContent = "检索中…";
    fetch(url, { signal: controller ? controller.signal : undefined })
      .then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) {
            var refused = new Error(data && data.error ? data.error : "HTTP " + response.status);
            refused.zhengce = true;
            throw refused;
          }
          return data;
        }, function () {
          var broken = new Error("站点返回了无法读取的内容(HTTP " + response.status + ")");
          broken.zhengce = true;
          throw broken;
        });
      })
      .then(function (data) { if (benefits) renderBenefits(data); else render(data, q); })
      .catch(function (err) {
        if (err && err.name === "AbortError") return;
        list.textContent = "";
        more.hidden = true;
        status.textContent = "检索暂不可用:" + explain(err);
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (input.value.trim()) search(input.value); }, 300);
  });
  if (benefits) {
    select.addEventListener("change", function () { search(""); });
    search("");
  } else if (options.q) {
    search(options.q);
  }
})();
