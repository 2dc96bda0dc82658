# After an action. $named is "yes" when the session can be named as $title.
flash-convened = { $named ->
    [yes] “{ $title }” is
   *[other] The session is
} announced in the marketplace. Open it to place it on the wall.
flash-placed = { $named ->
    [yes] “{ $title }” is
   *[other] The session is
} on the wall.
flash-stays = { $named ->
    [yes] “{ $title }” stays
   *[other] The session stays
} where it is.
flash-unplaced = { $named ->
    [yes] “{ $title }” is
   *[other] The session is
} back in the marketplace.
flash-swapped = { $named ->
    [yes] “{ $title }” swapped
   *[other] The session swapped
} cells.
flash-interest-on = You want to join { $named ->
    [yes] “{ $title }”
   *[other] the session
}.
flash-interest-off = You no longer want to join { $named ->
    [yes] “{ $title }”
   *[other] the session
}.
flash-checked-in = You are checked in to { $named ->
    [yes] “{ $title }”
   *[other] the session
}.
flash-checked-out = You are checked out.
flash-edited = { $named ->
    [yes] “{ $title }” is
   *[other] The session is
} saved.
flash-withdrawn = The session is withdrawn: it is off the wall and out of the marketplace.
flash-merge-proposed = Your proposal to merge { $named ->
    [yes] “{ $title }”
   *[other] the session
} is sent to its convener.
flash-merge-withdrawn = Your merge proposal is withdrawn.
flash-merged = The sessions are merged into { $named ->
    [yes] “{ $title }”
   *[other] one session
}.
flash-answered = Your answer is saved.
