// Draws every <canvas data-chart="..."> with Chart.js (served from the WebJar, no CDN). The chart's data
// comes from the server as JSON in the attribute; a click on a bar, point or slice opens the customers
// behind it (spec.links[dataset][index], or the dataset's only link).
(function () {
    'use strict';

    var thresholdLines = {
        id: 'thresholdLines',
        afterDraw: function (chart, args, options) {
            if (!options || (options.x == null && options.y == null)) {
                return;
            }
            var ctx = chart.ctx;
            var area = chart.chartArea;
            ctx.save();
            ctx.strokeStyle = '#495057';
            ctx.setLineDash([6, 4]);
            if (options.x != null) {
                var x = chart.scales.x.getPixelForValue(options.x);
                ctx.beginPath();
                ctx.moveTo(x, area.top);
                ctx.lineTo(x, area.bottom);
                ctx.stroke();
            }
            if (options.y != null) {
                var y = chart.scales.y.getPixelForValue(options.y);
                ctx.beginPath();
                ctx.moveTo(area.left, y);
                ctx.lineTo(area.right, y);
                ctx.stroke();
            }
            ctx.restore();
        }
    };

    // axis labels short enough to stand upright: 1.2M, 3K (百万 and 万 in Chinese)
    var compactFormat = new Intl.NumberFormat(document.documentElement.lang || 'en',
        { notation: 'compact', maximumFractionDigits: 1 });

    function compact(value) {
        return compactFormat.format(value);
    }

    function scales(o, datasets) {
        var s = { x: {}, y: { beginAtZero: true } };
        if (o.stacked) {
            s.x.stacked = true;
            s.y.stacked = true;
        }
        if (o.dualAxis) {
            // two series of different units (customers, revenue), each on its own value axis: the value
            // axis is y for upright bars and x for bars lying down (a funnel), never the category axis
            var v = o.indexAxis === 'y' ? 'x' : 'y';
            var second = v + '1';
            s[v] = { beginAtZero: true, title: { display: true, text: datasets[0].label }, ticks: { callback: compact } };
            s[second] = { position: v === 'y' ? 'right' : 'top', beginAtZero: true, grid: { drawOnChartArea: false },
                title: { display: true, text: datasets[1].label }, ticks: { callback: compact, maxRotation: 0 } };
            datasets.forEach(function (dataset, i) {
                dataset[v + 'AxisID'] = i === 0 ? v : second;
            });
        }
        if (o.percentAxes) {
            s.x = { type: 'linear', min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } };
            s.y = { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } };
        }
        if (o.axisTitles) {
            s.x.title = { display: true, text: o.axisTitles[0] };
            s.y.title = { display: true, text: o.axisTitles[1] };
        }
        return s;
    }

    function draw(canvas) {
        var spec = JSON.parse(canvas.getAttribute('data-chart'));
        var o = spec.options || {};
        var links = spec.links || [];
        var config = {
            type: spec.type,
            data: { labels: spec.labels, datasets: spec.datasets },
            plugins: [thresholdLines],
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                indexAxis: o.indexAxis || 'x',
                scales: spec.type === 'doughnut' ? {} : scales(o, spec.datasets),
                plugins: { thresholdLines: o.thresholds || {}, legend: { display: !o.noLegend, position: 'bottom' } },
                onClick: function (event, elements) {
                    if (!elements.length) {
                        return;
                    }
                    var target = links[elements[0].datasetIndex] || [];
                    var link = target[elements[0].index] || target[0];
                    if (link) {
                        window.location.href = link;
                    }
                },
                onHover: function (event, elements) {
                    canvas.style.cursor = elements.length ? 'pointer' : 'default';
                }
            }
        };
        canvas.chart = new window.Chart(canvas, config);
    }

    document.querySelectorAll('canvas[data-chart]').forEach(draw);
}());
