# Les pages Open Space hors la page du rassemblement : une session, la vue téléphone, le
# kiosque et l’affichage, la préparation, la convergence, les calendriers, les publications.

## Mots partagés par plusieurs pages.
os-interested = { $count ->
    [one] { $count } personne veut participer
   *[other] { $count } personnes veulent participer
}
os-here-now = { $count ->
    [one] { $count } présente
   *[other] { $count } présentes
}
os-join-on = Je veux participer
os-join-off = Je ne veux plus participer
os-check-out = Partir
os-i-am-here = Je suis là
os-confirm-back = Non, revenir

## La page d’une session.
os-session-suggest-edit = Proposer une modification ou voir l’historique
os-session-convened-by = Proposée par
os-session-when = Quand
os-session-local-time = heure locale du rassemblement
os-session-room = Salle
os-session-not-placed = Pas encore au mur : elle attend sur la place du marché.
os-session-interest = Intérêt
os-session-seats = la salle compte { $count ->
    [one] { $count } place
   *[other] { $count } places
}
os-session-needs = Besoins
os-session-unmet = Cette salle n’a pas ce dont la session a besoin : { $needs }. Déplacez-la dans une salle qui l’a, ou demandez à l’équipe d’accueil.
os-session-you-want = Vous voulez participer.
os-session-checked-in = Vous êtes enregistré·e ici.
os-session-anonymous = me compter sans mon nom
os-session-checkin-note = L’enregistrement ouvre 10 minutes avant le début de la session et ferme à sa fin.
os-session-report = Compte rendu
os-session-no-report = Pas encore de compte rendu.
os-session-taking-part = Participant·es : { $names }
os-session-report-label = Points clés, idées, actions proposées
os-session-report-hint = (Markdown ; enregistré par-dessus la version { $version })
os-session-save-report = Enregistrer le compte rendu
os-session-unname = Retirer mon nom du compte rendu
os-session-name-me = Afficher mon nom parmi les participant·es
os-session-history = Historique ({ $count ->
    [one] { $count } version
   *[other] { $count } versions
})
os-session-revision = version { $version } par { $name }, { $at }
os-session-threads = Discussions sur cette session
os-session-no-threads = Pas encore de discussion sur cette session.
os-session-thread-by = par { $name }
os-session-start-thread = Lancer une discussion sur cette session
os-session-move-heading = Déplacer cette session
os-session-place-heading = Placer cette session
os-session-now-on-wall = Actuellement au mur :
os-session-cell = Case
os-session-where-now = (sa place actuelle)
os-session-choose-cell = Choisir une case libre
os-session-move = Déplacer
os-session-place = Placer
os-session-unplace = La retirer du mur…
os-session-edit = Modifier le titre et la description
os-session-title = Titre
os-session-about = De quoi s’agit-il ?
os-session-on-top = (enregistré par-dessus la version { $version })
os-session-save = Enregistrer
os-session-withdraw = Retirer cette session…
os-session-merge-asks = « { $title } » demande à fusionner avec cette session : ses participant·es et leur intérêt rejoindraient les vôtres.
os-session-accept-merge = Accepter la fusion
os-session-merge-asked = Vous avez proposé de fusionner cette session avec « { $title } » ; la personne qui la propose n’a pas encore répondu.
os-session-withdraw-proposal = Retirer la proposition
os-session-merge-into = Proposer de fusionner cette session avec
os-session-propose-merge = Proposer la fusion
os-session-host-merge = Accueil : fusionner une autre session avec celle-ci
os-session-session = Session
os-session-reason = Motif
os-session-reason-hint = (consigné dans le journal d’audit)
os-session-merge = Fusionner
os-session-swap-with = Échanger les cases avec
os-session-swap = Échanger
os-unplace-title = Retirer « { $title } » du mur ?
os-unplace-message = Elle retourne sur la place du marché et sa case se libère ; les personnes qui veulent participer gardent leur intérêt. Vous pourrez la replacer plus tard.
os-unplace-confirm = La retirer du mur
os-withdraw-title = Retirer « { $title } » ?
os-withdraw-message = Elle quitte le mur et la place du marché pour tout le monde ; les personnes enregistrées y sont désinscrites, et le journal d’audit consigne que vous l’avez retirée. C’est irréversible : pour la tenir malgré tout, annoncez-la de nouveau.
os-withdraw-confirm = Retirer la session

