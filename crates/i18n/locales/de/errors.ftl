# Fehler, die Menschen sehen (crates/web/src/error_words.rs), und die Meldungen der Anwendungsfälle.
error-internal = Bei uns ist etwas schiefgegangen. Es wurde nichts geändert; bitte versuche es noch einmal.
error-unauthenticated = nicht angemeldet
error-denied = Dazu hast du in dieser Gemeinschaft keine Berechtigung.
error-not-found = Hier gibt es nichts, oder es ist nicht für dich bestimmt.
error-no-route = Unter dieser Adresse gibt es nichts.
error-bad-credentials = E-Mail-Adresse oder Passwort stimmt nicht
error-title-forbidden = Nicht erlaubt
error-title-not-found = Nicht gefunden
error-title-gone = Diese Einladung kann nicht verwendet werden
error-title-internal = Etwas ist schiefgegangen
error-title-other = Das hat nicht geklappt

error-text-empty = „{ $field }“ muss ausgefüllt werden
error-text-too-long = „{ $field }“ darf höchstens { $max } Zeichen lang sein
error-text-too-short = „{ $field }“ muss mindestens { $min } Zeichen lang sein
error-text-bad-chars = „{ $field }“ enthält Zeichen, die nicht erlaubt sind
error-text-invalid = „{ $field }“ ist ungültig: { $hint }
error-field-name = Name
error-field-short-name = Kurzname
error-field-email = E-Mail-Adresse
error-field-password = Passwort
error-field-community-name = Name der Gemeinschaft
error-field-organization-name = Name der Organisation
error-field-purpose = Zweck
error-field-calling-question = Leitfrage
error-field-reason = Begründung
error-field-token-name = Name des Tokens
error-field-title = Titel
error-field-invitation = Einladung
error-field-venue = Ort
error-field-space-name = Name des Raums
error-field-session-title = Titel der Session
error-field-description = Beschreibung
error-field-report = Bericht
error-field-action = Maßnahme
error-field-text = Text
error-field-question = Frage
error-field-summary = Zusammenfassung
error-field-notes = Notizen
error-field-topic = Thema
error-field-theme = Leitthema
error-field-label = Bezeichnung
error-field-table-name = Name des Tisches
error-field-capacity = Kapazität
error-field-dots-per-person = Punkte pro Person
error-field-features = Ausstattung
error-field-time-zone = Zeitzone
error-field-date-time = Datum und Uhrzeit
error-field-dates = Termine
error-field-first-day = Erster Tag
error-field-slot = Zeitfenster
error-field-due-date = Fälligkeitsdatum
error-field-until = Bis
error-field-kind = Art
error-field-language = Sprache
error-field-co-conveners = Mitveranstaltende
error-field-merge = Zusammenlegen
error-field-organization = Organisation
error-field-uses = Nutzungen
error-field-days = Tage
error-field-gathering = Treffen
error-field-says = { $field }: { $message }
error-hint-slug = verwende Kleinbuchstaben, Ziffern und einzelne Bindestriche
error-hint-email = erwartet wird eine Adresse wie name@example.org
error-hint-name = er enthält unsichtbare oder richtungsändernde Zeichen (etwa ein Leerzeichen ohne Breite oder eine Rechts-nach-links-Umschaltung); gib ihn ohne sie noch einmal ein
error-hint-capacity = eine ganze Zahl von 1 bis 10.000
error-hint-one-to-twenty = eine ganze Zahl von 1 bis 20
error-hint-features = höchstens 8, durch Kommas getrennt
error-hint-feature-words = kurze Wörter aus Buchstaben, Ziffern, Leerzeichen und Bindestrichen
error-hint-time-zone = ein Name wie Europe/Berlin oder UTC
error-hint-date-time = ein Datum wie 2026-12-01 und eine Uhrzeit wie 09:30
error-hint-dates = ein Datum wie 2026-12-01 innerhalb der nächsten Jahre
error-hint-date = ein Datum wie 2026-12-01
error-hint-slot = es muss nach seinem Beginn enden und darf höchstens 12 Stunden dauern

