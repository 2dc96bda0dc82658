# Lists of people and invitations (members, roles, invitations).
people-list-search = Search
people-list-show-all = Show all
people-list-search-members = Search members
people-list-search-invitations = Search invitations
people-list-pages-members = Pages of members
people-list-pages-invitations = Pages of invitations
people-list-previous = Previous page
people-list-next = Next page
people-list-page = Page { $page } of { $pages }
people-list-none-members = No members yet.
people-list-none-invitations = No invitations yet.
people-list-no-match-members = No members match “{ $q }”.
people-list-no-match-invitations = No invitations match “{ $q }”.
people-list-count-members = { $total ->
    [one] { $total } member.
   *[other] { $total } members.
}
people-list-count-invitations = { $total ->
    [one] { $total } invitation.
   *[other] { $total } invitations.
}
people-list-range-members = Showing { $first }–{ $last } of { $total } members.
people-list-range-invitations = Showing { $first }–{ $last } of { $total } invitations.
people-list-found-members = { $total } of { $all } members match “{ $q }”.
people-list-found-invitations = { $total } of { $all } invitations match “{ $q }”.
people-list-found-range-members = Showing { $first }–{ $last } of { $total } of { $all } members match “{ $q }”.
people-list-found-range-invitations = Showing { $first }–{ $last } of { $total } of { $all } invitations match “{ $q }”.
people-badge-you = you
people-badge-guest = guest

# The member directory.
people-members-title = Members
people-members-name = Name
people-members-organization = Organization
people-members-roles = Roles
people-members-joined = Joined
people-members-actions = Steward actions
people-members-act = Act…
people-members-reset-reason = Reason for a reset link
people-members-reset = Issue reset link
people-members-remove-reason = Reason for removing
people-members-remove = Remove from community
people-members-reset-title = Password reset link
people-members-reset-message = Give this link to the person yourself. It works once, for one day. It is shown only now.

# Role names.
people-role-steward = Steward
people-role-host = Host
people-role-curator = Curator
people-role-community-builder = Community builder
people-role-network-analyst = Network analyst
people-role-member = Member
people-role-guest = Guest

# Roles and what each may do.
people-roles-title = Roles
people-roles-lead = Roles add accountability on top of membership. Every change is recorded with your reason in the audit log.
people-roles-order = Those holding roles come first.
people-roles-plain-member = member
people-roles-change-of = Change roles of { $name }
people-roles-of = Roles of { $name }
people-roles-guest = Guest (sees less)
people-roles-reason = Reason
people-roles-save = Save roles
people-roles-matrix = What each role may do
people-roles-action = Action
people-can-view-community = See the community
people-can-view-members = See the member list
people-can-view-invitations = See invitations
people-can-create-invitation = Invite people
people-can-revoke-invitation = Revoke invitations
people-can-change-roles = Change roles
people-can-remove-member = Remove members
people-can-edit-settings = Change the settings
people-can-issue-reset = Issue password reset links
people-can-view-audit = Read the audit log
people-can-take-part = Take part in gatherings
people-can-host = Host gatherings
people-can-view-network = See the network
people-can-analyse-network = Analyse the network
people-can-flag = Flag content
people-can-moderate = Moderate
people-can-hear-appeal = Hear appeals
people-can-view-moderation-log = Read the moderation log
people-can-curate = Curate contributions
people-can-view-governance = See governance
people-can-deliberate = Propose and decide
people-can-accept-policy = Accept policies
people-can-suggest-edit = Suggest edits
people-can-review-edits = Review edits

