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

    /**
     * Table cells with Chinese text squeezed narrower than two characters of their own font, which breaks
     * the text one character per line (the list's headers did, before): every visible cell of every table.
     */
    static List<String> squeezedCells(Tab tab) {
        return strings(tab.js("""
                var problems = [];
                document.querySelectorAll('table th, table td').forEach(function (cell) {
                    var text = cell.innerText.trim();
                    // Chinese breaks between any two characters; Latin words cannot be squeezed below their own width
                    if (text.length < 2 || cell.offsetParent === null || !/[\\u3400-\\u9fff]/.test(text)) { return; }
                    var style = getComputedStyle(cell);
                    var width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    if (width < 2 * parseFloat(style.fontSize)) {
                        problems.push('"' + text.replace(/\\s+/g, ' ').substring(0, 40) + '" is ' + Math.round(width)
                            + ' px wide');
                    }
                });
                return problems;"""));
    }

    /** Buttons, badges and menu entries broken over lines (a two-character Chinese label one per line). */
    static List<String> brokenLabels(Tab tab) {
        return strings(tab.js("""
                var problems = [];
                document.querySelectorAll('.btn, .badge, .nav-link, .page-link').forEach(function (label) {
                    var text = label.innerText.trim();
                    if (text.length < 2 || label.offsetParent === null || text.indexOf('\\n') >= 0) { return; }
                    var range = document.createRange();
                    range.selectNodeContents(label);
                    var style = getComputedStyle(label);
                    var lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
                    if (range.getBoundingClientRect().height > lineHeight * 1.5) {
                        problems.push('"' + text.substring(0, 40) + '" breaks over lines');
                    }
                });
                return problems;"""));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
