# Listen von Personen und Einladungen (Mitglieder, Rollen, Einladungen).
people-list-search = Suchen
people-list-show-all = Alle zeigen
people-list-search-members = Mitglieder durchsuchen
people-list-search-invitations = Einladungen durchsuchen
people-list-pages-members = Seiten der Mitglieder
people-list-pages-invitations = Seiten der Einladungen
people-list-previous = Vorherige Seite
people-list-next = Nächste Seite
people-list-page = Seite { $page } von { $pages }
people-list-none-members = Noch keine Mitglieder.
people-list-none-invitations = Noch keine Einladungen.
people-list-no-match-members = Keine Mitglieder passen zu „{ $q }“.
people-list-no-match-invitations = Keine Einladungen passen zu „{ $q }“.
people-list-count-members = { $total ->
    [one] { $total } Mitglied.
   *[other] { $total } Mitglieder.
}
people-list-count-invitations = { $total ->
    [one] { $total } Einladung.
   *[other] { $total } Einladungen.
}
people-list-range-members = { $first }–{ $last } von { $total } Mitgliedern.
people-list-range-invitations = { $first }–{ $last } von { $total } Einladungen.
people-list-found-members = { $total } von { $all } Mitgliedern passen zu „{ $q }“.
people-list-found-invitations = { $total } von { $all } Einladungen passen zu „{ $q }“.
people-list-found-range-members = { $first }–{ $last } von { $total } Treffern ({ $all } Mitglieder) für „{ $q }“.
people-list-found-range-invitations = { $first }–{ $last } von { $total } Treffern ({ $all } Einladungen) für „{ $q }“.
people-badge-you = du
people-badge-guest = Gast

# Das Mitgliederverzeichnis.
people-members-title = Mitglieder
people-members-name = Name
people-members-organization = Organisation
people-members-roles = Rollen
people-members-joined = Beigetreten
people-members-actions = Aktionen für Stewards
people-members-act = Handeln …
people-members-reset-reason = Grund für einen Link zum Zurücksetzen
people-members-reset = Link zum Zurücksetzen ausstellen
people-members-remove-reason = Grund für das Entfernen
people-members-remove = Aus der Gemeinschaft entfernen
people-members-reset-title = Link zum Zurücksetzen des Passworts
people-members-reset-message = Gib diesen Link der Person selbst. Er funktioniert einmal, einen Tag lang, und wird nur jetzt angezeigt.

# Rollennamen.
people-role-steward = Steward
people-role-host = Gastgeber:in
people-role-curator = Kurator:in
people-role-community-builder = Gemeinschaftsaufbau
people-role-network-analyst = Netzwerkanalyse
people-role-member = Mitglied
people-role-guest = Gast

# Rollen und was jede darf.
people-roles-title = Rollen
people-roles-lead = Rollen fügen der Mitgliedschaft Verantwortung hinzu. Jede Änderung wird mit deiner Begründung im Prüfprotokoll festgehalten.
people-roles-order = Wer Rollen hat, steht zuerst.
people-roles-plain-member = Mitglied
people-roles-change-of = Rollen von { $name } ändern
people-roles-of = Rollen von { $name }
people-roles-guest = Gast (sieht weniger)
people-roles-reason = Begründung
people-roles-save = Rollen speichern
people-roles-matrix = Was jede Rolle darf
people-roles-action = Aktion
people-can-view-community = Die Gemeinschaft sehen
people-can-view-members = Die Mitgliederliste sehen
people-can-view-invitations = Einladungen sehen
people-can-create-invitation = Menschen einladen
people-can-revoke-invitation = Einladungen zurückziehen
people-can-change-roles = Rollen ändern
people-can-remove-member = Mitglieder entfernen
people-can-edit-settings = Die Einstellungen ändern
people-can-issue-reset = Links zum Zurücksetzen von Passwörtern ausstellen
people-can-view-audit = Das Prüfprotokoll lesen
people-can-take-part = An Treffen teilnehmen
people-can-host = Treffen ausrichten
people-can-view-network = Das Netzwerk sehen
people-can-analyse-network = Das Netzwerk analysieren
people-can-flag = Inhalte melden
people-can-moderate = Moderieren
people-can-hear-appeal = Über Einsprüche entscheiden
people-can-view-moderation-log = Das Moderationsprotokoll lesen
people-can-curate = Beiträge kuratieren
people-can-view-governance = Die Governance sehen
people-can-deliberate = Vorschlagen und entscheiden
people-can-accept-policy = Richtlinien annehmen
people-can-suggest-edit = Änderungen vorschlagen
people-can-review-edits = Änderungen prüfen