# A community's own page.
people-community-welcome = Welcome to { $community }, { $name }.
people-community-member-now = You are a member now.
people-community-first-step = You are a member now: a good first step is below ({ $step }).
people-community-next = Next gathering
people-community-no-date = no date yet
people-community-no-gathering = No gathering is planned yet.
people-community-see-gatherings = See the gatherings
people-community-initiatives = Initiatives
people-community-no-initiative = No initiative yet: an action from a gathering, or an idea of yours, can become one.
people-community-in-it = { $count ->
    [one] { $count } person in it
   *[other] { $count } people in it
}
people-community-open-asks = { $count ->
    [one] { $count } open ask for help
   *[other] { $count } open asks for help
}
people-community-all-initiatives = All initiatives, or start one
people-community-lean = Lean Coffees
people-community-members = Members
people-community-joining = Joining
people-community-open = open to anyone signed in
people-community-by-invitation = by invitation
people-community-your-roles = Your roles
people-community-organizations = Organizations
people-community-home = home
people-community-partner = partner
people-community-create-another = Create another community
people-step-as-host = As host
people-step-as-participant = As a participant
people-step-grid = Add spaces and time slots
people-step-open-marketplace = Open the marketplace
people-step-start-sessions = Start the sessions
people-step-converge = Move on to convergence
people-step-close = Close the gathering
people-step-dots = Give your dots and volunteer for actions
people-step-now = See what is on now
people-step-answer = Answer the invitation
people-step-propose = Propose a session
people-step-read = Read the invitation; the marketplace opens soon
people-step-see = See the gathering

# The start page, creating a community, joining an open one.
people-home-title = Home
people-home-heading = Change by invitation
people-home-lead = convene is where a community and the organizations around it meet in Open Space and other open formats, see how leadership spreads through their network, and govern their conversation in the open.
people-home-new-here = New here? Ask a member for an invitation link.
people-home-yours = Your communities
people-home-none = You are not in a community yet. Follow an invitation link, or create one.
people-home-create = Create a community
people-new-title = Create a community
people-new-name = Name
people-new-slug = Short name
people-new-slug-hint = (for addresses: lowercase letters, digits, hyphens; left empty, made from the name)
people-new-purpose = Purpose
people-new-home-organization = Home organization
people-new-open = Open: anyone signed in may join without an invitation
people-new-submit = Create community
people-new-choose-slug = choose a short name
people-join-open = This community is open: anyone may join.
people-join-submit = Join { $community }
people-join-have-account = Have an account already?
people-join-then-again = , then open this page again.
people-join-sign-up = Sign up and join { $community }
people-person-name = Your name
people-person-password-hint = (at least 10 characters)

# Answering an invitation.
people-invite-title = Invitation to { $community }
people-invite-heading = You are invited to { $community }
people-invite-gathering-before = This invitation is for the gathering
people-invite-gathering-after = : after joining you can say whether you will come.
people-invite-by = { $inviter } invites you to join as part of
people-invite-someone = A member
people-invite-as-guest = , as a guest
people-invite-open-until = The invitation is open until { $date }.
people-invite-accept = Accept and join
people-invite-accept-heading = Accept
people-invite-come-back = : you come back here to accept.
people-invite-or-provider = Or accept without a new password:
people-invite-with-provider = Accept with { $provider }
people-invite-not-for-you = Not for you? Declining needs no account and records no name.
people-invite-decline = Decline
people-invite-declined-title = Thank you for answering
people-invite-declined = You declined the invitation to { $community }. Nothing about you was recorded.

