# Passkeys (WebAuthn) as a second factor: the account page, the sign-in step, their messages.
passkey-heading = Passkeys
passkey-intro = A passkey lives on your phone, your computer or a security key and confirms that it is you with your fingerprint, face or PIN. After your password, one touch signs you in. It works only on this site, so a look-alike page cannot catch it.
passkey-none = You have no passkey yet.
passkey-recovery-left = { $left ->
    [one] { $left } of your 10 recovery codes is unused.
   *[other] { $left } of your 10 recovery codes are unused.
}
passkey-created = added { $when }
passkey-last-used = last used { $when }
passkey-never-used = not used yet
passkey-remove-summary = Remove { $name }
passkey-remove-last-warning = This is your only second factor, and a community you help lead requires one: without it, your steward and curator powers wait until you add another.
passkey-remove-password = Your password, to confirm
passkey-remove-confirm = This passkey will no longer sign you in.
passkey-remove = Remove passkey
passkey-name-label = Name of the new passkey
passkey-name-placeholder = e.g. laptop, phone
passkey-add = Add a passkey
passkey-browser-failed = The passkey did not answer, or the request was cancelled. Nothing changed: try again.
passkey-browser-unsupported = This browser cannot use passkeys here. Use an authenticator app instead.
passkey-name-invalid = Give the passkey a name of up to 60 characters.
passkey-refused = That passkey was not accepted. Try again, or use a code.
passkey-expired = That request waited too long or was answered already: try again.
passkey-duplicate = That passkey is already registered.
passkey-password-wrong = Your password is not right.
passkey-added = The passkey is added: after your password, it signs you in.
passkey-removed = The passkey is removed: it no longer signs you in.
passkey-codes-title = Passkey added
passkey-codes-on = Your second factor is on.
passkey-codes-from-now = From now on, signing in asks for your passkey after your password.
passkey-codes-keep = Keep these ten recovery codes somewhere safe; each works once if you lose your passkey. They are shown only now.
passkey-codes-back = Back to your account
passkey-sign-in-hint = Confirm with the passkey you added to your account.
passkey-sign-in = Use my passkey
passkey-or-code = Or enter a code:

# An authenticator app (TOTP) as the second factor.
totp-title = Second factor
totp-from-now = From now on, signing in asks for a code from your app.
totp-keep = Keep these ten recovery codes somewhere safe; each works once if you lose your phone. They are shown only now.
totp-scan = Scan this code with an authenticator app (or type the key below).
totp-enter = Enter the 6-digit code it shows.
totp-key = Key:
totp-code-label = Code from the app
totp-turn-on = Turn on the second factor
