/* Video pages and article video blocks: the provider's player (YouTube, Vimeo) is
   loaded only when the reader presses play, so that nothing is requested from the
   provider before that. Without JavaScript the poster is a plain link to the video
   on the provider's site. */
(function () {
  "use strict";
  // Article bodies load this once per video block: each poster is bound once.
  var posters = document.querySelectorAll("a.video__poster[data-embed]:not([data-bound])");
  Array.prototype.forEach.call(posters, function (poster) {
    poster.setAttribute("data-bound", "");
    poster.addEventListener("click", function (event) {
      // A new tab or window (Ctrl/Cmd/Shift-click, middle button) opens the provider as usual.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.src = poster.getAttribute("data-embed");
      frame.title = poster.getAttribute("data-title") || "";
      frame.className = "video__player video__player--embedded";
      frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
      frame.setAttribute("allowfullscreen", "");
      poster.replaceWith(frame);
      frame.focus();
    });
  });
})();
