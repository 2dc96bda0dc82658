# Open-Space-Seiten außer der Seite des Treffens: eine Session, die Handy-Ansicht, Kiosk und
# Anzeige, das Einrichten eines Treffens, die Konvergenz, Kalender und veröffentlichte Treffen.

## Wörter, die mehrere Seiten teilen.
os-interested = { $count ->
    [one] { $count } Person will teilnehmen
   *[other] { $count } Personen wollen teilnehmen
}
os-here-now = { $count } jetzt hier
os-join-on = Ich will teilnehmen
os-join-off = Ich will nicht mehr teilnehmen
os-check-out = Auschecken
os-i-am-here = Ich bin da
os-confirm-back = Nein, zurück

## Die Seite einer Session.
os-session-suggest-edit = Eine Änderung vorschlagen oder den Verlauf ansehen
os-session-convened-by = Angeboten von
os-session-when = Wann
os-session-local-time = Ortszeit des Treffens
os-session-room = Raum
os-session-not-placed = Noch nicht an der Wand: Sie wartet auf dem Marktplatz.
os-session-interest = Interesse
os-session-seats = der Raum hat { $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
}
os-session-needs = Bedarf
os-session-unmet = Dieser Raum hat nicht, was die Session braucht: { $needs }. Verschiebe sie in einen Raum, der es hat, oder frag die Gastgebenden.
os-session-you-want = Du willst teilnehmen.
os-session-checked-in = Du bist hier eingecheckt.
os-session-anonymous = mich ohne Namen zählen
os-session-checkin-note = Einchecken ist ab 10 Minuten vor Beginn der Session möglich und endet mit ihr.
os-session-report = Bericht
os-session-no-report = Noch kein Bericht.
os-session-taking-part = Dabei: { $names }
os-session-report-label = Kernpunkte, Erkenntnisse, vorgeschlagene Maßnahmen
os-session-report-hint = (Markdown; gespeichert auf Grundlage von Version { $version })
os-session-save-report = Bericht speichern
os-session-unname = Meinen Namen aus dem Bericht entfernen
os-session-name-me = Meinen Namen als dabei zeigen
os-session-history = Verlauf ({ $count ->
    [one] { $count } Version
   *[other] { $count } Versionen
})
os-session-revision = Version { $version } von { $name }, { $at }
os-session-threads = Diskussionen zu dieser Session
os-session-no-threads = Noch keine Diskussionen zu dieser Session.
os-session-thread-by = von { $name }
os-session-start-thread = Eine Diskussion zu dieser Session beginnen
os-session-move-heading = Diese Session verschieben
os-session-place-heading = Diese Session platzieren
os-session-now-on-wall = Jetzt an der Wand:
os-session-cell = Feld
os-session-where-now = (wo sie jetzt ist)
os-session-choose-cell = Ein freies Feld wählen
os-session-move = Verschieben
os-session-place = Platzieren
os-session-unplace = Von der Wand nehmen …
os-session-edit = Titel und Beschreibung bearbeiten
os-session-title = Titel
os-session-about = Worum geht es?
os-session-on-top = (gespeichert auf Grundlage von Version { $version })
os-session-save = Speichern
os-session-withdraw = Diese Session zurückziehen …
os-session-merge-asks = „{ $title }“ möchte mit dieser Session zusammengelegt werden: Ihre Teilnehmenden und ihr Interesse kämen zu deinen hinzu.
os-session-accept-merge = Zusammenlegen annehmen
os-session-merge-asked = Du hast vorgeschlagen, diese Session mit „{ $title }“ zusammenzulegen; die Person, die sie anbietet, hat noch nicht geantwortet.
os-session-withdraw-proposal = Vorschlag zurückziehen
os-session-merge-into = Vorschlagen, diese Session zusammenzulegen mit
os-session-propose-merge = Zusammenlegen vorschlagen
os-session-host-merge = Gastgebende: eine andere Session mit dieser zusammenlegen
os-session-session = Session
os-session-reason = Grund
os-session-reason-hint = (wird im Prüfprotokoll festgehalten)
os-session-merge = Zusammenlegen
os-session-swap-with = Felder tauschen mit
os-session-swap = Tauschen
os-unplace-title = „{ $title }“ von der Wand nehmen?
os-unplace-message = Sie kehrt auf den Marktplatz zurück und ihr Feld wird frei; wer teilnehmen will, behält sein Interesse. Du kannst sie später wieder platzieren.
os-unplace-confirm = Von der Wand nehmen
os-withdraw-title = „{ $title }“ zurückziehen?
os-withdraw-message = Sie verschwindet für alle von der Wand und vom Marktplatz; wer in ihr eingecheckt ist, wird ausgecheckt, und das Prüfprotokoll hält fest, dass du sie zurückgezogen hast. Das lässt sich nicht rückgängig machen: Um sie doch abzuhalten, kündige sie neu an.
os-withdraw-confirm = Session zurückziehen

