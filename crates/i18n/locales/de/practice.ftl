# Die Methodenbibliothek, eine Methode, ein Muster, die Bibliothek einer Gemeinschaft und ihre Designs.
practice-people-any = jede Größe
practice-people = { $n } Personen
practice-people-range = { $min }–{ $max } Personen
practice-people-from = ab { $n } Personen
practice-min = { $m } Min.
practice-h = { $h } Std.
practice-h-min = { $h } Std. { $m } Min.
practice-days = { $n } Tage
practice-time-varies = Dauer unterschiedlich
practice-time-range = { $min } bis { $max }
practice-time-from = ab { $min }

practice-library = Methodenbibliothek
practice-library-lead = Offene Formen, sich zu treffen, jede unter einer offenen Lizenz: Nutze sie, verändere sie, teile sie mit Namensnennung.
practice-filter-label = Methoden filtern
practice-filter-people = Personen
practice-filter-people-hint = Wie viele dabei sein werden: Methoden, die für so viele funktionieren.
practice-filter-minutes = Minuten
practice-filter-minutes-hint = Die Zeit, die du hast: Methoden, deren kürzeste Form hineinpasst.
practice-filter-pattern = Muster
practice-filter-any-pattern = Jedes Muster
practice-filter-words = Wörter
practice-filter-words-hint = Im Titel, in der Zusammenfassung, im Zweck oder darin, wann man sie einsetzt.
practice-filter-show = Methoden zeigen
practice-filter-clear = Zurücksetzen
practice-count = { $shown } von { $total } Methoden.
practice-none-fits = Keine Methode erfüllt all das;
practice-none-fits-clear = setze die Filter zurück,
practice-none-fits-end = um alle zu sehen.
practice-format-open = Das Format ist offen, mit einem JSON Schema für jede Art von Datei:
practice-schema-practice = Methode
practice-schema-pattern = Muster
practice-schema-design = Design
practice-and = und

practice-combined-title = Muster, die am häufigsten zusammen vorkommen
practice-combined-none = Es gibt noch keine { $over ->
    [community] Designs in der Bibliothek dieser Gemeinschaft
   *[other] auf diesem Server veröffentlichten Designs
}, also kommen auch noch keine Muster darin zusammen vor.
practice-combined-counted = Gezählt über die { $total } { $over ->
    [community] Designs in der Bibliothek dieser Gemeinschaft
   *[other] auf diesem Server veröffentlichten Designs
}: { $combining } davon enthalten Methoden aus mindestens zwei Mustern. Ein Paar zählt einmal für jedes Design, dessen Methoden beide verwenden.
practice-combined-no-pairs = Noch keines davon verwendet zwei Muster.
practice-combined-pair = werden in { $n } der { $total } { $over ->
    [community] Designs in der Bibliothek dieser Gemeinschaft
   *[other] auf diesem Server veröffentlichten Designs
} zusammen verwendet.

practice-imported = In diese Gemeinschaft importiert
practice-imported-by = Von { $by } in diese Gemeinschaft importiert
practice-imported-source = – Quelle:
practice-purpose = Zweck
practice-when = Wann man sie einsetzt
practice-elements = Die fünf Gestaltungselemente
practice-element-invitation = Einladung
practice-element-space = Raum und Material
practice-element-participation = Wie die Beteiligung verteilt ist
practice-element-configuration = Gruppenkonstellation
practice-element-sequence = Ablauf und Zeit
practice-steps = Schritte
practice-steps-lead = Insgesamt { $n } Minuten; bei jedem Schritt steht, wann er beginnt, gezählt vom Anfang an.
practice-step-at = ab Min. { $at }, { $m } Min.
practice-roles = Rollen
practice-materials = Material
practice-variations = Varianten
practice-made-of = Muster, aus denen sie besteht
practice-license = Lizenz und Namensnennung
practice-license-by = { $license }, von { $authors }.
practice-derived = Abgeleitet von, das Älteste zuerst:
practice-derived-from = Aus
practice-derived-by = von { $author } ({ $license })

