/* Static mirror only: the search page runs Pagefind in the browser (one index per
   language, in <lang>/pagefind/). Paths are resolved from this page, so the mirror
   works under any folder of a web server. ?q= (from the header's search form) runs
   the search at once. */
(function () {
  "use strict";
  var el = document.getElementById("mirror-search");
  if (!el || typeof window.PagefindUI === "undefined") return;
  var here = window.location.href;
  var ui = new window.PagefindUI({
    element: "#mirror-search",
    bundlePath: new URL(el.getAttribute("data-bundle"), here).pathname,
    baseUrl: new URL(el.getAttribute("data-base"), here).pathname,
    showImages: false
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
