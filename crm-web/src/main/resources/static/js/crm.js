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
}());
