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
}());