practice-pattern-practices = Methoden, die es verwenden
practice-pattern-unused = Noch keine Methode der Bibliothek verwendet es.
practice-pattern-filter = Die Bibliothek nach diesem Muster filtern
practice-pattern-combined = In Designs kombiniert mit
practice-pattern-no-designs = Auf diesem Server ist noch kein Design veröffentlicht, also wird es noch mit nichts kombiniert.
practice-pattern-using = { $title } steckt in { $using } der { $designs } auf diesem Server veröffentlichten Designs (über die Methoden, die sie enthalten).
practice-pattern-alone = Noch keines davon kombiniert es mit einem anderen Muster.
practice-pattern-both = beide stecken in { $n } dieser { $using }.
practice-pattern-related = Verwandte Muster

practice-community-library = Die Bibliothek der Gemeinschaft
practice-community-lead = Methoden und Veranstaltungsdesigns, die diese Gemeinschaft pflegt, neben den
practice-community-catalog = { $n } Methoden des offenen Katalogs
practice-community-format = Alles hier liest und schreibt das offene Format
practice-schemas = Schemas:
practice-compose = Ein Design zusammenstellen
practice-community-published = Was auf diesem Server veröffentlicht ist
practice-community-designs = Designs
practice-community-no-designs = Noch keine Designs: Stelle eines aus den Methoden des Katalogs zusammen oder importiere eines.
practice-published = veröffentlicht
practice-members-only = nur für Mitglieder
practice-community-practices = Hier importierte Methoden
practice-community-no-practices = Noch keine: Die Methoden des Katalogs sind immer da; deine eigenen kannst du unten importieren.
practice-import = Importieren
practice-import-kind = Was es ist
practice-import-practice = Eine Methode
practice-import-design = Ein Design
practice-import-file = Der Text der Datei
practice-import-file-hint = Markdown mit Front Matter oder JSON im offenen Format; eine Markdown-Datei der Open Practice Library geht auch (Felder, die sich nicht zuordnen lassen, bleiben erhalten und werden genannt).
practice-import-url = Oder ihre Adresse auf einem anderen Server
practice-import-url-hint = Die URL der Datei (die Adresse eines veröffentlichten Designs endet auf /export.json); seine Herkunftskette bleibt erhalten.
practice-import-button = Importieren

practice-done-imported = In die Bibliothek der Gemeinschaft importiert.
practice-done-composed = Das Design ist in der Bibliothek der Gemeinschaft gespeichert.
practice-done-forked = Eigene Fassung angelegt: Diese Kopie gehört dir, das Original steht in ihrer Herkunftskette.
practice-done-published = Veröffentlicht: Alle können es lesen, und andere Server können es über seine URL importieren.
practice-done-run = Das Treffen folgt diesem Design: Seine Blöcke sind die Tagesordnung des Treffens, und der Timer wartet, bis du ihn startest.
practice-done-deleted = Das Design ist gelöscht: Niemand kann es mehr lesen; seine Fassungen behalten ihre Namensnennung.
practice-done-timer = Der Timer hat sich geändert; jeder Bildschirm des Treffens zeigt es.

practice-published-designs = Veröffentlichte Designs
practice-design-summary = { $total } in { $blocks ->
    [one] { $blocks } Block
   *[other] { $blocks } Blöcken
} · { $license }
practice-by = von { $authors }
practice-design-blocks = Blöcke
practice-design-blocks-lead = Jeder Block beginnt, wenn der vorige endet; die Zeiten zählen vom Anfang an.
practice-at = ab Min. { $at }
practice-lineage = Namensnennung und Stammbaum
practice-original = Ein Original: Es ist von keinem anderen Design abgeleitet.
practice-forked-into = Hier weitergeführt als:
practice-fork-deleted = ein gelöschtes Design
practice-lineage-caption = Der Remix-Stammbaum: darüber, woher es kommt, darunter seine Fassungen.
practice-lineage-deleted = (gelöscht)
practice-lineage-title = Remix-Stammbaum: { $before ->
    [one] { $before } Werk
   *[other] { $before } Werke
} davor, { $forks ->
    [one] { $forks } Fassung
   *[other] { $forks } Fassungen
} danach
practice-design-imported-from = Importiert aus
practice-stable-address = Seine feste Adresse:
practice-the-file = die Datei:
practice-sheet-printable = Blatt für die Moderation (zum Drucken)
practice-sheet-pdf = als PDF
practice-fork = Eine eigene Fassung anlegen
practice-fork-slug = Kurzname der Fassung
practice-fork-hint = Kleinbuchstaben, Ziffern und Bindestriche. Die Fassung gehört dir, unter derselben Lizenz, mit diesem Design in ihrer Herkunftskette.
practice-fork-button = Fassung anlegen
practice-publish = Veröffentlichen
practice-license-label = Lizenz
practice-license-hint = Eine SPDX-Lizenz; einmal veröffentlicht, können alle es lesen und andere Server es importieren.
practice-publish-button = Veröffentlichen
practice-delete = Löschen
practice-delete-button = Dieses Design löschen …
practice-delete-hint = Du wirst vorher um Bestätigung gebeten; Fassungen behalten ihre Namensnennung.
practice-run = Durchführen
practice-run-none = Noch kein Treffen, in dem es laufen kann.
practice-run-gathering = Treffen
practice-run-date = Tag des ersten Blocks
practice-run-time = und Uhrzeit
practice-run-hint = In der Zeitzone des Treffens; leer gelassen, beginnt es jetzt. Jeder Block wird ein Slot der Tagesordnung des Treffens, und der Timer verschiebt sie im Lauf der Durchführung.
practice-run-button = Dieses Design dort durchführen

