# The personal invitation e-mail.
mail-invite-subject = { $inviter } invites you to { $community }
mail-invite-someone = Someone
mail-invite-intro = { $inviter } invites you to { $community } on convene.
mail-invite-question = The question that calls us together:
mail-invite-accept-text = To accept, open this link:
mail-invite-accept = Accept the invitation
mail-invite-decline-text = Not for you? Decline here (no account needed, your name is not recorded):
mail-invite-decline-before = Not for you?
mail-invite-decline = Decline
mail-invite-decline-after = (no account needed, your name is not recorded).
