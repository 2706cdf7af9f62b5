// threesteps serve: live reload and the error overlay. Served only by
// `threesteps serve`, never part of a built site.
(function () {
  "use strict";
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/__threesteps/live.css";
  document.head.appendChild(css);

  function show(errors) {
    var old = document.getElementById("threesteps-overlay");
    if (old) old.remove();
    if (!errors || !errors.length) return;
    var box = document.createElement("section");
    box.id = "threesteps-overlay";
    box.className = "threesteps-overlay";
    box.setAttribute("role", "alert");
    var title = document.createElement("h2");
    title.textContent = "The site has errors: showing the last good build";
    box.appendChild(title);
    errors.forEach(function (text) {
      var pre = document.createElement("pre");
      pre.textContent = text;
      box.appendChild(pre);
    });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.addEventListener("click", function () { box.remove(); });
    box.appendChild(close);
    document.body.appendChild(box);
  }

  var events = new EventSource("/__threesteps/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("errors", function (event) { show(JSON.parse(event.data)); });
  fetch("/__threesteps/errors").then(function (r) { return r.json(); }).then(show).catch(function () {});
})();
