// The workspace's shared script (no framework): fetch with the session's CSRF token.
// window.workspace.fetch(url, options) adds the X-CSRF-TOKEN header from <meta name="csrf-token">
// and asks for JSON; use it for every POST/PUT/DELETE from a workspace page.
(function () {
  'use strict';
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }
  window.workspace = {
    csrfToken: function () { return meta('csrf-token'); },
    fetch: function (url, options) {
      options = options || {};
      var headers = new Headers(options.headers || {});
      headers.set(meta('csrf-header') || 'X-CSRF-TOKEN', meta('csrf-token') || '');
      if (!headers.has('Accept')) { headers.set('Accept', 'application/json'); }
      options.headers = headers;
      options.credentials = 'same-origin';
      return window.fetch(url, options);
    }
  };
}());
