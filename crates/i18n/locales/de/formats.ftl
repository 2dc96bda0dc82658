# Die Seiten der anderen Formate: World Café (cafe-), Lean Coffee (lean-), Initiativen (initiative-).

cafe-done-created = Dieses Treffen ist jetzt ein World Café. Füge unten seine Runden und Tische hinzu.
cafe-done-round = Die Runde ist hinzugefügt.
cafe-done-table = Der Tisch ist hinzugefügt.
cafe-done-host = Die Gastgeberin oder der Gastgeber des Tisches ist gespeichert.
cafe-done-planned = Ein Tischplan ist vorgeschlagen: Alle sehen ihren vorgeschlagenen Tisch, und alle dürfen sich auch woanders hinsetzen.
cafe-done-joined = Du machst mit: Dein vorgeschlagener Tisch wird für jede Runde angezeigt.
cafe-done-left = Du hast das Café verlassen: Für die kommenden Runden hast du keine vorgeschlagenen Tische mehr.
cafe-done-started = Die Runde hat begonnen.
cafe-done-paused = Der Timer ist angehalten.
cafe-done-resumed = Der Timer läuft wieder.
cafe-done-sat = Du sitzt in dieser Runde an diesem Tisch.
cafe-done-stood = Du sitzt jetzt an keinem Tisch.
cafe-done-noted = Die Notizen sind gespeichert.
cafe-done-themed = Die Notizen sind nach den Begriffen, die sie teilen, zu Themen gruppiert.
cafe-done-moved = Die Notiz ist verschoben.
cafe-clock-not-started = nicht begonnen
cafe-clock-running = noch { $left }
cafe-clock-paused = angehalten, noch { $left }
cafe-clock-over = Die Zeit ist um (überzogen um { $by })
cafe-title = World Café · { $title }
cafe-links = Dieses Café
cafe-link = Café
cafe-harvest = Erntewand
cafe-world-cafe = World Café
cafe-write = Notizen dieser Runde an { $table } schreiben
cafe-write-hint = Alle am Tisch schreiben gemeinsam; hat jemand zwischendurch gespeichert, siehst du beide Texte und führst sie zusammen.
cafe-notes-label = Notizen (Runde { $round })
cafe-save-notes = Notizen speichern
cafe-plan = Deine vorgeschlagenen Tische
cafe-plan-round = Runde { $n }:
cafe-plan-round-short = Runde { $n }
cafe-plan-none = kein Vorschlag
cafe-leave = Ich gehe nach dieser Runde
cafe-join-hint = Mach beim Tischplan mit, dann bekommst du für jede Runde einen Tisch vorgeschlagen (du darfst dich immer auch woanders hinsetzen).
cafe-join = Beim Tischplan mitmachen
cafe-joined-count = { $people ->
    [one] { $people } Person macht
   *[other] { $people } Personen machen
} beim Plan mit; { $planned } davon { $planned ->
    [one] hat
   *[other] haben
} einen vorgeschlagenen Tisch.
cafe-host-controls = Steuerung für die Gastgebenden
cafe-start-round = Runde { $n } starten
cafe-add-round-first = Füge eine Runde hinzu, um zu beginnen.
cafe-last-round = Das ist die letzte Runde.
cafe-resume = Timer fortsetzen
cafe-pause = Timer anhalten
cafe-suggest-plan = Tischplan vorschlagen
cafe-plan-hint = Der Plan gilt für die Runden, die noch nicht begonnen haben: möglichst wenige wiederholte Begegnungen, Organisationen gemischt, Gastgebende bleiben sitzen. Wer später dazukommt, wird ergänzt, ohne dass jemand anderes umziehen muss.
cafe-rounds = Runden
cafe-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
cafe-next-question = Frage der nächsten Runde
cafe-add-round = Runde hinzufügen
cafe-tables-hosts = Tische und ihre Gastgebenden
cafe-seats = { $n ->
    [one] { $n } Platz
   *[other] { $n } Plätze
}
cafe-host-of = Gastgeber:in von { $table }
cafe-no-host = niemand
cafe-save-host = Speichern
cafe-new-table = Neuer Tisch
cafe-seats-label = Plätze
cafe-add-table = Tisch hinzufügen
cafe-round-of = Runde { $n } von { $rounds }
cafe-ends-at = endet um { $at }, { $zone }
cafe-not-started = Noch nicht begonnen
cafe-host-starts = Die Gastgebenden starten die erste Runde.
cafe-host-starts-with = Die Gastgebenden starten die erste Runde: „{ $question }“.
cafe-your-table = Dein Tisch
cafe-suggested = Dein vorgeschlagener Tisch:
cafe-suggested-hint = Es ist nur ein Vorschlag: Setz dich, wohin du möchtest.
cafe-no-suggestion = Für diese Runde ist dir kein Tisch vorgeschlagen: Setz dich, wohin du möchtest.
cafe-not-joined = Dir ist kein Tisch vorgeschlagen (du machst beim Plan nicht mit): Setz dich, wohin du möchtest.
cafe-seat = In dieser Runde sitzt du an { $table }.
cafe-no-seat = Du sitzt noch an keinem Tisch.
cafe-before = Was Runde { $round } an { $table } hinterlassen hat
cafe-before-none = Runde { $round } hat an { $table } keine Notizen hinterlassen.
cafe-notes-now = Notizen dieser Runde an { $table } (Version { $version })
cafe-tables = Tische
cafe-tables-hint = Die Zahlen sagen, wie viele Personen in dieser Runde an jedem Tisch eingecheckt sind und wie viele Plätze er hat. Ein voller Tisch ist nur ein Hinweis: Du darfst dich trotzdem dazusetzen.
cafe-table-host = Gastgeber:in { $name }
cafe-seats-taken = { $seated } von { $seats } Plätzen belegt
cafe-full = (voll)
cafe-your-suggestion = dein Vorschlag
cafe-sit-at = An { $table } setzen
cafe-sit-here = Hier sitzen
cafe-leave-table = Meinen Tisch verlassen
cafe-new-title = Als World Café durchführen · { $title }
cafe-new-heading = „{ $title }“ als World Café durchführen
cafe-new-lead = Ein World Café besteht aus Gesprächsrunden an kleinen Tischen: Jede Runde hat eine Frage, die Gastgebenden bleiben am Tisch, alle anderen wandern an einen neuen Tisch. Convene schlägt einen Tischplan vor, damit sich Menschen über Organisationen hinweg neu begegnen; niemand wird eingeteilt, alle dürfen sich überallhin setzen.
cafe-new-tables = Anzahl der Tische
cafe-new-size = Personen pro Tisch (höchstens)
cafe-new-button = Daraus ein World Café machen
cafe-harvest-title = Erntewand · { $title }
cafe-harvest-saved = Die Gastgebenden haben die Notizen aller Runden zu diesen Themen gruppiert.
cafe-harvest-suggested = Diese Themen sind ein Vorschlag: Die Notizen sind nach den Wörtern gruppiert, die sie teilen (ein Begriff, der in wenigen Notizen vorkommt, wiegt mehr als einer, der in vielen vorkommt). Entschieden ist nichts, bis die Gastgebenden sie speichern.
cafe-harvest-shared-why = „Gemeinsame Begriffe“ sagen, warum Notizen zusammenstehen.
cafe-proceedings-md = Dokumentation (Markdown)
cafe-proceedings-pdf = Dokumentation (PDF)
cafe-group-again = Notizen neu gruppieren
cafe-save-themes = Diese Themen speichern
cafe-no-notes = Noch keine Notizen: Jeder Tisch schreibt seine Notizen während einer Runde.
cafe-notes-count = { $n ->
    [one] { $n } Notiz
   *[other] { $n } Notizen
}
cafe-shared-terms = Gemeinsame Begriffe:
cafe-move-to = Zu Thema verschieben
cafe-no-theme = kein Thema
cafe-move = Verschieben

