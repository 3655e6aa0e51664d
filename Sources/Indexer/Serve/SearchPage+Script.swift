extension SearchPage {
    /// The page's script: results as you type (debounced, each answer only if
    /// it is still the latest), links and the form without reloading, the
    /// URL kept as the state (back and forward work, a link shares a search),
    /// and keys. It puts in place what the server rendered and escaped; it
    /// builds no HTML from text itself.
    static let script = #"""
    "use strict";
    (() => {
      const form = document.getElementById("search");
      const box = document.getElementById("q");
      const results = document.getElementById("results");
      let timer = 0, latest = 0;

      function stateURL() {
        const params = new URLSearchParams();
        for (const [name, value] of new FormData(form)) {
          if (value !== "" && !(name === "sort" && value === "relevance")) params.set(name, value);
        }
        return "/?" + params.toString();
      }

      async function show(url, push) {
        const ticket = ++latest;
        const sep = url.includes("?") ? "&" : "?";
        let html;
        try {
          const response = await fetch(url + sep + "fragment=1", { headers: { Accept: "text/html" } });
          html = await response.text();
        } catch (error) {
          return;
        }
        if (ticket !== latest) return;
        results.innerHTML = html;
        if (push === "push") history.pushState(null, "", url);
        else if (push === "replace") history.replaceState(null, "", url);
      }

      function fillForm(url) {
        const params = new URL(url, location.href).searchParams;
        box.value = params.get("q") || "";
        form.elements.sort.value = params.get("sort") || "relevance";
        form.elements.group.checked = params.get("group") === "1";
        form.elements.from.value = params.get("from") || "";
        form.elements.to.value = params.get("to") || "";
      }

      box.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(() => show(stateURL(), "replace"), 250);
      });
      form.addEventListener("change", (event) => {
        if (event.target !== box) show(stateURL(), "push");
      });
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        clearTimeout(timer);
        show(stateURL(), "push");
      });
      results.addEventListener("click", (event) => {
        const link = event.target.closest("a[data-nav]");
        if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        fillForm(link.href);
        show(link.getAttribute("href"), "push").then(() => window.scrollTo(0, 0));
      });
      window.addEventListener("popstate", () => {
        fillForm(location.href);
        show(location.pathname + location.search, null);
      });

      document.addEventListener("keydown", (event) => {
        const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
        if (event.key === "/" && !typing) {
          event.preventDefault();
          box.focus();
          box.select();
          return;
        }
        if (event.key === "Escape" && typing) { event.target.blur(); return; }
        if (typing || (event.key !== "j" && event.key !== "k")) return;
        const hits = Array.from(results.querySelectorAll("article.hit"));
        if (hits.length === 0) return;
        const at = hits.indexOf(document.activeElement);
        const next = event.key === "j" ? Math.min(hits.length - 1, at + 1) : Math.max(0, at - 1);
        hits[next].focus();
        hits[next].scrollIntoView({ block: "nearest" });
      });
    })();
    """#
}
