gathering-phase = Phase
gathering-venue = Ort
gathering-time-zone = Zeitzone
gathering-license = Lizenz
gathering-invitation = Einladung
gathering-will-you-come = Kommst du?
gathering-you-said = Deine Antwort:
gathering-yes = Ja
gathering-maybe = Vielleicht
gathering-no = Nein
gathering-your-answer = Deine Antwort
gathering-now-in = Das Treffen ist jetzt in der Phase „{ $phase }“.
gathering-welcome = Willkommen bei { $community }, { $name }! Sag unten, ob du kommst.

phase-invitation = Einladung
phase-marketplace = Marktplatz
phase-sessions = Sessions
phase-convergence = Konvergenz
phase-closed = Abgeschlossen

answer-yes = ja
answer-maybe = vielleicht
answer-no = nein

gathering-links = Dieses Treffen
gathering-link-wall = Wand
gathering-link-now = Jetzt und gleich (Handy)
gathering-link-cafe = World Café
gathering-link-run-cafe = Als World Café durchführen
gathering-link-kiosk = Ansicht für den Bildschirm
gathering-link-converge = Konvergenz und Vorhaben
gathering-link-proceedings = Dokumentation
gathering-link-agenda-ics = Programm (iCal)
gathering-link-my-ics = Meine Sessions (iCal)
gathering-link-calendar = In meinem Kalender abonnieren
gathering-link-sessions-csv = Sessions (CSV)
gathering-link-actions-csv = Vorhaben (CSV)
gathering-link-presence-csv = Anwesenheit (CSV)

wall-label = Agenda-Wand
wall-hint-before = Auf dem Handy zeigt
wall-hint-link = „Jetzt und gleich“
wall-hint-after = dieselben Sessions, ohne seitlich zu scrollen. Sessions, an denen du teilnehmen willst, sind mit „Du willst teilnehmen“ markiert.
wall-warnings = Hinweise
wall-no-spaces = Die Wand hat noch keine Räume.
wall-no-slots = Die Wand hat noch keine Zeitfenster.
wall-no-spaces-cell = noch keine Räume
wall-time = Zeit
wall-agenda = Programm
wall-seats = { $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
}
wall-free = frei
wall-kind-plenary = Plenum
wall-kind-break = Pause
wall-unmet = braucht { $needs }: in diesem Raum nicht vorhanden
wall-interested = interessiert
wall-here-now = jetzt hier
wall-here = hier { $count }
wall-marketplace = Marktplatz
wall-not-placed = { $count ->
    [one] { $count } noch nicht an der Wand
   *[other] { $count } noch nicht an der Wand
}

convene-heading = Eine Session anbieten
convene-title = Titel
convene-about = Worum geht es?
convene-optional = (optional)
convene-needs = Bedarf
convene-needs-hint = (optional, z. B. Beamer, barrierefrei)
convene-co = Mitgastgebende
convene-co-hint = (optional; Personen, die zugesagt haben)
convene-submit = Session ankündigen
convene-after = Öffne danach deine Session, um sie in ein freies Feld der Wand zu setzen.
checkout = Aus meiner jetzigen Session auschecken

host-heading = Gastgebende
host-answers = Antworten:
host-answers-note = (nur Zahlen: Wer abgesagt hat, wird nie gezeigt)
host-suggest = Programm vorschlagen lassen
host-suggest-note = (zuerst eine Vorschau; nichts ändert sich, bis du sie übernimmst)
host-next-phase = Weiter zur Phase „{ $phase }“
host-setup = Angaben, Räume und Zeitfenster bearbeiten oder eine Phase zurückgehen
host-spaces = Räume:
host-spaces-none = noch keine
host-space = { $name } ({ $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
})
host-add-space = Einen Raum hinzufügen
host-name = Name
host-capacity = Plätze
host-features = Ausstattung
host-features-hint = (z. B. Beamer, barrierefrei)
host-add-space-submit = Raum hinzufügen
host-add-slot = Ein Zeitfenster hinzufügen
host-date = Datum
host-starts = Beginn
host-ends = Ende
host-kind = Art
host-kind-sessions = Sessions
host-kind-plenary = Plenum (gesperrt)
host-kind-break = Pause (gesperrt)
host-label = Bezeichnung
host-label-hint = (z. B. Eröffnungskreis)
host-add-slot-submit = Zeitfenster hinzufügen
host-room-lost = Ein Raum fällt weg
host-room-lost-note = Der Raum wird entfernt; seine Sessions kehren auf den Marktplatz zurück, und du bekommst eine Vorschau der Neuplanung, die alle anderen Sessions an ihrem Platz lässt. Die nächste Seite zeigt sie, bevor sich etwas ändert.
host-space-field = Raum
host-remove-space = Raum entfernen und neu planen
host-lock = Ein Feld sperren
host-cell = Feld
host-lock-submit = Feld sperren
wall-you-here = Du bist hier
wall-you-want = Du willst teilnehmen