## Die Handy-Ansicht.
os-phone-title = Jetzt und gleich · { $title }
os-phone-now-and-next = Jetzt und gleich
os-phone-subtitle = jetzt und gleich
os-phone-local = Alle Zeiten sind Ortszeit des Treffens ({ $zone }).
os-phone-checkin-open = Einchecken ist ab 10 Minuten vor Beginn einer Session möglich.
os-phone-checkin-later = Einchecken ist möglich, sobald die Gastgebenden die Sessions beginnen lassen.
os-phone-now = Jetzt
os-phone-none-now = Gerade keine Session an der Wand.
os-phone-nothing-now = Gerade läuft nichts.
os-phone-next = Gleich
os-phone-none-next = Für dieses Zeitfenster ist noch keine Session an der Wand.
os-phone-nothing-more = Nichts mehr im Programm.
os-phone-mine = Meine Sessions
os-phone-none-mine = Du hast noch bei keiner Session gesagt, dass du teilnehmen willst: Öffne eine an der Wand und wähle „Ich will teilnehmen“.
os-phone-in-marketplace = auf dem Marktplatz, noch nicht an der Wand
os-phone-unmet = Braucht { $needs }, was dieser Raum nicht hat.
os-phone-you-here = Du bist hier
os-phone-you-want = Du willst teilnehmen
os-phone-you-convene = Du bietest sie an

## Der Kiosk und der Bildschirm eines Anzeige-Links.
os-kiosk-title = { $title } · Kiosk
os-kiosk-room = Raum
os-kiosk-all-rooms = Alle Räume
os-kiosk-show = Zeigen
os-kiosk-qr = QR-Code: dieses Treffen auf dem Handy öffnen
os-kiosk-on-phone = Auf dem Handy:
os-kiosk-loading = Das Programm wird geladen …
os-kiosk-links = Anzeige-Links
os-kiosk-links-note = Ein Anzeige-Link zeigt diese Wand auf einem Bildschirm ohne Anmeldung, und sonst nichts. Wer den Link hat, sieht die Wand; widerrufe ihn, wenn der Bildschirm nicht mehr gebraucht wird.
os-kiosk-revoked = Der Anzeige-Link ist widerrufen: Bildschirme, die ihn zeigen, melden das bei ihrer nächsten Aktualisierung.
os-kiosk-new-link = Neuer Anzeige-Link (wird nur jetzt gezeigt, kopiere ihn):
os-kiosk-new-link-label = Neuer Anzeige-Link
os-kiosk-no-links = Noch keine Anzeige-Links.
os-kiosk-made = Erstellt { $at } von { $name }
os-kiosk-revoke = Widerrufen
os-kiosk-make-link = Einen Anzeige-Link erstellen
os-kiosk-free = Frei
os-kiosk-no-session = hier noch keine Session
os-kiosk-here = { $count }/{ $capacity } hier
os-display-title = { $title } · Wand
os-display-on-phone = Das Treffen auf dem Handy öffnen
os-display-revoked = Dieser Anzeige-Link wurde widerrufen.

