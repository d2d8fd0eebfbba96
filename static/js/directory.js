// Directory: « use my position » and the map. Progressive enhancement only: the search
// form and the list of results work without this file, and without map tiles.
(function () {
  "use strict";

  // « Use my position » fills the hidden lat/lng fields of the search form.
  var geoField = document.querySelector(".directory-field--geo");
  var geoButton = document.querySelector("[data-geolocate]");
  if (geoField && geoButton && "geolocation" in navigator) {
    var statusEl = document.querySelector("[data-geolocate-status]");
    var form = geoButton.closest("form");
    geoField.hidden = false;
    geoButton.addEventListener("click", function () {
      statusEl.textContent = geoButton.dataset.locating;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          form.elements.lat.value = position.coords.latitude.toFixed(5);
          form.elements.lng.value = position.coords.longitude.toFixed(5);
          form.elements.place.value = "";
          statusEl.textContent = geoButton.dataset.located;
        },
        function () {
          statusEl.textContent = geoButton.dataset.failed;
        },
        { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 }
      );
    });
  }

  // The map: the same places as the list, clustered.
  var canvas = document.getElementById("directory-map");
  var dataEl = document.getElementById("directory-map-data");
  if (!canvas || !dataEl || !window.L || !canvas.dataset.tilesUrl) {
    return;
  }
  var data = JSON.parse(dataEl.textContent);
  if (!data.markers || data.markers.length === 0) {
    return;
  }
  var wrapper = canvas.closest(".directory-map");
  wrapper.hidden = false;
  wrapper.parentElement.classList.add("directory-layout--with-map");

  var map = L.map(canvas, { scrollWheelZoom: false });
  canvas.setAttribute("role", "region");
  canvas.setAttribute("aria-label", canvas.dataset.label);
  var attribution = document.createElement("a");
  attribution.href = canvas.dataset.attributionUrl;
  attribution.textContent = canvas.dataset.attribution;
  L.tileLayer(canvas.dataset.tilesUrl, {
    maxZoom: 19,
    attribution: attribution.outerHTML,
  }).addTo(map);

  var group = L.markerClusterGroup ? L.markerClusterGroup() : L.featureGroup();
  data.markers.forEach(function (item) {
    var link = document.createElement("a");
    link.href = item.url;
    link.textContent = item.name;
    L.marker([item.lat, item.lng], { title: item.name, alt: item.name })
      .bindPopup(link)
      .addTo(group);
  });
  group.addTo(map);

  var bounds = group.getBounds();
  if (data.origin) {
    var origin = L.marker([data.origin.lat, data.origin.lng], {
      title: canvas.dataset.originLabel,
      alt: canvas.dataset.originLabel,
      icon: L.divIcon({ className: "directory-map__origin", iconSize: [18, 18] }),
      keyboard: false,
    }).addTo(map);
    bounds.extend(origin.getLatLng());
  }
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
})();