# Die Seite einer Gemeinschaft.
people-community-welcome = Willkommen bei { $community }, { $name }.
people-community-member-now = Du bist jetzt Mitglied.
people-community-first-step = Du bist jetzt Mitglied: ein guter erster Schritt steht unten ({ $step }).
people-community-next = Nächstes Treffen
people-community-no-date = noch ohne Datum
people-community-no-gathering = Noch ist kein Treffen geplant.
people-community-see-gatherings = Zu den Treffen
people-community-initiatives = Initiativen
people-community-no-initiative = Noch keine Initiative: Eine Maßnahme aus einem Treffen oder eine Idee von dir kann eine werden.
people-community-in-it = { $count ->
    [one] { $count } Person dabei
   *[other] { $count } Personen dabei
}
people-community-open-asks = { $count ->
    [one] { $count } offene Bitte um Hilfe
   *[other] { $count } offene Bitten um Hilfe
}
people-community-all-initiatives = Alle Initiativen, oder eine starten
people-community-lean = Lean Coffees
people-community-members = Mitglieder
people-community-joining = Beitritt
people-community-open = offen für alle, die angemeldet sind
people-community-by-invitation = auf Einladung
people-community-your-roles = Deine Rollen
people-community-organizations = Organisationen
people-community-home = Heimat
people-community-partner = Partner
people-community-create-another = Eine weitere Gemeinschaft gründen
people-step-as-host = Als Gastgeber:in
people-step-as-participant = Als Teilnehmende:r
people-step-grid = Räume und Zeitfenster anlegen
people-step-open-marketplace = Den Marktplatz öffnen
people-step-start-sessions = Die Sessions beginnen
people-step-converge = Weiter zur Konvergenz
people-step-close = Das Treffen abschließen
people-step-dots = Punkte vergeben und bei Maßnahmen mitmachen
people-step-now = Sehen, was gerade läuft
people-step-answer = Auf die Einladung antworten
people-step-propose = Eine Session vorschlagen
people-step-read = Die Einladung lesen; der Marktplatz öffnet bald
people-step-see = Zum Treffen

# Die Startseite, eine Gemeinschaft gründen, einer offenen beitreten.
people-home-title = Start
people-home-heading = Wandel auf Einladung
people-home-lead = convene ist der Ort, an dem sich eine Gemeinschaft und die Organisationen um sie herum in Open Space und anderen offenen Formaten treffen, sehen, wie sich Führung durch ihr Netzwerk verbreitet, und ihr Gespräch offen gestalten.
people-home-new-here = Neu hier? Bitte ein Mitglied um einen Einladungslink.
people-home-yours = Deine Gemeinschaften
people-home-none = Du bist noch in keiner Gemeinschaft. Folge einem Einladungslink oder gründe eine.
people-home-create = Eine Gemeinschaft gründen
people-new-title = Eine Gemeinschaft gründen
people-new-name = Name
people-new-slug = Kurzname
people-new-slug-hint = (für Adressen: Kleinbuchstaben, Ziffern, Bindestriche; leer gelassen, wird er aus dem Namen gebildet)
people-new-purpose = Zweck
people-new-home-organization = Heimatorganisation
people-new-open = Offen: Wer angemeldet ist, kann ohne Einladung beitreten
people-new-submit = Gemeinschaft gründen
people-new-choose-slug = wähle einen Kurznamen
people-join-open = Diese Gemeinschaft ist offen: Alle können beitreten.
people-join-submit = { $community } beitreten
people-join-have-account = Schon ein Konto?
people-join-then-again = , dann öffne diese Seite erneut.
people-join-sign-up = Registrieren und { $community } beitreten
people-person-name = Dein Name
people-person-password-hint = (mindestens 10 Zeichen)

