// The import page: a file larger than the import accepts is refused before it is sent (the server refuses
// it too, with the same message, but only after the upload).
(function () {
    'use strict';
    var form = document.getElementById('upload-form');
    if (!form) {
        return;
    }
    var input = document.getElementById('file');
    var message = document.getElementById('file-too-large');
    var max = Number(form.getAttribute('data-max-bytes'));
    function tooLarge() {
        return input.files && input.files.length > 0 && input.files[0].size > max;
    }
    input.addEventListener('change', function () {
        var large = tooLarge();
        input.classList.toggle('is-invalid', large);
        message.classList.toggle('d-none', !large);
    });
    form.addEventListener('submit', function (event) {
        if (tooLarge()) {
            event.preventDefault();
            input.classList.add('is-invalid');
            message.classList.remove('d-none');
        }
    });
})();
