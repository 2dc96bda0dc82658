# The proceedings (page, Markdown and PDF).
proceedings-attribution = Proceedings of “{ $gathering }” ({ $community }), by its participants. Licensed { $license }: share and adapt with attribution.
proceedings-dates = { $first } to { $last }
proceedings-no-date = no date set
proceedings-date = Date: { $date }
proceedings-venue = Venue: { $venue }
proceedings-attendance = Attendance: { $yes ->
    [one] { $yes } person said they would come
   *[other] { $yes } people said they would come
}; { $present ->
    [one] { $present } checked in to at least one session
   *[other] { $present } checked in to at least one session
}
proceedings-counts = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}
proceedings-contents = Contents
proceedings-actions-heading = Actions agreed at the closing
proceedings-session-line = Convened by { $convener } · { $when } · { $space } · { $present } checked in · { $dots ->
    [one] { $dots } dot
   *[other] { $dots } dots
}
proceedings-no-report = No report yet.
proceedings-taking-part = Taking part: { $names }
proceedings-actions-intro = What people volunteered to carry on after the gathering, with its dots.
proceedings-action-line = { $status }; { $dots ->
    [one] { $dots } dot
   *[other] { $dots } dots
}
proceedings-owners = owners: { $owners }
proceedings-nobody = nobody yet
proceedings-due = due { $date }
action-status-open = open
action-status-doing = doing
action-status-done = done
action-status-dropped = dropped
proceedings-pdf-title = Proceedings of { $gathering }
# A World Café note in the proceedings: $round a number, $table the table's name, $host its host (may be empty), $present a number.
proceedings-cafe-line = Round { $round } · table { $table } · host: { $host } · { $present } at the table