# Auf eine Einladung antworten.
people-invite-title = Einladung zu { $community }
people-invite-heading = Du bist zu { $community } eingeladen
people-invite-gathering-before = Diese Einladung gilt dem Treffen
people-invite-gathering-after = : Nach dem Beitritt kannst du sagen, ob du kommst.
people-invite-by = { $inviter } lädt dich ein, beizutreten als Teil von
people-invite-someone = Ein Mitglied
people-invite-as-guest = , als Gast
people-invite-open-until = Die Einladung gilt bis { $date }.
people-invite-accept = Annehmen und beitreten
people-invite-accept-heading = Annehmen
people-invite-come-back = : danach kommst du hierher zurück, um anzunehmen.
people-invite-or-provider = Oder ohne neues Passwort annehmen:
people-invite-with-provider = Mit { $provider } annehmen
people-invite-not-for-you = Nichts für dich? Zum Ablehnen brauchst du kein Konto, und es wird kein Name gespeichert.
people-invite-decline = Ablehnen
people-invite-declined-title = Danke für deine Antwort
people-invite-declined = Du hast die Einladung zu { $community } abgelehnt. Über dich wurde nichts gespeichert.

# Die Einladungen einer Gemeinschaft.
people-invitations-title = Einladungen
people-invitations-created = Einladung erstellt.
people-invitations-created-hint = convene verschickt keine E-Mail: Kopiere diesen Link und schicke ihn selbst. Er wird nur jetzt angezeigt.
people-invitations-link = Einladungslink
people-invitations-invite = Jemanden einladen
people-invitations-kind = Art
people-invitations-personal = Persönlich: für eine Person, einmal verwendbar
people-invitations-shared = Link: zum Teilen mit vielen
people-invitations-email = Ihre E-Mail-Adresse
people-invitations-email-hint = (optional, für eine persönliche Einladung)
people-invitations-question = Leitfrage
people-invitations-organization = Sie treten bei als Teil von
people-invitations-gathering = Zu einem Treffen
people-invitations-gathering-hint = (optional: Sie landen dort und antworten dort)
people-invitations-community-only = Nur die Gemeinschaft
people-invitations-guest = Als Gast (sieht weniger)
people-invitations-uses = Nutzungen
people-invitations-uses-hint = (nur Links; 1 bis 10000)
people-invitations-days = Läuft ab nach (Tagen, 1 bis 90)
people-invitations-create = Einladung erstellen
people-invitations-order = Offene zuerst. Ein Link wird nur beim Erstellen angezeigt: Kopiere ihn dann.
people-invitations-for = für { $email }
people-invitations-used = genutzt { $uses }
people-invitations-declines = abgelehnt { $count }
people-invitations-expires = läuft ab am { $date }
people-invitations-resend = E-Mail erneut senden (neuer Link)
people-invitations-revoke-open = Zurückziehen
people-invitations-revoke = Einladung zurückziehen
people-invitations-kind-personal = persönlich
people-invitations-kind-link = Link
people-invitations-state-accepted = angenommen
people-invitations-state-declined = abgelehnt
people-invitations-state-revoked = zurückgezogen
people-invitations-state-used-up = aufgebraucht
people-invitations-state-expired = abgelaufen
people-invitations-state-pending = ausstehend
people-invitations-state-open = offen
people-invitations-sent = E-Mail gesendet am { $date }.
people-invitations-failed = Die E-Mail konnte nach { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuchen
} nicht zugestellt werden: { $error } Prüfe die Adresse und sende sie dann erneut.
people-invitations-retrying = E-Mail noch nicht gesendet: Versuch { $count } ist fehlgeschlagen ({ $error }); gleich geht es weiter.
people-invitations-waiting = Die E-Mail wartet auf den Versand.
people-invitations-resent = Eine neue Einladungs-E-Mail an { $email } ist unterwegs; der frühere Link funktioniert nicht mehr.
people-invitations-whole-number = „{ $field }“ muss eine ganze Zahl sein
people-invitations-choose-kind = wähle persönlich oder Link
people-invitations-choose-gathering = wähle ein Treffen

