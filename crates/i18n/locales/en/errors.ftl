# Errors people see (crates/web/src/error_words.rs) and the use-cases' messages (app::Message).
error-internal = Something went wrong on our side. Nothing was changed; please try again.
error-unauthenticated = not signed in
error-denied = You do not have permission to do this in this community.
error-not-found = There is nothing here, or it is not yours to see.
error-no-route = There is nothing at this address.
error-bad-credentials = e-mail or password is not right
error-title-forbidden = Not allowed
error-title-not-found = Not found
error-title-gone = This invitation cannot be used
error-title-internal = Something went wrong
error-title-other = That did not work

# A field's text; $field is one of the error-field-… words, $max and $min are numbers.
error-text-empty = { $field } is required
error-text-too-long = { $field } must be at most { $max } characters
error-text-too-short = { $field } must be at least { $min } characters
error-text-bad-chars = { $field } contains characters that are not allowed
error-text-invalid = { $field } is not valid: { $hint }
error-field-name = name
error-field-short-name = short name
error-field-email = e-mail
error-field-password = password
error-field-community-name = community name
error-field-organization-name = organization name
error-field-purpose = purpose
error-field-calling-question = calling question
error-field-reason = reason
error-field-token-name = token name
error-field-title = title
error-field-invitation = invitation
error-field-venue = venue
error-field-space-name = space name
error-field-session-title = session title
error-field-description = description
error-field-report = report
error-field-action = action
error-field-text = text
error-field-question = question
error-field-summary = summary
error-field-notes = notes
error-field-topic = topic
error-field-theme = theme
error-field-label = label
error-field-table-name = table name
error-field-capacity = capacity
error-field-dots-per-person = dots per person
error-field-features = features
error-field-time-zone = time zone
error-field-date-time = date and time
error-field-dates = dates
error-field-first-day = first day
error-field-slot = slot
error-field-due-date = due date
error-field-until = until
error-field-kind = kind
error-field-language = language
error-field-co-conveners = co-conveners
error-field-merge = merge
error-field-organization = organization
error-field-uses = uses
error-field-days = days
error-field-gathering = gathering
# A field's complaint from a use-case, after the field's name.
error-field-says = { $field }: { $message }
error-hint-slug = use lowercase letters, digits and single hyphens
error-hint-email = expected an address like name@example.org
error-hint-name = it contains invisible or direction-changing characters (such as a zero-width space or a right-to-left override); type it again without them
error-hint-capacity = a whole number from 1 to 10,000
error-hint-one-to-twenty = a whole number from 1 to 20
error-hint-features = at most 8, separated by commas
error-hint-feature-words = short words of letters, digits, spaces and hyphens
error-hint-time-zone = a name such as Europe/Berlin or UTC
error-hint-date-time = a date like 2026-12-01 and a time like 09:30
error-hint-dates = a date like 2026-12-01 within a few years
error-hint-date = a date like 2026-12-01
error-hint-slot = it must end after it starts and last at most 12 hours

# A save on top of someone else's; $what is one of the error-stale-… words.
error-stale = Someone saved this { $what } while you were writing. Their version is above; your text is kept below: merge the two and save again.
error-stale-report = report
error-stale-session-description = session description
error-stale-contribution = contribution
error-stale-design = design
error-stale-note = note

error-invitation-expired = This invitation has expired.
error-invitation-revoked = This invitation was withdrawn by the community.
error-invitation-used-up = This invitation has already been used as many times as it allows.
error-invitation-declined = This invitation was declined.

# A unique value someone else has; $what is the database's own name for the rest.
error-taken-email = That e-mail is already taken.
error-taken-slug = That short name is already taken.
error-taken-organization = That organization name is already taken.
error-taken-space = That space name is already taken.
error-taken-membership = That membership is already taken.
error-taken = That { $what } is already taken.

# Membership, accounts, resets.
error-already-member = You are already a member of this community.
error-last-steward-role = A community needs at least one steward: give the role to someone else first.
error-last-steward-remove = The last steward cannot be removed.
error-only-steward-of = You are the only steward of { $community }: give the role to someone else first.
error-operator-undeletable = You operate this convene: its operator account cannot be deleted here.
error-password-wrong = The password is not right.
error-reset-operator = The operator's password cannot be reset by a steward.
error-reset-other-community = This person also belongs to a community you do not steward: ask the operator or a steward there.
error-policies-first = Accept the community's current policies first (on its governance page): until then you can read but not post.

# Invitations.
error-choose-organization = choose one of the community's organizations
error-choose-gathering = choose one of the community's gatherings
error-invitation-already-revoked = This invitation was already revoked.
error-account-exists = An account with this e-mail exists already: sign in first, then continue.

# Gatherings, sessions and the agenda.
error-gathering-closed = This gathering is closed.
error-cell-has-session = A session is in that cell; move it before locking the cell.
error-cell-locked = That cell is locked ({ $label }).
# $label is the slot's label, or error-reserved-whole.
error-reserved-plenary = That time is reserved for the plenary ({ $label }).
error-reserved-break = That time is reserved for the break ({ $label }).
error-reserved-whole = whole gathering
error-co-conveners-at-most = at most 5
error-co-conveners-guest = guests cannot name co-conveners: ask a member to add them
error-co-conveners-members = choose members of this community
error-check-in-not-yet = Checking in opens when the sessions begin.
error-check-in-early = “{ $title }” starts on { $date } at { $time }; checking in opens 10 minutes before.
error-check-in-over = “{ $title }” has ended; check in to a session running now.
error-not-on-agenda = That session is not on the agenda yet.
error-convene-not-yet = Sessions are announced once the marketplace opens.
error-convene-say-yes = Say yes to the invitation first; then you can convene a session.
error-agenda-closed = The agenda can change only in the marketplace and sessions phases.
error-convener-busy = Its convener already has a session in that slot.
error-merge-another = choose another session
error-merge-not-proposed = That merge was not proposed, or was withdrawn.
error-merge-closed = Sessions are merged in the marketplace and sessions phases only.

# Reports, dots and actions.
error-reports-not-yet = Reports open when the sessions begin.
error-report-named-took-part = Only people who took part can be named in a report.
error-dots-closed = Dot voting is open during convergence only.
error-actions-not-yet = Actions come out of the sessions; propose them once sessions begin.
# $status is the action's status as a word (action-status-…).
error-action-closed = This action is { $status }: nobody can volunteer for it any more.

# Threads and replies.
error-thread-deleted = This thread was deleted by its author; it takes no more replies.
error-author-edits = Only its author can edit this.
error-deleted-no-edit = This was deleted; it cannot be edited.
error-author-deletes = Only its author can delete this.
