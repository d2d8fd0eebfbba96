// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Buttons marked data-print open the browser's print dialog.
  document.addEventListener("click", function (event) {
    var trigger = event.target.closest("[data-print]");
    if (trigger) {
      event.preventDefault();
      window.print();
    }
  });

  // Print buttons are hidden until this script runs (they need JavaScript).
  document.querySelectorAll("[data-print][hidden]").forEach(function (button) {
    button.hidden = false;
  });
})();
