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

    /**
     * The menu bar's entries, buttons and texts all lie inside the window with room to spare (the width of
     * the bar's own padding), none overlapping another, in one row when the bar is expanded: at 1366 px a
     * manager's "Sign out" touched the window's right edge.
     */
    static List<String> menuBarFits(Tab tab) {
        return strings(tab.js("""
                var problems = [];
                var nav = document.querySelector('nav.navbar');
                var width = document.documentElement.clientWidth;
                var items = Array.prototype.filter.call(
                    nav.querySelectorAll('.navbar-brand, .navbar-nav > .nav-item > .nav-link, .btn, .navbar-text'),
                    function (e) { return e.offsetParent !== null; });
                items.forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > width - 8 || r.left < 8) {
                        problems.push('"' + e.innerText.trim().substring(0, 30) + '" reaches ' + Math.round(r.left)
                            + '..' + Math.round(r.right) + ' px in a ' + width + ' px window');
                    }
                });
                for (var i = 0; i < items.length; i++) {
                    for (var j = i + 1; j < items.length; j++) {
                        var a = items[i].getBoundingClientRect(), b = items[j].getBoundingClientRect();
                        if (items[i].contains(items[j]) || items[j].contains(items[i])) { continue; }
                        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
                            problems.push('"' + items[i].innerText.trim().substring(0, 30) + '" overlaps "'
                                + items[j].innerText.trim().substring(0, 30) + '"');
                        }
                    }
                }
                var toggler = nav.querySelector('.navbar-toggler');
                if (toggler === null || toggler.offsetParent === null) {
                    var tops = items.map(function (e) { return Math.round(e.getBoundingClientRect().top / 10); });
                    var rows = tops.filter(function (t, k) { return tops.indexOf(t) === k; }).length;
                    var bar = nav.getBoundingClientRect().height;
                    if (bar > 80) { problems.push('the menu bar is ' + Math.round(bar) + ' px high (' + rows + ' rows)'); }
                }
                return problems;"""));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