error-stale = Jemand hat { $what } gespeichert, während du geschrieben hast. Die andere Fassung steht oben, dein Text ist unten erhalten: führe beide zusammen und speichere erneut.
error-stale-report = den Bericht
error-stale-session-description = die Beschreibung der Session
error-stale-contribution = den Beitrag
error-stale-design = den Ablauf
error-stale-note = die Notiz

error-invitation-expired = Diese Einladung ist abgelaufen.
error-invitation-revoked = Diese Einladung wurde von der Gemeinschaft zurückgezogen.
error-invitation-used-up = Diese Einladung wurde schon so oft verwendet, wie sie erlaubt.
error-invitation-declined = Diese Einladung wurde abgelehnt.

error-taken-email = Diese E-Mail-Adresse ist bereits vergeben.
error-taken-slug = Dieser Kurzname ist bereits vergeben.
error-taken-organization = Dieser Name einer Organisation ist bereits vergeben.
error-taken-space = Dieser Raumname ist bereits vergeben.
error-taken-membership = Diese Mitgliedschaft besteht bereits.
error-taken = Das ist bereits vergeben ({ $what }).

error-already-member = Du bist bereits Mitglied dieser Gemeinschaft.
error-last-steward-role = Eine Gemeinschaft braucht mindestens eine Stewardin oder einen Steward: gib die Rolle zuerst jemand anderem.
error-last-steward-remove = Die letzte Stewardin oder der letzte Steward kann nicht entfernt werden.
error-only-steward-of = Du bist die einzige Person mit der Rolle Steward in { $community }: gib die Rolle zuerst jemand anderem.
error-operator-undeletable = Du betreibst dieses convene: sein Betreiberkonto kann hier nicht gelöscht werden.
error-password-wrong = Das Passwort stimmt nicht.
error-reset-operator = Das Passwort des Betreibers kann nicht von einem Steward zurückgesetzt werden.
error-reset-other-community = Diese Person gehört auch zu einer Gemeinschaft, in der du nicht Steward bist: frag den Betreiber oder einen Steward dort.
error-policies-first = Nimm zuerst die aktuellen Richtlinien der Gemeinschaft an (auf ihrer Seite zur Governance): bis dahin kannst du lesen, aber nichts veröffentlichen.

error-choose-organization = wähle eine der Organisationen der Gemeinschaft
error-choose-gathering = wähle eines der Treffen der Gemeinschaft
error-invitation-already-revoked = Diese Einladung wurde bereits zurückgezogen.
error-account-exists = Mit dieser E-Mail-Adresse gibt es schon ein Konto: melde dich zuerst an und mach dann weiter.

error-gathering-closed = Dieses Treffen ist abgeschlossen.
error-cell-has-session = In diesem Feld liegt eine Session; verschiebe sie, bevor du das Feld sperrst.
error-cell-locked = Dieses Feld ist gesperrt ({ $label }).
error-reserved-plenary = Diese Zeit ist für das Plenum reserviert ({ $label }).
error-reserved-break = Diese Zeit ist für die Pause reserviert ({ $label }).
error-reserved-whole = ganzes Treffen
error-co-conveners-at-most = höchstens 5
error-co-conveners-guest = Gäste können keine Mitveranstaltenden nennen: bitte ein Mitglied, sie hinzuzufügen
error-co-conveners-members = wähle Mitglieder dieser Gemeinschaft
error-check-in-not-yet = Einchecken ist möglich, sobald die Sessions beginnen.
error-check-in-early = „{ $title }“ beginnt am { $date } um { $time }; einchecken kannst du ab 10 Minuten vorher.
error-check-in-over = „{ $title }“ ist vorbei; checke in eine Session ein, die gerade läuft.
error-not-on-agenda = Diese Session steht noch nicht im Programm.
error-convene-not-yet = Sessions werden angekündigt, sobald der Marktplatz öffnet.
error-convene-say-yes = Sag zuerst zu; dann kannst du eine Session anbieten.
error-agenda-closed = Das Programm kann sich nur in den Phasen Marktplatz und Sessions ändern.
error-convener-busy = Wer sie anbietet, hat in diesem Zeitfenster schon eine Session.
error-merge-another = wähle eine andere Session
error-merge-not-proposed = Diese Zusammenlegung wurde nicht vorgeschlagen oder zurückgezogen.
error-merge-closed = Sessions werden nur in den Phasen Marktplatz und Sessions zusammengelegt.

