// Registers the service worker (/sw.js) that keeps this language's pages for
// parents readable without a signal, and tells it which page was opened.
// Loaded with `defer`; does nothing where service workers are unavailable.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var saveData = !!(navigator.connection && navigator.connection.saveData);
  var visit = { type: 'visited', lang: document.documentElement.lang, page: location.pathname, saveData: saveData };
  navigator.serviceWorker
    .register('/sw.js')
    .then(function () {
      return navigator.serviceWorker.ready;
    })
    .then(function (registration) {
      if (registration.active) registration.active.postMessage(visit);
    })
    .catch(function () {});
})();