# A community's invitations.
people-invitations-title = Invitations
people-invitations-created = Invitation created.
people-invitations-created-hint = convene sends no e-mail: copy this link and send it yourself. It is shown only now.
people-invitations-link = Invitation link
people-invitations-invite = Invite someone
people-invitations-kind = Kind
people-invitations-personal = Personal: for one person, used once
people-invitations-shared = Link: to share with many
people-invitations-email = Their e-mail
people-invitations-email-hint = (optional, for a personal invitation)
people-invitations-question = Calling question
people-invitations-organization = They join as part of
people-invitations-gathering = To a gathering
people-invitations-gathering-hint = (optional: they land on it and answer there)
people-invitations-community-only = The community only
people-invitations-guest = As a guest (sees less)
people-invitations-uses = Uses
people-invitations-uses-hint = (links only; 1 to 10000)
people-invitations-days = Expires after (days, 1 to 90)
people-invitations-create = Create invitation
people-invitations-order = Open ones first. A link is shown only when it is created: copy it then.
people-invitations-for = for { $email }
people-invitations-used = used { $uses }
people-invitations-declines = declined { $count }
people-invitations-expires = expires { $date }
people-invitations-resend = Resend e-mail (new link)
people-invitations-revoke-open = Revoke
people-invitations-revoke = Revoke invitation
people-invitations-kind-personal = personal
people-invitations-kind-link = link
people-invitations-state-accepted = accepted
people-invitations-state-declined = declined
people-invitations-state-revoked = revoked
people-invitations-state-used-up = used up
people-invitations-state-expired = expired
people-invitations-state-pending = pending
people-invitations-state-open = open
people-invitations-sent = E-mail sent { $date }.
people-invitations-failed = E-mail could not be delivered after { $count } attempts: { $error } Check the address, then resend.
people-invitations-retrying = E-mail not sent yet: attempt { $count } failed ({ $error }); trying again shortly.
people-invitations-waiting = E-mail waiting to be sent.
people-invitations-resent = A new invitation e-mail to { $email } is on its way; the earlier link no longer works.
people-invitations-whole-number = { $field } must be a whole number
people-invitations-choose-kind = choose personal or link
people-invitations-choose-gathering = choose a gathering

# A password reset link, and the one-message and confirm pages.
people-reset-title = Choose a new password
people-reset-for = For { $name }.
people-reset-password = New password
people-reset-submit = Set password
people-reset-code = Your new password is set. Your account has a second factor: enter a code to sign in.
people-reset-done-title = Password changed
people-reset-done = Your new password is set and you are signed in.
people-message-link = Link
people-message-back-community = Back to the community
people-message-back-start = Back to the start

# The audit log.
people-audit-title = Audit log
people-audit-lead = Every use of vertical power, with who, what and why. Entries are chained by hash;
people-audit-lead-verify = checks the chain.
people-audit-when = When
people-audit-who = Who
people-audit-what = What
people-audit-target = Target
people-audit-why = Why
people-audit-empty = Nothing recorded yet.
people-audit-older = Older entries
people-audit-left = a member who left
people-audit-system = system
people-audit-role-change = Roles changed
people-audit-member-remove = Member removed
people-audit-member-account-deleted = Account deleted
people-audit-account-delete = Account deleted
people-audit-invitation-create = Invitation created
people-audit-invitation-revoke = Invitation revoked
people-audit-password-reset-issued = Password reset link issued
people-audit-settings-change = Settings changed
people-audit-organization-add = Partner organization added
people-audit-community-create = Community created
people-audit-instance-setup = Instance set up
people-audit-session-merge = Sessions merged by a host
people-audit-session-place = Session placed by a host
people-audit-suggestion-apply = Suggested agenda applied
people-audit-gathering-phase = Phase moved on
people-audit-gathering-phase-back = Phase taken back
people-audit-gathering-edit = Gathering details changed
people-audit-space-add = Space added
people-audit-space-edit = Space changed
people-audit-space-remove = Space removed
people-audit-slot-add = Slot added
people-audit-slot-edit = Slot changed
people-audit-slot-remove = Slot removed
people-audit-cell-lock = Cell locked
people-audit-session-withdraw = Session withdrawn

# A community's settings page. $provider is a sign-in provider's name.
settings-title = Settings
settings-name = Name
settings-purpose = Purpose
settings-open = Open: anyone signed in may join without an invitation
settings-reason-change = Reason for the change
settings-save = Save settings
settings-organizations = Organizations
settings-add-partner-label = Add a partner organization
settings-reason = Reason
settings-add-partner = Add partner
settings-2fa-required = Stewards and curators need a second factor to use their powers
settings-2fa-hint = Those without one keep their role, but can use its powers only once they turn on a second factor on their account page.
settings-save-short = Save
settings-providers = Identity providers
settings-providers-about = People who accept an invitation with a provider tied here land in its organization, whichever organization the invitation names.
settings-provider-lands = { $provider }: its people land in
settings-provider-invitations-org = the invitation's organization