error-reports-not-yet = Berichte sind möglich, sobald die Sessions beginnen.
error-report-named-took-part = In einem Bericht können nur Menschen genannt werden, die teilgenommen haben.
error-dots-closed = Punkte werden nur während der Konvergenz vergeben.
error-actions-not-yet = Maßnahmen entstehen aus den Sessions; schlage sie vor, sobald die Sessions beginnen.
error-action-closed = Diese Maßnahme ist { $status }: Niemand kann sich mehr dafür melden.

error-thread-deleted = Dieser Thread wurde von seiner Autorin oder seinem Autor gelöscht; er nimmt keine Antworten mehr an.
error-author-edits = Nur wer es geschrieben hat, kann es bearbeiten.
error-deleted-no-edit = Das wurde gelöscht; es kann nicht bearbeitet werden.
error-author-deletes = Nur wer es geschrieben hat, kann es löschen.

error-suspended = Du bist in dieser Gemeinschaft bis zum { $until } gesperrt: { $reason } Bis dahin kannst du lesen und die Entscheidung über den Moderationshinweis an deinem Inhalt anfechten, aber nichts veröffentlichen.
error-flag-own = Das hast du selbst geschrieben; bearbeite es, statt es zu melden.
error-flagged-already = Du hast das bereits gemeldet.
error-case-decided = Über diesen Fall ist bereits entschieden.
error-case-author = Du hast diesen Inhalt geschrieben, deshalb entscheidet jemand anderes.
error-case-flagger = Du hast diesen Inhalt gemeldet, deshalb entscheidet jemand anderes.
error-case-part = Du hast diesen Inhalt geschrieben oder gemeldet, deshalb entscheidet jemand anderes.
error-case-claimed = Jemand anderes hat diesen Fall übernommen; die Übernahme gilt 30 Minuten.
error-case-claim-first = Übernimm den Fall zuerst (eine Übernahme gilt 30 Minuten), damit niemand doppelt entscheidet.
error-case-decided-meanwhile = Über diesen Fall wurde inzwischen entschieden.
error-case-hide-appealed = Die Autorin oder der Autor hat gegen das automatische Ausblenden Einspruch eingelegt: Eine Stewardin oder ein Steward, die oder der nicht gemeldet hat, prüft den Einspruch und entscheidet damit den Fall.
error-case-cool-down = Die Autorin oder der Autor hat diesen Inhalt am { $edited } bearbeitet; nach der Abkühlzeit der Gemeinschaft kann er ab { $from } geprüft werden.
error-appeal-not-author = Nur die Person, über deren Inhalt entschieden wurde, kann Einspruch einlegen.
error-appealed-already = Dagegen wurde bereits Einspruch eingelegt.
error-appeal-nothing = Hier gibt es nichts anzufechten: Der Inhalt ist weder durch Meldungen noch durch eine bestätigte Entscheidung ausgeblendet.
error-appeal-too-late = { $days ->
    [one] Die Frist von einem Tag für einen Einspruch ist abgelaufen.
   *[other] Die Frist von { $days } Tagen für einen Einspruch ist abgelaufen.
}
error-hearer-author = Du hast diesen Inhalt geschrieben, deshalb prüft eine andere Stewardin oder ein anderer Steward den Einspruch.
error-hearer-flagger = Du hast diesen Inhalt gemeldet, deshalb prüft eine andere Stewardin oder ein anderer Steward den Einspruch.
error-hearer-decider = Du hast über diesen Fall entschieden, deshalb prüft eine andere Stewardin oder ein anderer Steward den Einspruch.
error-hearer-heard = Du hast diesen Einspruch bereits geprüft.
error-appeal-decided = Über diesen Einspruch ist bereits entschieden.
error-appeal-part = Du bist an diesem Fall beteiligt, deshalb prüft eine andere Stewardin oder ein anderer Steward den Einspruch.
error-appeal-decided-meanwhile = Über diesen Einspruch wurde inzwischen entschieden.

