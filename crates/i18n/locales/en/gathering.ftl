# The Open Space gathering page and its wall.
gathering-phase = Phase
gathering-venue = Venue
gathering-time-zone = Time zone
gathering-license = License
gathering-invitation = Invitation
gathering-will-you-come = Will you come?
gathering-you-said = You said
gathering-yes = Yes
gathering-maybe = Maybe
gathering-no = No
gathering-your-answer = Your answer
gathering-now-in = The gathering is now in { $phase }.
gathering-welcome = Welcome to { $community }, { $name }. Say below whether you will come.

phase-invitation = Invitation
phase-marketplace = Marketplace
phase-sessions = Sessions
phase-convergence = Convergence
phase-closed = Closed

answer-yes = yes
answer-maybe = maybe
answer-no = no

gathering-links = This gathering
gathering-link-wall = Wall
gathering-link-now = Now and next (phone)
gathering-link-cafe = World Café
gathering-link-run-cafe = Run as a World Café
gathering-link-kiosk = Kiosk view
gathering-link-converge = Convergence and actions
gathering-link-proceedings = Proceedings
gathering-link-agenda-ics = Agenda (iCal)
gathering-link-my-ics = My sessions (iCal)
gathering-link-calendar = Subscribe in my calendar
gathering-link-sessions-csv = Sessions (CSV)
gathering-link-actions-csv = Actions (CSV)
gathering-link-presence-csv = Presence log (CSV)

wall-label = Agenda wall
wall-hint-before = On a phone,
wall-hint-link = now and next
wall-hint-after = lists the same sessions without sideways scrolling. Sessions you want to join are marked “You want to join”.
wall-warnings = Warnings
wall-no-spaces = The wall has no spaces yet.
wall-no-slots = The wall has no time slots yet.
wall-no-spaces-cell = no spaces yet
wall-time = Time
wall-agenda = Agenda
wall-seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
wall-free = free
wall-kind-plenary = Plenary
wall-kind-break = Break
wall-unmet = needs { $needs }: not in this room
wall-interested = interested
wall-here-now = here now
wall-here = here { $count }
wall-marketplace = Marketplace
wall-not-placed = { $count ->
    [one] { $count } not on the wall yet
   *[other] { $count } not on the wall yet
}

convene-heading = Convene a session
convene-title = Title
convene-about = What is it about?
convene-optional = (optional)
convene-needs = Needs
convene-needs-hint = (optional, e.g. projector, accessible)
convene-co = Co-conveners
convene-co-hint = (optional; people who said yes)
convene-submit = Announce session
convene-after = After announcing, open your session to place it in a free cell of the wall.
checkout = Check out of where I am

host-heading = Host
host-answers = Answers:
host-answers-note = (counts only: who declined is never shown)
host-suggest = Suggest an agenda
host-suggest-note = (a preview first; nothing changes until you apply it)
host-next-phase = Move on to { $phase }
host-setup = Edit details, spaces and slots, or go back a phase
host-spaces = Spaces:
host-spaces-none = none yet
host-space = { $name } ({ $count ->
    [one] { $count } seat
   *[other] { $count } seats
})
host-add-space = Add a space
host-name = Name
host-capacity = Capacity
host-features = Features
host-features-hint = (e.g. projector, accessible)
host-add-space-submit = Add space
host-add-slot = Add a time slot
host-date = Date
host-starts = Starts
host-ends = Ends
host-kind = Kind
host-kind-sessions = Sessions
host-kind-plenary = Plenary (locked)
host-kind-break = Break (locked)
host-label = Label
host-label-hint = (e.g. Opening circle)
host-add-slot-submit = Add slot
host-room-lost = A room is lost
host-room-lost-note = The space is removed; its sessions return to the marketplace and you get a re-planning preview that keeps every other session where it is. The next page lists them before anything changes.
host-space-field = Space
host-remove-space = Remove space and re-plan
host-lock = Lock a cell
host-cell = Cell
host-lock-submit = Lock cell
wall-you-here = You are here
wall-you-want = You want to join
