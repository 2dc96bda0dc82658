gathering-phase = Phase
gathering-venue = Lieu
gathering-time-zone = Fuseau horaire
gathering-license = Licence
gathering-invitation = Invitation
gathering-will-you-come = Serez-vous là ?
gathering-you-said = Votre réponse :
gathering-yes = Oui
gathering-maybe = Peut-être
gathering-no = Non
gathering-your-answer = Votre réponse
gathering-now-in = La rencontre est maintenant en phase « { $phase } ».
gathering-welcome = Bienvenue dans { $community }, { $name } ! Dites-nous ci-dessous si vous viendrez.

phase-invitation = Invitation
phase-marketplace = Place du marché
phase-sessions = Sessions
phase-convergence = Convergence
phase-closed = Terminée

answer-yes = oui
answer-maybe = peut-être
answer-no = non

gathering-links = Cette rencontre
gathering-link-wall = Mur
gathering-link-now = Maintenant et ensuite (téléphone)
gathering-link-cafe = World Café
gathering-link-run-cafe = Animer en World Café
gathering-link-kiosk = Affichage pour écran
gathering-link-converge = Convergence et actions
gathering-link-proceedings = Compte rendu
gathering-link-agenda-ics = Programme (iCal)
gathering-link-my-ics = Mes sessions (iCal)
gathering-link-calendar = M’abonner dans mon agenda
gathering-link-sessions-csv = Sessions (CSV)
gathering-link-actions-csv = Actions (CSV)
gathering-link-presence-csv = Registre de présence (CSV)

wall-label = Mur du programme
wall-hint-before = Sur un téléphone,
wall-hint-link = « Maintenant et ensuite »
wall-hint-after = affiche les mêmes sessions sans défilement horizontal. Les sessions que vous voulez rejoindre portent la mention « Vous voulez participer ».
wall-warnings = Avertissements
wall-no-spaces = Le mur n’a pas encore de salles.
wall-no-slots = Le mur n’a pas encore de créneaux.
wall-no-spaces-cell = pas encore de salles
wall-time = Horaire
wall-agenda = Programme
wall-seats = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
wall-free = libre
wall-kind-plenary = Plénière
wall-kind-break = Pause
wall-unmet = a besoin de { $needs } : absent de cette salle
wall-interested = intéressé·es
wall-here-now = présent·es
wall-here = présent·es { $count }
wall-marketplace = Place du marché
wall-not-placed = { $count ->
    [one] { $count } pas encore au mur
   *[other] { $count } pas encore au mur
}

convene-heading = Proposer une session
convene-title = Titre
convene-about = De quoi s’agit-il ?
convene-optional = (facultatif)
convene-needs = Besoins
convene-needs-hint = (facultatif, p. ex. vidéoprojecteur, accessible)
convene-co = Co-animation
convene-co-hint = (facultatif ; personnes ayant répondu oui)
convene-submit = Annoncer la session
convene-after = Ensuite, ouvrez votre session pour la placer dans une case libre du mur.
checkout = Quitter la session où je suis

host-heading = Accueil
host-answers = Réponses :
host-answers-note = (des nombres seulement : qui a décliné n’est jamais montré)
host-suggest = Proposer un programme
host-suggest-note = (d’abord un aperçu ; rien ne change tant que vous ne l’appliquez pas)
host-next-phase = Passer à la phase « { $phase } »
host-setup = Modifier les informations, les salles et les créneaux, ou revenir d’une phase
host-spaces = Salles :
host-spaces-none = aucune pour l’instant
host-space = { $name } ({ $count ->
    [one] { $count } place
   *[other] { $count } places
})
host-add-space = Ajouter une salle
host-name = Nom
host-capacity = Capacité
host-features = Équipement
host-features-hint = (p. ex. vidéoprojecteur, accessible)
host-add-space-submit = Ajouter la salle
host-add-slot = Ajouter un créneau
host-date = Date
host-starts = Début
host-ends = Fin
host-kind = Type
host-kind-sessions = Sessions
host-kind-plenary = Plénière (verrouillé)
host-kind-break = Pause (verrouillé)
host-label = Libellé
host-label-hint = (p. ex. Cercle d’ouverture)
host-add-slot-submit = Ajouter le créneau
host-room-lost = Une salle n’est plus disponible
host-room-lost-note = La salle est retirée ; ses sessions retournent sur la place du marché et vous obtenez un aperçu de replanification qui laisse toutes les autres sessions à leur place. La page suivante les liste avant tout changement.
host-space-field = Salle
host-remove-space = Retirer la salle et replanifier
host-lock = Verrouiller une case
host-cell = Case
host-lock-submit = Verrouiller la case
wall-you-here = Vous êtes ici
wall-you-want = Vous voulez y participer