error-totp-exists = Du hast bereits eine Authenticator-App: entferne sie zuerst, um eine neue einzurichten.
error-totp-start-first = Beginne zuerst mit der Einrichtung.
error-totp-none = Du hast keine Authenticator-App, die sich entfernen ließe.
error-second-factor-needed = Dieses Konto meldet sich mit einem zweiten Faktor an.
error-oidc-unreachable = { $provider } ist gerade nicht erreichbar: versuche es später noch einmal oder melde dich mit deinem Passwort an.
error-oidc-unverified = Die Antwort von { $provider } ließ sich nicht überprüfen, deshalb wurde niemand angemeldet. Fang noch einmal an.
error-oidc-expired = Diese Anmeldung hat zu lange gewartet oder ist schon abgeschlossen: fang noch einmal an.
error-oidc-unlinked = Mit deiner Identität bei { $provider } ist hier noch kein Konto verknüpft. Melde dich mit deinem Passwort an und verknüpfe { $provider } auf deiner Kontoseite, oder nimm eine Einladung damit an.
error-oidc-linked-other = Diese Identität bei { $provider } ist bereits mit einem anderen Konto verknüpft.
error-oidc-has-other = Dein Konto ist mit einer anderen Identität bei { $provider } verknüpft: löse diese Verknüpfung zuerst.
error-oidc-no-email = { $provider } hat keine bestätigte E-Mail-Adresse übermittelt, die ein Konto aber braucht. Nimm die Einladung stattdessen mit einem Passwort an.
error-oidc-email-exists = Mit dieser E-Mail-Adresse gibt es schon ein Konto: melde dich mit deinem Passwort an, verknüpfe { $provider } auf deiner Kontoseite und nimm dann die Einladung an.
error-oidc-only-way = Das ist deine einzige Möglichkeit, dich anzumelden: verknüpfe zuerst einen anderen Anbieter, sonst könntest du dich nicht mehr anmelden.
error-oidc-declined = Der Identitätsanbieter hat dich nicht angemeldet. Hier hat sich nichts geändert.

error-no-mail = Dieser Server verschickt keine E-Mails: kopiere stattdessen den Link.
error-invitation-no-email = Diese Einladung hat keine E-Mail-Adresse, an die sie gehen könnte.

error-offer-not-starter = Nur wer einen Thread begonnen hat, kann ihn der Öffentlichkeit anbieten.
error-offer-hidden = Ein gelöschter oder ausgeblendeter Thread kann nicht der Öffentlichkeit angeboten werden.
error-offer-public = Dieser Thread ist bereits öffentlich: alle können ihn lesen.
error-offer-private = Ein privater Thread bleibt unter den Menschen, die er nennt; er kann nicht der Öffentlichkeit angeboten werden.
error-offered-already = Dieser Thread ist bereits angeboten: { $state } (Beitrag { $id }).
error-contribution-undecidable = Über diesen Beitrag kann jetzt nicht entschieden werden: { $state }
error-contribution-decided-meanwhile = Eine andere Kuratorin oder ein anderer Kurator hat gerade darüber entschieden.
error-contribution-not-editable = Er kann nicht mehr bearbeitet werden: { $state }

error-suggest-kind = Diese Art von Inhalt wird nicht über Vorschläge bearbeitet.
error-suggest-decider = Über vorgeschlagene Änderungen entscheiden nur die Autorin oder der Autor des Inhalts oder eine Kuratorin oder ein Kurator.
error-suggest-own = Das hast du selbst geschrieben; bearbeite es direkt, statt etwas vorzuschlagen.
error-suggest-version = Dieser Text hat sich geändert (er ist bei Fassung { $version }), seit du Fassung { $base } gelesen hast; lies ihn noch einmal und schlage auf Grundlage der neuen Fassung vor.
error-suggest-pending = { $count ->
    [one] Zu diesem Inhalt wartet bereits ein Vorschlag von dir; warte auf eine Entscheidung.
   *[other] Zu diesem Inhalt warten bereits { $count } Vorschläge von dir; warte auf eine Entscheidung.
}
error-suggestion-decided = Über diesen Vorschlag ist bereits entschieden.
error-suggestion-author-left = Die Person, die ihn gemacht hat, ist nicht mehr dabei; dieser Vorschlag kann nur noch abgelehnt werden.
error-suggestion-stale = Der Text hat sich geändert (er ist bei Fassung { $version }), seit dieser Vorschlag auf Fassung { $base } gemacht wurde; er kann abgelehnt oder neu vorgeschlagen werden.
error-suggestion-decided-meanwhile = Über diesen Vorschlag wurde inzwischen entschieden.
error-revert-stale = Jemand hat inzwischen Fassung { $version } gespeichert; sieh dir den Verlauf noch einmal an.

