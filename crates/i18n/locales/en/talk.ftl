# Threads: the list, one thread, a new thread, a reply.
talk-threads-title = Threads
talk-threads-start = Start a thread
talk-threads-empty = No threads yet. Start one to ask the network something between gatherings.
talk-pinned = pinned
# $visibility is one of the talk-visibility-… words.
talk-threads-meta = by { $author } · { $visibility } · active { $when }
talk-threads-unread = { $count } new { $count ->
    [one] reply
   *[other] replies
} since you last read it
talk-threads-not-read = not read yet
talk-visibility-public = public
talk-visibility-network = network
talk-visibility-organization = organization
talk-visibility-private = private
talk-thread-session = the session
talk-thread-gathering = the gathering
talk-readers-public = Anyone can read this thread, also people who are not signed in.
talk-readers-network = Everyone in this community can read this thread, guests too.
talk-readers-organization = Only members of one organization can read this thread (not guests).
talk-readers-private = Only the people named by its author can read this thread.
talk-follow-label = Tell me about
talk-follow-watch = every reply (watching)
talk-follow-normal = mentions of me only
talk-follow-mute = nothing (muted)
talk-save = Save
talk-unpin = Unpin
talk-pin = Pin to the top
talk-offer = Offer to the public
talk-offer-help = The curators decide; only your opening goes, as a contribution.
talk-edited = edited
talk-new = new
talk-tombstone = Deleted by its author.
talk-mentions = Mentions:
talk-history = History ({ $count ->
    [one] 1 version
   *[other] { $count } versions
})
talk-history-version = version { $version }, { $when }
talk-quote = Quote in a reply
talk-edit-or-delete = Edit or delete
talk-field-title = Title
talk-edit-text = Text
talk-edit-base = (saved on top of version { $version })
talk-delete = Delete
talk-thread-closed = This thread was deleted by its author and takes no more replies.
talk-reply-heading = Reply
talk-reply-label = Your reply
talk-markdown = (Markdown)
talk-post-reply = Post reply
talk-new-body = What do you want to say?
talk-new-body-hint = (Markdown; mention a member with @ and their name without spaces, like @AnaLima)
talk-new-who = Who may read it (chosen now, for the thread and every reply)
talk-new-public = Anyone, also people who are not signed in
talk-new-network = Everyone in this community, guests too
talk-new-organization = Members of { $organization } only
talk-new-private = Only me and the people I name below
talk-new-people = People who may read a private thread ({ $chosen } chosen of { $total })
talk-new-people-legend = Name the people who may read it
talk-new-submit = Start the thread
talk-reply-page-title = Reply: { $title }
talk-reply-to = Reply to “{ $title }”
talk-reply-hint = (Markdown; a quote is the lines starting with >)
talk-done-started = Your thread is started. You watch it: replies will reach you.
talk-done-replied = Your reply is posted.
talk-done-edited = Saved. The earlier version is kept in the history.
talk-done-deleted = Deleted. A note keeps its place in the thread.
talk-done-watching = You watch this thread: every reply will reach you.
talk-done-muted = You muted this thread: nothing from it will reach you.
talk-done-normal = You will hear of this thread only when someone mentions you.
talk-done-pinned = Pinned: the thread stays at the top of the list.
talk-done-unpinned = Unpinned.
# The inbox, its e-mail settings and the unsubscribe page.
talk-inbox-title = Inbox
talk-inbox-unread = { $count ->
    [0] Nothing unread.
    [one] 1 notification you have not read yet.
   *[other] { $count } notifications you have not read yet.
}
talk-inbox-about = You are told of mentions, replies in threads you watch, contributions and their curation, invitations and actions due, only where you may read what they are about.
talk-inbox-settings = E-mail settings
talk-inbox-read-all = Mark all read
talk-inbox-empty = No notifications yet.
talk-inbox-mark-label = Mark “{ $text }” read
talk-inbox-mark = Mark read
talk-inbox-done-read = Marked read.
talk-inbox-done-all = Everything is marked read.
talk-mail-title = Notification e-mail
talk-mail-intro-before = Everything reaches your
talk-mail-intro-link = inbox
talk-mail-intro-after = . Choose for each kind whether it also comes by e-mail at once, in one daily digest, or not at all.
talk-mail-off = This server sends no e-mail at the moment; your choices apply once it does.
talk-mail-saved = Saved: your e-mail settings are in effect from now on.
talk-kind-label-mention = Someone mentions me
talk-kind-label-reply = A reply in a thread I watch
talk-kind-label-curation = A contribution waits for curation (curators)
talk-kind-label-decision = A decision on my contribution
talk-kind-label-invitation = An invitation to a gathering
talk-kind-label-action-due = An action of mine is due in 3 days
talk-mode-now = E-mail at once
talk-mode-digest = In the daily digest
talk-mode-never = No e-mail
talk-unsub-title = Unsubscribe
talk-unsub-all = every kind of notification e-mail
# $kind is the kind's code.
talk-unsub-one = { $kind ->
    [mention] e-mail for “someone mentions me”
    [reply] e-mail for “a reply in a thread I watch”
    [curation] e-mail for “a contribution waits for curation (curators)”
    [decision] e-mail for “a decision on my contribution”
    [invitation] e-mail for “an invitation to a gathering”
   *[action_due] e-mail for “an action of mine is due in 3 days”
}
talk-unsub-done = Done: you will get no more { $what }. Your inbox still shows everything; you can change this in your
talk-unsub-settings = notification settings
talk-unsub-done-after = .
talk-unsub-confirm = This stops { $what } for the account the message was sent to.
# Inbox items and their e-mails.
talk-note-someone = Someone
talk-note-mention = { $actor } mentioned you in “{ $title }”
talk-note-reply = { $actor } replied in “{ $title }”
talk-note-curation = “{ $title }” waits for curation
# $state is one of the talk-state-… sentences.
talk-note-decision = A curator decided on “{ $title }”. { $state }
talk-note-invitation = You are invited to a gathering of { $community }
talk-note-action-due = Your action “{ $title }” is due on { $due }
talk-note-no-date = a date to be set
talk-mail-open = Open it
talk-mail-why-text = You get this because of your notification settings ({ $settings }).
talk-mail-why-before = You get this because of your
talk-mail-why-link = notification settings
talk-mail-why-after = .
talk-mail-stop-these = Stop these e-mails
talk-mail-stop-all = Stop all notification e-mails
talk-digest-subject = Your daily digest: { $count ->
    [one] 1 notification
   *[other] { $count } notifications
}
talk-digest-mention = Mentions
talk-digest-reply = Replies in threads you watch
talk-digest-curation = Contributions waiting for curation
talk-digest-decision = Decisions on your contributions
talk-digest-invitation = Invitations
talk-digest-action-due = Actions due soon
talk-state-waiting = Waiting for a curator.
talk-state-changes = A curator asked for changes: edit it and it waits again.
talk-state-accepted = Accepted: it is on the public page.
talk-state-declined = Declined.
# Search.
talk-search-title = Search
talk-search-label = Search this community
talk-search-words = Words or "a phrase"
talk-search-go = Search
talk-search-help = Every word must appear; put words in quotes to find them in that order. Only what you may read is searched.
talk-search-narrow = Narrow down
talk-search-kind = Kind
talk-search-everything = Everything
talk-search-gathering = Gathering
talk-search-any-gathering = Any gathering or none
talk-search-author = Written by
talk-search-anyone = Anyone
talk-search-me = Me
talk-search-from = From (day, UTC)
talk-search-until = Until (day, UTC)
talk-search-meta = { $kind } · by { $author } · { $when }
talk-search-pages = Result pages
talk-previous-page = Previous page
talk-next-page = Next page
talk-search-count = { $count ->
    [0] Nothing you may read matches “{ $query }”.
    [one] 1 result you may read matches “{ $query }”.
   *[other] { $count } results you may read match “{ $query }”, best first; page { $page } of { $pages }.
}
talk-search-bad-day = Give a day like 2026-12-01.
talk-search-bad-choice = Choose one from the list.
talk-kinds-thread = Threads
talk-kind-thread = Thread
talk-kinds-reply = Replies
talk-kind-reply = Reply
talk-kinds-session = Sessions
talk-kind-session = Session
talk-kinds-report = Reports
talk-kind-report = Report
talk-kinds-action = Actions
talk-kind-action = Action
talk-kinds-contribution = Contributions
talk-kind-contribution = Contribution
talk-kinds-lean-topic = Lean Coffee topics
talk-kind-lean-topic = Lean Coffee topic
talk-kinds-cafe-note = World Café notes
talk-kind-cafe-note = World Café note
talk-kinds-initiative = Initiatives
talk-kind-initiative = Initiative
talk-kinds-init-update = Initiative updates
talk-kind-init-update = Initiative update
talk-kinds-init-ask = Initiative asks
talk-kind-init-ask = Initiative ask
talk-kinds-practice = Practices
talk-kind-practice = Practice
talk-kinds-design = Meeting designs
talk-kind-design = Meeting design
talk-kind-other = Other
# Contributions, the public page and its Atom feed.
talk-contributions-mine = My contributions
talk-contributions-queue = Contributions to curate
talk-contributions-about-before = A contribution is a case, an article or an idea for the public: the community's curators read it, then accept it for the
talk-public-page = public page
talk-contributions-about-after = , ask you for changes, or decline it, always with a reason you see.
talk-contributions-queue-empty = Nothing waits for curation.
talk-contributions-mine-empty = You have not submitted a contribution here yet.
talk-contribution-submit-title = Submit a contribution
talk-contribution-reason-shown = The curator’s reason:
talk-contribution-meta = by { $author } · { $license } · attribution: { $attribution }
talk-contribution-offered-before = Offered from the thread
talk-contribution-offered-after = : only its opening, as it was when offered; the thread keeps its readers.
talk-contribution-edit = Edit
talk-contribution-summary = Summary
talk-contribution-summary-hint = (a few sentences, shown in lists and the feed)
talk-contribution-attribution = Attribution
talk-contribution-attribution-hint = (whom the public page credits)
talk-contribution-license = License
talk-contribution-save = Save and send to the curators again
talk-contribution-decide = Decide
talk-contribution-decision = Decision
talk-contribution-accept = Accept: publish it on the public page
talk-contribution-changes = Ask its author for changes
talk-contribution-decline = Decline
talk-contribution-reason = Reason
talk-contribution-reason-hint = (its author sees it; it goes to the audit log)
talk-contribution-new-about-before = Only you and the community's curators read it until a curator accepts it; then anyone can read it on the
talk-contribution-new-about-after = , under the license you choose.
talk-contribution-submit = Submit
talk-contribution-done-submitted = Submitted. The community's curators are told; you will hear of their decision.
talk-contribution-done-edited = Saved. It waits for a curator again.
talk-contribution-done-offered = Offered to the public. It waits for the curators; the thread itself stays as it is.
talk-contribution-done-accept = Accepted: it is on the community's public page now, and its author is told.
talk-contribution-done-changes = Sent back for changes: its author is told your reason.
talk-contribution-done-decline = Declined: its author is told your reason.
talk-public-title = { $community }: public
talk-public-about = Contributions the community’s curators published for everyone.
talk-public-feed = Atom feed
talk-public-empty = Nothing is published yet.
talk-public-meta = By { $attribution } · published { $when } · license
talk-feed-title = { $community }: published contributions
talk-feed-rights = License: { $license }. Attribution: { $attribution }.
