proceedings-attribution = Compte rendu de « { $gathering } » ({ $community }), rédigé par ses participantes et participants. Sous licence { $license } : partage et adaptation autorisés avec attribution.
proceedings-dates = du { $first } au { $last }
proceedings-no-date = pas encore de date
proceedings-date = Date : { $date }
proceedings-venue = Lieu : { $venue }
proceedings-attendance = Participation : { $yes ->
    [one] { $yes } personne avait annoncé sa venue
   *[other] { $yes } personnes avaient annoncé leur venue
} ; { $present ->
    [one] { $present } s’est enregistrée dans au moins une session
   *[other] { $present } se sont enregistrées dans au moins une session
}
proceedings-counts = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
}
proceedings-contents = Sommaire
proceedings-actions-heading = Actions décidées à la clôture
proceedings-session-line = Proposée par { $convener } · { $when } · { $space } · { $present } présent·es · { $dots ->
    [one] { $dots } gommette
   *[other] { $dots } gommettes
}
proceedings-no-report = Pas encore de compte rendu.
proceedings-taking-part = Participantes et participants : { $names }
proceedings-actions-intro = Ce que des personnes se sont engagées à poursuivre après la rencontre, avec ses gommettes.
proceedings-action-line = { $status } ; { $dots ->
    [one] { $dots } gommette
   *[other] { $dots } gommettes
}
proceedings-owners = porté par : { $owners }
proceedings-nobody = personne pour l’instant
proceedings-due = échéance le { $date }
action-status-open = à faire
action-status-doing = en cours
action-status-done = fait
action-status-dropped = abandonné
proceedings-pdf-title = Compte rendu de « { $gathering } »
proceedings-cafe-line = Tour { $round } · table { $table } · hôte : { $host } · { $present } à la table