## Die Einrichtung durch das erste Konto.
os-first-title = convene einrichten
os-first-heading = Willkommen: convene einrichten
os-first-lead = Du bist die erste Person hier. Dein Konto betreut dieses convene und seine erste Gemeinschaft.
os-first-create = Mein Konto anlegen

## Die Einrichtungsseite eines Treffens und ihre Bestätigungen.
os-setup-title = { $title } einrichten
os-setup-back-link = Zurück zum Treffen
os-setup-in-phase-before = es ist in der Phase
os-setup-in-phase-after = .
os-setup-back-phase = Zurück zur Phase „{ $phase }“
os-setup-phase-note = Jeder Schritt wird zuerst bestätigt und im Prüfprotokoll festgehalten; zurückzugehen braucht einen Grund.
os-setup-details = Angaben
os-setup-question = Leitfrage
os-setup-zone-hint = (die Zeitfenster behalten ihre Uhrzeiten)
os-setup-first-day = Erster Tag
os-setup-first-day-hint = (alle Zeitfenster verschieben sich um gleich viele Tage)
os-setup-save-details = Angaben speichern
os-setup-spaces = Räume
os-setup-no-spaces = Noch keine Räume: Füge sie auf der
os-setup-gathering-page = Seite des Treffens
os-setup-add-after = {" "}hinzu.
os-setup-space-label = Raum { $name }
os-setup-seats = Plätze
os-setup-save-space = { $name } speichern
os-setup-remove-space = { $name } entfernen …
os-setup-remove-note = (die nächste Seite zeigt die Sessions, die auf den Marktplatz zurückgehen)
os-setup-slots = Zeitfenster
os-setup-no-slots = Noch keine Zeitfenster: Füge sie auf der
os-setup-slots-note = Zeitfenster dürfen sich nicht überschneiden, und Session-Zeitfenster beginnen nach dem Eröffnungskreis (dem ersten Plenum). Wer die Zeit eines Zeitfensters ändert, behält seine Sessions darin.
os-setup-slot-label = Zeitfenster { $date } { $starts }
os-setup-save-this-slot = Dieses Zeitfenster speichern
os-setup-remove-slot = Dieses Zeitfenster entfernen …
os-setup-why = Warum?
os-setup-cancel = Abbrechen, alles so lassen
os-setup-done-details = Angaben gespeichert.
os-setup-done-space = Raum gespeichert.
os-setup-done-space-removed = Raum entfernt.
os-setup-done-slot = Zeitfenster gespeichert.
os-setup-done-slot-removed = Zeitfenster entfernt.
os-setup-done-phase = Phase gewechselt.
os-setup-went-back = { $count ->
    [one] { $count } Session ist auf den Marktplatz zurückgegangen.
   *[other] { $count } Sessions sind auf den Marktplatz zurückgegangen.
}
os-setup-moved = { $count ->
    [0] Dort ist keine Session platziert, sonst ändert sich also nichts.
    [one] Diese Session geht auf den Marktplatz zurück:
   *[other] Diese { $count } Sessions gehen auf den Marktplatz zurück:
}
os-setup-space-goes = Der Raum verschwindet aus allen Zeitfenstern.
os-setup-space-goes-replan = Der Raum verschwindet aus allen Zeitfenstern, und du bekommst eine Vorschau der Neuplanung.
os-setup-remove-space-title = { $name } entfernen?
os-setup-remove-space-button = { $name } entfernen
os-setup-close-slot-title = Dieses Zeitfenster zu { $kind ->
    [plenary] einem Plenum
   *[other] einer Pause
} machen?
os-setup-slot-closes = Das Zeitfenster nimmt keine Sessions mehr auf.
os-setup-save-slot = Zeitfenster speichern
os-setup-remove-slot-title = Das Zeitfenster { $when } entfernen?
os-setup-slot-goes = Das Zeitfenster verschwindet aus allen Räumen.
os-setup-remove-slot-button = Zeitfenster entfernen
os-setup-next-title = Weiter zur Phase „{ $phase }“?
os-setup-next-button = Ja, weiter zur Phase „{ $phase }“
os-setup-back-title = Zurück zur Phase „{ $phase }“?
os-setup-back-button = Ja, zurück zur Phase „{ $phase }“
os-setup-say-why = Sag, warum: Der Grund kommt ins Prüfprotokoll.
os-opens-invitation = Alle antworten auf die Einladung; noch kann niemand Sessions ankündigen.
os-opens-marketplace = Alle, die zugesagt haben, können Sessions ankündigen und an die Wand setzen.
os-opens-sessions = Die Sessions laufen: Man checkt ein und aus, und Berichte können geschrieben werden.
os-opens-convergence = Das Einchecken endet; alle vergeben ihre Punkte und melden sich für Maßnahmen.
os-opens-closed = Das Treffen schließt: keine Antworten, Sessions oder Stimmen mehr; Berichte können noch fertig geschrieben werden.

