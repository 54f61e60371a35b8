// Source viewer: a citation opens the cited article with the exact span highlighted.
(function () {
  var sources = JSON.parse(document.getElementById('dossier-sources').textContent);
  var viewer = document.getElementById('viewer');
  var title = document.getElementById('viewer-title');
  var meta = document.getElementById('viewer-meta');
  var text = document.getElementById('viewer-text');

  function open(articleId, start, end) {
    var a = sources[articleId];
    if (!a) return false;
    title.textContent = '[' + a.n + '] ' + (a.title || a.label);
    meta.textContent = a.label + ' · ' + (a.published ? a.published + (a.inferred ? ' (inferred)' : '') : 'undated') + ' · ' + a.source;
    text.textContent = '';
    var s = Math.max(0, Math.min(start, a.text.length)), e = Math.max(s, Math.min(end, a.text.length));
    text.appendChild(document.createTextNode(a.text.slice(0, s)));
    var mark = document.createElement('mark');
    mark.className = 'cited';
    mark.textContent = a.text.slice(s, e);
    text.appendChild(mark);
    text.appendChild(document.createTextNode(a.text.slice(e)));
    viewer.hidden = false;
    mark.scrollIntoView({block: 'center'});
    document.getElementById('viewer-close').focus();
    return true;
  }

  function close() { viewer.hidden = true; }

  document.addEventListener('click', function (ev) {
    var link = ev.target.closest ? ev.target.closest('a.cite') : null;
    if (link && open(link.dataset.article, +link.dataset.start, +link.dataset.end)) ev.preventDefault();
  });
  document.getElementById('viewer-close').addEventListener('click', close);
  viewer.addEventListener('click', function (ev) { if (ev.target === viewer) close(); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') close(); });

  // A shareable link to source words: index.html#cite=ARTICLE:START-END opens them highlighted.
  function openFromHash() {
    var m = /^#cite=([^:]+):(\d+)-(\d+)$/.exec(location.hash);
    if (m) open(decodeURIComponent(m[1]), +m[2], +m[3]);
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
})();
