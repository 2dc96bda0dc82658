# The practice library, a practice, a pattern, a community's library and its designs.
# Sizes and durations beside each practice.
practice-people-any = any size
practice-people = { $n } people
practice-people-range = { $min }–{ $max } people
practice-people-from = from { $n } people
practice-min = { $m } min
practice-h = { $h } h
practice-h-min = { $h } h { $m } min
practice-days = { $n } days
practice-time-varies = time varies
practice-time-range = { $min } to { $max }
practice-time-from = from { $min }

# The library and its filters.
practice-library = Practice library
practice-library-lead = Open ways of meeting, each under an open license: use them, change them, share them with attribution.
practice-filter-label = Filter practices
practice-filter-people = People
practice-filter-people-hint = How many will be there: practices that work for that many.
practice-filter-minutes = Minutes
practice-filter-minutes-hint = The time you have: practices whose shortest form fits.
practice-filter-pattern = Pattern
practice-filter-any-pattern = Any pattern
practice-filter-words = Words
practice-filter-words-hint = In the title, summary, purpose or when to use it.
practice-filter-show = Show practices
practice-filter-clear = Clear
practice-count = { $shown } of { $total } practices.
practice-none-fits = No practice fits all of these;
practice-none-fits-clear = clear the filters
practice-format-open = The format is open, with a JSON Schema for each kind of file:
practice-schema-practice = practice
practice-schema-pattern = pattern
practice-schema-design = design
practice-and = and
practice-none-fits-end = to see them all.

# Which patterns combine most often. $over is "published" (designs published on this server)
# or "community" (designs in this community's library).
practice-combined-title = Patterns that combine most often
practice-combined-none = There are no { $over ->
    [community] designs in this community's library
   *[other] designs published on this server
} yet, so no patterns combine in them yet.
practice-combined-counted = Counted over the { $total } { $over ->
    [community] designs in this community's library
   *[other] designs published on this server
}: { $combining } of them run practices made of at least two patterns. A pair counts once for each design whose practices use both.
practice-combined-no-pairs = None of them uses two patterns yet.
practice-combined-pair = are used together in { $n } of the { $total } { $over ->
    [community] designs in this community's library
   *[other] designs published on this server
}.

# A practice's page; $by is who imported it. The source's address follows "from".
practice-imported = Imported into this community
practice-imported-by = Imported into this community by { $by }
practice-imported-source = from
practice-purpose = Purpose
practice-when = When to use it
practice-elements = The five design elements
practice-element-invitation = Invitation
practice-element-space = Space and materials
practice-element-participation = How participation is distributed
practice-element-configuration = Group configuration
practice-element-sequence = Sequence and time
practice-steps = Steps
practice-steps-lead = { $n } minutes in all; each step says when it starts, counted from the beginning.
practice-step-at = at { $at } min, { $m } min
practice-roles = Roles
practice-materials = Materials
practice-variations = Variations
practice-made-of = Patterns it is made of
practice-license = License and attribution
practice-license-by = { $license }, by { $authors }.
practice-derived = Derived from, oldest first:
practice-derived-from = From
practice-derived-by = by { $author } ({ $license })

# A pattern's page.
practice-pattern-practices = Practices made with it
practice-pattern-unused = No practice in the library uses it yet.
practice-pattern-filter = Filter the library by this pattern
practice-pattern-combined = Combined with it in designs
practice-pattern-no-designs = No design is published on this server yet, so nothing is combined with it yet.
practice-pattern-using = { $title } is in { $using } of the { $designs } designs published on this server (through the practices they run).
practice-pattern-alone = None of them combines it with another pattern yet.
practice-pattern-both = both are in { $n } of those { $using }.
practice-pattern-related = Related patterns

# A community's library.
practice-community-library = The community's library
practice-community-lead = Practices and meeting designs this community keeps, beside the
practice-community-catalog = { $n } practices of the open catalog
practice-community-format = Everything here reads and writes the open format
practice-schemas = schemas:
practice-compose = Compose a design
practice-community-published = What is published on this server
practice-community-designs = Designs
practice-community-no-designs = No designs yet: compose one from the catalog's practices, or import one.
practice-published = published
practice-members-only = members only
practice-community-practices = Practices imported here
practice-community-no-practices = None yet: the catalog's practices are always here; import your own below.
practice-import = Import
practice-import-kind = What it is
practice-import-practice = A practice
practice-import-design = A design
practice-import-file = The file's text
practice-import-file-hint = Markdown with front matter or JSON in the open format; an Open Practice Library Markdown file works too (fields it cannot map are kept and named).
practice-import-url = Or its address on another server
practice-import-url-hint = The file's URL (a published design's address ends in /export.json); its attribution chain is kept.
practice-import-button = Import

