# The other formats' pages: World Café (cafe-), Lean Coffee (lean-), initiatives (initiative-).

# World Café. After an action:
cafe-done-created = This gathering is now a World Café. Add its rounds and tables below.
cafe-done-round = The round is added.
cafe-done-table = The table is added.
cafe-done-host = The table's host is saved.
cafe-done-planned = A table plan is suggested: everyone sees their suggested table, and anyone may sit elsewhere.
cafe-done-joined = You take part: your suggested table is shown for each round.
cafe-done-left = You left the café: you have no suggested tables for the rounds to come.
cafe-done-started = The round has started.
cafe-done-paused = The timer is paused.
cafe-done-resumed = The timer runs again.
cafe-done-sat = You are at this table for this round.
cafe-done-stood = You are not at any table now.
cafe-done-noted = The notes are saved.
cafe-done-themed = The notes are grouped into themes by the terms they share.
cafe-done-moved = The note is moved.
# The round's timer in words; $left and $by are times written m:ss.
cafe-clock-not-started = not started
cafe-clock-running = { $left } left
cafe-clock-paused = paused, { $left } left
cafe-clock-over = time is up (over by { $by })
# The café page.
cafe-title = World Café · { $title }
cafe-links = This café
cafe-link = Café
cafe-harvest = Harvest wall
cafe-world-cafe = World Café
cafe-write = Write this round's notes at { $table }
cafe-write-hint = Everyone at the table writes together; if someone saved in between, you see both texts and merge them.
cafe-notes-label = Notes (round { $round })
cafe-save-notes = Save the notes
cafe-plan = Your suggested tables
cafe-plan-round = Round { $n }:
cafe-plan-round-short = Round { $n }
cafe-plan-none = no suggestion
cafe-leave = I am leaving after this round
cafe-join-hint = Join the table plan to get a suggested table each round (you may always sit elsewhere).
cafe-join = Join the table plan
cafe-joined-count = { $people ->
    [one] { $people } person joined the plan
   *[other] { $people } people joined the plan
}; { $planned } of them { $planned ->
    [one] has
   *[other] have
} a suggested table.
cafe-host-controls = Host controls
cafe-start-round = Start round { $n }
cafe-add-round-first = Add a round to start.
cafe-last-round = This is the last round.
cafe-resume = Resume the timer
cafe-pause = Pause the timer
cafe-suggest-plan = Suggest a table plan
cafe-plan-hint = The plan is made for the rounds not started yet: fewest repeated encounters, organizations mixed, hosts stay. People who join later are added without moving anyone else.
cafe-rounds = Rounds
cafe-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
cafe-next-question = Question of the next round
cafe-add-round = Add the round
cafe-tables-hosts = Tables and their hosts
cafe-seats = { $n ->
    [one] { $n } seat
   *[other] { $n } seats
}
cafe-host-of = Host of { $table }
cafe-no-host = no host
cafe-save-host = Save host
cafe-new-table = New table
cafe-seats-label = Seats
cafe-add-table = Add the table
# The live part: the round, my table, the tables.
cafe-round-of = Round { $n } of { $rounds }
cafe-ends-at = ends at { $at }, { $zone }
cafe-not-started = Not started yet
cafe-host-starts = The host starts the first round.
cafe-host-starts-with = The host starts the first round: “{ $question }”.
cafe-your-table = Your table
cafe-suggested = Your suggested table:
cafe-suggested-hint = It is a suggestion: sit wherever you like.
cafe-no-suggestion = No suggested table for you this round: sit wherever you like.
cafe-not-joined = You have no suggested table (you have not joined the plan): sit wherever you like.
cafe-seat = You are at { $table } this round.
cafe-no-seat = You are not at a table yet.
cafe-before = What round { $round } left at { $table }
cafe-before-none = Round { $round } left no notes at { $table }.
cafe-notes-now = Notes of this round at { $table } (version { $version })
cafe-tables = Tables
cafe-tables-hint = The numbers say how many people checked in to each table this round, and how many seats it has. A full table is only a hint: you may still sit there.
cafe-table-host = host { $name }
cafe-seats-taken = { $seated } of { $seats } seats taken
cafe-full = (full)
cafe-your-suggestion = your suggestion
cafe-sit-at = Sit at { $table }
cafe-sit-here = Sit here
cafe-leave-table = Leave my table
# Making a gathering a café.
cafe-new-title = Run as a World Café · { $title }
cafe-new-heading = Run “{ $title }” as a World Café
cafe-new-lead = A World Café is rounds of conversation at small tables: each round has a question, table hosts stay, everyone else travels to a new table. Convene suggests a table plan so people meet new people across organizations; nobody is assigned, everyone may sit anywhere.
cafe-new-tables = Number of tables
cafe-new-size = People per table (at most)
cafe-new-button = Make this a World Café
# The harvest wall.
cafe-harvest-title = Harvest wall · { $title }
cafe-harvest-saved = The host grouped the notes of every round into these themes.
cafe-harvest-suggested = These themes are suggested: notes are grouped by the words they share (a term found in few notes weighs more than one found in many). Nothing is decided until the host saves them.
cafe-harvest-shared-why = “Shared terms” say why notes are together.
cafe-proceedings-md = Proceedings (Markdown)
cafe-proceedings-pdf = Proceedings (PDF)
cafe-group-again = Group the notes again
cafe-save-themes = Save these themes
cafe-no-notes = No notes yet: each table writes its notes during a round.
cafe-notes-count = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
cafe-shared-terms = Shared terms:
cafe-move-to = Move to theme
cafe-no-theme = no theme
cafe-move = Move

