package org.idic.crm.app.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The Chart.js charts of a page, read the way a person looks at them. */
final class Charts {

    private Charts() {
    }

    /**
     * What is wrong with the charts on the page: a canvas left blank or not drawn, a series hidden, a
     * series whose bars are all too short to see (plotted on another series' axis), values on a category
     * axis, or points outside the plot.
     */
    @SuppressWarnings("unchecked")
    static List<String> problems(Tab tab) {
        return (List<String>) tab.js("""
                var problems = [];
                document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
                    var section = canvas.closest('section');
                    var name = section ? section.id : 'chart';
                    var chart = canvas.chart;
                    if (!chart) { problems.push(name + ': not drawn'); return; }
                    if (canvas.offsetParent === null) { return; }
                    var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    var painted = 0;
                    for (var i = 3; i < pixels.length; i += 64) { if (pixels[i] > 0) { painted++; } }
                    if (painted === 0) { problems.push(name + ': blank'); }
                    var area = chart.chartArea;
                    chart.data.datasets.forEach(function (ds, di) {
                        var meta = chart.getDatasetMeta(di);
                        var label = name + ' / ' + ds.label;
                        if (!chart.isDatasetVisible(di)) { problems.push(label + ': hidden'); return; }
                        var values = ds.data.map(function (v) { return typeof v === 'object' ? v.y : v; });
                        if (!values.some(function (v) { return v > 0; })) { return; }
                        if (meta.type === 'bar') {
                            if (meta.vScale.type === 'category') {
                                problems.push(label + ': values on a category axis');
                            }
                            var horizontal = meta.iScale.axis === 'y';
                            var longest = 0;
                            meta.data.forEach(function (bar) {
                                var length = horizontal ? Math.abs(bar.x - bar.base) : Math.abs(bar.base - bar.y);
                                longest = Math.max(longest, length);
                            });
                            // a series drawn against another series' axis shrinks to nothing
                            if (longest < 3) {
                                problems.push(label + ': its longest bar is ' + longest.toFixed(2) + ' px');
                            }
                        } else if (meta.type === 'doughnut' || meta.type === 'pie') {
                            var turned = meta.data.reduce(function (s, a) { return s + a.circumference; }, 0);
                            if (!(turned > 6)) { problems.push(label + ': no slices'); }
                        } else {
                            meta.data.forEach(function (p, i) {
                                if (p.x < area.left - 1 || p.x > area.right + 1 || p.y < area.top - 1
                                        || p.y > area.bottom + 1) {
                                    problems.push(label + ' point ' + i + ' outside the plot');
                                }
                            });
                        }
                    });
                });
                return problems;""");
    }

    /** How many charts the page drew (in its visible tabs). */
    static long drawn(Tab tab) {
        return (Long) tab.js("return Array.prototype.filter.call(document.querySelectorAll('canvas[data-chart]'),"
                + " function (c) { return c.chart && c.offsetParent !== null; }).length");
    }

    /** Clicks the bar (or point) {@code index} of series {@code dataset} of the chart in section {@code id}. */
    @SuppressWarnings("unchecked")
    static void click(Tab tab, String id, int dataset, int index, String stepName) {
        WebElement canvas = tab.find(By.cssSelector("#" + id + " canvas"));
        tab.scrollTo(canvas);
        Map<String, Number> at = (Map<String, Number>) tab.js("""
                var c = arguments[0], el = c.chart.getDatasetMeta(arguments[1]).data[arguments[2]];
                var horizontal = c.chart.options.indexAxis === 'y';
                var x = el.base !== undefined && horizontal ? (el.x + el.base) / 2 : el.x;
                var y = el.base !== undefined && !horizontal ? (el.y + el.base) / 2 : el.y;
                return {x: x - c.clientWidth / 2, y: y - c.clientHeight / 2};""", canvas, dataset, index);
        tab.followAction(new Actions(tab.driver()).moveToElement(canvas, at.get("x").intValue(),
                at.get("y").intValue()).click(), stepName);
    }
}
