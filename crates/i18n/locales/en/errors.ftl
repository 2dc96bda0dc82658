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

# Moderation. $until, $edited and $from are moments (date-moment); $reason is the steward's text.
error-suspended = You are suspended in this community until { $until }: { $reason } Until then you can read, and appeal the decision from the moderation notice on your content, but not post.
error-flag-own = You wrote this; edit it instead of flagging it.
error-flagged-already = You flagged this already.
error-case-decided = This case is decided already.
error-case-author = You wrote this content, so someone else decides.
error-case-flagger = You flagged this content, so someone else decides.
error-case-part = You wrote or flagged this content, so someone else decides.
error-case-claimed = Someone else claimed this case; their claim lasts 30 minutes.
error-case-claim-first = Claim the case first (a claim lasts 30 minutes), so nobody decides it twice.
error-case-decided-meanwhile = This case was decided meanwhile.
error-case-hide-appealed = The author appealed the automatic hide: a steward who did not flag it hears the appeal, which decides the case.
error-case-cool-down = The author edited this content on { $edited }; the community's cool-down lets it be reviewed from { $from }.
error-appeal-not-author = Only the person whose content was decided on may appeal.
error-appealed-already = This has been appealed already.
error-appeal-nothing = There is nothing to appeal: the content is not hidden by flags or an upheld decision.
error-appeal-too-late = { $days ->
    [one] The day for an appeal has passed.
   *[other] The { $days } days for an appeal have passed.
}
error-hearer-author = You wrote this content, so another steward hears its appeal.
error-hearer-flagger = You flagged this content, so another steward hears its appeal.
error-hearer-decider = You decided this case, so another steward hears its appeal.
error-hearer-heard = You already heard this appeal.
error-appeal-decided = This appeal is decided already.
error-appeal-part = You have a part in this case, so another steward hears its appeal.
error-appeal-decided-meanwhile = This appeal was decided meanwhile.

# Second factor and sign-in with a provider. $provider is the provider's name.
error-totp-exists = You already have an authenticator app: remove it first to enrol a new one.
error-totp-start-first = Start the enrolment first.
error-totp-none = You have no authenticator app to remove.
error-second-factor-needed = This account signs in with a second factor.
error-oidc-unreachable = { $provider } cannot be reached right now: try again later, or sign in with your password.
error-oidc-unverified = The answer from { $provider } could not be verified, so nobody was signed in. Start again.
error-oidc-expired = This sign-in waited too long or was finished already: start again.
error-oidc-unlinked = No account here is linked to your { $provider } identity yet. Sign in with your password and link { $provider } on your account page, or accept an invitation with it.
error-oidc-linked-other = This { $provider } identity is linked to another account already.
error-oidc-has-other = Your account is linked to another { $provider } identity: unlink it first.
error-oidc-no-email = { $provider } did not share a verified e-mail address, which an account needs. Accept the invitation with a password instead.
error-oidc-email-exists = An account with this e-mail exists already: sign in with your password, link { $provider } on your account page, then accept the invitation.
error-oidc-only-way = This is your only way to sign in: link another provider first, or you could not sign in again.
error-oidc-declined = The identity provider did not sign you in. Nothing changed here.

# Invitations by e-mail.
error-no-mail = This server sends no mail: copy the link instead.
error-invitation-no-email = This invitation has no e-mail address to send to.

# Contributions to the public. $state is one of the talk-state-… sentences; $id a number.
error-offer-not-starter = Only the person who started a thread can offer it to the public.
error-offer-hidden = A deleted or hidden thread cannot be offered to the public.
error-offer-public = This thread is public already: anyone can read it.
error-offer-private = A private thread stays between the people it names; it cannot be offered to the public.
error-offered-already = This thread is offered already: { $state } (contribution { $id }).
error-contribution-undecidable = This contribution cannot be decided now: { $state }
error-contribution-decided-meanwhile = Another curator decided on it a moment ago.
error-contribution-not-editable = It can no longer be edited: { $state }