## Konvergenz: Punkte und Maßnahmen.
os-converge-title = Konvergenz · { $title }
os-converge-you-have = Du hast noch
os-converge-dots-left = von { $total ->
    [one] { $total } Punkt.
   *[other] { $total } Punkten.
}
os-converge-no-dots = Alle deine Punkte sind vergeben: Nimm einen zurück, um ihn woanders zu setzen.
os-converge-ranking = Rangfolge
os-converge-kept = Die Liste bleibt stehen, während du abstimmst.
os-converge-sort = Nach Punkten sortieren
os-converge-target-session = Session
os-converge-target-action = Maßnahme
os-converge-give-label = { $title } einen Punkt geben
os-converge-give = + Punkt
os-converge-back-label = Einen Punkt von { $title } zurücknehmen
os-converge-back = − Punkt ({ $count })
os-converge-actions = Maßnahmen
os-converge-no-actions = Noch keine Maßnahmen.
os-converge-propose-hint = Schlag unten eine vor oder aus einem Bericht heraus.
os-converge-due = fällig am { $date }
os-converge-from = aus „{ $title }“
os-converge-owners = Verantwortlich:
os-converge-nobody = noch niemand
os-converge-dots = { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}
os-converge-step-back = Zurücktreten
os-converge-volunteer = Mitmachen
os-converge-status = Stand
os-converge-update = Aktualisieren
os-converge-proposed = In Berichten vorgeschlagen
os-converge-proposed-note = Diese Zeilen in Session-Berichten lesen sich wie Maßnahmen. Ein Klick schlägt eine vor, verknüpft mit ihrer Session.
os-converge-propose-label = „{ $title }“ als Maßnahme vorschlagen
os-converge-propose-as = Als Maßnahme vorschlagen
os-converge-propose = Eine Maßnahme vorschlagen
os-converge-what = Was ist zu tun?
os-converge-from-session = Aus der Session
os-converge-due-label = Fällig
os-converge-propose-submit = Maßnahme vorschlagen
os-converge-done-dot-given = Dein Punkt ist vergeben. Die Liste bleibt stehen; lade neu oder sortiere, um die neue Reihenfolge zu sehen.
os-converge-done-dot-back = Dein Punkt ist zurückgenommen.
os-converge-done-proposed = Die Maßnahme ist vorgeschlagen; jetzt können sich Leute dafür melden und ihr Punkte geben.
os-converge-done-volunteered = Du machst bei der Maßnahme mit.
os-converge-done-stepped-back = Du bist von der Maßnahme zurückgetreten.
os-converge-done-status = Der Stand der Maßnahme ist gespeichert.

## Die Liste der Treffen.
os-gatherings-lead-before = Hier stehen die Open Spaces;
os-gatherings-lean = Lean Coffees
os-gatherings-lead-after = haben ihre eigenen Tafeln.
os-gatherings-none = Noch keine Treffen.
os-gatherings-host = Einen neuen Open Space ausrichten
os-gatherings-zone-hint = (z. B. Europe/Berlin)
os-gatherings-dots = Punkte pro Person in der Konvergenz
os-gatherings-create = Treffen anlegen

