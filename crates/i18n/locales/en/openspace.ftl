# Open Space pages besides the gathering page: a session, the phone view, the kiosk and
# display, setting a gathering up, convergence, calendars and published gatherings.

## Words several pages share.
os-interested = { $count ->
    [one] { $count } person wants to join
   *[other] { $count } people want to join
}
os-here-now = { $count } here now
os-join-on = I want to join
os-join-off = I no longer want to join
os-check-out = Check out
os-i-am-here = I am here
os-confirm-back = No, go back

## A session's page.
os-session-suggest-edit = Suggest an edit or see its history
os-session-convened-by = Convened by
os-session-when = When
os-session-local-time = the gathering's local time
os-session-room = Room
os-session-not-placed = Not on the wall yet: it waits in the marketplace.
os-session-interest = Interest
os-session-seats = the room seats { $count }
os-session-needs = Needs
os-session-unmet = This room does not have what the session needs: { $needs }. Move it to a room that has it, or ask a host.
os-session-you-want = You want to join.
os-session-checked-in = You are checked in here.
os-session-anonymous = count me without my name
os-session-checkin-note = Checking in opens 10 minutes before the session starts and closes when it ends.
os-session-report = Report
os-session-no-report = No report yet.
os-session-taking-part = Taking part: { $names }
os-session-report-label = Key points, insights, proposed actions
os-session-report-hint = (Markdown; saved on top of version { $version })
os-session-save-report = Save report
os-session-unname = Remove my name from the report
os-session-name-me = Show my name as taking part
os-session-history = History ({ $count ->
    [one] { $count } version
   *[other] { $count } versions
})
os-session-revision = version { $version } by { $name }, { $at }
os-session-threads = Threads on this session
os-session-no-threads = No threads on this session yet.
os-session-thread-by = by { $name }
os-session-start-thread = Start a thread on this session
os-session-move-heading = Move this session
os-session-place-heading = Place this session
os-session-now-on-wall = Now on the wall:
os-session-cell = Cell
os-session-where-now = (where it is now)
os-session-choose-cell = Choose a free cell
os-session-move = Move
os-session-place = Place
os-session-unplace = Take it off the wall…
os-session-edit = Edit the title and description
os-session-title = Title
os-session-about = What is it about?
os-session-on-top = (saved on top of version { $version })
os-session-save = Save
os-session-withdraw = Withdraw this session…
os-session-merge-asks = “{ $title }” asks to merge into this session: its people and interest would join yours.
os-session-accept-merge = Accept merge
os-session-merge-asked = You asked to merge this session into “{ $title }”; its convener has not answered yet.
os-session-withdraw-proposal = Withdraw the proposal
os-session-merge-into = Propose to merge this session into
os-session-propose-merge = Propose merge
os-session-host-merge = Host: merge another session into this one
os-session-session = Session
os-session-reason = Reason
os-session-reason-hint = (recorded in the audit log)
os-session-merge = Merge
os-session-swap-with = Swap cells with
os-session-swap = Swap
os-unplace-title = Take “{ $title }” off the wall?
os-unplace-message = It goes back to the marketplace and its cell becomes free; the people who want to join keep their interest. You can place it again later.
os-unplace-confirm = Take it off the wall
os-withdraw-title = Withdraw “{ $title }”?
os-withdraw-message = It leaves the wall and the marketplace for everyone; whoever is checked in to it is checked out, and the audit log records that you withdrew it. This cannot be undone: to hold it after all, announce it again.
os-withdraw-confirm = Withdraw the session

## The phone view.
os-phone-title = Now and next · { $title }
os-phone-now-and-next = Now and next
os-phone-subtitle = now and next
os-phone-local = Times are local to the gathering ({ $zone }).
os-phone-checkin-open = Checking in opens 10 minutes before a session starts.
os-phone-checkin-later = Checking in opens when the host starts the sessions.
os-phone-now = Now
os-phone-none-now = No session on the wall right now.
os-phone-nothing-now = Nothing is running right now.
os-phone-next = Next
os-phone-none-next = No session on the wall yet for this slot.
os-phone-nothing-more = Nothing more on the agenda.
os-phone-mine = My sessions
os-phone-none-mine = You have not said you want to join a session yet: open one on the wall and choose “I want to join”.
os-phone-in-marketplace = in the marketplace, not on the wall yet
os-phone-unmet = Needs { $needs }, which this room does not have.
os-phone-you-here = You are here
os-phone-you-want = You want to join
os-phone-you-convene = You convene it