error-library-slug-taken = Diese Gemeinschaft hat bereits { $kind ->
    [practice] eine Praktik
   *[design] einen Ablauf
} mit dem Kurznamen `{ $slug }`; gib diesem einen anderen Kurznamen.
error-library-publish-stale = Es wurde geändert, während du veröffentlicht hast; sieh es dir noch einmal an und veröffentliche dann.
error-library-design-readable = Nur ein Ablauf, den alle Mitglieder und Gäste lesen dürfen, kann das Programm eines Treffens werden.
error-library-owner = Nur wer es hinzugefügt hat oder eine Stewardin oder ein Steward kann das ändern.
error-timer-running = Der Timer läuft bereits.
error-timer-not-running = Der Timer läuft nicht.
error-timer-done = Alle Blöcke sind erledigt.
error-timer-extension = Ein Block lässt sich insgesamt um 1 Sekunde bis zu einem Tag verlängern.
error-timer-changed = Der Timer hat sich inzwischen geändert; sieh noch einmal nach.

error-phase-order = Auf die Phase { $from } folgt die Phase { $expected }, nicht die Phase { $to }.
error-phase-back = Von der Phase { $from } geht es nur zurück zur Phase { $expected }, nicht zur Phase { $to }.
error-phase-after-closed = Nach einem abgeschlossenen Treffen kommt keine Phase mehr.
error-phase-before-first = Die Einladung ist die erste Phase: davor gibt es keine.
error-phase-name-invitation = Einladung
error-phase-name-marketplace = Marktplatz
error-phase-name-sessions = Sessions
error-phase-name-convergence = Konvergenz
error-phase-name-closed = Abschluss

error-cafe-rounds-max = Ein Café hat höchstens { $max } Runden.
error-cafe-tables-max = Ein Café hat höchstens { $max } Tische.
error-cafe-host-busy = Diese Person ist bereits Gastgeberin oder Gastgeber an einem anderen Tisch.
error-cafe-plan-needs = Ein Plan braucht Runden, Tische und mindestens zwei Menschen, die dabei sind.
error-cafe-add-round = Füge zuerst eine Runde mit ihrer Frage hinzu.
error-cafe-last-round = Das war die letzte Runde.
error-cafe-no-round = Gerade läuft keine Runde.
error-cafe-not-started = Das Café hat noch nicht begonnen: die Tische öffnen mit der ersten Runde.
error-cafe-notes-not-yet = Notizen sind möglich, sobald ihre Runde beginnt.
error-cafe-notes-sat = Die Notizen eines Tisches schreiben nur die Menschen, die in dieser Runde daran saßen: checke zuerst dort ein.

error-lean-closed = Dieses Lean Coffee ist beendet.
error-lean-vote-left = Stimmen gehen an Themen, die noch besprochen werden sollen; dieses hat die Spalte verlassen.
error-lean-no-vote = Du hast diesem Thema keine Stimme gegeben, die du zurücknehmen könntest.
error-lean-discussing = Gerade wird ein Thema besprochen; schließe es zuerst ab (oder lass die römische Abstimmung es beenden).
error-lean-not-waiting = Dieses Thema wartet nicht darauf, besprochen zu werden.
error-lean-none-waiting = Kein Thema wartet.
error-lean-roman-open = Die römische Abstimmung läuft bereits.
error-lean-roman-not-open = Die römische Abstimmung läuft nicht.
error-lean-merge-self = Ein Thema kann nicht mit sich selbst zusammengelegt werden.
error-lean-merge-done = Nur Themen, die noch besprochen werden sollen, lassen sich zusammenlegen.
error-lean-actions-later = Maßnahmen entstehen aus einem Thema, sobald es besprochen ist.
error-lean-proposal-later = Ein Thema wird zum Vorschlag, sobald die Gruppe es besprochen hat.
error-lean-not-discussed = Dieses Thema wird gerade nicht besprochen.

