// Save for offline, only when the reader asks: keeps a service page (and its number on
// screen) on this phone so that it opens without a connection, and deletes all of it again.
// Without JavaScript or service workers, nothing is offered and nothing is saved.
(function () {
  if (!("serviceWorker" in navigator) || !window.caches) return;
  var boxes = document.querySelectorAll("[data-offline]");

  function tell(box, message) {
    box.querySelector("[role=status]").textContent = box.getAttribute("data-" + message);
  }

  // The page's own stylesheet, scripts and icon, so that the saved copy looks the same.
  function assets() {
    var urls = [];
    var found = document.querySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]");
    for (var i = 0; i < found.length; i++) urls.push(found[i].href || found[i].src);
    return urls;
  }

  function save(box) {
    var pages = box.getAttribute("data-pages").split(" ");
    navigator.serviceWorker.register(box.getAttribute("data-worker"), { scope: "/" })
      .then(function () { return caches.open("saved"); })
      .then(function (cache) { return cache.addAll(pages.concat(assets())); })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function () { tell(box, "saved"); }, function () { tell(box, "failed"); });
  }

  function forget(box) {
    caches.keys()
      .then(function (names) { return Promise.all(names.map(function (name) { return caches.delete(name); })); })
      .then(function () { return navigator.serviceWorker.getRegistrations(); })
      .then(function (workers) { return Promise.all(workers.map(function (worker) { return worker.unregister(); })); })
      .then(function () { tell(box, "deleted"); });
  }

  for (var i = 0; i < boxes.length; i++) {
    (function (box) {
      box.hidden = false;
      var button = box.querySelector("button");
      button.addEventListener("click", function () {
        if (button.hasAttribute("data-offline-save")) save(box);
        else forget(box);
      });
    })(boxes[i]);
  }
})();
