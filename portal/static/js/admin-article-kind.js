/* Wagtail admin, article editor: show only the panels that apply to the chosen kind
   (the privacy marker for stories; dates and "how to apply" for calls for entries).
   Panels say which kinds they apply to in data-portal-kinds. Without this script all
   panels stay visible and their help texts say when they apply; the server clears the
   fields of other kinds on save. */
(function () {
  "use strict";
  function setUp() {
    var kind = document.querySelector("form select[name='kind']");
    var panels = document.querySelectorAll("[data-portal-kinds]");
    if (!kind || !panels.length) return;
    function apply() {
      Array.prototype.forEach.call(panels, function (panel) {
        var kinds = panel.getAttribute("data-portal-kinds").split(/\s+/);
        panel.hidden = kinds.indexOf(kind.value) === -1;
      });
    }
    kind.addEventListener("change", apply);
    apply();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
