// Quick exit: a click on any exit link, or Shift pressed three times within five seconds,
// blanks the page at once and replaces it in history with our /exit/, which clears what the
// site stored and sends the browser to a neutral page. Without this script the links still work.
(function () {
  var box = document.querySelector("[data-exit]");
  if (!box) return;
  var url = box.querySelector("a").getAttribute("href");
  var status = box.querySelector("[role=status]");
  var dots = box.querySelectorAll(".exit-dot");
  var presses = 0;
  var timer;

  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.className += " exiting";
    document.title = ".";
    // Pages saved for offline use go too (the exit's Clear-Site-Data removes them as well).
    if (window.caches) {
      caches.keys().then(function (names) { names.forEach(function (name) { caches.delete(name); }); });
    }
    if (navigator.serviceWorker) {
      navigator.serviceWorker.getRegistrations().then(function (workers) {
        workers.forEach(function (worker) { worker.unregister(); });
      });
    }
    window.location.replace(url);
  }

  function show(count) {
    for (var i = 0; i < dots.length; i++) dots[i].className = "exit-dot" + (i < count ? " on" : "");
  }

  var links = document.querySelectorAll("a[data-exit-link]");
  for (var i = 0; i < links.length; i++) links[i].addEventListener("click", leave);

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
      show(0);
      return;
    }
    presses += 1;
    clearTimeout(timer);
    show(presses);
    if (presses >= 3) return leave();
    status.textContent = box.getAttribute(presses === 1 ? "data-two-more" : "data-one-more");
    timer = setTimeout(function () {
      presses = 0;
      show(0);
      status.textContent = box.getAttribute("data-expired");
    }, 5000);
  });

  // Coming back from the browser's page cache must not show the page again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && document.documentElement.className.indexOf("exiting") > -1) leave();
  });
})();