# Lean Coffee. After an action:
lean-done-proposed = Your topic is on the board, in “To discuss”.
lean-done-voted = Your vote is given.
lean-done-unvoted = Your vote is taken back; you can give it to another topic.
lean-done-started = The topic is being discussed; its timebox has started.
lean-done-roman-open = The Roman vote is open: thumbs up to continue, sideways if either way, down to move on.
lean-done-hand = Your hand is counted. You can change it until the vote closes.
lean-done-continued = More thumbs up than down: the topic continues with a new timebox.
lean-done-ended = Not more thumbs up than down: the topic is done.
lean-done-finished = The topic is done.
lean-done-merged = The topics are merged; their votes are together now, one per person.
lean-done-action = The action is written down. Volunteer for it if you will carry it.
lean-done-volunteered = You volunteered for the action.
lean-done-stepped-back = You stepped back from the action.
lean-done-closed = The Lean Coffee is closed. The summary stays here to read and download.
# The Roman vote: a hand, and how a vote went.
lean-thumb-up = Continue
lean-thumb-sideways = Either way
lean-thumb-down = Move on
lean-tally = { $up } up, { $sideways } sideways, { $down } down
lean-tally-continues = more thumbs up than down, so the topic continues.
lean-tally-nobody = nobody voted, so the topic ends.
lean-tally-ends = not more thumbs up than down, so the topic ends.
lean-tally-sideways = { $n ->
    [one] One hand was sideways: someone could go either way.
   *[other] { $n } hands were sideways: they could go either way.
}
# The list and a new Lean Coffee.
lean-list = Lean Coffees
lean-list-lead = A Lean Coffee is a meeting without a set agenda: everyone proposes topics, votes for the ones they care about, and the group discusses them in order of votes, a few minutes at a time, deciding together whether to go on.
lean-list-none = No Lean Coffee yet.
lean-state-open = open
lean-state-closed = closed
lean-new = Host a new Lean Coffee
lean-new-question = What is it about?
lean-new-zone = Time zone
lean-new-zone-hint = (e.g. Europe/Berlin)
lean-new-votes = Votes per person
lean-new-minutes = Minutes per topic (and per continuation)
lean-new-button = Create Lean Coffee
# The board's page.
lean-title = { $title } · Lean Coffee
lean-badge = Lean Coffee
lean-votes-you-have = You have
lean-votes-left = of { $votes } votes left.
lean-votes-rule = Each person has { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
}, at most one per topic; the topic with the most votes is discussed first, for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} at a time.
lean-my-hand = Your hand in the open Roman vote:
lean-propose = Propose a topic
lean-add-topic = Add topic
lean-closed = This Lean Coffee is closed: { $n ->
    [one] { $n } topic was discussed.
   *[other] { $n } topics were discussed.
}
lean-summary = Summary
lean-summary-lead = The topics in the order discussed, how each Roman vote went, and the actions with who carries them:
lean-step-back = To step back from an action you volunteered for, use the gathering's
lean-action-list = action list
lean-close = Close this Lean Coffee
# The board.
lean-next = Discuss the next topic (most votes)
lean-col-to-discuss = To discuss
lean-col-discussing = Discussing
lean-col-done = Done
lean-none-waiting = No topics waiting.
lean-propose-above = Propose one above.
lean-proposed-by = Proposed by { $name }
lean-votes = { $n ->
    [one] { $n } vote
   *[other] { $n } votes
}
lean-merged-with = merged with
lean-vote = Vote
lean-vote-for = Vote for “{ $topic }”
lean-unvote = Take back my vote
lean-unvote-for = Take back your vote for “{ $topic }”
lean-discuss-now = Discuss now
lean-discuss-now-label = Discuss “{ $topic }” now
lean-merge-label = Merge “{ $topic }” into
lean-merge = Merge into
lean-merge-button-label = Merge “{ $topic }” into the chosen topic
lean-timebox-continued = timebox { $box } (continued { $n ->
    [one] { $n } time
   *[other] { $n } times
})
lean-time-up = Time is up: the group decides with the Roman vote whether to go on.
lean-time-left = left in this timebox of { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
lean-roman-n = Roman vote { $n }:
lean-roman-ask = Roman vote { $n }: go on with this topic?
lean-hands = { $n ->
    [one] { $n } hand
   *[other] { $n } hands
} so far.
lean-roman-rule = It continues while thumbs up outnumber thumbs down; sideways says you could go either way.
lean-roman-close = Close the vote and count
lean-roman-open = Ask for the Roman vote
lean-finish = End this topic
lean-nothing-discussed = Nothing is being discussed right now.
lean-none-done = No topic is done yet.
lean-timeboxes = { $n ->
    [one] { $n } timebox
   *[other] { $n } timeboxes
}
lean-proposed-for-decision = Proposed for a decision:
lean-to-proposal = Turn into a proposal
lean-to-proposal-label = Turn “{ $topic }” into a proposal
lean-actions-from = Actions from “{ $topic }”
lean-no-volunteer = no volunteer yet
lean-carried-by = carried by
lean-volunteer = Volunteer
lean-volunteer-for = Volunteer for “{ $action }”
lean-grow = Grow into an initiative
lean-grow-label = Grow “{ $action }” into an initiative
lean-action-label = An action from this topic
lean-add-action = Add action
# A topic becomes a proposal.
lean-proposal-title = Turn “{ $topic }” into a proposal
lean-proposal-heading = Turn a topic into a proposal
lean-proposal-lead = The topic “{ $topic }” becomes a proposal for the community's decision process. It is decided by the rule the community set for its kind of change, and the topic's card links to it.
lean-proposal-why-label = Why (at least a sentence)
lean-proposal-button = Open the decision
lean-proposal-why = This proposal comes from the topic “{ $topic }” of the Lean Coffee “{ $lean }”, discussed in { $boxes ->
    [one] { $boxes } timebox
   *[other] { $boxes } timeboxes
}.
lean-proposal-last-vote = Last Roman vote: { $tally }
# The change a proposal makes (shared with the governance page).

# Initiatives. After an action:
initiative-done-started = Your initiative is started. Invite people, or let them ask to join.
initiative-done-asked = You asked to join. The starter or a lead will answer.
initiative-done-invited = The invitation is sent. They are in once they accept it.
initiative-done-joined = You are in: you can post updates and ask for help.
initiative-done-accepted = Accepted: they are in the initiative now.
initiative-done-withdrawn = Done: that invitation, request or membership is withdrawn.
initiative-done-updated = Your update is posted.
initiative-done-lead-offered = The invitation to lead is sent. They lead once they accept it.
initiative-done-leading = You lead this initiative now, with its starter.
initiative-done-lead-declined = You declined the invitation to lead.
initiative-done-lead-withdrawn = The invitation to lead is taken back.
initiative-done-stepped-down = You stepped down as lead; you are still in it.
initiative-done-ask = Your ask for help is posted; anyone in the community can take it on.
initiative-done-ask-status = The ask's status is saved.
# The list.
initiative-lead = An initiative is something people carry on together: an action from a gathering, or an idea of anyone's. People join by invitation or by asking; nobody is put into one.
initiative-none = No initiative yet.
initiative-started-by = started by { $name }
initiative-people-in = { $n ->
    [one] { $n } person in it
   *[other] { $n } people in it
}
initiative-open-asks = { $n ->
    [one] { $n } open ask for help
   *[other] { $n } open asks for help
}
initiative-from = from “{ $action }”
initiative-start = Start an initiative
initiative-grows = It grows from an action; its page will link back to it.
initiative-name = Name
initiative-purpose = Purpose: what it is for, and whom it could use
initiative-start-button = Start initiative
# An initiative's page.
initiative-title = { $title } · Initiative
initiative-started-on = Started by { $name } on { $when }.
initiative-grew-from = It grew from
initiative-grew-from-action = It grew from the action “{ $action }” of
initiative-session = session
initiative-people = People
initiative-part-starter = started it
initiative-part-lead = leads
initiative-standing-invited = invited, not answered yet
initiative-standing-requested = asked to join
initiative-lead-offered = invited to lead, not answered yet
initiative-lead-take-back = Take back
initiative-lead-take-back-label = Take back the invitation to { $name } to lead
initiative-lead-invite = Invite to lead
initiative-lead-invite-label = Invite { $name } to lead with you
initiative-accept = Accept
initiative-accept-label = Accept { $name }'s request
initiative-decline = Decline
initiative-decline-label = Decline { $name }'s request
initiative-lead-offer = You are invited to lead this initiative with its starter. You lead only if you accept; accepting also joins you if you are not in it yet.
initiative-lead-accept = Accept: I will lead
initiative-ask-join = Ask to join
initiative-invited = You are invited to join.
initiative-accept-invitation = Accept the invitation
initiative-requested = You asked to join; the starter or a lead will answer.
initiative-withdraw-request = Withdraw my request
initiative-step-down = Step down as lead
initiative-leave = Leave this initiative
initiative-invite-someone = Invite someone
initiative-invite = Invite
initiative-asks = Asks for help
initiative-no-asks = No asks yet.
initiative-ask-open = open
initiative-ask-taken = taken
initiative-ask-done = done
initiative-asked-by = asked by { $name }
initiative-taken-by = taken on by { $name }
initiative-help = I will help
initiative-help-label = I will help with: { $ask }
initiative-ask-status = Status of the ask
initiative-save = Save
initiative-ask-label = Ask for help
initiative-post-ask = Post the ask
initiative-updates = Updates
initiative-no-updates = No updates yet.
initiative-update-label = Post an update
initiative-post-update = Post update

# A Lean Coffee's summary (Markdown and PDF).
lean-sum-title = Summary of { $title }
lean-sum-intro = A Lean Coffee of { $community }: { $votes } votes per person, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} per topic. { $discussed ->
    [one] { $discussed } topic
   *[other] { $discussed } topics
} discussed, { $waiting } not reached.
lean-sum-proposed = Proposed by { $name }; { $n ->
    [one] { $n } vote
   *[other] { $n } votes
}.
lean-sum-merged = Merged with { $topics }.
lean-sum-decision = Proposed for the community's decision process: “{ $title }” ({ $status }).
lean-sum-actions = Actions
lean-sum-not-reached = Not reached
lean-sum-footer = Summary of “{ $title }” ({ $community }), by its participants. Licensed { $license }: share and adapt with attribution.
