// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Changing the sort order applies it at once.
  var sort = document.getElementById('sort');
  if (sort && sort.form) {
    sort.addEventListener('change', function () { sort.form.submit(); });
  }

  // Actors as you type in the search box: a combobox whose options add the actor as a filter.
  var box = document.getElementById('q');
  var list = document.getElementById('q-actors');
  if (box && list && window.fetch) {
    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;
    var close = function () {
      list.hidden = true;
      list.textContent = '';
      options = [];
      active = -1;
      box.setAttribute('aria-expanded', 'false');
      box.removeAttribute('aria-activedescendant');
    };
    var highlight = function (index) {
      options.forEach(function (option, i) { option.element.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0) {
        box.setAttribute('aria-activedescendant', options[index].element.id);
      } else {
        box.removeAttribute('aria-activedescendant');
      }
    };
    var choose = function (option) {
      // The actor joins the current filters; the words typed were only there to find it.
      var params = new URLSearchParams(window.location.search);
      params.delete('page');
      params.delete('find');
      params.delete('prefix');
      if (!params.getAll(option.type).includes(option.name)) {
        params.append(option.type, option.name);
      }
      window.location.assign('/?' + params.toString());
    };
    var show = function (actors) {
      list.textContent = '';
      options = actors.map(function (actor, i) {
        var item = document.createElement('li');
        item.id = 'q-actor-' + i;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        var name = document.createElement('span');
        name.textContent = actor.name;
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = actor.type.toLowerCase() + ' · ' + actor.articles;
        item.appendChild(name);
        item.appendChild(kind);
        var option = { element: item, type: actor.type.toLowerCase(), name: actor.name };
        item.addEventListener('mousedown', function (event) { event.preventDefault(); choose(option); });
        list.appendChild(item);
        return option;
      });
      if (options.length) {
        list.hidden = false;
        box.setAttribute('aria-expanded', 'true');
      } else {
        close();
      }
    };
    box.addEventListener('input', function () {
      window.clearTimeout(timer);
      var text = box.value.trim();
      if (text.length < 2) { close(); return; }
      timer = window.setTimeout(function () {
        var asked = ++latest;
        fetch('/api/entities?limit=8&prefix=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (actors) { if (asked === latest) { show(actors); } })
          .catch(close);
      }, 150);
    });
    box.addEventListener('keydown', function (event) {
      if (list.hidden) { return; }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight(active < options.length - 1 ? active + 1 : 0);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(active > 0 ? active - 1 : options.length - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(options[active]);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    box.addEventListener('blur', function () { window.setTimeout(close, 100); });
  }

  // Drag across the histogram's bars to choose a date range.
  document.querySelectorAll('.histogram').forEach(function (figure) {
    var bars = Array.prototype.slice.call(figure.querySelectorAll('a[data-from]'));
    if (bars.length < 2) { return; }
    var range = function (anchor) {
      var params = new URL(anchor.getAttribute('href'), window.location.href).searchParams;
      return { from: params.get('from'), to: params.get('to') };
    };
    var start = null;
    var end = null;
    var mark = function () {
      var lo = Math.min(start, end);
      var hi = Math.max(start, end);
      bars.forEach(function (bar, i) { bar.classList.toggle('selecting', i >= lo && i <= hi); });
    };
    var barAt = function (event) {
      var target = document.elementFromPoint(event.clientX, event.clientY);
      var anchor = target && target.closest ? target.closest('a[data-from]') : null;
      return anchor ? bars.indexOf(anchor) : -1;
    };
    figure.addEventListener('pointerdown', function (event) {
      var index = barAt(event);
      if (index < 0) { return; }
      start = end = index;
      mark();
    });
    figure.addEventListener('pointermove', function (event) {
      if (start === null) { return; }
      var index = barAt(event);
      if (index >= 0 && index !== end) { end = index; mark(); }
    });
    document.addEventListener('pointerup', function () {
      if (start === null) { return; }
      var lo = Math.min(start, end);
      var hi = Math.max(start, end);
      start = null;
      if (lo === hi) { return; } // A click: the bar's own link takes it.
      var params = new URLSearchParams(window.location.search);
      params.delete('page');
      params.set('from', range(bars[lo]).from);
      params.set('to', range(bars[hi]).to);
      window.location.assign('/?' + params.toString());
    });
    // A drag is not a click on the bar where it started.
    bars.forEach(function (bar) {
      bar.addEventListener('click', function (event) {
        if (bar.classList.contains('selecting') && bars.filter(function (b) { return b.classList.contains('selecting'); }).length > 1) {
          event.preventDefault();
        }
      });
    });
  });

  // An import job's page follows the job live (without JavaScript it refreshes every 2 s).
  var job = document.querySelector('[data-import-job]');
  if (job && job.getAttribute('data-finished') !== 'true') {
    var fields = ['state', 'processed', 'total', 'imported', 'duplicates', 'failedCount', 'articlesPerSecond'];
    var poll = function () {
      fetch('/api/imports/' + encodeURIComponent(job.getAttribute('data-import-job')),
          { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.json(); })
        .then(function (status) {
          fields.forEach(function (name) {
            var element = job.querySelector('[data-field="' + name + '"]');
            if (element) { element.textContent = status[name] == null ? '0' : status[name]; }
          });
          var bar = job.querySelector('progress[data-field="percent"]');
          var percent = status.total ? Math.floor(100 * status.processed / status.total) : 0;
          if (bar) { bar.value = percent; bar.textContent = percent + '%'; }
          if (status.state === 'DONE' || status.state === 'FAILED') {
            window.location.reload();
          } else {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    };
    window.setTimeout(poll, 1000);
  }
})();
