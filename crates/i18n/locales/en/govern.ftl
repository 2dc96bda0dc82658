# Moderation: the queue, the log, the box under content.
govern-moderation-title = Moderation
# $threshold is a decimal like 1.5.
govern-moderation-about = Flags weigh by role and accuracy: a member's flag counts 1, a host's 2, a steward's or curator's reaches the threshold alone; after 5 decided flags, how often someone's flags were upheld adds up to 1 or takes up to 0.5. Content hides when its flags reach { $threshold }. Claim a case before deciding it: a claim lasts 30 minutes, so nobody decides a case twice.
govern-open-cases = Open cases ({ $count })
govern-nothing-waiting = Nothing waiting.
# $kind is a kind of content, $weight the govern-weight text.
govern-case-heading = Case { $id }: { $kind } — { $weight }
govern-weight = weight { $weight } of { $threshold }
govern-hidden = (hidden)
govern-flag-line = { $reason } by { $who } (weighs { $weight })
govern-opened = Opened { $when }.
govern-review = The author edited it on { $edited } and asks for review; after the community's cool-down it can be claimed from { $from }. The text as flagged, and now:
govern-diff-added = added:
govern-diff-removed = removed:
govern-appealed-hide = The author appealed the automatic hide: a steward who did not flag it hears the appeal below, and its answer decides the case.
govern-claim-mine = You hold the claim until { $until }.
govern-decision = Decision
govern-uphold = Uphold the flags: hide it
govern-dismiss = Dismiss the flags: show it
govern-and-author = And the author (only with uphold)
govern-nothing-more = Nothing more
govern-warn = Warn the author
govern-suspend = Suspend the author until the day below
govern-suspend-until = Suspended until (the start of this day, UTC; at most a year)
govern-reason-seen = Reason (at least a sentence; the author and the log see it)
govern-decide = Decide
govern-claimed-by = Claimed by { $name } until { $until }.
govern-claim = Claim this case
govern-appeals-waiting = Appeals waiting ({ $count })
govern-no-appeals = No appeals waiting.
govern-appeal-of = Appeal of case { $id }
govern-decision-reason = Decision: { $reason }
govern-no-decision-yet = No decision yet: the flags hid it automatically. Upholding keeps it hidden; reversing shows it again.
govern-author-appeals = The author appeals: “{ $statement }”
govern-outcome = Outcome
govern-reverse = Reverse: show it again
govern-uphold-decision = Uphold the decision
govern-reason-sentence = Reason (at least a sentence)
govern-decide-appeal = Decide the appeal
govern-appeal-who = Only a steward who neither wrote, flagged nor decided this case may decide the appeal.
govern-steward-hears = A steward hears appeals.
govern-reversals = Decisions and reversals
govern-no-decisions = No decisions yet.
govern-reversal-line = { $name }: { $count ->
    [one] 1 decision
   *[other] { $count } decisions
}, { $reversed } reversed on appeal
govern-percent = ({ $share } %).
govern-reversals-help = A high share of reversals means the decisions and the community's sense of its rules drift apart.
govern-log-title = Moderation log
govern-log-about = Every use of vertical power on what people wrote, with its reason, newest first.
govern-log-named = As a steward you see names.
govern-log-pseudonyms = Moderators appear by role and a pseudonym that stays the same for each person.
govern-log-audit = Each entry is also in the tamper-evident audit log.
govern-log-empty = Nothing recorded yet.
govern-log-line = content { $content }, { $when }, by { $by }:
govern-log-hidden = Hidden by flags
govern-log-upheld = Flags upheld: hidden
govern-log-dismissed = Flags dismissed: shown again
govern-log-appealed = Appealed
govern-log-appeal-upheld = Appeal heard: decision stands
govern-log-appeal-reversed = Appeal heard: decision reversed, shown again
govern-log-warned = Author warned
govern-log-suspended = Author suspended
govern-log-edited = Edited by the author: review asked
govern-reason-spam = Spam
govern-reason-harmful = Harmful
govern-reason-off-topic = Off-topic
govern-reason-leaks-internal = Leaks internal information
govern-reason-other = Other
govern-box-hidden = Hidden from other members.
govern-box-upheld-by = Decision (flags upheld) by { $by }:
govern-box-dismissed-by = Decision (flags dismissed) by { $by }:
govern-box-will-decide = A steward or curator will look at the flags and decide, with a reason.
govern-box-warned-you = You were warned with this decision.
govern-box-warned-author = The author was warned with this decision.
govern-box-suspended-you = You are suspended in this community until { $until }: reading is fine, posting waits until then; an appeal is still open to you.
govern-box-suspended-author = The author is suspended in this community until { $until }: reading is fine, posting waits until then; an appeal is still open to them.
govern-box-you-edited = You edited it, and asked for review:
govern-box-author-edited = The author edited it and asks for review:
govern-box-look-again = after the community's cool-down a steward or curator can look again from { $from }.
govern-box-appealed = Appealed on { $when }: “{ $statement }”.
govern-box-appeal-decided = The appeal is decided:
govern-box-appeal-will-hear = A steward who took no part in the decision will hear it.
govern-box-appeal-until = Appeal until { $until }: say why the decision should change (at least a sentence)
govern-box-appeal-decision = Appeal the decision
govern-box-appeal-hide = Appeal the automatic hide
govern-box-can-edit = You can also edit it: your edit asks for review, after the community's cool-down.
govern-box-you-flagged = You flagged this.
govern-box-flag-this = Flag this
govern-box-what-wrong = What is wrong?
govern-box-note = Note (optional; required for “Other”)
govern-box-flag = Flag
govern-said-flagged = Thank you: your flag is recorded. Stewards and curators see it in their queue.
govern-said-hidden = Thank you: your flag is recorded, and the flags together hid the content until a steward or curator decides.
govern-said-claimed = You claimed the case for 30 minutes: nobody else can decide it meanwhile.
govern-said-decided = Decided. The author is told on the content, and the moderation log shows it.
govern-said-appealed = Your appeal is recorded. A steward who took no part in the decision will hear it.
govern-said-heard = The appeal is decided. The moderation log shows it.
govern-not-done = Not done
govern-flag-recorded = Flag recorded
# The reminder that a steward's or curator's term ends soon. $role is the role's code.
govern-mail-term-subject = Your term in { $community } ends soon
govern-mail-term-text = Your term as { $role ->
    [steward] steward
    [curator] curator
   *[other] { $role }
} of { $community } ends on { $ends }. If the community should renew it, propose a mandate renewal
# Governance: the overview, a policy, a decision.
govern-title = Governance
govern-about = The community's rules change only through the decision process it set for each kind of change, and every decision records the rule that governed it.
govern-health-title = Governance health
govern-health-link-after = : how often members flag and edit each other's texts, how often stewards and curators decide, and in how few hands.
govern-pending-heading = Policies to accept
# $list is made of govern-pending-item, joined by govern-and.
govern-pending = Until you accept the current version of { $list }, you can read everything here but not post.
govern-pending-item = { $document ->
    [code_of_conduct] the code of conduct
    [social_media] the social-media policy
   *[data_sharing] the data-sharing policy
} (version { $number })
govern-and = { $list } and { $last }
govern-accept = I accept the current policies
govern-policies = Policies
govern-no-policies = This community has no policies yet. Propose one below.
govern-policy-version = { $document }, version { $number }
govern-in-force = In force since { $when }
govern-by-decision = , by
govern-decision-n = decision { $id }
govern-history = History
govern-history-changes = History and what changed
govern-rules-heading = How each kind of change is decided
govern-threshold-now = Flags now hide content at weight { $threshold } (a member's flag weighs 1).
govern-joining-open = Joining is open to anyone signed in.
govern-joining-invitation = Joining is by invitation only.
govern-rules-caption = Decision rules
govern-kind-of-change = Kind of change
govern-process = Process
govern-quorum = Quorum
govern-deadline = Deadline
govern-people = { $count ->
    [one] 1 person
   *[other] { $count } people
}
govern-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
govern-set-rule-summary = Set a rule (stewards; recorded with your reason)
govern-quorum-label = Quorum (people taking part)
govern-days-label = Days until the deadline
govern-set-rule = Set the rule
govern-decisions = Decisions
# $process is a govern-process-in-sentence text.
govern-decision-by = { $kind } by { $process }:
govern-open-until = open until { $when }
govern-status = { $status ->
    [passed] passed
    [failed] failed
   *[other] { $status }
}
govern-propose = Propose a change
govern-why = Why (at least a sentence)
govern-open-decision = Open the decision
govern-mandates = Mandates
govern-mandates-about = Stewards' and curators' terms end on a date unless a decision renews them; an ended term takes the role at once. The last steward's term runs on until a successor is decided.
govern-no-mandates = No terms are set: roles here have no end date.
govern-role = { $role ->
    [steward] steward
    [curator] curator
   *[other] { $role }
}
govern-mandate-ends = ends { $when }, in { $count ->
    [one] 1 day
   *[other] { $count } days
}
govern-mandate-ended = ended { $when }
govern-mandate-runs-on = , runs on as the last steward
govern-log-heading = Governance log
govern-action-opened = Proposal opened
govern-action-passed = Decision passed
govern-action-failed = Decision did not pass
govern-action-applied = Change applied
govern-action-rule-set = Decision rule set
govern-action-reminded = Term ends soon
govern-action-extended = Last steward's term runs on
govern-action-ended = Term ended
govern-kind-policy = Policy change
govern-kind-threshold = Flag threshold change
govern-kind-new-steward = New steward
govern-kind-mandate-renewal = Mandate renewal
govern-kind-boundary = Boundary change
govern-process-consent = Consent
govern-process-advice = Advice process
govern-process-majority = Vote by simple majority
govern-process-dot = Dot vote
govern-process-ranked = Ranked choice (instant runoff)
govern-process-in-sentence = { $process ->
    [consent] consent
    [advice] advice process
    [majority] vote by simple majority
    [dot] dot vote
   *[ranked_choice] ranked choice (instant runoff)
}
govern-document-code-of-conduct = Code of conduct
govern-document-social-media = Social-media policy
govern-document-data-sharing = Data-sharing policy
govern-stance-agree = Agree
govern-stance-abstain = Abstain
govern-stance-object = Object
govern-stance-block = Block
govern-said-accepted = Thank you: you accepted the current policies and may post again.
govern-said-proposed = Your proposal is open. It applies only if the decision passes.
govern-said-responded = Your response is recorded; you may change it until the deadline.
govern-said-answered = Your answer to the objection is recorded.
govern-said-advice = The advice is recorded on the decision.
govern-said-closed = The decision is closed; the governance log says how and why.
govern-said-rule = The rule is set; new decisions of that kind follow it.
govern-back = Back to governance
govern-versions = Versions
govern-no-version = No version yet.
govern-version-at = Version { $number }, { $when }
govern-what-changed = what changed
govern-diff-heading = What changed from version { $from } to version { $to }
govern-diff-help = Lines marked “removed” were in version { $from }; lines marked “added” are new in version { $to }.
govern-version = Version { $number }
govern-proposed-by = { $kind }, proposed by { $name } on { $when }.
govern-rule-is = Rule: { $rule }.
govern-deadline-is = Deadline: { $when }.
govern-from-topic = It comes from the Lean Coffee topic
govern-quoted = “{ $text }”
govern-the-change = The change
govern-the-options = The options
govern-standing = Where it stands
govern-would-pass = If it closed now: it would pass.
govern-would-fail = If it closed now: it would not pass.
govern-passed = Passed, and the change was applied.
govern-failed = Did not pass; nothing changed.
govern-responded = { $count ->
    [one] 1 person has
   *[other] { $count } people have
} responded; the quorum is { $quorum }.
govern-answer-from = Answer from { $name }: “{ $answer }”
govern-answer-label = Your answer to this objection (at least a sentence)
govern-answer = Answer
govern-your-response = Your response
govern-consent-reason = Reason (required for an objection or a block)
govern-respond = Respond
govern-advice-recorded = Advice recorded
govern-no-advice = No advice recorded yet.
govern-whom-asked = Whom you asked
govern-advisers-help = Suggested: people tied to you or to the person the change names in the community's network, only those who agreed to be shown.
govern-heard = What you heard (at least a sentence)
govern-record-advice = Record the advice
govern-after-advice = Your decision, after the advice
govern-go-ahead = Go ahead
govern-no-go = Do not go ahead
govern-secret = Ballots are secret; the count is shown.
govern-your-vote = Your vote
govern-dots = Spread up to 3 dots
govern-rank = Rank the options (1 = first choice; leave blank to not rank)
govern-vote = Vote
govern-close = Close the decision
# Peer edits: suggestions and the history of a text.
govern-edits-title = Edits to content { $id }
# $kind is a kind of content (a talk-kind-… word).
govern-edits-heading = { $kind }: edits
govern-edits-about = Anyone who may read a text may suggest an edit to it; its author or a curator accepts or declines it. Accepted edits become a revision, and every revision can be brought back.
govern-edits-current = The current text (version { $version })
govern-edits-suggest = Suggest an edit
govern-edits-body = The text as you would have it
govern-edits-why = Why (optional)
govern-edits-submit = Suggest this edit
govern-edits-suggestions = Suggestions
govern-edits-none = No suggestions yet.
# $state is the suggestion's code.
govern-edits-by = By { $name }, on version { $version }: { $state ->
    [pending] pending
    [accepted] accepted
    [declined] declined
   *[withdrawn] withdrawn
}
govern-edits-decided-by = ; decided by { $name }
govern-edits-now-revision = , now revision { $version }
govern-edits-note = Why: { $note }
govern-edits-reason = Reason: { $reason }
govern-edits-accept = Accept
govern-edits-decline-reason = Reason to decline (at least a sentence)
govern-edits-decline = Decline
govern-edits-withdraw = Withdraw my suggestion
govern-edits-version-by = Version { $version } by { $name }, { $when }
govern-edits-revert-why = Why bring version { $version } back (at least a sentence)
govern-edits-revert = Revert to version { $version }
govern-edits-said-suggested = Your suggestion is recorded. Its author or a curator will accept or decline it.
govern-edits-said-accepted = Accepted: the suggestion is now the current text, as a new revision.
govern-edits-said-declined = Declined. The person who suggested it sees your reason.
govern-edits-said-reverted = Reverted: the earlier text is back, as a new revision, and the audit log records why.
# The governance health page; $min is the fewest people a figure may stand for.
govern-health-about = How the community looks after itself: horizontal actions, which any member takes (flags, suggested edits), against vertical ones, which stewards and curators take (moderation decisions, hides). Only finished months are counted, and only totals: nobody is named here.
govern-health-per-month = Per month
govern-health-no-month = No finished month yet.
govern-health-caption = Horizontal and vertical actions per finished month
govern-health-month = Month
govern-health-flags = Flags
govern-health-edits = Suggested edits
govern-health-horizontal = Horizontal, together
govern-health-hides = Hides
govern-health-not-shown = not shown
govern-health-counted-before = Flags and suggested edits are counted only when at least five different people are behind the number, so that nobody's own action can be told from it; the decisions and hides are counted from the
govern-health-counted-link = moderation log
govern-health-counted-after = , which every member reads already.
govern-health-power = Decisions, appeals and who holds the power
govern-health-withheld-cell = not shown: fewer than { $min } people
govern-health-no-decisions-cell = no decisions
govern-health-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
govern-health-hours = { $value } hours
govern-health-days = { $value } days
govern-health-decisions = Stewards and curators took { $count ->
    [one] 1 moderation decision
   *[other] { $count } moderation decisions
} (each is in the moderation log with its reason).
govern-health-median = Half of the { $count } decided cases were decided within { $duration } of their first flag.
govern-health-median-withheld = The time from flag to decision is shown once at least { $min } cases flagged by at least { $min } people are decided.
govern-health-appeals = For every 100 decisions, { $count } were appealed by the person affected.
govern-health-appeals-withheld = Appeals are counted once at least { $min } different people appealed, so no one's appeal can be told from the figure.
govern-health-reversals = Of the appeals heard, { $share } were reversed by a second steward.
govern-health-reversals-withheld = How many appeals were reversed is shown with the appeal rate.
govern-health-top-share = The steward or curator who decided most took { $share } of the decisions ({ $count } people decided any).
govern-health-top-share-none = No moderation decisions were taken in these months.
govern-health-gini = Spread of decisions over those who decide: 0 means evenly shared, near 1 means in one hand; here { $gini }.
govern-health-gini-none = The spread of decisions needs at least one decision.
govern-health-withheld = Some figures are not shown because fewer than { $min } people are behind them, or because they could be subtracted from other figures to learn about fewer than { $min } people. Only finished months are counted.
# The fields of a proposal (the governance page and a Lean Coffee topic).
govern-for-policy = For a policy change
govern-policy = Policy
govern-new-text = The new version's full text
govern-for-threshold = For a threshold change
govern-threshold-label = Hide content when flags weigh (a member's flag weighs 1)
govern-for-steward = For a new steward or a mandate renewal
govern-new-steward-label = New steward (member number)
govern-mandate-label = Mandate to renew
govern-mandate-option = { $role } until { $when }
govern-term-days = Term in days
govern-for-boundary = For a boundary change
govern-who-joins = Who may join
govern-by-invitation = By invitation only
govern-anyone-signed-in = Anyone signed in
