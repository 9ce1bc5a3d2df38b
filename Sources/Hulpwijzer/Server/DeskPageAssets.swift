/// The desk page's script and style, served from the binary as same-origin resources
/// (`/bureau.js`, `/bureau.css`): the page's policy allows nothing inline and nothing from elsewhere.
enum DeskPageAssets {
    /// Live update (the form posted ~150 ms after the last keystroke to `/api/overzicht`, the
    /// fragment swapped in), question links that focus their field, and opening a saved file.
    static let script = #"""
    'use strict';
    (function () {
      var timer = 0, sent = 0, last = null;
      document.documentElement.className += ' js';
      function form() { return document.getElementById('huishouden'); }
      function post(url, body) {
        return fetch(url, { method: 'POST', body: body, credentials: 'same-origin',
                            headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }).then(function (r) { return r.text(); });
      }
      function showMessages() {
        document.querySelectorAll('p.melding').forEach(function (p) { p.textContent = ''; p.className = 'melding'; });
        document.querySelectorAll('#huishouden [aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
        document.querySelectorAll('#overzicht li[data-veld]').forEach(function (li) {
          var field = li.getAttribute('data-veld'), slot = document.getElementById('melding-' + field);
          var input = document.getElementById('veld-' + field);
          if (!slot) return;
          slot.textContent = li.getAttribute('data-melding');
          slot.className = 'melding ' + li.className;
          if (input && li.className === 'fout') input.setAttribute('aria-invalid', 'true');
        });
      }
      function update() {
        var body = new URLSearchParams(new FormData(form())).toString();
        if (body === last) return;  // a change event after the input events: nothing new
        last = body;
        var n = ++sent, box = document.getElementById('overzicht');
        box.setAttribute('aria-busy', 'true');
        post('/api/overzicht', body).then(function (html) {
          if (n !== sent) return;
          // Schemes the counsellor opened stay open.
          var open = Array.prototype.map.call(box.querySelectorAll('details[open][data-regeling]'), function (d) { return d.getAttribute('data-regeling'); });
          box.innerHTML = html;
          open.forEach(function (id) {
            box.querySelectorAll('details[data-regeling="' + id + '"]').forEach(function (d) { d.open = true; });
          });
          box.removeAttribute('aria-busy');
          showMessages();
        }, function () {
          box.removeAttribute('aria-busy');
          box.insertAdjacentHTML('afterbegin', '<p class="fout">Het overzicht kon niet worden bijgewerkt. Draait hulpwijzer serve nog?</p>');
        });
      }
      function changed(e) {
        // (form.id would be the field named "id": compare the elements)
        if (!e.target.form || e.target.form !== form()) return;
        clearTimeout(timer);
        timer = setTimeout(update, 150);
      }
      document.addEventListener('input', changed);
      document.addEventListener('change', function (e) {
        if (e.target.id === 'bestand') return openFile(e.target);
        changed(e);
      });
      document.addEventListener('click', function (e) {
        var a = e.target.closest && e.target.closest('a[href^="#veld-"]');
        if (!a) return;
        var field = document.getElementById(a.getAttribute('href').slice(1));
        if (!field) return;
        e.preventDefault();
        field.scrollIntoView({ block: 'center' });
        field.focus();
        history.replaceState(null, '', a.getAttribute('href'));
      });
      function openFile(input) {
        var file = input.files && input.files[0];
        if (!file) return;
        file.text().then(function (text) {
          return post('/openen', new URLSearchParams({ json: text }).toString());
        }).then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var fresh = doc.getElementById('balie');
          if (fresh) document.getElementById('balie').replaceWith(fresh);
        });
      }
    })();
    """#

    /// One screen at 1366×768: the form on the left, the overview on the right, each scrolling.
    static let style = """
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 14px; line-height: 1.35; color: #111; background: #f4f5f6; }
    #balie { display: grid; grid-template-columns: minmax(30em, 40%) 1fr; height: 100vh; }
    #invoer { overflow-y: auto; padding: .6em 1em 1em; background: #fff; border-right: 1px solid #ccd; }
    #overzicht { overflow-y: auto; padding: .6em 1.4em 2em; }
    header h1 { font-size: 1.35em; margin: 0; }
    header h1 span { font-weight: normal; color: #456; }
    header p { margin: .2em 0 .5em; color: #333; }
    fieldset { border: 1px solid #ccd; border-radius: 6px; margin: 0 0 .5em; padding: .2em .7em .4em; display: grid; grid-template-columns: 1fr 1fr; gap: .1em .8em; }
    legend { font-weight: bold; padding: 0 .3em; }
    .veld { display: flex; flex-direction: column; min-width: 0; }
    .veld label { font-weight: 600; margin-top: .25em; }
    .veld small { color: #555; font-size: .85em; }
    input, select, textarea, button { font: inherit; }
    input, select, textarea { padding: .2em .35em; border: 1px solid #99a; border-radius: 4px; background: #fff; width: 100%; }
    input::placeholder { color: #888; font-style: italic; }
    input:focus, select:focus, textarea:focus { outline: 3px solid #fb3; outline-offset: 0; border-color: #a60; }
    :target { outline: 3px solid #fb3; }
    [aria-invalid="true"] { border: 2px solid #b00; }
    .melding { margin: 0; font-size: .9em; }
    .melding:empty { display: none; }
    .melding.fout, p.fout { color: #a00; font-weight: 600; }
    .melding.waarschuwing { color: #8a4b00; font-weight: 600; }
    .knoppen { display: flex; flex-wrap: wrap; gap: .3em; margin: .4em -1em 0; padding: .4em 1em; position: sticky; bottom: 0; background: #fff; border-top: 1px solid #ccd; }
    button { padding: .35em .6em; border: 1px solid #036; border-radius: 4px; background: #05a; color: #fff; cursor: pointer; }
    button[formaction] { background: #fff; color: #036; }
    #openen h2 { font-size: 1em; margin: .6em 0 .2em; }
    #openen p, #openen form { margin: .2em 0; }
    #openen textarea { font-family: ui-monospace, monospace; font-size: .85em; }
    .alleen-js { display: none; }
    .js .alleen-js { display: block; }
    #overzicht h2 { font-size: 1.1em; margin: .7em 0 .2em; border-bottom: 2px solid #0a5; }
    #overzicht h3 { font-size: 1em; margin: .4em 0 .1em; color: #234; }
    .kop { color: #456; margin: 0; }
    .samenvatting { font-size: 1.05em; margin: .2em 0; }
    .aanname, .let-op { margin: .2em 0; color: #5a3b00; }
    ul.regelingen { list-style: none; margin: 0; padding: 0; }
    ul.regelingen > li { margin: .15em 0; }
    summary { cursor: pointer; }
    ul.regelingen summary::marker { color: #0a5; }
    ul.kort { list-style: none; margin: 0 0 .2em; padding: 0; display: flex; flex-wrap: wrap; gap: .2em .4em; }
    ul.kort > li { background: #fff; border: 1px solid #ccd; border-radius: 4px; padding: 0 .4em; }
    ul.kort details[open] { flex-basis: 100%; }
    ul.kort li:has(details[open]) { flex-basis: 100%; }
    p.groep { margin: .3em 0 .1em; font-weight: 600; color: #234; }
    ol.vragen { margin: .1em 0; padding-left: 1.6em; }
    ol.vragen a { color: #036; font-weight: 600; }
    div.uitleg { font-size: .9em; background: #fff; border: 1px solid #ccd; border-radius: 4px; padding: .3em .6em; margin: .3em 0 .6em; }
    div.uitleg p, div.uitleg ul { margin: .2em 0; }
    div.uitleg pre { white-space: pre-wrap; font-size: .92em; margin: .4em 0 0; }
    ul.meldingen { padding-left: 1.2em; }
    ul.meldingen li.fout { color: #a00; }
    ul.meldingen li.waarschuwing { color: #8a4b00; }
    .leeg { color: #555; font-style: italic; margin-top: 2em; }
    .fouten { border: 2px solid #b00; border-radius: 6px; padding: .2em .8em; margin: .4em 0; color: #a00; }
    @media (max-width: 900px) { #balie { display: block; height: auto; } #invoer, #overzicht { overflow: visible; } }
    """
}