## The kiosk and a display link's screen.
os-kiosk-title = { $title } · kiosk
os-kiosk-room = Room
os-kiosk-all-rooms = All rooms
os-kiosk-show = Show
os-kiosk-qr = QR code: open this gathering on your phone
os-kiosk-on-phone = On your phone:
os-kiosk-loading = Loading the agenda…
os-kiosk-links = Display links
os-kiosk-links-note = A display link shows this wall on a screen without signing in, and nothing else. Anyone with the link can see the wall; revoke it when the screen is done.
os-kiosk-revoked = The display link is revoked: screens showing it say so at their next refresh.
os-kiosk-new-link = New display link (shown only now, copy it):
os-kiosk-new-link-label = New display link
os-kiosk-no-links = No display links yet.
os-kiosk-made = Made { $at } by { $name }
os-kiosk-revoke = Revoke
os-kiosk-make-link = Make a display link
os-kiosk-free = Free
os-kiosk-no-session = no session here yet
os-kiosk-here = { $count }/{ $capacity } here
os-display-title = { $title } · wall
os-display-on-phone = Open the gathering on your phone
os-display-revoked = This display link was revoked.

## The first account's setup page.
os-first-title = Set up convene
os-first-heading = Welcome: set up convene
os-first-lead = You are the first person here. Your account will run this convene and steward its first community.
os-first-create = Create my account

## A gathering's setup page, and its confirm steps.
os-setup-title = Set up { $title }
os-setup-back-link = Back to the gathering
os-setup-in-phase-before = it is in the
os-setup-in-phase-after = {" "}phase.
os-setup-back-phase = Go back to { $phase }
os-setup-phase-note = Each step is confirmed first and written to the audit log; going back needs a reason.
os-setup-details = Details
os-setup-question = Calling question
os-setup-zone-hint = (slots keep their clock times)
os-setup-first-day = First day
os-setup-first-day-hint = (every slot moves by the same number of days)
os-setup-save-details = Save details
os-setup-spaces = Spaces
os-setup-no-spaces = No spaces yet: add them on the
os-setup-gathering-page = gathering page
os-setup-add-after = .
os-setup-space-label = Space { $name }
os-setup-seats = Seats
os-setup-save-space = Save { $name }
os-setup-remove-space = Remove { $name }…
os-setup-remove-note = (the next page lists the sessions that go back to the marketplace)
os-setup-slots = Time slots
os-setup-no-slots = No slots yet: add them on the
os-setup-slots-note = Slots may not overlap, and session slots start after the opening circle (the first plenary). Changing a slot's time keeps its sessions in it.
os-setup-slot-label = Slot { $date } { $starts }
os-setup-save-this-slot = Save this slot
os-setup-remove-slot = Remove this slot…
os-setup-why = Why?
os-setup-cancel = Cancel, keep everything as it is
os-setup-done-details = Details saved.
os-setup-done-space = Space saved.
os-setup-done-space-removed = Space removed.
os-setup-done-slot = Slot saved.
os-setup-done-slot-removed = Slot removed.
os-setup-done-phase = Phase changed.
os-setup-went-back = { $count ->
    [one] { $count } session went back to the marketplace.
   *[other] { $count } sessions went back to the marketplace.
}
os-setup-moved = { $count ->
    [0] No session is placed there, so nothing else changes.
    [one] This session goes back to the marketplace:
   *[other] These { $count } sessions go back to the marketplace:
}
os-setup-space-goes = The space goes from every slot.
os-setup-space-goes-replan = The space goes from every slot, and you get a re-planning preview.
os-setup-remove-space-title = Remove { $name }?
os-setup-remove-space-button = Remove { $name }
os-setup-close-slot-title = Make this slot { $kind ->
    [plenary] a plenary
   *[other] a break
}?
os-setup-slot-closes = The slot stops holding sessions.
os-setup-save-slot = Save the slot
os-setup-remove-slot-title = Remove the slot { $when }?
os-setup-slot-goes = The slot goes from every space.
os-setup-remove-slot-button = Remove the slot
os-setup-next-title = Move on to { $phase }?
os-setup-next-button = Yes, move on to { $phase }
os-setup-back-title = Go back to { $phase }?
os-setup-back-button = Yes, go back to { $phase }
os-setup-say-why = Say why: the reason goes to the audit log.
os-opens-invitation = People answer the invitation; nobody can announce sessions yet.
os-opens-marketplace = Everyone who said yes can announce sessions and place them on the wall.
os-opens-sessions = Sessions run: people check in and out, and reports can be written.
os-opens-convergence = Check-in ends; people give their dots and volunteer for actions.
os-opens-closed = The gathering closes: no more answers, sessions or votes; reports can still be finished.