# Suggested edits. $version and $base are version numbers, $count a number.
error-suggest-kind = This kind of content is not edited by suggestion.
error-suggest-decider = Only the content's author or a curator decides on suggested edits.
error-suggest-own = You wrote this; edit it yourself instead of suggesting.
error-suggest-version = This text changed (it is at version { $version }) since you read version { $base }; read it again and suggest on the new version.
error-suggest-pending = { $count ->
    [one] You have a suggestion waiting on this already; wait for a decision.
   *[other] You have { $count } suggestions waiting on this already; wait for a decision.
}
error-suggestion-decided = This suggestion was decided already.
error-suggestion-author-left = Its author left; this suggestion can only be declined.
error-suggestion-stale = The text changed (it is at version { $version }) since this suggestion was written on version { $base }; it can be declined, or suggested again.
error-suggestion-decided-meanwhile = This suggestion was decided meanwhile.
error-revert-stale = Someone saved version { $version } meanwhile; look at the history again.

# The library and design runs. $kind is practice or design, $slug the work's short name.
error-library-slug-taken = This community already has a { $kind ->
    [practice] practice
   *[design] design
} called `{ $slug }`; give this one another slug.
error-library-publish-stale = It was changed while you published; look again and publish.
error-library-design-readable = Only a design every member and guest may read can become a gathering's agenda.
error-library-owner = Only who added it, or a steward, may change this.
error-timer-running = The timer is already running.
error-timer-not-running = The timer is not running.
error-timer-done = Every block is done.
error-timer-extension = A block is extended by 1 second to a day in all.
error-timer-changed = The timer changed meanwhile; look again.

# Phases. $from, $expected and $to are phase names as words in a sentence (error-phase-name-…).
error-phase-order = A gathering moves from { $from } to { $expected } next, not to { $to }.
error-phase-back = A gathering steps back from { $from } to { $expected } only, not to { $to }.
error-phase-after-closed = A closed gathering has no phase after it.
error-phase-before-first = The invitation is the first phase: there is none before it.
error-phase-name-invitation = invitation
error-phase-name-marketplace = marketplace
error-phase-name-sessions = sessions
error-phase-name-convergence = convergence
error-phase-name-closed = closed

# World Café. $max is a number.
error-cafe-rounds-max = A café has at most { $max } rounds.
error-cafe-tables-max = A café has at most { $max } tables.
error-cafe-host-busy = That person already hosts another table.
error-cafe-plan-needs = A plan needs rounds, tables and at least two people who joined.
error-cafe-add-round = Add a round with its question first.
error-cafe-last-round = That was the last round.
error-cafe-no-round = No round is running.
error-cafe-not-started = The café has not started: tables open with the first round.
error-cafe-notes-not-yet = Notes open when their round starts.
error-cafe-notes-sat = Only people who sat at this table in that round write its notes: check in to it first.

# Lean Coffee.
error-lean-closed = This Lean Coffee is closed.
error-lean-vote-left = Votes go to topics still to discuss; this one has left that column.
error-lean-no-vote = You have no vote on this topic to take back.
error-lean-discussing = A topic is being discussed; finish it (or let the Roman vote end it) first.
error-lean-not-waiting = That topic is not waiting to be discussed.
error-lean-none-waiting = No topic is waiting.
error-lean-roman-open = The Roman vote is already open.
error-lean-roman-not-open = The Roman vote is not open.
error-lean-merge-self = A topic cannot be merged into itself.
error-lean-merge-done = Only topics still to discuss can be merged.
error-lean-actions-later = Actions come out of a topic once it is discussed.
error-lean-proposal-later = A topic becomes a proposal once the group has discussed it.
error-lean-not-discussed = That topic is not being discussed.

# Suggesting an agenda.
error-suggest-no-sessions = No session has been announced yet, so there is nothing to plan.
error-suggest-no-cell = The wall has no free cell for sessions: add a space or a session slot, then ask for a suggestion again.
error-suggest-wall-changed = The wall changed since this suggestion was made; here is a new one.

# Governance. $process is the decision's process (consent, advice, majority, dot, ranked_choice); $deadline a moment.
error-decision-closed = This decision is closed.
error-decision-deadline-passed = The deadline has passed: the decision only waits to be closed.
error-decision-not-consent = This decision is taken by { $process ->
    [advice] advice process
    [majority] vote by simple majority
    [dot] dot vote
   *[ranked_choice] ranked choice (instant runoff)
}, not by consent.
error-decision-not-vote = This decision is taken by { $process ->
    [advice] advice process
   *[consent] consent
}, not by a vote.
error-decision-answers = Only the person who proposed the change answers objections.
error-advice-only = Advice is recorded only in an advice process.
error-advice-decider = Only the decider records the advice they sought.
error-advice-recorded = You recorded this person's advice already.
error-decision-closed-already = This decision is closed already.
error-decision-closes-at = This decision closes at its deadline, { $deadline }.
error-decision-closed-meanwhile = This decision was closed meanwhile.

