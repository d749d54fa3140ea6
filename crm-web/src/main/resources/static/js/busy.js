// Submit buttons marked data-busy="ID" show their spinner and the status element ID once pressed, and
// the form is not sent twice: a preview scores every customer and can take several seconds.
// A file of its own because the Content-Security-Policy forbids inline scripts.
(function () {
    'use strict';
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.getAttribute('data-submitted') === 'true') {
            event.preventDefault();
            return;
        }
        var button = event.submitter;
        if (!button || !button.hasAttribute('data-busy')) {
            return;
        }
        form.setAttribute('data-submitted', 'true');
        form.setAttribute('aria-busy', 'true');
        form.querySelectorAll('button[type="submit"]').forEach(function (b) {
            b.classList.add('disabled');
            b.setAttribute('aria-disabled', 'true');
        });
        var spinner = button.querySelector('.spinner-border');
        if (spinner) {
            spinner.classList.remove('d-none');
        }
        var status = document.getElementById(button.getAttribute('data-busy'));
        if (status) {
            status.classList.remove('d-none');
        }
    });
    // a page the browser brings back from its back-forward cache must not stay busy
    window.addEventListener('pageshow', function (event) {
        if (!event.persisted) {
            return;
        }
        document.querySelectorAll('form[data-submitted]').forEach(function (form) {
            form.removeAttribute('data-submitted');
            form.removeAttribute('aria-busy');
            form.querySelectorAll('.disabled[aria-disabled]').forEach(function (b) {
                b.classList.remove('disabled');
                b.removeAttribute('aria-disabled');
            });
            form.querySelectorAll('.spinner-border').forEach(function (s) {
                s.classList.add('d-none');
            });
        });
        document.querySelectorAll('[role="status"][id$="-busy"]').forEach(function (s) {
            s.classList.add('d-none');
        });
    });
}());
