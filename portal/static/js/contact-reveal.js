/* Contact page: reveal the e-mail address on request (see contact_tags.obfuscated_email).
   Without JavaScript the button stays hidden and readers use the contact form. */
(function () {
  "use strict";
  function bytes(b64) {
    var s = atob(b64), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  function decode(key, value) {
    var k = bytes(key), v = bytes(value);
    for (var i = 0; i < v.length; i++) v[i] ^= k[i % k.length];
    return new TextDecoder("utf-8").decode(v);
  }
  var buttons = document.querySelectorAll("button.reveal-email[data-k][data-v]");
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var address = decode(button.getAttribute("data-k"), button.getAttribute("data-v"));
      var link = document.createElement("a");
      link.href = "mailto:" + address;
      link.textContent = address;
      link.className = "revealed-email";
      button.replaceWith(link);
      link.focus();
    });
  });
})();
