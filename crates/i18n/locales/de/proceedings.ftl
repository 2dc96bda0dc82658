proceedings-attribution = Dokumentation von „{ $gathering }“ ({ $community }), verfasst von den Teilnehmenden. Lizenz { $license }: Teilen und Bearbeiten mit Namensnennung erlaubt.
proceedings-dates = { $first } bis { $last }
proceedings-no-date = noch kein Datum
proceedings-date = Datum: { $date }
proceedings-venue = Ort: { $venue }
proceedings-attendance = Teilnahme: { $yes ->
    [one] { $yes } Person hatte zugesagt
   *[other] { $yes } Personen hatten zugesagt
}; { $present ->
    [one] { $present } war bei mindestens einer Session eingecheckt
   *[other] { $present } waren bei mindestens einer Session eingecheckt
}
proceedings-counts = { $sessions ->
    [one] { $sessions } Session
   *[other] { $sessions } Sessions
}, { $actions ->
    [one] { $actions } Vorhaben
   *[other] { $actions } Vorhaben
}
proceedings-contents = Inhalt
proceedings-actions-heading = Vorhaben aus dem Abschluss
proceedings-session-line = Angeboten von { $convener } · { $when } · { $space } · { $present } eingecheckt · { $dots ->
    [one] { $dots } Punkt
   *[other] { $dots } Punkte
}
proceedings-no-report = Noch kein Bericht.
proceedings-taking-part = Dabei: { $names }
proceedings-actions-intro = Was Teilnehmende nach dem Treffen weitertragen wollen, mit den Punkten, die es bekam.
proceedings-action-line = { $status }; { $dots ->
    [one] { $dots } Punkt
   *[other] { $dots } Punkte
}
proceedings-owners = verantwortlich: { $owners }
proceedings-nobody = noch niemand
proceedings-due = fällig am { $date }
action-status-open = offen
action-status-doing = in Arbeit
action-status-done = erledigt
action-status-dropped = verworfen
proceedings-pdf-title = Dokumentation von „{ $gathering }“
proceedings-cafe-line = Runde { $round } · Tisch { $table } · Gastgeber:in: { $host } · { $present } am Tisch
