# Choosing a language (account page, community settings).
language-heading = Language
language-label = Language convene speaks to you
language-browser = As my browser asks (otherwise the community’s language)
language-save = Save language
language-saved = Your language is saved.
language-community-label = Default language of the community
language-community-hint = For people who chose no language and whose browser asks for none that convene speaks.
language-community-none = English (not chosen)
language-community-save = Save default language

# The page after an account is deleted.
account-deleted-title = Account deleted
account-deleted-message = Your account and your memberships are gone. Thank you for taking part.

# The account page. $email is an address, $provider a sign-in provider's name, $when a moment, $count and $left numbers.
acct-title = Your account
acct-signed-in-as = Signed in as { $email }.
acct-name = Your name
acct-save-name = Save name
acct-password = Password
acct-current-password = Current password
acct-new-password = New password
acct-password-hint = Changing it signs you out everywhere else.
acct-change-password = Change password
acct-totp-on = On: signing in asks for a code from your authenticator app. { $left } of your 10 recovery codes are unused.
acct-totp-off-summary = Turn the second factor off
acct-totp-off-warning = Your password alone will open your account again. Where a community requires a second factor, its stewards and curators cannot use those powers without one.
acct-your-password = Your password
acct-totp-off-code = A code from your authenticator app, or a recovery code
acct-totp-turn-off = Turn off
acct-totp-off = Off. With a second factor, your password alone does not open your account.
acct-totp-set-up = Set up an authenticator app
acct-providers = Sign-in providers
acct-providers-about = A linked provider signs you in without your password.
acct-providers-about-2fa = A linked provider signs you in without your password (your second factor is still asked).
acct-provider-linked = linked
acct-provider-linked-as = linked as { $email }
acct-provider-unlink = Unlink { $provider }
acct-provider-not-linked = not linked
acct-provider-link = Link { $provider }
acct-sign-ins = Where you are signed in
acct-sign-ins-count = { $count ->
    [one] { $count } session is signed in to your account.
   *[other] { $count } sessions are signed in to your account.
}
acct-signed-in = Signed in { $when }
acct-signed-in-until = until { $when }
acct-this-device = this device
acct-sign-out-session = Sign out this session
acct-your-data = Your data
acct-download-data = Download all my data (JSON)
acct-tokens = API tokens
acct-new-token = New token.
acct-new-token-copy = Copy it now; it is shown only once.
acct-token = Token
acct-token-created = created { $when }
acct-token-revoke = revoke
acct-token-name = New token name
acct-token-create = Create token
acct-delete = Delete account
acct-delete-about = This removes your account and your memberships. It cannot be undone.
acct-delete-button = Delete my account
