// The service worker behind "Save for offline": it answers from the pages a reader chose to
// save when the network fails, and saves nothing by itself. It is registered only when they
// press the button; "Delete saved pages" and the quick exit (Clear-Site-Data) remove it.
self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  // The quick exit always reaches the server, which tells the browser to clear everything.
  if (request.method !== "GET" || url.origin !== location.origin || url.pathname === "/exit/") return;
  event.respondWith(caches.match(request, { ignoreVary: true }).then(function (saved) {
    // Static files have their content's hash in their names: a saved one is always right.
    if (saved && url.pathname.indexOf("/static/") === 0) return saved;
    return fetch(request).then(function (response) {
      // A saved page is refreshed whenever it is read online; others are never kept.
      if (saved && response.ok) {
        var copy = response.clone();
        caches.open("saved").then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }, function (error) {
      if (saved) return saved;
      throw error;
    });
  }));
});