# Ein Link zum Zurücksetzen des Passworts, die Seite mit einer Nachricht, die Bestätigung.
people-reset-title = Ein neues Passwort wählen
people-reset-for = Für { $name }.
people-reset-password = Neues Passwort
people-reset-submit = Passwort festlegen
people-reset-code = Dein neues Passwort ist gesetzt. Dein Konto hat einen zweiten Faktor: Gib einen Code ein, um dich anzumelden.
people-reset-done-title = Passwort geändert
people-reset-done = Dein neues Passwort ist gesetzt, und du bist angemeldet.
people-message-link = Link
people-message-back-community = Zurück zur Gemeinschaft
people-message-back-start = Zurück zum Start

# Das Prüfprotokoll.
people-audit-title = Prüfprotokoll
people-audit-lead = Jeder Gebrauch vertikaler Macht, mit wer, was und warum. Die Einträge sind durch Hashes verkettet;
people-audit-lead-verify = prüft die Kette.
people-audit-when = Wann
people-audit-who = Wer
people-audit-what = Was
people-audit-target = Ziel
people-audit-why = Warum
people-audit-empty = Noch nichts festgehalten.
people-audit-older = Ältere Einträge
people-audit-left = ein ehemaliges Mitglied
people-audit-system = System
people-audit-role-change = Rollen geändert
people-audit-member-remove = Mitglied entfernt
people-audit-member-account-deleted = Konto gelöscht
people-audit-account-delete = Konto gelöscht
people-audit-invitation-create = Einladung erstellt
people-audit-invitation-revoke = Einladung zurückgezogen
people-audit-password-reset-issued = Link zum Zurücksetzen des Passworts ausgestellt
people-audit-settings-change = Einstellungen geändert
people-audit-organization-add = Partnerorganisation hinzugefügt
people-audit-community-create = Gemeinschaft gegründet
people-audit-instance-setup = Instanz eingerichtet
people-audit-session-merge = Sessions von Gastgebenden zusammengelegt
people-audit-session-place = Session von Gastgebenden platziert
people-audit-suggestion-apply = Vorgeschlagenes Programm übernommen
people-audit-gathering-phase = Nächste Phase begonnen
people-audit-gathering-phase-back = Phase zurückgenommen
people-audit-gathering-edit = Angaben zum Treffen geändert
people-audit-space-add = Raum hinzugefügt
people-audit-space-edit = Raum geändert
people-audit-space-remove = Raum entfernt
people-audit-slot-add = Zeitfenster hinzugefügt
people-audit-slot-edit = Zeitfenster geändert
people-audit-slot-remove = Zeitfenster entfernt
people-audit-cell-lock = Feld gesperrt
people-audit-session-withdraw = Session zurückgezogen

settings-title = Einstellungen
settings-name = Name
settings-purpose = Zweck
settings-open = Offen: wer angemeldet ist, kann ohne Einladung beitreten
settings-reason-change = Begründung der Änderung
settings-save = Einstellungen speichern
settings-organizations = Organisationen
settings-add-partner-label = Eine Partnerorganisation hinzufügen
settings-reason = Begründung
settings-add-partner = Partner hinzufügen
settings-2fa-required = Stewards und Kurator:innen brauchen einen zweiten Faktor, um ihre Befugnisse zu nutzen
settings-2fa-hint = Wer keinen hat, behält die Rolle, kann ihre Befugnisse aber erst nutzen, wenn auf der Kontoseite ein zweiter Faktor eingeschaltet ist.
settings-save-short = Speichern
settings-providers = Identitätsanbieter
settings-providers-about = Wer eine Einladung mit einem hier zugeordneten Anbieter annimmt, landet in dessen Organisation, gleich welche Organisation die Einladung nennt.
settings-provider-lands = { $provider }: Personen von dort landen in
settings-provider-invitations-org = der Organisation aus der Einladung