# After an action in the library.
practice-done-imported = Imported into the community's library.
practice-done-composed = The design is saved in the community's library.
practice-done-forked = Forked: this copy is yours, with the original in its attribution chain.
practice-done-published = Published: anyone can read it, and other servers can import it by URL.
practice-done-run = The gathering runs this design: its blocks are the gathering's agenda, and the timer waits for you to start it.
practice-done-deleted = The design is deleted: nobody can read it any more; its forks keep their attribution.
practice-done-timer = The timer changed; every screen of the gathering shows it.

# A design's page. $total is a duration ("1 h 10 min").
practice-published-designs = Published designs
practice-design-summary = { $total } in { $blocks ->
    [one] { $blocks } block
   *[other] { $blocks } blocks
} · { $license }
practice-by = by { $authors }
practice-design-blocks = Blocks
practice-design-blocks-lead = Each block starts when the one before it ends; times count from the beginning.
practice-at = at { $at } min
practice-lineage = Attribution and lineage
practice-original = An original: it was not derived from another design.
practice-forked-into = Forked here into:
practice-fork-deleted = a deleted design
practice-lineage-caption = The remix lineage: where it came from above it, its forks below.
practice-lineage-deleted = (deleted)
practice-lineage-title = Remix lineage: { $before ->
    [one] { $before } work
   *[other] { $before } works
} before this one, { $forks ->
    [one] { $forks } fork
   *[other] { $forks } forks
} after it
practice-design-imported-from = Imported from
practice-stable-address = Its stable address:
practice-the-file = the file:
practice-sheet-printable = Facilitator's sheet (printable)
practice-sheet-pdf = as PDF
practice-fork = Fork it
practice-fork-slug = The fork's short name
practice-fork-hint = Lowercase letters, digits and dashes. The fork is yours, under the same license, with this design in its attribution chain.
practice-fork-button = Fork
practice-publish = Publish it
practice-license-label = License
practice-license-hint = An SPDX license; published, anyone can read it and other servers can import it.
practice-publish-button = Publish
practice-delete = Delete it
practice-delete-button = Delete this design…
practice-delete-hint = You are asked to confirm first; forks keep their attribution.
practice-run = Run it
practice-run-none = No gathering to run it in yet.
practice-run-gathering = Gathering
practice-run-date = First block's day
practice-run-time = and time
practice-run-hint = In the gathering's time zone; left empty, it starts now. Each block becomes a slot of the gathering's agenda, and the timer moves them as the run goes.
practice-run-button = Run this design there

# The facilitator's sheet, on paper and as PDF.
practice-sheet-title = Facilitator's sheet: { $title }
practice-sheet-caption = Blocks, with the minute each starts counted from the beginning
practice-sheet-starts = Starts
practice-sheet-minutes = Minutes
practice-sheet-block-col = Block
practice-sheet-notes = Notes
practice-sheet-derived = Derived from
practice-sheet-back = Back to the design
practice-sheet-block = At { $at } min, { $m } min: { $title }

# Composing a design.
practice-compose-lead = A timed sequence of blocks: each a practice from the catalog or a free block (a welcome, a break). Start times follow from the minutes.
practice-compose-title = Title
practice-compose-work = Short name
practice-compose-work-hint = Lowercase letters, digits and dashes: its address.
practice-compose-block = Block { $n }
practice-compose-practice = Practice
practice-compose-free = None: a free block
practice-compose-empty = Blocks left empty are left out.
practice-compose-save = Save the design

# Deleting a design.
practice-delete-title = Delete { $title }?
practice-delete-heading = Delete “{ $title }”?
practice-delete-unread = Nobody will be able to read it any more.
practice-delete-unread-published = Nobody will be able to read it any more, it leaves the public library and its address answers “not found”.
practice-delete-name-taken = Its short name stays taken, so no other design ever appears at its address.
practice-delete-forks = { $n ->
    [one] One fork keeps
   *[other] { $n } forks keep
} its title, author and license in their attribution chain, and their place in the lineage.
practice-delete-agenda = A gathering that runs it keeps the agenda it made. The deletion is in the audit log.
practice-delete-confirm = Delete the design
practice-delete-back = No, go back

# A gathering running a design, and its timer. The page's script puts the values where the
# variables are; $by, $left and $planned are times written m:ss.
practice-running-title = { $title }: running
practice-running-gathering = The gathering
practice-running-kiosk = Large view for the room
practice-timer-now = Now
practice-timer-start = Start
practice-timer-pause = Pause
practice-timer-next = Next block
practice-timer-extend = Extend
practice-timer-agenda = Agenda
practice-timer-done = Every block is done
practice-timer-end = The design has run to its end.
practice-timer-over = Over time by { $by }.
practice-timer-left = { $left } left of { $planned }.
practice-timer-paused = { $left } left of { $planned }, paused.
practice-timer-block = Block { $n } of { $blocks }:{" "}

# Everything published on this server.
practice-published-heading = Published on this server
practice-published-lead = Designs and practices communities here published under an open license. Each has a stable address; another convene server imports it from there with its attribution.
practice-published-none = Nothing is published yet.