error-suggest-no-sessions = Es ist noch keine Session angekündigt, es gibt also nichts zu planen.
error-suggest-no-cell = An der Wand ist kein Feld für Sessions frei: füge einen Raum oder ein Zeitfenster hinzu und bitte dann erneut um einen Vorschlag.
error-suggest-wall-changed = Die Wand hat sich seit diesem Vorschlag geändert; hier ist ein neuer.

error-decision-closed = Diese Entscheidung ist abgeschlossen.
error-decision-deadline-passed = Die Frist ist abgelaufen: die Entscheidung wartet nur noch darauf, abgeschlossen zu werden.
error-decision-not-consent = Diese Entscheidung fällt per { $process ->
    [advice] Beratungsprozess
    [majority] Abstimmung mit einfacher Mehrheit
    [dot] Punktabfrage
   *[ranked_choice] Rangfolgewahl
}, nicht per Konsent.
error-decision-not-vote = Diese Entscheidung fällt per { $process ->
    [advice] Beratungsprozess
   *[consent] Konsent
}, nicht durch eine Abstimmung.
error-decision-answers = Nur wer die Änderung vorgeschlagen hat, beantwortet Einwände.
error-advice-only = Rat wird nur in einem Beratungsprozess festgehalten.
error-advice-decider = Nur wer entscheidet, hält den Rat fest, den sie oder er eingeholt hat.
error-advice-recorded = Den Rat dieser Person hast du bereits festgehalten.
error-decision-closed-already = Diese Entscheidung ist bereits abgeschlossen.
error-decision-closes-at = Diese Entscheidung endet mit ihrer Frist am { $deadline }.
error-decision-closed-meanwhile = Diese Entscheidung wurde inzwischen abgeschlossen.

error-initiative-not-possible = Nicht möglich: { $why }.
error-initiative-why-invite = nur wer sie gestartet hat oder sie leitet, lädt ein
error-initiative-why-in-already = du bist schon dabei
error-initiative-why-invited-already = die Person ist schon eingeladen oder dabei
error-initiative-why-ask-self = um Aufnahme bittet jede Person selbst
error-initiative-why-asked-already = du hast schon gefragt oder bist dabei
error-initiative-why-accept-invited = nur die eingeladene Person kann eine Einladung annehmen
error-initiative-why-accept-request = eine Anfrage nimmt an, wer die Initiative gestartet hat oder sie leitet
error-initiative-why-nothing-accept = es gibt nichts anzunehmen
error-initiative-why-nothing-withdraw = es gibt nichts zurückzuziehen
error-initiative-why-leave-self = jede Person geht selbst; hier wird niemand entfernt
error-initiative-why-offer-lead = nur wer sie gestartet hat oder sie leitet, lädt zur Leitung ein
error-initiative-why-leads-already = die Person leitet sie bereits
error-initiative-why-offer-waits = eine Einladung zur Leitung wartet bereits auf ihre Antwort
error-initiative-why-no-offer-accept = es gibt keine Einladung zur Leitung, die sich annehmen ließe
error-initiative-why-accept-self = nur die eingeladene Person kann annehmen
error-initiative-why-no-offer-decline = es gibt keine Einladung zur Leitung, die sich ablehnen ließe
error-initiative-why-answer-offer = eine Einladung zur Leitung beantwortet die eingeladene Person oder jemand, der leitet
error-initiative-why-step-down-self = niemand hört auf zu leiten, weil andere es sagen
error-initiative-why-starter-leads = wer sie gestartet hat, leitet sie
error-initiative-why-not-lead = du leitest sie nicht
error-initiative-lead-answered = Diese Einladung zur Leitung wurde inzwischen beantwortet.
error-initiative-starter-stays = Wer eine Initiative gestartet hat, bleibt in ihr.
error-initiative-ask-taken = Das hat bereits jemand übernommen.
error-initiative-ask-settle = Eine Bitte erledigt, wer sie gestellt oder übernommen hat, oder wer die Initiative leitet.
error-initiative-join-first = Neuigkeiten und Bitten kommen von den Menschen in der Initiative; tritt ihr zuerst bei.

