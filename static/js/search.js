/* Search suggestions: turns each input[data-search-suggest] into an ARIA 1.2 combobox
   (list autocomplete). Without JavaScript the input stays a plain search field. */
(function () {
  "use strict";

  var DELAY = 150;
  var counter = 0;

  function setup(input) {
    var form = input.form;
    var url = input.getAttribute("data-search-suggest");
    if (!form || !url || !window.fetch) {
      return;
    }
    counter += 1;
    var listId = "search-suggestions-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-search-suggest-label") || "Suggestions");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "search-suggestions__status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.parentNode.classList.add("search-combobox");

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var items = [];
    var active = -1;
    var timer = null;
    var lastQuery = "";
    var controller = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      items.forEach(function (item, i) {
        item.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(suggestions) {
      list.textContent = "";
      items = suggestions.map(function (suggestion, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", suggestion.url);
        var title = document.createElement("span");
        title.className = "search-suggestions__title";
        title.textContent = suggestion.title;
        option.appendChild(title);
        if (suggestion.type) {
          var type = document.createElement("span");
          type.className = "search-suggestions__type";
          type.textContent = suggestion.type;
          option.appendChild(type);
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); /* keep the focus in the input */
        });
        option.addEventListener("click", function () {
          go(i);
        });
        list.appendChild(option);
        return option;
      });
      active = -1;
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      var template = input.getAttribute("data-search-suggest-count") || "%s";
      status.textContent = items.length ? template.replace("%s", items.length) : "";
    }

    function go(index) {
      var url = items[index] && items[index].getAttribute("data-url");
      if (url) {
        window.location.assign(url);
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) {
        return;
      }
      lastQuery = query;
      if (query.length < 2) {
        render([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) {
            render(data.suggestions || []);
          }
        })
        .catch(function () {
          /* aborted or offline: the form still works */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && items.length > 0;
      switch (event.key) {
        case "ArrowDown":
          if (items.length) {
            event.preventDefault();
            if (list.hidden) {
              list.hidden = false;
              input.setAttribute("aria-expanded", "true");
            }
            highlight(active + 1 >= items.length ? 0 : active + 1);
          }
          break;
        case "ArrowUp":
          if (open) {
            event.preventDefault();
            highlight(active <= 0 ? items.length - 1 : active - 1);
          }
          break;
        case "Enter":
          if (open && active >= 0) {
            event.preventDefault();
            go(active);
          }
          break;
        case "Escape":
          if (open) {
            event.preventDefault();
            close();
          } else if (input.value) {
            event.preventDefault();
            input.value = "";
            lastQuery = "";
          }
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  }

  document.querySelectorAll("input[data-search-suggest]").forEach(setup);
})();
