// IDIC CRM page behaviour. Loaded from this site only (the Content-Security-Policy forbids inline scripts).
(function () {
    'use strict';
    // Buttons and links with data-confirm ask before they act.
    document.addEventListener('click', function (event) {
        var target = event.target.closest('[data-confirm]');
        if (target && !window.confirm(target.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
    });
    // On a conflict page, ticking "keep theirs" shows their value in the field itself (the server takes
    // theirs for a ticked field whatever the field holds; this only lets the user see it).
    document.addEventListener('change', function (event) {
        var box = event.target;
        if (!box.matches || !box.matches('input[name="_keepTheirs"]') || !box.form) {
            return;
        }
        var field = box.form.elements.namedItem(box.value);
        if (!field || typeof field.value === 'undefined' || field.length > 1 && !field.tagName) {
            return;
        }
        var value = box.getAttribute(box.checked ? 'data-theirs' : 'data-yours') || '';
        if (field.type === 'checkbox') {
            field.checked = value === 'true';
        } else {
            field.value = value;
        }
    });
    // The customer list's changes of many customers: tick the page at once, count what is ticked, and show
    // the tag or the new owner field for the change chosen (without a script every field shows and works).
    var bulk = document.getElementById('bulk-form');
    if (bulk) {
        var rows = function () {
            return document.querySelectorAll('input.row-select');
        };
        var count = document.getElementById('bulk-count');
        var none = count.textContent;
        var recount = function () {
            var ticked = Array.prototype.filter.call(rows(), function (box) { return box.checked; }).length;
            var all = document.getElementById('bulk-all').checked;
            count.textContent = ticked > 0 && !all ? count.getAttribute('data-some').replace('{0}', ticked) : none;
        };
        var action = document.getElementById('bulk-action');
        var showFields = function () {
            var reassign = action.value === 'REASSIGN';
            document.querySelectorAll('.bulk-for-tag').forEach(function (f) { f.classList.toggle('d-none', reassign); });
            document.querySelectorAll('.bulk-for-reassign').forEach(function (f) { f.classList.toggle('d-none', !reassign); });
        };
        document.getElementById('select-page').addEventListener('change', function (event) {
            rows().forEach(function (box) { box.checked = event.target.checked; });
            recount();
        });
        document.addEventListener('change', function (event) {
            if (event.target.matches('input.row-select, #bulk-all')) {
                recount();
            }
        });
        action.addEventListener('change', showFields);
        showFields();
    }
}());
