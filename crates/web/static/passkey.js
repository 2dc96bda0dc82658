// Passkeys: a form marked `data-passkey` ("register" or "sign-in") asks the server for a
// challenge (`data-options`), hands it to the browser's authenticator, and submits the answer
// in its `credential` field. Messages come from the page (`data-passkey-failed`), in its language.
(function () {
  "use strict";
  if (window.convenePasskey) { return; }
  window.convenePasskey = true;
  function post(url, fields) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields)
    }).then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      return r.json();
    });
  }
  async function answer(form) {
    var kind = form.getAttribute("data-passkey");
    var token = form.elements.token;
    if (kind === "register") {
      var reg = await post(form.getAttribute("data-options"), {});
      token.value = reg.token;
      var created = await navigator.credentials.create({
        publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(reg.options.publicKey)
      });
      return created.toJSON();
    }
    var req = await post(form.getAttribute("data-options"), { token: token.value });
    var got = await navigator.credentials.get({
      publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(req.publicKey)
    });
    return got.toJSON();
  }
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!form.matches || !form.matches("form[data-passkey]")) { return; }
    ev.preventDefault();
    ev.stopPropagation();
    var status = form.querySelector("[data-passkey-status]");
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
      status.textContent = form.getAttribute("data-passkey-unsupported");
      return;
    }
    status.textContent = "";
    answer(form).then(function (cred) {
      form.elements.credential.value = JSON.stringify(cred);
      form.submit();
    }, function () {
      status.textContent = form.getAttribute("data-passkey-failed");
    });
  }, true);
})();