# Initiatives. $why is one of the error-initiative-why-… phrases.
error-initiative-not-possible = Not possible: { $why }.
error-initiative-why-invite = only the starter or a lead invites
error-initiative-why-in-already = you are in it already
error-initiative-why-invited-already = they are invited or in it already
error-initiative-why-ask-self = people ask to join for themselves
error-initiative-why-asked-already = you have asked already or are in it
error-initiative-why-accept-invited = only the invited person can accept an invitation
error-initiative-why-accept-request = the starter or a lead accepts a request
error-initiative-why-nothing-accept = there is nothing to accept
error-initiative-why-nothing-withdraw = there is nothing to withdraw
error-initiative-why-leave-self = people leave by themselves; nobody is removed here
error-initiative-why-offer-lead = only the starter or a lead invites someone to lead
error-initiative-why-leads-already = they lead it already
error-initiative-why-offer-waits = an invitation to lead waits for their answer already
error-initiative-why-no-offer-accept = there is no invitation to lead to accept
error-initiative-why-accept-self = only the invited person can accept
error-initiative-why-no-offer-decline = there is no invitation to lead to decline
error-initiative-why-answer-offer = the invited person or a lead answers an invitation to lead
error-initiative-why-step-down-self = nobody stops leading because others say so
error-initiative-why-starter-leads = the starter leads what they started
error-initiative-why-not-lead = you do not lead it
error-initiative-lead-answered = That invitation to lead was answered meanwhile.
error-initiative-starter-stays = The starter stays with the initiative they started.
error-initiative-ask-taken = Someone has taken this on already.
error-initiative-ask-settle = Its author, whoever took it on, or a lead settles an ask.
error-initiative-join-first = Updates and asks come from the people in the initiative; join it first.

# Rate limits (429). $seconds and $per_minute are numbers.
error-rate-attempts = { $seconds ->
    [one] Too many attempts. Please wait a second and try again (this guards accounts against password guessing).
   *[other] Too many attempts. Please wait { $seconds } seconds and try again (this guards accounts against password guessing).
}
error-rate-posting = You are posting faster than this server allows ({ $per_minute } posts a minute). Nothing was saved; please wait { $seconds ->
    [one] a second
   *[other] { $seconds } seconds
} and try again.

# A field's complaint, shown after the field's name (error-field-says). Bounds are digits, as a form counts them.
error-field-code = code
error-field-current-password = current password
error-field-note = note
error-field-table-size = table size
error-field-tables = tables
error-field-minutes = minutes
error-field-host = host
error-field-version = version
error-field-options = options
error-field-person = person
error-field-mandate = mandate
error-field-ballot = ballot
error-field-adviser = adviser
error-field-start = start
error-current-password-wrong = The current password is not right.
error-code-mismatch = That code does not match: try the current one.
error-code-used = That code was used already: wait for the next one.
error-your-password-wrong = Your password is not right.
error-code-wrong = That code is not right or was used already.
error-at-most-chars = at most { $max } characters
error-chars-range = { $min } to { $max } characters
error-note-say-what = say what is wrong
error-no-author-to-sanction = this content has no author to warn or suspend
error-whole-number-from = a whole number from { $min } to { $max }
error-tables-range = from { $min } to { $max } tables
error-not-a-member = not a member of this community
error-design-keeps-slug = a design keeps its slug; fork it to give it another
error-suggestion-no-change = the suggestion changes nothing
error-current-version = this is the current version
error-options-none = propose at least one change
error-options-same-kind = up to { $max } changes, all of the same kind
error-options-one = consent and advice decide one change; a vote chooses among several
error-guest-not-steward = a guest cannot be a steward
error-no-such-mandate = no such mandate here
error-ballot-dots = spread at most { $max } dots over the options
error-ballot-ranked = rank each option at most once
error-ballot-one = choose one of the options
error-adviser-other = someone else in this community
error-slot-overlaps = it overlaps the slot { $other }; choose a time outside it
error-slot-before-opening = a session slot cannot start before the opening circle { $opening } ends
error-block-clash = block { $block } at { $date } { $time } would clash with { $named } on the gathering's agenda (slots may not overlap, and no session slot may start before the first plenary ends); choose another start or change that slot
error-choose-language = Choose English, Deutsch, Français or Español.