practice-sheet-title = Blatt für die Moderation: { $title }
practice-sheet-caption = Blöcke, mit der Minute, in der jeder beginnt, gezählt vom Anfang an
practice-sheet-starts = Beginn
practice-sheet-minutes = Minuten
practice-sheet-block-col = Block
practice-sheet-notes = Notizen
practice-sheet-derived = Abgeleitet von
practice-sheet-back = Zurück zum Design
practice-sheet-block = Ab Min. { $at }, { $m } Min.: { $title }

practice-compose-lead = Eine getaktete Folge von Blöcken: jeder eine Methode aus dem Katalog oder ein freier Block (eine Begrüßung, eine Pause). Die Anfangszeiten ergeben sich aus den Minuten.
practice-compose-title = Titel
practice-compose-work = Kurzname
practice-compose-work-hint = Kleinbuchstaben, Ziffern und Bindestriche: seine Adresse.
practice-compose-block = Block { $n }
practice-compose-practice = Methode
practice-compose-free = Keine: ein freier Block
practice-compose-empty = Leere Blöcke werden weggelassen.
practice-compose-save = Design speichern

practice-delete-title = { $title } löschen?
practice-delete-heading = „{ $title }“ löschen?
practice-delete-unread = Niemand wird es mehr lesen können.
practice-delete-unread-published = Niemand wird es mehr lesen können; es verschwindet aus der öffentlichen Bibliothek, und seine Adresse antwortet mit „nicht gefunden“.
practice-delete-name-taken = Sein Kurzname bleibt vergeben, damit unter seiner Adresse nie ein anderes Design erscheint.
practice-delete-forks = { $n ->
    [one] Eine Fassung behält
   *[other] { $n } Fassungen behalten
} seinen Titel, seine Urheber und seine Lizenz in ihrer Herkunftskette, und ihren Platz im Stammbaum.
practice-delete-agenda = Ein Treffen, das ihm folgt, behält die Tagesordnung, die daraus entstand. Die Löschung steht im Protokoll.
practice-delete-confirm = Design löschen
practice-delete-back = Nein, zurück

practice-running-title = { $title }: läuft
practice-running-gathering = Das Treffen
practice-running-kiosk = Große Ansicht für den Raum
practice-timer-now = Jetzt
practice-timer-start = Start
practice-timer-pause = Pause
practice-timer-next = Nächster Block
practice-timer-extend = Verlängern
practice-timer-agenda = Tagesordnung
practice-timer-done = Alle Blöcke sind vorbei
practice-timer-end = Das Design ist zu Ende gelaufen.
practice-timer-over = Zeit überschritten um { $by }.
practice-timer-left = Noch { $left } von { $planned }.
practice-timer-paused = Noch { $left } von { $planned }, pausiert.
practice-timer-block = Block { $n } von { $blocks }:{" "}

practice-published-heading = Auf diesem Server veröffentlicht
practice-published-lead = Designs und Methoden, die Gemeinschaften hier unter einer offenen Lizenz veröffentlicht haben. Jedes hat eine feste Adresse; ein anderer convene-Server importiert es von dort mit seiner Namensnennung.
practice-published-none = Noch ist nichts veröffentlicht.
