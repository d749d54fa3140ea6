package org.idic.crm.app.browser;

import java.util.List;

/** Measurements of a page as laid out by the browser: what a person would see as broken. */
final class Layout {

    private Layout() {
    }

    /** The page does not scroll sideways. */
    static List<String> pageFitsTheWidth(Tab tab) {
        return strings(tab.js("""
                var d = document.documentElement;
                return d.scrollWidth > d.clientWidth
                    ? ['the page is ' + d.scrollWidth + ' px wide in a ' + d.clientWidth + ' px window'] : [];"""));
    }

    /**
     * A table fits its box (no sideways scrolling), no header wraps, and no cell takes more than two
     * lines (a column squeezed to one character per line fails both).
     */
    static List<String> tableReadsWell(Tab tab, String tableId) {
        return strings(tab.js("""
                var table = document.getElementById(arguments[0]);
                var problems = [];
                var box = table.parentElement;
                if (box.scrollWidth > box.clientWidth + 1) {
                    problems.push('the table is ' + box.scrollWidth + ' px wide in a ' + box.clientWidth + ' px box');
                }
                function lines(cell) {
                    var range = document.createRange();
                    range.selectNodeContents(cell);
                    var style = getComputedStyle(cell);
                    var lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
                    return Math.round(range.getBoundingClientRect().height / lineHeight);
                }
                table.querySelectorAll('th, td').forEach(function (cell) {
                    var text = cell.innerText.trim();
                    if (text.length < 2) { return; }
                    var n = lines(cell);
                    var most = cell.tagName === 'TH' ? 1 : 2;
                    if (n > most) { problems.push('"' + text.replace(/\\s+/g, ' ') + '" takes ' + n + ' lines'); }
                });
                return problems;""", tableId));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