lean-done-proposed = Dein Thema steht auf dem Board, unter „Zu besprechen“.
lean-done-voted = Deine Stimme ist abgegeben.
lean-done-unvoted = Deine Stimme ist zurückgenommen; du kannst sie einem anderen Thema geben.
lean-done-started = Das Thema wird besprochen; seine Timebox hat begonnen.
lean-done-roman-open = Die römische Abstimmung ist offen: Daumen hoch zum Weitermachen, seitwärts, wenn dir beides recht ist, runter zum Weitergehen.
lean-done-hand = Deine Hand ist gezählt. Du kannst sie ändern, bis die Abstimmung schließt.
lean-done-continued = Mehr Daumen hoch als runter: Das Thema geht mit einer neuen Timebox weiter.
lean-done-ended = Nicht mehr Daumen hoch als runter: Das Thema ist abgeschlossen.
lean-done-finished = Das Thema ist abgeschlossen.
lean-done-merged = Die Themen sind zusammengelegt; ihre Stimmen zählen jetzt gemeinsam, eine pro Person.
lean-done-action = Die Aufgabe ist notiert. Melde dich dafür, wenn du sie übernimmst.
lean-done-volunteered = Du hast dich für die Aufgabe gemeldet.
lean-done-stepped-back = Du hast die Aufgabe abgegeben.
lean-done-closed = Der Lean Coffee ist geschlossen. Die Zusammenfassung bleibt hier zum Lesen und Herunterladen.
lean-thumb-up = Weitermachen
lean-thumb-sideways = Egal
lean-thumb-down = Weitergehen
lean-tally = { $up } hoch, { $sideways } seitwärts, { $down } runter
lean-tally-continues = mehr Daumen hoch als runter, also geht das Thema weiter.
lean-tally-nobody = niemand hat abgestimmt, also endet das Thema.
lean-tally-ends = nicht mehr Daumen hoch als runter, also endet das Thema.
lean-tally-sideways = { $n ->
    [one] Eine Hand war seitwärts: Jemandem ist beides recht.
   *[other] { $n } Hände waren seitwärts: Ihnen ist beides recht.
}
lean-list = Lean Coffees
lean-list-lead = Ein Lean Coffee ist ein Treffen ohne feste Tagesordnung: Alle schlagen Themen vor, stimmen für die, die ihnen wichtig sind, und die Gruppe bespricht sie in der Reihenfolge der Stimmen, jeweils ein paar Minuten, und entscheidet gemeinsam, ob es weitergeht.
lean-list-none = Noch kein Lean Coffee.
lean-state-open = offen
lean-state-closed = geschlossen
lean-new = Einen neuen Lean Coffee ausrichten
lean-new-question = Worum geht es?
lean-new-zone = Zeitzone
lean-new-zone-hint = (z. B. Europe/Berlin)
lean-new-votes = Stimmen pro Person
lean-new-minutes = Minuten pro Thema (und pro Verlängerung)
lean-new-button = Lean Coffee anlegen
lean-title = { $title } · Lean Coffee
lean-badge = Lean Coffee
lean-votes-you-have = Du hast noch
lean-votes-left = von { $votes } Stimmen.
lean-votes-rule = Jede Person hat { $votes ->
    [one] { $votes } Stimme
   *[other] { $votes } Stimmen
}, höchstens eine pro Thema; das Thema mit den meisten Stimmen wird zuerst besprochen, jeweils { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} lang.
lean-my-hand = Deine Hand in der offenen römischen Abstimmung:
lean-propose = Ein Thema vorschlagen
lean-add-topic = Thema hinzufügen
lean-closed = Dieser Lean Coffee ist geschlossen: { $n ->
    [one] { $n } Thema wurde besprochen.
   *[other] { $n } Themen wurden besprochen.
}
lean-summary = Zusammenfassung
lean-summary-lead = Die Themen in der Reihenfolge, in der sie besprochen wurden, wie jede römische Abstimmung ausging, und die Aufgaben mit denen, die sie übernehmen:
lean-step-back = Um eine Aufgabe abzugeben, für die du dich gemeldet hast, nutze die
lean-action-list = Aufgabenliste des Treffens
lean-close = Diesen Lean Coffee schließen
lean-next = Nächstes Thema besprechen (meiste Stimmen)
lean-col-to-discuss = Zu besprechen
lean-col-discussing = In Besprechung
lean-col-done = Erledigt
lean-none-waiting = Keine Themen warten.
lean-propose-above = Schlag oben eines vor.
lean-proposed-by = Vorgeschlagen von { $name }
lean-votes = { $n ->
    [one] { $n } Stimme
   *[other] { $n } Stimmen
}
lean-merged-with = zusammengelegt mit
lean-vote = Abstimmen
lean-vote-for = Für „{ $topic }“ stimmen
lean-unvote = Stimme zurücknehmen
lean-unvote-for = Deine Stimme für „{ $topic }“ zurücknehmen
lean-discuss-now = Jetzt besprechen
lean-discuss-now-label = „{ $topic }“ jetzt besprechen
lean-merge-label = „{ $topic }“ zusammenlegen mit
lean-merge = Zusammenlegen mit
lean-merge-button-label = „{ $topic }“ mit dem gewählten Thema zusammenlegen
lean-timebox-continued = Timebox { $box } ({ $n }-mal verlängert)
lean-time-up = Die Zeit ist um: Die Gruppe entscheidet mit der römischen Abstimmung, ob es weitergeht.
lean-time-left = verbleiben in dieser Timebox von { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}.
lean-roman-n = Römische Abstimmung { $n }:
lean-roman-ask = Römische Abstimmung { $n }: Mit diesem Thema weitermachen?
lean-hands = Bisher { $n ->
    [one] { $n } Hand.
   *[other] { $n } Hände.
}
lean-roman-rule = Es geht weiter, solange mehr Daumen nach oben als nach unten zeigen; seitwärts heißt, dir ist beides recht.
lean-roman-close = Abstimmung schließen und auszählen
lean-roman-open = Zur römischen Abstimmung aufrufen
lean-finish = Dieses Thema beenden
lean-nothing-discussed = Gerade wird nichts besprochen.
lean-none-done = Noch kein Thema ist erledigt.
lean-timeboxes = { $n ->
    [one] { $n } Timebox
   *[other] { $n } Timeboxen
}
lean-proposed-for-decision = Zur Entscheidung vorgeschlagen:
lean-to-proposal = Zu einem Vorschlag machen
lean-to-proposal-label = „{ $topic }“ zu einem Vorschlag machen
lean-actions-from = Aufgaben aus „{ $topic }“
lean-no-volunteer = noch niemand gemeldet
lean-carried-by = übernommen von
lean-volunteer = Ich übernehme das
lean-volunteer-for = „{ $action }“ übernehmen
lean-grow = Zu einer Initiative ausbauen
lean-grow-label = „{ $action }“ zu einer Initiative ausbauen
lean-action-label = Eine Aufgabe aus diesem Thema
lean-add-action = Aufgabe hinzufügen
lean-proposal-title = „{ $topic }“ zu einem Vorschlag machen
lean-proposal-heading = Ein Thema zu einem Vorschlag machen
lean-proposal-lead = Das Thema „{ $topic }“ wird zu einem Vorschlag für den Entscheidungsprozess der Gemeinschaft. Entschieden wird nach der Regel, die die Gemeinschaft für diese Art von Änderung festgelegt hat, und die Karte des Themas verweist darauf.
lean-proposal-why-label = Warum (mindestens ein Satz)
lean-proposal-button = Entscheidung eröffnen
lean-proposal-why = Dieser Vorschlag stammt aus dem Thema „{ $topic }“ des Lean Coffee „{ $lean }“, besprochen in { $boxes ->
    [one] { $boxes } Timebox
   *[other] { $boxes } Timeboxen
}.
lean-proposal-last-vote = Letzte römische Abstimmung: { $tally }

