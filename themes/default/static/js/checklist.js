// Bed-sharing "Safety first" checklist: ticking any box shows the page's own
// advice (already in the page, in its language). Answers never leave the page.
(function () {
  "use strict";
  document.querySelectorAll("form[data-checklist]").forEach(function (form) {
    var result = form.querySelector("[data-checklist-result]");
    if (!result) return;
    function update() {
      var anyTicked = form.querySelector("input[type=checkbox]:checked") !== null;
      result.hidden = !anyTicked;
    }
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    update();
  });
})();
