# Threads: the list, one thread, a new thread, a reply.
talk-threads-title = Gespräche
talk-threads-start = Ein Gespräch beginnen
talk-threads-empty = Noch keine Gespräche. Beginne eines, um das Netzwerk zwischen den Treffen etwas zu fragen.
talk-pinned = angeheftet
# $visibility is one of the talk-visibility-… words.
talk-threads-meta = von { $author } · { $visibility } · aktiv { $when }
talk-threads-unread = { $count ->
    [one] 1 neue Antwort
   *[other] { $count } neue Antworten
} seit du es zuletzt gelesen hast
talk-threads-not-read = noch nicht gelesen
talk-visibility-public = öffentlich
talk-visibility-network = Netzwerk
talk-visibility-organization = Organisation
talk-visibility-private = privat
talk-thread-session = die Session
talk-thread-gathering = das Treffen
talk-readers-public = Alle können dieses Gespräch lesen, auch Menschen, die nicht angemeldet sind.
talk-readers-network = Alle in dieser Gemeinschaft können dieses Gespräch lesen, auch Gäste.
talk-readers-organization = Nur Mitglieder einer Organisation können dieses Gespräch lesen (keine Gäste).
talk-readers-private = Nur die Menschen, die seine Verfasserin oder sein Verfasser benannt hat, können dieses Gespräch lesen.
talk-follow-label = Benachrichtige mich über
talk-follow-watch = jede Antwort (beobachten)
talk-follow-normal = nur Erwähnungen von mir
talk-follow-mute = nichts (stummgeschaltet)
talk-save = Speichern
talk-unpin = Nicht mehr anheften
talk-pin = Oben anheften
talk-offer = Der Öffentlichkeit anbieten
talk-offer-help = Die Kuratorinnen und Kuratoren entscheiden; nur dein Eröffnungsbeitrag geht hinaus, als Beitrag.
talk-edited = bearbeitet
talk-new = neu
talk-tombstone = Von der Person gelöscht, die es geschrieben hat.
talk-mentions = Erwähnt:
talk-history = Verlauf ({ $count ->
    [one] 1 Fassung
   *[other] { $count } Fassungen
})
talk-history-version = Fassung { $version }, { $when }
talk-quote = In einer Antwort zitieren
talk-edit-or-delete = Bearbeiten oder löschen
talk-field-title = Titel
talk-edit-text = Text
talk-edit-base = (wird auf Fassung { $version } gespeichert)
talk-delete = Löschen
talk-thread-closed = Dieses Gespräch wurde von der Person gelöscht, die es begonnen hat, und nimmt keine Antworten mehr an.
talk-reply-heading = Antworten
talk-reply-label = Deine Antwort
talk-markdown = (Markdown)
talk-post-reply = Antwort senden
talk-new-body = Was möchtest du sagen?
talk-new-body-hint = (Markdown; erwähne ein Mitglied mit @ und seinem Namen ohne Leerzeichen, etwa @AnaLima)
talk-new-who = Wer es lesen darf (jetzt gewählt, für das Gespräch und jede Antwort)
talk-new-public = Alle, auch Menschen, die nicht angemeldet sind
talk-new-network = Alle in dieser Gemeinschaft, auch Gäste
talk-new-organization = Nur Mitglieder von { $organization }
talk-new-private = Nur ich und die Menschen, die ich unten benenne
talk-new-people = Wer ein privates Gespräch lesen darf ({ $chosen } von { $total } gewählt)
talk-new-people-legend = Benenne die Menschen, die es lesen dürfen
talk-new-submit = Gespräch beginnen
talk-reply-page-title = Antwort: { $title }
talk-reply-to = Antwort auf „{ $title }“
talk-reply-hint = (Markdown; ein Zitat sind die Zeilen, die mit > beginnen)
talk-done-started = Dein Gespräch hat begonnen. Du beobachtest es: Antworten erreichen dich.
talk-done-replied = Deine Antwort ist veröffentlicht.
talk-done-edited = Gespeichert. Die frühere Fassung bleibt im Verlauf.
talk-done-deleted = Gelöscht. Ein Hinweis hält seinen Platz im Gespräch.
talk-done-watching = Du beobachtest dieses Gespräch: jede Antwort erreicht dich.
talk-done-muted = Du hast dieses Gespräch stummgeschaltet: nichts daraus erreicht dich.
talk-done-normal = Du hörst von diesem Gespräch nur, wenn dich jemand erwähnt.
talk-done-pinned = Angeheftet: das Gespräch bleibt oben in der Liste.
talk-done-unpinned = Nicht mehr angeheftet.
# The inbox, its e-mail settings and the unsubscribe page.
talk-inbox-title = Eingang
talk-inbox-unread = { $count ->
    [0] Nichts ungelesen.
    [one] 1 Benachrichtigung, die du noch nicht gelesen hast.
   *[other] { $count } Benachrichtigungen, die du noch nicht gelesen hast.
}
talk-inbox-about = Du erfährst von Erwähnungen, Antworten in Gesprächen, die du beobachtest, von Beiträgen und ihrer Kuratierung, von Einladungen und fälligen Vorhaben, nur wo du lesen darfst, worum es geht.
talk-inbox-settings = E-Mail-Einstellungen
talk-inbox-read-all = Alle als gelesen markieren
talk-inbox-empty = Noch keine Benachrichtigungen.
talk-inbox-mark-label = „{ $text }“ als gelesen markieren
talk-inbox-mark = Als gelesen markieren
talk-inbox-done-read = Als gelesen markiert.
talk-inbox-done-all = Alles ist als gelesen markiert.
talk-mail-title = Benachrichtigungen per E-Mail
talk-mail-intro-before = Alles erreicht deinen
talk-mail-intro-link = Eingang
talk-mail-intro-after = . Wähle für jede Art, ob sie zusätzlich sofort per E-Mail kommt, in einer täglichen Zusammenfassung oder gar nicht.
talk-mail-off = Dieser Server verschickt gerade keine E-Mails; deine Wahl gilt, sobald er es tut.
talk-mail-saved = Gespeichert: deine E-Mail-Einstellungen gelten ab jetzt.
talk-kind-label-mention = Jemand erwähnt mich
talk-kind-label-reply = Eine Antwort in einem Gespräch, das ich beobachte
talk-kind-label-curation = Ein Beitrag wartet auf Kuratierung (Kuratorinnen und Kuratoren)
talk-kind-label-decision = Eine Entscheidung über meinen Beitrag
talk-kind-label-invitation = Eine Einladung zu einem Treffen
talk-kind-label-action-due = Ein Vorhaben von mir ist in 3 Tagen fällig
talk-mode-now = Sofort per E-Mail
talk-mode-digest = In der täglichen Zusammenfassung
talk-mode-never = Keine E-Mail
talk-unsub-title = Abbestellen
talk-unsub-all = Benachrichtigungs-E-Mails jeder Art
# $kind is the kind's code.
talk-unsub-one = { $kind ->
    [mention] E-Mails zu „Jemand erwähnt mich“
    [reply] E-Mails zu „Eine Antwort in einem Gespräch, das ich beobachte“
    [curation] E-Mails zu „Ein Beitrag wartet auf Kuratierung“
    [decision] E-Mails zu „Eine Entscheidung über meinen Beitrag“
    [invitation] E-Mails zu „Eine Einladung zu einem Treffen“
   *[action_due] E-Mails zu „Ein Vorhaben von mir ist in 3 Tagen fällig“
}
talk-unsub-done = Erledigt: du bekommst keine { $what } mehr. Dein Eingang zeigt weiterhin alles; ändern kannst du das in deinen
talk-unsub-settings = Benachrichtigungseinstellungen
talk-unsub-done-after = .
talk-unsub-confirm = Damit enden { $what } für das Konto, an das die Nachricht ging.
# Inbox items and their e-mails.
talk-note-someone = Jemand
talk-note-mention = { $actor } hat dich in „{ $title }“ erwähnt
talk-note-reply = { $actor } hat in „{ $title }“ geantwortet
talk-note-curation = „{ $title }“ wartet auf Kuratierung
# $state is one of the talk-state-… sentences.
talk-note-decision = Über „{ $title }“ wurde entschieden. { $state }
talk-note-invitation = Du bist zu einem Treffen von { $community } eingeladen
talk-note-action-due = Dein Vorhaben „{ $title }“ ist am { $due } fällig
talk-note-no-date = einem noch offenen Tag
talk-mail-open = Öffnen
talk-mail-why-text = Du bekommst diese Nachricht wegen deiner Benachrichtigungseinstellungen ({ $settings }).
talk-mail-why-before = Du bekommst diese Nachricht wegen deiner
talk-mail-why-link = Benachrichtigungseinstellungen
talk-mail-why-after = .
talk-mail-stop-these = Diese E-Mails abbestellen
talk-mail-stop-all = Alle Benachrichtigungs-E-Mails abbestellen
talk-digest-subject = Deine tägliche Zusammenfassung: { $count ->
    [one] 1 Benachrichtigung
   *[other] { $count } Benachrichtigungen
}
talk-digest-mention = Erwähnungen
talk-digest-reply = Antworten in Gesprächen, die du beobachtest
talk-digest-curation = Beiträge, die auf Kuratierung warten
talk-digest-decision = Entscheidungen über deine Beiträge
talk-digest-invitation = Einladungen
talk-digest-action-due = Bald fällige Vorhaben
talk-state-waiting = Wartet auf eine Kuratorin oder einen Kurator.
talk-state-changes = Es wurden Änderungen erbeten: bearbeite ihn, dann wartet er wieder.
talk-state-accepted = Angenommen: er steht auf der öffentlichen Seite.
talk-state-declined = Abgelehnt.
# Search.
talk-search-title = Suche
talk-search-label = Diese Gemeinschaft durchsuchen
talk-search-words = Wörter oder „eine Wendung“
talk-search-go = Suchen
talk-search-help = Jedes Wort muss vorkommen; setze Wörter in Anführungszeichen, um sie in dieser Reihenfolge zu finden. Durchsucht wird nur, was du lesen darfst.
talk-search-narrow = Eingrenzen
talk-search-kind = Art
talk-search-everything = Alles
talk-search-gathering = Treffen
talk-search-any-gathering = Jedes Treffen oder keines
talk-search-author = Geschrieben von
talk-search-anyone = Beliebig
talk-search-me = Mir
talk-search-from = Von (Tag, UTC)
talk-search-until = Bis (Tag, UTC)
talk-search-meta = { $kind } · von { $author } · { $when }
talk-search-pages = Ergebnisseiten
talk-previous-page = Vorherige Seite
talk-next-page = Nächste Seite
talk-search-count = { $count ->
    [0] Nichts, was du lesen darfst, passt zu „{ $query }“.
    [one] 1 Ergebnis, das du lesen darfst, passt zu „{ $query }“.
   *[other] { $count } Ergebnisse, die du lesen darfst, passen zu „{ $query }“, die besten zuerst; Seite { $page } von { $pages }.
}
talk-search-bad-day = Gib einen Tag an, etwa 2026-12-01.
talk-search-bad-choice = Wähle einen Eintrag aus der Liste.
talk-kinds-thread = Gespräche
talk-kind-thread = Gespräch
talk-kinds-reply = Antworten
talk-kind-reply = Antwort
talk-kinds-session = Sessions
talk-kind-session = Session
talk-kinds-report = Berichte
talk-kind-report = Bericht
talk-kinds-action = Vorhaben
talk-kind-action = Vorhaben
talk-kinds-contribution = Beiträge
talk-kind-contribution = Beitrag
talk-kinds-lean-topic = Lean-Coffee-Themen
talk-kind-lean-topic = Lean-Coffee-Thema
talk-kinds-cafe-note = World-Café-Notizen
talk-kind-cafe-note = World-Café-Notiz
talk-kinds-initiative = Initiativen
talk-kind-initiative = Initiative
talk-kinds-init-update = Neuigkeiten von Initiativen
talk-kind-init-update = Neuigkeit einer Initiative
talk-kinds-init-ask = Bitten von Initiativen
talk-kind-init-ask = Bitte einer Initiative
talk-kinds-practice = Praktiken
talk-kind-practice = Praktik
talk-kinds-design = Treffen-Designs
talk-kind-design = Treffen-Design
talk-kind-other = Sonstiges
# Contributions, the public page and its Atom feed.
talk-contributions-mine = Meine Beiträge
talk-contributions-queue = Beiträge zum Kuratieren
talk-contributions-about-before = Ein Beitrag ist ein Fall, ein Artikel oder eine Idee für die Öffentlichkeit: die Kuratorinnen und Kuratoren der Gemeinschaft lesen ihn und nehmen ihn dann für die
talk-public-page = öffentliche Seite
talk-contributions-about-after = { " " }an, bitten dich um Änderungen oder lehnen ihn ab, immer mit einer Begründung, die du siehst.
talk-contributions-queue-empty = Nichts wartet auf Kuratierung.
talk-contributions-mine-empty = Du hast hier noch keinen Beitrag eingereicht.
talk-contribution-submit-title = Einen Beitrag einreichen
talk-contribution-reason-shown = Die Begründung der Kuratorin oder des Kurators:
talk-contribution-meta = von { $author } · { $license } · Namensnennung: { $attribution }
talk-contribution-offered-before = Angeboten aus dem Gespräch
talk-contribution-offered-after = : nur sein Eröffnungsbeitrag, so wie er beim Anbieten war; das Gespräch behält seine Leserinnen und Leser.
talk-contribution-edit = Bearbeiten
talk-contribution-summary = Zusammenfassung
talk-contribution-summary-hint = (ein paar Sätze, gezeigt in Listen und im Feed)
talk-contribution-attribution = Namensnennung
talk-contribution-attribution-hint = (wen die öffentliche Seite nennt)
talk-contribution-license = Lizenz
talk-contribution-save = Speichern und erneut zur Kuratierung schicken
talk-contribution-decide = Entscheiden
talk-contribution-decision = Entscheidung
talk-contribution-accept = Annehmen: auf der öffentlichen Seite veröffentlichen
talk-contribution-changes = Um Änderungen bitten
talk-contribution-decline = Ablehnen
talk-contribution-reason = Begründung
talk-contribution-reason-hint = (wer ihn geschrieben hat, sieht sie; sie kommt ins Protokoll)
talk-contribution-new-about-before = Nur du und die Kuratorinnen und Kuratoren der Gemeinschaft lesen ihn, bis er angenommen wird; danach kann ihn jede Person auf der
talk-contribution-new-about-after = { " " }lesen, unter der Lizenz, die du wählst.
talk-contribution-submit = Einreichen
talk-contribution-done-submitted = Eingereicht. Die Kuratorinnen und Kuratoren der Gemeinschaft wissen Bescheid; du erfährst von ihrer Entscheidung.
talk-contribution-done-edited = Gespeichert. Er wartet wieder auf die Kuratierung.
talk-contribution-done-offered = Der Öffentlichkeit angeboten. Er wartet auf die Kuratierung; das Gespräch selbst bleibt, wie es ist.
talk-contribution-done-accept = Angenommen: er steht jetzt auf der öffentlichen Seite der Gemeinschaft, und wer ihn geschrieben hat, weiß Bescheid.
talk-contribution-done-changes = Zur Überarbeitung zurückgegeben: wer ihn geschrieben hat, erfährt deine Begründung.
talk-contribution-done-decline = Abgelehnt: wer ihn geschrieben hat, erfährt deine Begründung.
talk-public-title = { $community }: öffentlich
talk-public-about = Beiträge, die die Kuratorinnen und Kuratoren der Gemeinschaft für alle veröffentlicht haben.
talk-public-feed = Atom-Feed
talk-public-empty = Noch ist nichts veröffentlicht.
talk-public-meta = Von { $attribution } · veröffentlicht { $when } · Lizenz
talk-feed-title = { $community }: veröffentlichte Beiträge
talk-feed-rights = Lizenz: { $license }. Namensnennung: { $attribution }.