## La vue téléphone.
os-phone-title = Maintenant et ensuite · { $title }
os-phone-now-and-next = Maintenant et ensuite
os-phone-subtitle = maintenant et ensuite
os-phone-local = Les horaires sont ceux du lieu du rassemblement ({ $zone }).
os-phone-checkin-open = L’enregistrement ouvre 10 minutes avant le début d’une session.
os-phone-checkin-later = L’enregistrement ouvre quand l’équipe d’accueil lance les sessions.
os-phone-now = Maintenant
os-phone-none-now = Aucune session au mur en ce moment.
os-phone-nothing-now = Rien ne se déroule en ce moment.
os-phone-next = Ensuite
os-phone-none-next = Pas encore de session au mur pour ce créneau.
os-phone-nothing-more = Plus rien au programme.
os-phone-mine = Mes sessions
os-phone-none-mine = Vous n’avez encore dit vouloir participer à aucune session : ouvrez-en une sur le mur et choisissez « Je veux participer ».
os-phone-in-marketplace = sur la place du marché, pas encore au mur
os-phone-unmet = A besoin de { $needs }, que cette salle n’a pas.
os-phone-you-here = Vous êtes ici
os-phone-you-want = Vous voulez participer
os-phone-you-convene = Vous la proposez

## Le kiosque et l’écran d’un lien d’affichage.
os-kiosk-title = { $title } · kiosque
os-kiosk-room = Salle
os-kiosk-all-rooms = Toutes les salles
os-kiosk-show = Afficher
os-kiosk-qr = Code QR : ouvrir ce rassemblement sur votre téléphone
os-kiosk-on-phone = Sur votre téléphone :
os-kiosk-loading = Chargement du programme…
os-kiosk-links = Liens d’affichage
os-kiosk-links-note = Un lien d’affichage montre ce mur sur un écran sans connexion, et rien d’autre. Toute personne qui a le lien voit le mur ; révoquez-le quand l’écran ne sert plus.
os-kiosk-revoked = Le lien d’affichage est révoqué : les écrans qui le montrent l’indiqueront à leur prochaine actualisation.
os-kiosk-new-link = Nouveau lien d’affichage (montré une seule fois, copiez-le) :
os-kiosk-new-link-label = Nouveau lien d’affichage
os-kiosk-no-links = Pas encore de lien d’affichage.
os-kiosk-made = Créé { $at } par { $name }
os-kiosk-revoke = Révoquer
os-kiosk-make-link = Créer un lien d’affichage
os-kiosk-free = Libre
os-kiosk-no-session = pas encore de session ici
os-kiosk-here = { $count }/{ $capacity } présent·es
os-display-title = { $title } · mur
os-display-on-phone = Ouvrez le rassemblement sur votre téléphone
os-display-revoked = Ce lien d’affichage a été révoqué.

## La mise en place par le premier compte.
os-first-title = Installer convene
os-first-heading = Bienvenue : installez convene
os-first-lead = Vous êtes la première personne ici. Votre compte administrera ce convene et animera sa première communauté.
os-first-create = Créer mon compte