error-rate-attempts = { $seconds ->
    [one] Zu viele Versuche. Bitte warte eine Sekunde und versuche es dann noch einmal (das schützt Konten vor dem Erraten von Passwörtern).
   *[other] Zu viele Versuche. Bitte warte { $seconds } Sekunden und versuche es dann noch einmal (das schützt Konten vor dem Erraten von Passwörtern).
}
error-rate-posting = Du schreibst schneller, als dieser Server erlaubt ({ $per_minute } Beiträge pro Minute). Es wurde nichts gespeichert; bitte warte { $seconds ->
    [one] eine Sekunde
   *[other] { $seconds } Sekunden
} und versuche es dann noch einmal.

error-field-code = Code
error-field-current-password = Aktuelles Passwort
error-field-note = Notiz
error-field-table-size = Tischgröße
error-field-tables = Tische
error-field-minutes = Minuten
error-field-host = Gastgeber:in
error-field-version = Fassung
error-field-options = Optionen
error-field-person = Person
error-field-mandate = Mandat
error-field-ballot = Stimmzettel
error-field-adviser = Ratgebende Person
error-field-start = Beginn
error-current-password-wrong = Das aktuelle Passwort stimmt nicht.
error-code-mismatch = Dieser Code passt nicht: versuche den aktuellen.
error-code-used = Dieser Code wurde schon verwendet: warte auf den nächsten.
error-your-password-wrong = Dein Passwort stimmt nicht.
error-code-wrong = Dieser Code stimmt nicht oder wurde schon verwendet.
error-at-most-chars = höchstens { $max } Zeichen
error-chars-range = { $min } bis { $max } Zeichen
error-note-say-what = sag, was nicht stimmt
error-no-author-to-sanction = dieser Inhalt hat keine Autorin und keinen Autor, die sich verwarnen oder sperren ließen
error-whole-number-from = eine ganze Zahl von { $min } bis { $max }
error-tables-range = { $min } bis { $max } Tische
error-not-a-member = kein Mitglied dieser Gemeinschaft
error-design-keeps-slug = ein Ablauf behält seinen Kurznamen; erstelle eine Abwandlung, um ihm einen anderen zu geben
error-suggestion-no-change = der Vorschlag ändert nichts
error-current-version = das ist die aktuelle Fassung
error-options-none = schlage mindestens eine Änderung vor
error-options-same-kind = bis zu { $max } Änderungen, alle von derselben Art
error-options-one = Konsent und Beratungsprozess entscheiden über eine Änderung; eine Abstimmung wählt zwischen mehreren
error-guest-not-steward = ein Gast kann nicht Steward werden
error-no-such-mandate = dieses Mandat gibt es hier nicht
error-ballot-dots = verteile höchstens { $max } Punkte auf die Optionen
error-ballot-ranked = gib jeder Option höchstens einen Rang
error-ballot-one = wähle eine der Optionen
error-adviser-other = jemand anderes aus dieser Gemeinschaft
error-slot-overlaps = es überschneidet sich mit dem Zeitfenster { $other }; wähle eine Zeit außerhalb davon
error-slot-before-opening = ein Session-Zeitfenster kann nicht beginnen, bevor der Eröffnungskreis { $opening } endet
error-block-clash = Block { $block } am { $date } um { $time } käme mit { $named } im Programm des Treffens in Konflikt (Zeitfenster dürfen sich nicht überschneiden, und kein Session-Zeitfenster darf vor dem Ende des ersten Plenums beginnen); wähle einen anderen Beginn oder ändere dieses Zeitfenster
error-choose-language = Wähle English, Deutsch, Français oder Español.
