// The procurement page's progressive parts (the page works without them: forms post, counts are text):
// upload by drag-and-drop or file picker through workspace.fetch (CSRF header), the answer shown with the
// document's SHA-256 or every problem; the clause check answered in place; review progress charts (ECharts).
(function () {
  'use strict';

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function showProblems(target, body, status) {
    target.replaceChildren();
    var box = el('div', null, 'ws-alert');
    box.setAttribute('role', 'alert');
    box.appendChild(el('p', (body && body.message) || ('Refused (' + status + ')')));
    var problems = (body && body.problems) || [];
    if (problems.length) {
      var list = el('ul');
      problems.forEach(function (p) { list.appendChild(el('li', p)); });
      box.appendChild(list);
    }
    target.appendChild(box);
  }

  function readJson(response) {
    return response.text().then(function (text) {
      try { return text ? JSON.parse(text) : null; } catch (e) { return { message: text }; }
    });
  }

  // ---- documents: drag-and-drop and upload
  var form = document.getElementById('upload-form');
  if (form) {
    var input = document.getElementById('upload-file');
    var zone = document.getElementById('dropzone');
    var chosen = document.getElementById('dropzone-file');
    var result = document.getElementById('upload-result');
    var showChosen = function () {
      chosen.textContent = input.files.length ? 'Chosen: ' + input.files[0].name + ' (' + input.files[0].size + ' bytes)' : '';
    };
    input.addEventListener('change', showChosen);
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add('ws-dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove('ws-dragging'); });
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        showChosen();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = document.getElementById('upload-submit');
      button.disabled = true;
      result.replaceChildren(el('p', 'Uploading…'));
      window.workspace.fetch(form.action, { method: 'POST', body: new FormData(form) })
        .then(function (response) {
          return readJson(response).then(function (body) {
            if (response.status === 201) {
              result.replaceChildren(el('p', 'Stored ' + body.type + ' “' + body.title + '” version ' + body.version + ' (' + body.fileName
                + '), SHA-256 ' + body.sha256, 'ws-note upload-stored'));
              addRow(body);
              form.reset();
              showChosen();
            } else {
              showProblems(result, body, response.status);
            }
          });
        })
        .catch(function () { showProblems(result, { message: 'The upload did not reach the server; try again.' }, 0); })
        .finally(function () { button.disabled = false; });
    });
  }

  function addRow(d) {
    var body = document.querySelector('#document-list tbody');
    if (!body) { return; }
    var empty = body.querySelector('td[colspan]');
    if (empty) { empty.parentNode.remove(); }
    var row = el('tr');
    row.setAttribute('data-document-id', d.id);
    var link = el('a', d.fileName);
    link.href = window.location.pathname.replace(/\/$/, '') + '/documents/' + d.id;
    var cells = [el('td', d.type), el('td', d.title), el('td', d.version, 'num'), el('td'), el('td', d.sizeBytes, 'num'),
      el('td'), el('td', d.uploadedBy + ', ' + d.uploadedAt), el('td', d.effectiveDate || '')];
    cells[3].appendChild(link);
    cells[5].appendChild(el('code', d.sha256, 'ws-hash'));
    cells.forEach(function (c) { row.appendChild(c); });
    body.insertBefore(row, body.firstChild);
  }

  // ---- clause check in place
  var clauseForm = document.getElementById('clause-form');
  if (clauseForm) {
    clauseForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var target = document.getElementById('clause-result');
      target.replaceChildren(el('p', 'Checking…'));
      var request = { requirementId: clauseForm.elements.requirementId.value, text: clauseForm.elements.text.value };
      window.workspace.fetch(clauseForm.action, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request)
      }).then(function (response) {
        return readJson(response).then(function (body) {
          if (response.ok) { showJudgement(target, body); } else { showProblems(target, body, response.status); }
        });
      }).catch(function () { showProblems(target, { message: 'The check did not reach the server; try again.' }, 0); });
    });
  }

  function showJudgement(target, j) {
    var a = j.analysis;
    var box = el('div', null, 'ws-clause-result');
    var verdict = el('p');
    var strong = el('strong', 'Verdict: ');
    strong.appendChild(el('span', a.verdict, 'clause-verdict'));
    verdict.appendChild(strong);
    verdict.appendChild(document.createTextNode(' (' + j.requirementId + ' at tier ' + j.tier + ')'));
    box.appendChild(verdict);
    box.appendChild(el('p', a.explanation));
    if (a.advice) { box.appendChild(el('p', a.advice)); }
    box.appendChild(el('h3', 'Weak phrases'));
    var weak = el('ul');
    (a.weakPhrases.length ? a.weakPhrases : [null]).forEach(function (w) {
      weak.appendChild(el('li', w ? '“' + w.phrase + '” — ' + w.effect + (w.reason ? ': ' + w.reason : '') : 'none'));
    });
    box.appendChild(weak);
    box.appendChild(el('h3', 'Figures against the bar'));
    var checks = el('ul');
    (a.checks.length ? a.checks : [null]).forEach(function (c) {
      checks.appendChild(el('li', c ? c.threshold + ': ' + (c.figure ? '‘' + c.figure.text + '’' : 'no figure') + ' vs '
        + (c.bar !== null && c.bar !== undefined ? c.bar : 'no bar') + ' — ' + (c.passed ? 'met' : 'not met') : 'no measured bar for this item'));
    });
    box.appendChild(checks);
    if (a.missingElements.length) { box.appendChild(el('p', 'Missing: ' + a.missingElements.join(', '))); }
    target.replaceChildren(box);
  }

  // ---- review progress per function
  function drawCharts() {
    if (!window.echarts) { return; }
    document.querySelectorAll('.review-chart').forEach(function (node) {
      var chart = window.echarts.init(node, null, { renderer: 'svg' });
      var values = ['decided', 'gaps', 'open'].map(function (k) { return Number(node.getAttribute('data-' + k)); });
      chart.setOption({
        aria: { enabled: true },
        animation: false,
        grid: { left: 70, right: 16, top: 8, bottom: 28 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: ['Decided', 'Gaps', 'Open'], inverse: true },
        series: [{
          type: 'bar', data: [
            { value: values[0], itemStyle: { color: '#1d5e20' } },
            { value: values[1], itemStyle: { color: '#8a1010' } },
            { value: values[2], itemStyle: { color: '#4a4a4a' } }],
          label: { show: true, position: 'right', color: '#1a1a1a' }
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', drawCharts); } else { drawCharts(); }
}());
