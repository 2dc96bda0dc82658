# Moderation: the queue, the log, the box under content.
govern-moderation-title = Moderation
# $threshold is a decimal like 1.5.
govern-moderation-about = Meldungen wiegen nach Rolle und Treffsicherheit: die Meldung eines Mitglieds zählt 1, die einer Gastgeberin oder eines Gastgebers 2, die einer Stewardin, eines Stewards oder einer Kuratorin, eines Kurators erreicht die Schwelle allein; nach 5 entschiedenen Meldungen kommt hinzu, wie oft die Meldungen einer Person bestätigt wurden: bis zu 1 mehr oder bis zu 0,5 weniger. Inhalte werden verborgen, wenn ihre Meldungen { $threshold } erreichen. Übernimm einen Fall, bevor du ihn entscheidest: eine Übernahme gilt 30 Minuten, damit niemand einen Fall zweimal entscheidet.
govern-open-cases = Offene Fälle ({ $count })
govern-nothing-waiting = Nichts wartet.
# $kind is a kind of content, $weight the govern-weight text.
govern-case-heading = Fall { $id }: { $kind } — { $weight }
govern-weight = Gewicht { $weight } von { $threshold }
govern-hidden = (verborgen)
govern-flag-line = { $reason }, gemeldet von { $who } (wiegt { $weight })
govern-opened = Eröffnet { $when }.
govern-review = Die Person, die es geschrieben hat, hat es am { $edited } bearbeitet und bittet um Überprüfung; nach der Bedenkzeit der Gemeinschaft kann der Fall ab { $from } übernommen werden. Der Text, wie er gemeldet wurde, und jetzt:
govern-diff-added = hinzugefügt:
govern-diff-removed = entfernt:
govern-appealed-hide = Die Person, die es geschrieben hat, hat gegen das automatische Verbergen Einspruch erhoben: eine Stewardin oder ein Steward, die oder der es nicht gemeldet hat, hört den Einspruch unten, und die Antwort entscheidet den Fall.
govern-claim-mine = Du hast den Fall übernommen bis { $until }.
govern-decision = Entscheidung
govern-uphold = Meldungen bestätigen: verbergen
govern-dismiss = Meldungen zurückweisen: zeigen
govern-and-author = Und die Person, die es geschrieben hat (nur beim Bestätigen)
govern-nothing-more = Nichts weiter
govern-warn = Verwarnen
govern-suspend = Bis zum Tag unten sperren
govern-suspend-until = Gesperrt bis (Beginn dieses Tages, UTC; höchstens ein Jahr)
govern-reason-seen = Begründung (mindestens ein Satz; die betroffene Person und das Protokoll sehen sie)
govern-decide = Entscheiden
govern-claimed-by = Übernommen von { $name } bis { $until }.
govern-claim = Diesen Fall übernehmen
govern-appeals-waiting = Wartende Einsprüche ({ $count })
govern-no-appeals = Keine Einsprüche warten.
govern-appeal-of = Einspruch zu Fall { $id }
govern-decision-reason = Entscheidung: { $reason }
govern-no-decision-yet = Noch keine Entscheidung: die Meldungen haben es automatisch verborgen. Bestätigen hält es verborgen; Aufheben zeigt es wieder.
govern-author-appeals = Die Person, die es geschrieben hat, erhebt Einspruch: „{ $statement }“
govern-outcome = Ergebnis
govern-reverse = Aufheben: wieder zeigen
govern-uphold-decision = Die Entscheidung bestätigen
govern-reason-sentence = Begründung (mindestens ein Satz)
govern-decide-appeal = Über den Einspruch entscheiden
govern-appeal-who = Nur eine Stewardin oder ein Steward, die diesen Fall weder geschrieben, gemeldet noch entschieden hat, darf über den Einspruch entscheiden.
govern-steward-hears = Über Einsprüche entscheiden Stewards.
govern-reversals = Entscheidungen und Aufhebungen
govern-no-decisions = Noch keine Entscheidungen.
govern-reversal-line = { $name }: { $count ->
    [one] 1 Entscheidung
   *[other] { $count } Entscheidungen
}, { $reversed } davon auf Einspruch aufgehoben
govern-percent = ({ $share } %).
govern-reversals-help = Ein hoher Anteil an Aufhebungen heißt: die Entscheidungen und das Regelverständnis der Gemeinschaft driften auseinander.
govern-log-title = Moderationsprotokoll
govern-log-about = Jeder Gebrauch vertikaler Macht über das, was Menschen geschrieben haben, mit Begründung, das Neueste zuerst.
govern-log-named = Als Steward siehst du Namen.
govern-log-pseudonyms = Wer moderiert, erscheint mit Rolle und einem Pseudonym, das für jede Person gleich bleibt.
govern-log-audit = Jeder Eintrag steht auch im fälschungssicheren Protokoll.
govern-log-empty = Noch nichts verzeichnet.
govern-log-line = Inhalt { $content }, { $when }, von { $by }:
govern-log-hidden = Durch Meldungen verborgen
govern-log-upheld = Meldungen bestätigt: verborgen
govern-log-dismissed = Meldungen zurückgewiesen: wieder gezeigt
govern-log-appealed = Einspruch erhoben
govern-log-appeal-upheld = Einspruch gehört: die Entscheidung bleibt
govern-log-appeal-reversed = Einspruch gehört: Entscheidung aufgehoben, wieder gezeigt
govern-log-warned = Verwarnt
govern-log-suspended = Gesperrt
govern-log-edited = Bearbeitet: Überprüfung erbeten
govern-reason-spam = Spam
govern-reason-harmful = Schädlich
govern-reason-off-topic = Am Thema vorbei
govern-reason-leaks-internal = Gibt Internes preis
govern-reason-other = Sonstiges
govern-box-hidden = Für andere Mitglieder verborgen.
govern-box-upheld-by = Entscheidung (Meldungen bestätigt) von { $by }:
govern-box-dismissed-by = Entscheidung (Meldungen zurückgewiesen) von { $by }:
govern-box-will-decide = Eine Stewardin, ein Steward oder jemand aus der Kuratierung sieht sich die Meldungen an und entscheidet, mit Begründung.
govern-box-warned-you = Mit dieser Entscheidung wurdest du verwarnt.
govern-box-warned-author = Mit dieser Entscheidung wurde die Person, die es geschrieben hat, verwarnt.
govern-box-suspended-you = Du bist in dieser Gemeinschaft gesperrt bis { $until }: lesen geht, schreiben erst danach; ein Einspruch steht dir weiter offen.
govern-box-suspended-author = Die Person, die es geschrieben hat, ist in dieser Gemeinschaft gesperrt bis { $until }: lesen geht, schreiben erst danach; ein Einspruch steht ihr weiter offen.
govern-box-you-edited = Du hast es bearbeitet und um Überprüfung gebeten:
govern-box-author-edited = Die Person, die es geschrieben hat, hat es bearbeitet und bittet um Überprüfung:
govern-box-look-again = nach der Bedenkzeit der Gemeinschaft kann es ab { $from } erneut angesehen werden.
govern-box-appealed = Einspruch am { $when }: „{ $statement }“.
govern-box-appeal-decided = Über den Einspruch ist entschieden:
govern-box-appeal-will-hear = Eine Stewardin oder ein Steward, die an der Entscheidung nicht beteiligt war, hört ihn.
govern-box-appeal-until = Einspruch bis { $until }: sag, warum die Entscheidung sich ändern sollte (mindestens ein Satz)
govern-box-appeal-decision = Gegen die Entscheidung Einspruch erheben
govern-box-appeal-hide = Gegen das automatische Verbergen Einspruch erheben
govern-box-can-edit = Du kannst es auch bearbeiten: deine Bearbeitung bittet nach der Bedenkzeit der Gemeinschaft um Überprüfung.
govern-box-you-flagged = Du hast das gemeldet.
govern-box-flag-this = Das melden
govern-box-what-wrong = Was stimmt nicht?
govern-box-note = Anmerkung (freiwillig; nötig bei „Sonstiges“)
govern-box-flag = Melden
govern-said-flagged = Danke: deine Meldung ist verzeichnet. Stewards und Kuratierung sehen sie in ihrer Warteschlange.
govern-said-hidden = Danke: deine Meldung ist verzeichnet, und die Meldungen zusammen haben den Inhalt verborgen, bis ein Steward oder die Kuratierung entscheidet.
govern-said-claimed = Du hast den Fall für 30 Minuten übernommen: so lange kann niemand sonst ihn entscheiden.
govern-said-decided = Entschieden. Die betroffene Person erfährt es am Inhalt, und das Moderationsprotokoll zeigt es.
govern-said-appealed = Dein Einspruch ist verzeichnet. Eine Stewardin oder ein Steward, die an der Entscheidung nicht beteiligt war, hört ihn.
govern-said-heard = Über den Einspruch ist entschieden. Das Moderationsprotokoll zeigt es.
govern-not-done = Nicht erledigt
govern-flag-recorded = Meldung verzeichnet
# The reminder that a steward's or curator's term ends soon. $role is the role's code.
govern-mail-term-subject = Deine Amtszeit in { $community } endet bald
govern-mail-term-text = Deine Amtszeit als { $role ->
    [steward] Steward
    [curator] Kuratorin oder Kurator
   *[other] { $role }
} von { $community } endet am { $ends }. Wenn die Gemeinschaft sie verlängern soll, schlag eine Verlängerung des Mandats vor
# Governance: the overview, a policy, a decision.
govern-title = Selbstverwaltung
govern-about = Die Regeln der Gemeinschaft ändern sich nur über das Entscheidungsverfahren, das sie für jede Art von Änderung festgelegt hat, und jede Entscheidung hält die Regel fest, nach der sie fiel.
govern-health-title = Zustand der Selbstverwaltung
govern-health-link-after = : wie oft Mitglieder die Texte anderer melden und bearbeiten, wie oft Stewards und Kuratierung entscheiden, und in wie wenigen Händen.
govern-pending-heading = Zu akzeptierende Richtlinien
# $list is made of govern-pending-item, joined by govern-and.
govern-pending = Bis du die aktuelle Fassung { $list } akzeptierst, kannst du hier alles lesen, aber nichts schreiben.
govern-pending-item = { $document ->
    [code_of_conduct] der Verhaltensregeln
    [social_media] der Social-Media-Richtlinie
   *[data_sharing] der Richtlinie zur Datenweitergabe
} (Fassung { $number })
govern-and = { $list } und { $last }
govern-accept = Ich akzeptiere die aktuellen Richtlinien
govern-policies = Richtlinien
govern-no-policies = Diese Gemeinschaft hat noch keine Richtlinien. Schlag unten eine vor.
govern-policy-version = { $document }, Fassung { $number }
govern-in-force = In Kraft seit { $when }
govern-by-decision = , durch
govern-decision-n = Entscheidung { $id }
govern-history = Verlauf
govern-history-changes = Verlauf und Änderungen
govern-rules-heading = Wie jede Art von Änderung entschieden wird
govern-threshold-now = Meldungen verbergen Inhalte jetzt ab einem Gewicht von { $threshold } (die Meldung eines Mitglieds wiegt 1).
govern-joining-open = Beitreten kann jede angemeldete Person.
govern-joining-invitation = Beitreten nur auf Einladung.
govern-rules-caption = Entscheidungsregeln
govern-kind-of-change = Art der Änderung
govern-process = Verfahren
govern-quorum = Quorum
govern-deadline = Frist
govern-people = { $count ->
    [one] 1 Person
   *[other] { $count } Personen
}
govern-days = { $count ->
    [one] 1 Tag
   *[other] { $count } Tage
}
govern-set-rule-summary = Eine Regel festlegen (Stewards; mit deiner Begründung festgehalten)
govern-quorum-label = Quorum (teilnehmende Personen)
govern-days-label = Tage bis zur Frist
govern-set-rule = Regel festlegen
govern-decisions = Entscheidungen
# $process is a govern-process-in-sentence text.
govern-decision-by = { $kind } per { $process }:
govern-open-until = offen bis { $when }
govern-status = { $status ->
    [passed] angenommen
    [failed] abgelehnt
   *[other] { $status }
}
govern-propose = Eine Änderung vorschlagen
govern-why = Warum (mindestens ein Satz)
govern-open-decision = Die Entscheidung eröffnen
govern-mandates = Mandate
govern-mandates-about = Die Amtszeiten von Stewards und Kuratierung enden an einem Datum, wenn keine Entscheidung sie verlängert; eine beendete Amtszeit nimmt die Rolle sofort. Die Amtszeit des letzten Stewards läuft weiter, bis eine Nachfolge entschieden ist.
govern-no-mandates = Keine Amtszeiten festgelegt: Rollen haben hier kein Enddatum.
govern-role = { $role ->
    [steward] Steward
    [curator] Kuratierung
   *[other] { $role }
}
govern-mandate-ends = endet { $when }, in { $count ->
    [one] 1 Tag
   *[other] { $count } Tagen
}
govern-mandate-ended = endete { $when }
govern-mandate-runs-on = , läuft als letzte Steward-Amtszeit weiter
govern-log-heading = Protokoll der Selbstverwaltung
govern-action-opened = Vorschlag eröffnet
govern-action-passed = Entscheidung angenommen
govern-action-failed = Entscheidung nicht angenommen
govern-action-applied = Änderung umgesetzt
govern-action-rule-set = Entscheidungsregel festgelegt
govern-action-reminded = Amtszeit endet bald
govern-action-extended = Amtszeit des letzten Stewards läuft weiter
govern-action-ended = Amtszeit beendet
govern-kind-policy = Änderung einer Richtlinie
govern-kind-threshold = Änderung der Meldeschwelle
govern-kind-new-steward = Neuer Steward
govern-kind-mandate-renewal = Verlängerung eines Mandats
govern-kind-boundary = Änderung der Grenze
govern-process-consent = Konsent
govern-process-advice = Beratungsprozess
govern-process-majority = Abstimmung mit einfacher Mehrheit
govern-process-dot = Punktabfrage
govern-process-ranked = Rangfolgewahl (integrierte Stichwahl)
govern-process-in-sentence = { $process ->
    [consent] Konsent
    [advice] Beratungsprozess
    [majority] Abstimmung mit einfacher Mehrheit
    [dot] Punktabfrage
   *[ranked_choice] Rangfolgewahl
}
govern-document-code-of-conduct = Verhaltensregeln
govern-document-social-media = Social-Media-Richtlinie
govern-document-data-sharing = Richtlinie zur Datenweitergabe
govern-stance-agree = Zustimmen
govern-stance-abstain = Enthalten
govern-stance-object = Einwand
govern-stance-block = Veto
govern-said-accepted = Danke: du hast die aktuellen Richtlinien akzeptiert und kannst wieder schreiben.
govern-said-proposed = Dein Vorschlag ist eröffnet. Er gilt nur, wenn die Entscheidung angenommen wird.
govern-said-responded = Deine Antwort ist verzeichnet; du kannst sie bis zur Frist ändern.
govern-said-answered = Deine Antwort auf den Einwand ist verzeichnet.
govern-said-advice = Der Rat ist bei der Entscheidung verzeichnet.
govern-said-closed = Die Entscheidung ist abgeschlossen; das Protokoll der Selbstverwaltung sagt, wie und warum.
govern-said-rule = Die Regel ist festgelegt; neue Entscheidungen dieser Art folgen ihr.
govern-back = Zurück zur Selbstverwaltung
govern-versions = Fassungen
govern-no-version = Noch keine Fassung.
govern-version-at = Fassung { $number }, { $when }
govern-what-changed = was sich geändert hat
govern-diff-heading = Was sich von Fassung { $from } zu Fassung { $to } geändert hat
govern-diff-help = Zeilen mit „entfernt“ standen in Fassung { $from }; Zeilen mit „hinzugefügt“ sind neu in Fassung { $to }.
govern-version = Fassung { $number }
govern-proposed-by = { $kind }, vorgeschlagen von { $name } am { $when }.
govern-rule-is = Regel: { $rule }.
govern-deadline-is = Frist: { $when }.
govern-from-topic = Es kommt aus dem Lean-Coffee-Thema
govern-quoted = „{ $text }“
govern-the-change = Die Änderung
govern-the-options = Die Möglichkeiten
govern-standing = Wo es steht
govern-would-pass = Wenn jetzt geschlossen würde: angenommen.
govern-would-fail = Wenn jetzt geschlossen würde: nicht angenommen.
govern-passed = Angenommen, und die Änderung wurde umgesetzt.
govern-failed = Nicht angenommen; nichts hat sich geändert.
govern-responded = { $count ->
    [one] 1 Person hat
   *[other] { $count } Personen haben
} geantwortet; das Quorum ist { $quorum }.
govern-answer-from = Antwort von { $name }: „{ $answer }“
govern-answer-label = Deine Antwort auf diesen Einwand (mindestens ein Satz)
govern-answer = Antworten
govern-your-response = Deine Antwort
govern-consent-reason = Begründung (nötig bei Einwand oder Veto)
govern-respond = Antworten
govern-advice-recorded = Verzeichneter Rat
govern-no-advice = Noch kein Rat verzeichnet.
govern-whom-asked = Wen du gefragt hast
govern-advisers-help = Vorgeschlagen: Menschen, die im Netzwerk der Gemeinschaft mit dir oder mit der Person verbunden sind, die die Änderung nennt, nur wer zugestimmt hat, gezeigt zu werden.
govern-heard = Was du gehört hast (mindestens ein Satz)
govern-record-advice = Den Rat verzeichnen
govern-after-advice = Deine Entscheidung, nach dem Rat
govern-go-ahead = Umsetzen
govern-no-go = Nicht umsetzen
govern-secret = Die Stimmen sind geheim; gezeigt wird die Auszählung.
govern-your-vote = Deine Stimme
govern-dots = Verteile bis zu 3 Punkte
govern-rank = Ordne die Möglichkeiten (1 = erste Wahl; leer lassen, um nicht zu ordnen)
govern-vote = Abstimmen
govern-close = Die Entscheidung abschließen
# Peer edits: suggestions and the history of a text.
govern-edits-title = Bearbeitungen von Inhalt { $id }
# $kind is a kind of content (a talk-kind-… word).
govern-edits-heading = { $kind }: Bearbeitungen
govern-edits-about = Wer einen Text lesen darf, darf eine Bearbeitung vorschlagen; wer ihn geschrieben hat oder die Kuratierung nimmt sie an oder lehnt sie ab. Angenommene Bearbeitungen werden zu einer Fassung, und jede Fassung lässt sich zurückholen.
govern-edits-current = Der aktuelle Text (Fassung { $version })
govern-edits-suggest = Eine Bearbeitung vorschlagen
govern-edits-body = Der Text, wie du ihn haben möchtest
govern-edits-why = Warum (freiwillig)
govern-edits-submit = Diese Bearbeitung vorschlagen
govern-edits-suggestions = Vorschläge
govern-edits-none = Noch keine Vorschläge.
# $state is the suggestion's code.
govern-edits-by = Von { $name }, zu Fassung { $version }: { $state ->
    [pending] offen
    [accepted] angenommen
    [declined] abgelehnt
   *[withdrawn] zurückgezogen
}
govern-edits-decided-by = ; entschieden von { $name }
govern-edits-now-revision = , jetzt Fassung { $version }
govern-edits-note = Warum: { $note }
govern-edits-reason = Begründung: { $reason }
govern-edits-accept = Annehmen
govern-edits-decline-reason = Begründung der Ablehnung (mindestens ein Satz)
govern-edits-decline = Ablehnen
govern-edits-withdraw = Meinen Vorschlag zurückziehen
govern-edits-version-by = Fassung { $version } von { $name }, { $when }
govern-edits-revert-why = Warum Fassung { $version } zurückholen (mindestens ein Satz)
govern-edits-revert = Zu Fassung { $version } zurückkehren
govern-edits-said-suggested = Dein Vorschlag ist verzeichnet. Wer den Text geschrieben hat oder die Kuratierung nimmt ihn an oder lehnt ihn ab.
govern-edits-said-accepted = Angenommen: der Vorschlag ist jetzt der aktuelle Text, als neue Fassung.
govern-edits-said-declined = Abgelehnt. Wer ihn vorgeschlagen hat, sieht deine Begründung.
govern-edits-said-reverted = Zurückgeholt: der frühere Text ist wieder da, als neue Fassung, und das Protokoll hält fest, warum.
# The governance health page; $min is the fewest people a figure may stand for.
govern-health-about = Wie die Gemeinschaft für sich sorgt: horizontale Handlungen, die jedes Mitglied vornimmt (Meldungen, vorgeschlagene Bearbeitungen), gegenüber vertikalen, die Stewards und Kuratierung vornehmen (Moderationsentscheidungen, Verbergen). Gezählt werden nur abgeschlossene Monate und nur Summen: hier wird niemand genannt.
govern-health-per-month = Pro Monat
govern-health-no-month = Noch kein abgeschlossener Monat.
govern-health-caption = Horizontale und vertikale Handlungen pro abgeschlossenem Monat
govern-health-month = Monat
govern-health-flags = Meldungen
govern-health-edits = Vorgeschlagene Bearbeitungen
govern-health-horizontal = Horizontal, zusammen
govern-health-hides = Verborgen
govern-health-not-shown = nicht gezeigt
govern-health-counted-before = Meldungen und vorgeschlagene Bearbeitungen werden nur gezählt, wenn mindestens fünf verschiedene Menschen hinter der Zahl stehen, damit sich niemandes eigene Handlung daraus ablesen lässt; Entscheidungen und Verbergen werden aus dem
govern-health-counted-link = Moderationsprotokoll
govern-health-counted-after = { " " }gezählt, das jedes Mitglied ohnehin liest.
govern-health-power = Entscheidungen, Einsprüche und wer die Macht hat
govern-health-withheld-cell = nicht gezeigt: weniger als { $min } Personen
govern-health-no-decisions-cell = keine Entscheidungen
govern-health-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
govern-health-hours = { $value } Stunden
govern-health-days = { $value } Tage
govern-health-decisions = Stewards und Kuratierung haben { $count ->
    [one] 1 Moderationsentscheidung
   *[other] { $count } Moderationsentscheidungen
} getroffen (jede steht mit ihrer Begründung im Moderationsprotokoll).
govern-health-median = Die Hälfte der { $count } entschiedenen Fälle wurde innerhalb von { $duration } nach der ersten Meldung entschieden.
govern-health-median-withheld = Die Zeit von der Meldung bis zur Entscheidung wird gezeigt, sobald mindestens { $min } Fälle entschieden sind, die von mindestens { $min } Personen gemeldet wurden.
govern-health-appeals = Auf 100 Entscheidungen kamen { $count } Einsprüche der betroffenen Person.
govern-health-appeals-withheld = Einsprüche werden gezählt, sobald mindestens { $min } verschiedene Personen Einspruch erhoben haben, damit sich niemandes Einspruch aus der Zahl ablesen lässt.
govern-health-reversals = Von den gehörten Einsprüchen wurden { $share } von einem zweiten Steward aufgehoben.
govern-health-reversals-withheld = Wie viele Einsprüche aufgehoben wurden, wird zusammen mit der Einspruchsquote gezeigt.
govern-health-top-share = Wer am meisten entschieden hat, traf { $share } der Entscheidungen ({ $count } Personen haben überhaupt entschieden).
govern-health-top-share-none = In diesen Monaten wurden keine Moderationsentscheidungen getroffen.
govern-health-gini = Verteilung der Entscheidungen auf die, die entscheiden: 0 heißt gleich verteilt, nahe 1 heißt in einer Hand; hier { $gini }.
govern-health-gini-none = Für die Verteilung der Entscheidungen braucht es mindestens eine Entscheidung.
govern-health-withheld = Einige Zahlen werden nicht gezeigt, weil weniger als { $min } Personen dahinterstehen oder weil man sie von anderen Zahlen abziehen könnte, um etwas über weniger als { $min } Personen zu erfahren. Gezählt werden nur abgeschlossene Monate.
# The fields of a proposal (the governance page and a Lean Coffee topic).
govern-for-policy = Für eine Änderung einer Richtlinie
govern-policy = Richtlinie
govern-new-text = Der vollständige Text der neuen Fassung
govern-for-threshold = Für eine Änderung der Meldeschwelle
govern-threshold-label = Inhalte verbergen, wenn Meldungen so viel wiegen (die Meldung eines Mitglieds wiegt 1)
govern-for-steward = Für einen neuen Steward oder die Verlängerung eines Mandats
govern-new-steward-label = Neuer Steward (Mitgliedsnummer)
govern-mandate-label = Zu verlängerndes Mandat
govern-mandate-option = { $role } bis { $when }
govern-term-days = Amtszeit in Tagen
govern-for-boundary = Für eine Änderung der Grenze
govern-who-joins = Wer beitreten darf
govern-by-invitation = Nur auf Einladung
govern-anyone-signed-in = Jede angemeldete Person
