// The portfolio's charts (ECharts from the application's WebJar, SVG renderer). The same numbers
// are in the tables under each chart, which work without JavaScript.
(function () {
  'use strict';
  var section = document.getElementById('charts');
  if (!section || !window.echarts) { return; }
  var colours = ['#12365a', '#8a1010', '#1d5e20', '#7a4a00', '#5b2a86', '#0b4f8a'];
  var text = { color: '#1a1a1a', fontSize: 13 };

  function chart(id) {
    var element = document.getElementById(id);
    return element ? window.echarts.init(element, null, { renderer: 'svg' }) : null;
  }

  function bars(id, counts, name) {
    var instance = chart(id);
    if (!instance) { return; }
    var labels = Object.keys(counts);
    instance.setOption({
      color: colours,
      aria: { enabled: true },
      textStyle: text,
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: text },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: text },
      series: [{ name: name, type: 'bar', data: labels.map(function (k) { return counts[k]; }), label: { show: true, position: 'right', color: '#1a1a1a' } }]
    });
  }

  function timeline(id, deadlines) {
    var instance = chart(id);
    if (!instance) { return; }
    var kinds = ['Task due', 'Notice deadline', 'Renewal'];
    instance.setOption({
      color: colours,
      aria: { enabled: true },
      textStyle: text,
      legend: { top: 0, textStyle: text },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var html = window.echarts.format.encodeHTML;
          return html(p.data[2]) + ': ' + html(p.seriesName) + ' ' + html(p.data[0]) + '<br>' + html(p.data[3]);
        }
      },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'time', axisLabel: text },
      yAxis: { type: 'category', data: kinds, axisLabel: text },
      series: kinds.map(function (kind) {
        return {
          name: kind, type: 'scatter', symbolSize: 12,
          data: deadlines.filter(function (d) { return d.kind === kind; })
            .map(function (d) { return [d.date, kind, d.businessKey, d.what]; })
        };
      })
    });
    instance.on('click', function (p) {
      var match = deadlines.filter(function (d) { return d.businessKey === p.data[2]; })[0];
      if (match) { window.location.href = '/app/procurements/' + match.procurementId; }
    });
  }

  window.fetch(section.getAttribute('data-source'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { if (!response.ok) { throw new Error('charts: ' + response.status); } return response.json(); })
    .then(function (data) {
      bars('chart-stage', data.byStage, 'Procurements');
      bars('chart-tier', data.byTier, 'Procurements');
      timeline('chart-deadlines', data.deadlines);
      section.setAttribute('data-charts-ready', 'true');
    })
    .catch(function (error) {
      section.setAttribute('data-charts-ready', 'failed');
      if (window.console) { window.console.error(error); }
    });
  window.addEventListener('resize', function () {
    ['chart-stage', 'chart-tier', 'chart-deadlines'].forEach(function (id) {
      var instance = window.echarts.getInstanceByDom(document.getElementById(id));
      if (instance) { instance.resize(); }
    });
  });
}());
