// The preview's live script, added to pages only by "microsite serve": it
// reloads the page after a good rebuild, swaps the stylesheet when only the
// stylesheet changed, and shows a broken build's problems over the page.
"use strict";
(function () {
  var overlay = null;

  function hideProblems() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showProblems(problems) {
    hideProblems();
    if (!problems || problems.length === 0) { return; }
    overlay = document.createElement("section");
    overlay.id = "microsite-problems";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "microsite-problems-title");
    // Styled through the CSSOM, which a strict Content-Security-Policy allows.
    Object.assign(overlay.style, {
      position: "fixed", inset: "0", overflow: "auto", zIndex: "2147483647",
      background: "#fff", color: "#0b0c0c", padding: "1.5rem", font: "1.1875rem/1.5 system-ui, sans-serif",
      borderTop: "10px solid #d4351c"
    });
    var title = document.createElement("h2");
    title.id = "microsite-problems-title";
    title.textContent = "The page could not be updated: " + problems.length +
      (problems.length === 1 ? " problem" : " problems") + " to fix";
    overlay.appendChild(title);
    var note = document.createElement("p");
    note.textContent = "You are seeing the last version that worked. Save the file again once it is fixed, and this goes away.";
    overlay.appendChild(note);
    var list = document.createElement("ol");
    problems.forEach(function (p) {
      var item = document.createElement("li");
      var where = document.createElement("strong");
      where.textContent = p.file + (p.line ? ":" + p.line : "");
      item.appendChild(where);
      item.appendChild(document.createTextNode(" " + p.severity + ": " + p.message));
      if (p.source) {
        var code = document.createElement("pre");
        code.textContent = p.source;
        item.appendChild(code);
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
    // An alert dialog takes focus, so a screen reader announces it.
    title.tabIndex = -1;
    title.focus();
  }

  function swapStylesheets(hrefs) {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var base = link.getAttribute("href").replace(/\.[0-9a-f]{8}\.css$/, "");
      hrefs.forEach(function (href) {
        if (href.replace(/\.[0-9a-f]{8}\.css$/, "") === base) { link.setAttribute("href", href); }
      });
    });
  }

  var source = new EventSource("/__microsite/events");
  source.addEventListener("reload", function () { window.location.reload(); });
  source.addEventListener("css", function (e) { hideProblems(); swapStylesheets(JSON.parse(e.data)); });
  source.addEventListener("problems", function (e) { showProblems(JSON.parse(e.data)); });
})();