## La page de préparation d’un rassemblement et ses confirmations.
os-setup-title = Préparer { $title }
os-setup-back-link = Retour au rassemblement
os-setup-in-phase-before = il est en phase
os-setup-in-phase-after = .
os-setup-back-phase = Revenir à la phase « { $phase } »
os-setup-phase-note = Chaque étape est d’abord confirmée et consignée dans le journal d’audit ; revenir en arrière demande un motif.
os-setup-details = Informations
os-setup-question = Question d’appel
os-setup-zone-hint = (les créneaux gardent leurs heures)
os-setup-first-day = Premier jour
os-setup-first-day-hint = (tous les créneaux se décalent du même nombre de jours)
os-setup-save-details = Enregistrer les informations
os-setup-spaces = Salles
os-setup-no-spaces = Pas encore de salles : ajoutez-les sur la
os-setup-gathering-page = page du rassemblement
os-setup-add-after = .
os-setup-space-label = Salle { $name }
os-setup-seats = Places
os-setup-save-space = Enregistrer { $name }
os-setup-remove-space = Retirer { $name }…
os-setup-remove-note = (la page suivante liste les sessions qui retournent sur la place du marché)
os-setup-slots = Créneaux
os-setup-no-slots = Pas encore de créneaux : ajoutez-les sur la
os-setup-slots-note = Les créneaux ne peuvent pas se chevaucher, et les créneaux de sessions commencent après le cercle d’ouverture (la première plénière). Changer l’horaire d’un créneau y garde ses sessions.
os-setup-slot-label = Créneau { $date } { $starts }
os-setup-save-this-slot = Enregistrer ce créneau
os-setup-remove-slot = Retirer ce créneau…
os-setup-why = Pourquoi ?
os-setup-cancel = Annuler, tout laisser en l’état
os-setup-done-details = Informations enregistrées.
os-setup-done-space = Salle enregistrée.
os-setup-done-space-removed = Salle retirée.
os-setup-done-slot = Créneau enregistré.
os-setup-done-slot-removed = Créneau retiré.
os-setup-done-phase = Phase changée.
os-setup-went-back = { $count ->
    [one] { $count } session est retournée sur la place du marché.
   *[other] { $count } sessions sont retournées sur la place du marché.
}
os-setup-moved = { $count ->
    [0] Aucune session n’y est placée, rien d’autre ne change donc.
    [one] Cette session retourne sur la place du marché :
   *[other] Ces { $count } sessions retournent sur la place du marché :
}
os-setup-space-goes = La salle disparaît de tous les créneaux.
os-setup-space-goes-replan = La salle disparaît de tous les créneaux, et vous obtenez un aperçu de replanification.
os-setup-remove-space-title = Retirer { $name } ?
os-setup-remove-space-button = Retirer { $name }
os-setup-close-slot-title = Faire de ce créneau { $kind ->
    [plenary] une plénière
   *[other] une pause
} ?
os-setup-slot-closes = Le créneau n’accueille plus de sessions.
os-setup-save-slot = Enregistrer le créneau
os-setup-remove-slot-title = Retirer le créneau { $when } ?
os-setup-slot-goes = Le créneau disparaît de toutes les salles.
os-setup-remove-slot-button = Retirer le créneau
os-setup-next-title = Passer à la phase « { $phase } » ?
os-setup-next-button = Oui, passer à la phase « { $phase } »
os-setup-back-title = Revenir à la phase « { $phase } » ?
os-setup-back-button = Oui, revenir à la phase « { $phase } »
os-setup-say-why = Dites pourquoi : le motif est consigné dans le journal d’audit.
os-opens-invitation = Chacun·e répond à l’invitation ; personne ne peut encore annoncer de session.
os-opens-marketplace = Toutes les personnes qui ont dit oui peuvent annoncer des sessions et les placer au mur.
os-opens-sessions = Les sessions ont lieu : on s’enregistre et on part, et les comptes rendus peuvent être rédigés.
os-opens-convergence = L’enregistrement se termine ; chacun·e donne ses gommettes et se porte volontaire pour des actions.
os-opens-closed = Le rassemblement se clôt : plus de réponses, de sessions ni de votes ; les comptes rendus peuvent encore être terminés.

## Convergence : gommettes et actions.
os-converge-title = Convergence · { $title }
os-converge-you-have = Gommettes restantes :
os-converge-dots-left = sur { $total }.
os-converge-no-dots = Toutes vos gommettes sont données : reprenez-en une pour la déplacer.
os-converge-ranking = Classement
os-converge-kept = La liste reste en place pendant que vous votez.
os-converge-sort = Trier par gommettes
os-converge-target-session = session
os-converge-target-action = action
os-converge-give-label = Donner une gommette à { $title }
os-converge-give = + gommette
os-converge-back-label = Reprendre une gommette à { $title }
os-converge-back = − gommette ({ $count })
os-converge-actions = Actions
os-converge-no-actions = Pas encore d’action.
os-converge-propose-hint = Proposez-en une ci-dessous, ou depuis un compte rendu.
os-converge-due = échéance { $date }
os-converge-from = issue de « { $title } »
os-converge-owners = Responsables :
os-converge-nobody = personne pour l’instant
os-converge-dots = { $count ->
    [one] { $count } gommette
   *[other] { $count } gommettes
}
os-converge-step-back = Me retirer
os-converge-volunteer = Me porter volontaire
os-converge-status = État
os-converge-update = Mettre à jour
os-converge-proposed = Proposées dans les comptes rendus
os-converge-proposed-note = Ces lignes des comptes rendus de session ressemblent à des actions. Un clic en propose une, liée à sa session.
os-converge-propose-label = Proposer « { $title } » comme action
os-converge-propose-as = Proposer comme action
os-converge-propose = Proposer une action
os-converge-what = Que faut-il faire ?
os-converge-from-session = Issue de la session
os-converge-due-label = Échéance
os-converge-propose-submit = Proposer l’action
os-converge-done-dot-given = Votre gommette est donnée. La liste reste en place ; rechargez ou triez pour voir le nouvel ordre.
os-converge-done-dot-back = Votre gommette est reprise.
os-converge-done-proposed = L’action est proposée ; chacun·e peut maintenant se porter volontaire et lui donner des gommettes.
os-converge-done-volunteered = Vous vous êtes porté·e volontaire pour l’action.
os-converge-done-stepped-back = Vous vous êtes retiré·e de l’action.
os-converge-done-status = L’état de l’action est enregistré.

