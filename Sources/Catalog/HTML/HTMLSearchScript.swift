/// The index page's search, plain JavaScript written here: it reads the JSON data block (never
/// fetches: `file://` pages cannot), matches every typed word against ids, titles, domains,
/// owners and field names, and builds results with `textContent` only. `index.html?q=words`
/// opens with a search filled in, so searches can be linked.
enum HTMLSearchScript {
  static let javaScript: StaticString = """
    (function () {
      "use strict";
      var block = document.getElementById("search-data");
      var input = document.getElementById("search");
      var list = document.getElementById("search-results");
      var status = document.getElementById("search-status");
      if (!block || !input || !list || !status) { return; }
      var entries = JSON.parse(block.textContent);
      entries.forEach(function (entry) {
        entry.hay = [entry.id, entry.title, entry.kind, entry.domain, entry.owner, entry.fields]
          .join(" ").toLowerCase();
      });
      function show(query) {
        while (list.firstChild) { list.removeChild(list.firstChild); }
        var words = query.toLowerCase().split(/\\s+/).filter(function (w) { return w; });
        if (words.length === 0) { status.textContent = ""; return; }
        var hits = entries.filter(function (entry) {
          return words.every(function (w) { return entry.hay.indexOf(w) >= 0; });
        });
        status.textContent = hits.length + (hits.length === 1 ? " match" : " matches");
        hits.slice(0, 100).forEach(function (entry) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = entry.url;
          link.textContent = entry.title || entry.id;
          item.appendChild(link);
          var note = document.createElement("span");
          note.className = "muted";
          note.textContent = " " + entry.kind + (entry.domain ? " \\u00b7 " + entry.domain : "") +
            (entry.owner ? " \\u00b7 " + entry.owner : "");
          item.appendChild(note);
          list.appendChild(item);
        });
      }
      input.addEventListener("input", function () { show(input.value); });
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) { input.value = query; }
      show(input.value);
    })();
    """
}