initiative-done-started = Deine Initiative ist gestartet. Lade Leute ein oder lass sie um Aufnahme bitten.
initiative-done-asked = Du hast um Aufnahme gebeten. Die Gründerin, der Gründer oder eine Leitung antwortet dir.
initiative-done-invited = Die Einladung ist verschickt. Dabei sind sie, sobald sie sie annehmen.
initiative-done-joined = Du bist dabei: Du kannst Neuigkeiten posten und um Hilfe bitten.
initiative-done-accepted = Angenommen: Sie sind jetzt in der Initiative.
initiative-done-withdrawn = Erledigt: Diese Einladung, Anfrage oder Mitgliedschaft ist zurückgezogen.
initiative-done-updated = Deine Neuigkeit ist gepostet.
initiative-done-lead-offered = Die Einladung zur Leitung ist verschickt. Sie leiten mit, sobald sie sie annehmen.
initiative-done-leading = Du leitest diese Initiative jetzt mit, zusammen mit ihrer Gründerin oder ihrem Gründer.
initiative-done-lead-declined = Du hast die Einladung zur Leitung abgelehnt.
initiative-done-lead-withdrawn = Die Einladung zur Leitung ist zurückgenommen.
initiative-done-stepped-down = Du hast die Leitung abgegeben; du bist weiter dabei.
initiative-done-ask = Deine Bitte um Hilfe ist gepostet; alle in der Gemeinschaft können sie übernehmen.
initiative-done-ask-status = Der Stand der Bitte ist gespeichert.
initiative-lead = Eine Initiative ist etwas, das Menschen gemeinsam weitertragen: eine Aufgabe aus einem Treffen oder die Idee von irgendwem. Man kommt auf Einladung oder auf eigene Bitte dazu; niemand wird eingeteilt.
initiative-none = Noch keine Initiative.
initiative-started-by = gestartet von { $name }
initiative-people-in = { $n ->
    [one] { $n } Person dabei
   *[other] { $n } Personen dabei
}
initiative-open-asks = { $n ->
    [one] { $n } offene Bitte um Hilfe
   *[other] { $n } offene Bitten um Hilfe
}
initiative-from = aus „{ $action }“
initiative-start = Eine Initiative starten
initiative-grows = Sie erwächst aus einer Aufgabe; ihre Seite verweist darauf zurück.
initiative-name = Name
initiative-purpose = Zweck: wofür sie da ist und wen sie brauchen könnte
initiative-start-button = Initiative starten
initiative-title = { $title } · Initiative
initiative-started-on = Gestartet von { $name } am { $when }.
initiative-grew-from = Sie ist entstanden aus
initiative-grew-from-action = Sie ist entstanden aus der Aufgabe „{ $action }“ von
initiative-session = Session
initiative-people = Beteiligte
initiative-part-starter = hat sie gestartet
initiative-part-lead = leitet mit
initiative-standing-invited = eingeladen, noch keine Antwort
initiative-standing-requested = bittet um Aufnahme
initiative-lead-offered = zur Leitung eingeladen, noch keine Antwort
initiative-lead-take-back = Zurücknehmen
initiative-lead-take-back-label = Die Einladung an { $name } zur Leitung zurücknehmen
initiative-lead-invite = Zur Leitung einladen
initiative-lead-invite-label = { $name } einladen, mit dir zu leiten
initiative-accept = Annehmen
initiative-accept-label = Die Anfrage von { $name } annehmen
initiative-decline = Ablehnen
initiative-decline-label = Die Anfrage von { $name } ablehnen
initiative-lead-offer = Du bist eingeladen, diese Initiative mit ihrer Gründerin oder ihrem Gründer zu leiten. Du leitest nur mit, wenn du annimmst; mit dem Annehmen trittst du auch bei, falls du noch nicht dabei bist.
initiative-lead-accept = Annehmen: Ich leite mit
initiative-ask-join = Um Aufnahme bitten
initiative-invited = Du bist eingeladen mitzumachen.
initiative-accept-invitation = Einladung annehmen
initiative-requested = Du hast um Aufnahme gebeten; die Gründerin, der Gründer oder eine Leitung antwortet dir.
initiative-withdraw-request = Meine Anfrage zurückziehen
initiative-step-down = Leitung abgeben
initiative-leave = Diese Initiative verlassen
initiative-invite-someone = Jemanden einladen
initiative-invite = Einladen
initiative-asks = Bitten um Hilfe
initiative-no-asks = Noch keine Bitten.
initiative-ask-open = offen
initiative-ask-taken = übernommen
initiative-ask-done = erledigt
initiative-asked-by = erbeten von { $name }
initiative-taken-by = übernommen von { $name }
initiative-help = Ich helfe
initiative-help-label = Ich helfe bei: { $ask }
initiative-ask-status = Stand der Bitte
initiative-save = Speichern
initiative-ask-label = Um Hilfe bitten
initiative-post-ask = Bitte posten
initiative-updates = Neuigkeiten
initiative-no-updates = Noch keine Neuigkeiten.
initiative-update-label = Eine Neuigkeit posten
initiative-post-update = Neuigkeit posten

lean-sum-title = Zusammenfassung von { $title }
lean-sum-intro = Ein Lean Coffee von { $community }: { $votes } Stimmen pro Person, { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} pro Thema. { $discussed ->
    [one] { $discussed } Thema
   *[other] { $discussed } Themen
} besprochen, { $waiting } nicht erreicht.
lean-sum-proposed = Vorgeschlagen von { $name }; { $n ->
    [one] { $n } Stimme
   *[other] { $n } Stimmen
}.
lean-sum-merged = Zusammengelegt mit { $topics }.
lean-sum-decision = Für den Entscheidungsprozess der Gemeinschaft vorgeschlagen: „{ $title }“ ({ $status }).
lean-sum-actions = Aufgaben
lean-sum-not-reached = Nicht erreicht
lean-sum-footer = Zusammenfassung von „{ $title }“ ({ $community }), von den Teilnehmenden. Lizenz { $license }: Teilen und Bearbeiten mit Namensnennung.