## La liste des rassemblements.
os-gatherings-lead-before = Les Open Spaces sont listés ici ; les
os-gatherings-lean = Lean Coffees
os-gatherings-lead-after = ont leurs propres tableaux.
os-gatherings-none = Pas encore de rassemblement.
os-gatherings-host = Accueillir un nouvel Open Space
os-gatherings-zone-hint = (p. ex. Europe/Paris)
os-gatherings-dots = Gommettes par personne pour la convergence
os-gatherings-create = Créer le rassemblement

## Le flux de calendrier d’une personne.
os-calendar-title = Calendrier · { $title }
os-calendar-heading = S’abonner dans votre calendrier
os-calendar-lead = Votre application de calendrier peut suivre les sessions que vous proposez ou voulez rejoindre dans ce rassemblement : quand une session se déplace, votre calendrier la déplace aussi. Le lien n’appartient qu’à vous et ne demande pas de mot de passe, gardez-le donc privé ; vous pouvez en créer un nouveau ou l’arrêter à tout moment.
os-calendar-stopped = Votre flux de calendrier est arrêté : son lien ne fonctionne plus, et votre application de calendrier affichera une erreur ou retirera les sessions.
os-calendar-new = Votre nouveau lien de calendrier (montré une seule fois ; l’ancien, s’il existait, ne fonctionne plus) :
os-calendar-subscribe = M’abonner dans mon application de calendrier
os-calendar-copy = Ou copiez cette adresse dans la fonction « s’abonner par URL » de votre calendrier :
os-calendar-since = Vous avez un lien de calendrier, créé { $at }. Perdu ? Créez-en un nouveau ; l’ancien cessera de fonctionner.
os-calendar-none = Vous n’avez pas encore de lien de calendrier.
os-calendar-make-new = Créer un nouveau lien de calendrier
os-calendar-make = Créer mon lien de calendrier
os-calendar-stop = Arrêter mon flux de calendrier

## Ce qui est publié sur ce serveur.

## Les mots que convene écrit dans les fichiers de calendrier.
os-ics-convened-by = Proposée par { $names }
os-ics-mine = { $title } (les miennes)

# The suggested agenda (preview before the host applies it).
suggest-title = Agenda proposé
suggest-back = Retour à { $title }
suggest-back-after = pour ajouter des salles et des créneaux de sessions, ou voir le mur tel qu’il est.
suggest-lead = Le moteur de planification place les sessions pour que le moins de personnes possible manquent une session qu’elles veulent et que le moins de salles possible soient trop petites. Personne n’est placé : chacun va toujours où il veut.
suggest-waiting = En attente :
suggest-now = Maintenant
suggest-with = Avec cette proposition
suggest-missed = Sessions que quelqu’un manque
suggest-missed-why = (en même temps qu’une autre voulue, ou absente du mur)
suggest-short = Places manquantes
suggest-waiting-count = Sessions en attente sur la place du marché
suggest-no-moves = Le mur est déjà aussi bon que le moteur peut le rendre : aucun déplacement.
suggest-apply = Appliquer ces déplacements
suggest-preview = Le mur avec cette proposition
suggest-legend-new = nouvelle
suggest-legend-new-after = venue de la place du marché
suggest-legend-moved = déplacée
suggest-legend-moved-after = depuis une autre case · sans marque : reste où elle est
suggest-time = Heure
suggest-seats = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
suggest-free = libre
suggest-moved-from = déplacée depuis { $from }
suggest-new-from = nouvelle, venue de la place du marché
suggest-waiting-heading = En attente sur la place du marché ({ $count })
suggest-taken-off = retirée du mur
suggest-moves = Déplacements ({ $count })
suggest-notes = Remarques
suggest-places = { $count ->
    [one] place { $count } session de la place du marché
   *[other] place { $count } sessions de la place du marché
}
suggest-moves-on = en déplace { $count } sur le mur
suggest-takes-off = en retire { $count } du mur
suggest-summary = Cette proposition { $what }.
