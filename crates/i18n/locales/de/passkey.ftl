# Passkeys (WebAuthn) als zweiter Faktor: Kontoseite, Anmeldeschritt und ihre Meldungen.
passkey-heading = Passkeys
passkey-intro = Ein Passkey liegt auf deinem Smartphone, deinem Computer oder einem Sicherheitsschlüssel und bestätigt per Fingerabdruck, Gesicht oder PIN, dass du es bist. Nach dem Passwort genügt eine Berührung. Er funktioniert nur auf dieser Website, eine nachgemachte Seite kann ihn also nicht abfangen.
passkey-none = Du hast noch keinen Passkey.
passkey-recovery-left = { $left ->
    [one] { $left } deiner 10 Wiederherstellungscodes ist noch unbenutzt.
   *[other] { $left } deiner 10 Wiederherstellungscodes sind noch unbenutzt.
}
passkey-created = hinzugefügt am { $when }
passkey-last-used = zuletzt benutzt am { $when }
passkey-never-used = noch nicht benutzt
passkey-remove-summary = { $name } entfernen
passkey-remove-last-warning = Das ist dein einziger zweiter Faktor, und eine Gemeinschaft, die du mitleitest, verlangt einen: Ohne ihn ruhen deine Befugnisse als Steward oder Kurator, bis du einen neuen hinzufügst.
passkey-remove-password = Dein Passwort zur Bestätigung
passkey-remove-confirm = Mit diesem Passkey kannst du dich danach nicht mehr anmelden.
passkey-remove = Passkey entfernen
passkey-name-label = Name des neuen Passkeys
passkey-name-placeholder = z. B. Laptop, Smartphone
passkey-add = Passkey hinzufügen
passkey-browser-failed = Der Passkey hat nicht geantwortet, oder die Anfrage wurde abgebrochen. Es hat sich nichts geändert: Versuch es noch einmal.
passkey-browser-unsupported = Dieser Browser kann hier keine Passkeys verwenden. Nutze stattdessen eine Authenticator-App.
passkey-name-invalid = Gib dem Passkey einen Namen mit höchstens 60 Zeichen.
passkey-refused = Dieser Passkey wurde nicht angenommen. Versuch es noch einmal oder gib einen Code ein.
passkey-expired = Diese Anfrage hat zu lange gewartet oder wurde schon beantwortet: Versuch es noch einmal.
passkey-duplicate = Dieser Passkey ist bereits registriert.
passkey-password-wrong = Dein Passwort stimmt nicht.
passkey-added = Der Passkey ist hinzugefügt: Nach deinem Passwort meldet er dich an.
passkey-removed = Der Passkey ist entfernt: Er meldet dich nicht mehr an.
passkey-codes-title = Passkey hinzugefügt
passkey-codes-on = Dein zweiter Faktor ist eingeschaltet.
passkey-codes-from-now = Ab jetzt fragt die Anmeldung nach deinem Passwort auch nach deinem Passkey.
passkey-codes-keep = Bewahre diese zehn Wiederherstellungscodes sicher auf; jeder funktioniert einmal, falls du deinen Passkey verlierst. Sie werden nur jetzt angezeigt.
passkey-codes-back = Zurück zu deinem Konto
passkey-sign-in-hint = Bestätige mit dem Passkey, den du deinem Konto hinzugefügt hast.
passkey-sign-in = Mit meinem Passkey anmelden
passkey-or-code = Oder gib einen Code ein:

totp-title = Zweiter Faktor
totp-from-now = Ab jetzt fragt die Anmeldung nach einem Code aus deiner App.
totp-keep = Bewahre diese zehn Wiederherstellungscodes sicher auf; jeder funktioniert einmal, falls du dein Telefon verlierst. Sie werden nur jetzt angezeigt.
totp-scan = Scanne diesen Code mit einer Authenticator-App (oder gib den Schlüssel unten ein).
totp-enter = Gib den 6-stelligen Code ein, den sie anzeigt.
totp-key = Schlüssel:
totp-code-label = Code aus der App
totp-turn-on = Zweiten Faktor einschalten