## Der Kalender-Feed einer Person.
os-calendar-title = Kalender · { $title }
os-calendar-heading = In deinem Kalender abonnieren
os-calendar-lead = Deine Kalender-App kann den Sessions folgen, die du in diesem Treffen anbietest oder an denen du teilnehmen willst: Wird eine Session verschoben, verschiebt dein Kalender sie mit. Der Link gehört nur dir und braucht kein Passwort, halte ihn also privat; du kannst jederzeit einen neuen erstellen oder ihn stoppen.
os-calendar-stopped = Dein Kalender-Feed ist gestoppt: Sein Link funktioniert nicht mehr, und deine Kalender-App zeigt einen Fehler oder entfernt die Sessions.
os-calendar-new = Dein neuer Kalender-Link (wird nur jetzt gezeigt; ein früherer funktioniert nicht mehr):
os-calendar-subscribe = In meiner Kalender-App abonnieren
os-calendar-copy = Oder kopiere diese Adresse in die Funktion „Per URL abonnieren“ deines Kalenders:
os-calendar-since = Du hast einen Kalender-Link, erstellt { $at }. Verloren? Erstelle einen neuen; der alte funktioniert dann nicht mehr.
os-calendar-none = Du hast noch keinen Kalender-Link.
os-calendar-make-new = Einen neuen Kalender-Link erstellen
os-calendar-make = Meinen Kalender-Link erstellen
os-calendar-stop = Meinen Kalender-Feed stoppen

## Was auf diesem Server veröffentlicht ist.

## Wörter, die convene in Kalenderdateien schreibt.
os-ics-convened-by = Angeboten von { $names }
os-ics-mine = { $title } (meine)

# The suggested agenda (preview before the host applies it).
suggest-title = Vorgeschlagene Agenda
suggest-back = Zurück zu { $title }
suggest-back-after = um Räume und Session-Zeitfenster hinzuzufügen oder die Wand so zu sehen, wie sie ist.
suggest-lead = Die Planung legt die Sessions so, dass möglichst wenige Menschen eine Session verpassen, die sie wollen, und möglichst wenige Räume zu klein sind. Niemand wird eingeteilt: Alle gehen weiterhin, wohin sie möchten.
suggest-waiting = Wartend:
suggest-now = Jetzt
suggest-with = Mit diesem Vorschlag
suggest-missed = Sessions, die jemand verpasst
suggest-missed-why = (zur selben Zeit wie eine andere gewünschte, oder nicht an der Wand)
suggest-short = Fehlende Plätze
suggest-waiting-count = Sessions, die auf dem Marktplatz warten
suggest-no-moves = Die Wand ist schon so gut, wie die Planung sie machen kann: keine Verschiebungen.
suggest-apply = Diese Verschiebungen übernehmen
suggest-preview = Die Wand mit diesem Vorschlag
suggest-legend-new = neu
suggest-legend-new-after = vom Marktplatz
suggest-legend-moved = verschoben
suggest-legend-moved-after = aus einem anderen Feld · ohne Markierung: bleibt, wo sie ist
suggest-time = Zeit
suggest-seats = { $count ->
    [one] { $count } Platz
   *[other] { $count } Plätze
}
suggest-free = frei
suggest-moved-from = verschoben von { $from }
suggest-new-from = neu vom Marktplatz
suggest-waiting-heading = Wartend auf dem Marktplatz ({ $count })
suggest-taken-off = von der Wand genommen
suggest-moves = Verschiebungen ({ $count })
suggest-notes = Hinweise
suggest-places = { $count ->
    [one] legt { $count } Session vom Marktplatz an die Wand
   *[other] legt { $count } Sessions vom Marktplatz an die Wand
}
suggest-moves-on = verschiebt { $count } an der Wand
suggest-takes-off = nimmt { $count } von der Wand
suggest-summary = Dieser Vorschlag { $what }.