## Convergence: dots and actions.
os-converge-title = Convergence · { $title }
os-converge-you-have = You have
os-converge-dots-left = of { $total } dots left.
os-converge-no-dots = All your dots are given: take one back to move it.
os-converge-ranking = Ranking
os-converge-kept = The list stays in place while you vote.
os-converge-sort = Sort by dots
os-converge-target-session = session
os-converge-target-action = action
os-converge-give-label = Give a dot to { $title }
os-converge-give = + dot
os-converge-back-label = Take a dot back from { $title }
os-converge-back = − dot ({ $count })
os-converge-actions = Actions
os-converge-no-actions = No actions yet.
os-converge-propose-hint = Propose one below, or from a report.
os-converge-due = due { $date }
os-converge-from = from “{ $title }”
os-converge-owners = Owners:
os-converge-nobody = nobody yet
os-converge-dots = { $count ->
    [one] { $count } dot
   *[other] { $count } dots
}
os-converge-step-back = Step back
os-converge-volunteer = Volunteer
os-converge-status = Status
os-converge-update = Update
os-converge-proposed = Proposed in reports
os-converge-proposed-note = These lines in session reports read as actions. One click proposes one, linked to its session.
os-converge-propose-label = Propose “{ $title }” as an action
os-converge-propose-as = Propose as action
os-converge-propose = Propose an action
os-converge-what = What needs doing?
os-converge-from-session = From session
os-converge-due-label = Due
os-converge-propose-submit = Propose action
os-converge-done-dot-given = Your dot is given. The list stays in place; reload or sort to see the new order.
os-converge-done-dot-back = Your dot is taken back.
os-converge-done-proposed = The action is proposed; people can now volunteer for it and give it dots.
os-converge-done-volunteered = You volunteered for the action.
os-converge-done-stepped-back = You stepped back from the action.
os-converge-done-status = The action's status is saved.

## The list of gatherings.
os-gatherings-lead-before = Open Spaces are listed here;
os-gatherings-lean = Lean Coffees
os-gatherings-lead-after = have their own boards.
os-gatherings-none = No gatherings yet.
os-gatherings-host = Host a new Open Space
os-gatherings-zone-hint = (e.g. Europe/Berlin)
os-gatherings-dots = Dots per person in convergence
os-gatherings-create = Create gathering

## A person's calendar feed.
os-calendar-title = Calendar · { $title }
os-calendar-heading = Subscribe in your calendar
os-calendar-lead = Your calendar app can follow the sessions you convene or want to join in this gathering: when a session moves, your calendar moves it too. The link is yours alone and needs no password, so keep it private; make a new one or stop it at any time.
os-calendar-stopped = Your calendar feed is stopped: its link no longer works, and your calendar app will show an error or drop the sessions.
os-calendar-new = Your new calendar link (shown only now; the earlier one, if any, has stopped working):
os-calendar-subscribe = Subscribe in my calendar app
os-calendar-copy = Or copy this address into your calendar's "subscribe by URL":
os-calendar-since = You have a calendar link, made { $at }. Lost it? Make a new one; the old one stops working.
os-calendar-none = You have no calendar link yet.
os-calendar-make-new = Make a new calendar link
os-calendar-make = Make my calendar link
os-calendar-stop = Stop my calendar feed

## What is published on this server.

## Words convene writes into calendar files.
os-ics-convened-by = Convened by { $names }
os-ics-mine = { $title } (mine)

# The suggested agenda (preview before the host applies it).
suggest-title = Suggested agenda
suggest-back = Back to { $title }
suggest-back-after = to add spaces and session slots, or to see the wall as it is.
suggest-lead = The planning engine places sessions so that as few people as possible miss a session they want and as few rooms as possible are too small. Nobody is placed: people still go where they like.
suggest-waiting = Waiting:
suggest-now = Now
suggest-with = With this suggestion
suggest-missed = Sessions someone misses
suggest-missed-why = (at the same time as another they want, or not on the wall)
suggest-short = Seats short
suggest-waiting-count = Sessions waiting in the marketplace
suggest-no-moves = The wall is already as good as the engine can make it: no moves.
suggest-apply = Apply these moves
suggest-preview = The wall with this suggestion
suggest-legend-new = new
suggest-legend-new-after = from the marketplace
suggest-legend-moved = moved
suggest-legend-moved-after = from another cell · unmarked: stays where it is
suggest-time = Time
suggest-seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
suggest-free = free
suggest-moved-from = moved from { $from }
suggest-new-from = new from the marketplace
suggest-waiting-heading = Waiting in the marketplace ({ $count })
suggest-taken-off = taken off the wall
suggest-moves = Moves ({ $count })
suggest-notes = Notes
suggest-places = { $count ->
    [one] places { $count } session from the marketplace
   *[other] places { $count } sessions from the marketplace
}
suggest-moves-on = moves { $count } on the wall
suggest-takes-off = takes { $count } off the wall
suggest-summary = This suggestion { $what }.
