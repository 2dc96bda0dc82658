# Listes de personnes et d’invitations (membres, rôles, invitations).
people-list-search = Rechercher
people-list-show-all = Tout afficher
people-list-search-members = Rechercher des membres
people-list-search-invitations = Rechercher des invitations
people-list-pages-members = Pages des membres
people-list-pages-invitations = Pages des invitations
people-list-previous = Page précédente
people-list-next = Page suivante
people-list-page = Page { $page } sur { $pages }
people-list-none-members = Aucun membre pour l’instant.
people-list-none-invitations = Aucune invitation pour l’instant.
people-list-no-match-members = Aucun membre ne correspond à « { $q } ».
people-list-no-match-invitations = Aucune invitation ne correspond à « { $q } ».
people-list-count-members = { $total ->
    [one] { $total } membre.
   *[other] { $total } membres.
}
people-list-count-invitations = { $total ->
    [one] { $total } invitation.
   *[other] { $total } invitations.
}
people-list-range-members = { $first } à { $last } sur { $total } membres.
people-list-range-invitations = { $first } à { $last } sur { $total } invitations.
people-list-found-members = { $total ->
    [one] { $total } membre sur { $all } correspond
   *[other] { $total } membres sur { $all } correspondent
} à « { $q } ».
people-list-found-invitations = { $total ->
    [one] { $total } invitation sur { $all } correspond
   *[other] { $total } invitations sur { $all } correspondent
} à « { $q } ».
people-list-found-range-members = { $first } à { $last } sur { $total } résultats ({ $all } membres) pour « { $q } ».
people-list-found-range-invitations = { $first } à { $last } sur { $total } résultats ({ $all } invitations) pour « { $q } ».
people-badge-you = vous
people-badge-guest = invité

# L’annuaire des membres.
people-members-title = Membres
people-members-name = Nom
people-members-organization = Organisation
people-members-roles = Rôles
people-members-joined = Arrivée
people-members-actions = Actions de l’intendance
people-members-act = Agir…
people-members-reset-reason = Motif du lien de réinitialisation
people-members-reset = Émettre un lien de réinitialisation
people-members-remove-reason = Motif du retrait
people-members-remove = Retirer de la communauté
people-members-reset-title = Lien de réinitialisation du mot de passe
people-members-reset-message = Transmettez ce lien vous-même à la personne. Il fonctionne une fois, pendant un jour, et n’est affiché que maintenant.

# Noms des rôles.
people-role-steward = Intendance
people-role-host = Accueil
people-role-curator = Curation
people-role-community-builder = Animation de communauté
people-role-network-analyst = Analyse du réseau
people-role-member = Membre
people-role-guest = Invité

# Les rôles et ce que chacun permet.
people-roles-title = Rôles
people-roles-lead = Les rôles ajoutent une responsabilité à l’adhésion. Chaque changement est consigné avec votre motif dans le journal d’audit.
people-roles-order = Les personnes qui ont des rôles apparaissent en premier.
people-roles-plain-member = membre
people-roles-change-of = Changer les rôles de { $name }
people-roles-of = Rôles de { $name }
people-roles-guest = Invité (voit moins)
people-roles-reason = Motif
people-roles-save = Enregistrer les rôles
people-roles-matrix = Ce que chaque rôle permet
people-roles-action = Action
people-can-view-community = Voir la communauté
people-can-view-members = Voir la liste des membres
people-can-view-invitations = Voir les invitations
people-can-create-invitation = Inviter des personnes
people-can-revoke-invitation = Retirer des invitations
people-can-change-roles = Changer les rôles
people-can-remove-member = Retirer des membres
people-can-edit-settings = Modifier les paramètres
people-can-issue-reset = Émettre des liens de réinitialisation
people-can-view-audit = Lire le journal d’audit
people-can-take-part = Participer aux rencontres
people-can-host = Accueillir des rencontres
people-can-view-network = Voir le réseau
people-can-analyse-network = Analyser le réseau
people-can-flag = Signaler un contenu
people-can-moderate = Modérer
people-can-hear-appeal = Statuer sur les recours
people-can-view-moderation-log = Lire le journal de modération
people-can-curate = Sélectionner les contributions
people-can-view-governance = Voir la gouvernance
people-can-deliberate = Proposer et décider
people-can-accept-policy = Accepter les règles
people-can-suggest-edit = Suggérer des modifications
people-can-review-edits = Examiner les modifications

# La page d’une communauté.
people-community-welcome = Bienvenue dans { $community }, { $name }.
people-community-member-now = Vous êtes maintenant membre.
people-community-first-step = Vous êtes maintenant membre : une bonne première étape se trouve ci-dessous ({ $step }).
people-community-next = Prochaine rencontre
people-community-no-date = pas encore de date
people-community-no-gathering = Aucune rencontre n’est encore prévue.
people-community-see-gatherings = Voir les rencontres
people-community-initiatives = Initiatives
people-community-no-initiative = Pas encore d’initiative : une action issue d’une rencontre, ou une idée à vous, peut en devenir une.
people-community-in-it = { $count ->
    [one] { $count } personne engagée
   *[other] { $count } personnes engagées
}
people-community-open-asks = { $count ->
    [one] { $count } demande d’aide ouverte
   *[other] { $count } demandes d’aide ouvertes
}
people-community-all-initiatives = Toutes les initiatives, ou en lancer une
people-community-lean = Lean Coffees
people-community-members = Membres
people-community-joining = Adhésion
people-community-open = ouverte à toute personne connectée
people-community-by-invitation = sur invitation
people-community-your-roles = Vos rôles
people-community-organizations = Organisations
people-community-home = d’origine
people-community-partner = partenaire
people-community-create-another = Créer une autre communauté
people-step-as-host = À l’accueil
people-step-as-participant = En tant que participant
people-step-grid = Ajouter des salles et des créneaux
people-step-open-marketplace = Ouvrir la place du marché
people-step-start-sessions = Lancer les sessions
people-step-converge = Passer à la convergence
people-step-close = Clore la rencontre
people-step-dots = Placer vos gommettes et vous porter volontaire pour des actions
people-step-now = Voir ce qui se passe maintenant
people-step-answer = Répondre à l’invitation
people-step-propose = Proposer une session
people-step-read = Lire l’invitation ; la place du marché ouvre bientôt
people-step-see = Voir la rencontre

# La page d’accueil, créer une communauté, rejoindre une communauté ouverte.
people-home-title = Accueil
people-home-heading = Le changement par invitation
people-home-lead = convene est l’endroit où une communauté et les organisations qui l’entourent se réunissent en Open Space et en d’autres formats ouverts, voient comment le leadership se diffuse dans leur réseau et gouvernent leur conversation au grand jour.
people-home-new-here = Nouveau ici ? Demandez un lien d’invitation à un membre.
people-home-yours = Vos communautés
people-home-none = Vous n’êtes encore dans aucune communauté. Suivez un lien d’invitation, ou créez-en une.
people-home-create = Créer une communauté
people-new-title = Créer une communauté
people-new-name = Nom
people-new-slug = Nom court
people-new-slug-hint = (pour les adresses : minuscules, chiffres, traits d’union ; laissé vide, il est tiré du nom)
people-new-purpose = Raison d’être
people-new-home-organization = Organisation d’origine
people-new-open = Ouverte : toute personne connectée peut la rejoindre sans invitation
people-new-submit = Créer la communauté
people-new-choose-slug = choisissez un nom court
people-join-open = Cette communauté est ouverte : tout le monde peut la rejoindre.
people-join-submit = Rejoindre { $community }
people-join-have-account = Vous avez déjà un compte ?
people-join-then-again = , puis rouvrez cette page.
people-join-sign-up = S’inscrire et rejoindre { $community }
people-person-name = Votre nom
people-person-password-hint = (au moins 10 caractères)

# Répondre à une invitation.
people-invite-title = Invitation à { $community }
people-invite-heading = Vous êtes invité à rejoindre { $community }
people-invite-gathering-before = Cette invitation concerne la rencontre
people-invite-gathering-after = : après avoir rejoint la communauté, vous pourrez dire si vous venez.
people-invite-by = { $inviter } vous invite à rejoindre la communauté au titre de
people-invite-someone = Un membre
people-invite-as-guest = , en tant qu’invité
people-invite-open-until = L’invitation est valable jusqu’au { $date }.
people-invite-accept = Accepter et rejoindre
people-invite-accept-heading = Accepter
people-invite-come-back = : vous reviendrez ici pour accepter.
people-invite-or-provider = Ou acceptez sans nouveau mot de passe :
people-invite-with-provider = Accepter avec { $provider }
people-invite-not-for-you = Ce n’est pas pour vous ? Décliner ne demande aucun compte et n’enregistre aucun nom.
people-invite-decline = Décliner
people-invite-declined-title = Merci de votre réponse
people-invite-declined = Vous avez décliné l’invitation à { $community }. Rien n’a été enregistré à votre sujet.

# Les invitations d’une communauté.
people-invitations-title = Invitations
people-invitations-created = Invitation créée.
people-invitations-created-hint = convene n’envoie pas d’e-mail : copiez ce lien et envoyez-le vous-même. Il n’est affiché que maintenant.
people-invitations-link = Lien d’invitation
people-invitations-invite = Inviter quelqu’un
people-invitations-kind = Type
people-invitations-personal = Personnelle : pour une personne, utilisable une fois
people-invitations-shared = Lien : à partager largement
people-invitations-email = Son adresse e-mail
people-invitations-email-hint = (facultatif, pour une invitation personnelle)
people-invitations-question = Question d’appel
people-invitations-organization = Rejoint au titre de
people-invitations-gathering = Pour une rencontre
people-invitations-gathering-hint = (facultatif : la personne y arrive et y répond)
people-invitations-community-only = La communauté seulement
people-invitations-guest = En tant qu’invité (voit moins)
people-invitations-uses = Utilisations
people-invitations-uses-hint = (liens seulement ; de 1 à 10000)
people-invitations-days = Expire après (jours, de 1 à 90)
people-invitations-create = Créer l’invitation
people-invitations-order = Les invitations ouvertes d’abord. Un lien n’est affiché qu’à sa création : copiez-le alors.
people-invitations-for = pour { $email }
people-invitations-used = utilisée { $uses }
people-invitations-declines = déclinée { $count } fois
people-invitations-expires = expire le { $date }
people-invitations-resend = Renvoyer l’e-mail (nouveau lien)
people-invitations-revoke-open = Retirer
people-invitations-revoke = Retirer l’invitation
people-invitations-kind-personal = personnelle
people-invitations-kind-link = lien
people-invitations-state-accepted = acceptée
people-invitations-state-declined = déclinée
people-invitations-state-revoked = retirée
people-invitations-state-used-up = épuisée
people-invitations-state-expired = expirée
people-invitations-state-pending = en attente
people-invitations-state-open = ouverte
people-invitations-sent = E-mail envoyé le { $date }.
people-invitations-failed = L’e-mail n’a pas pu être remis après { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
} : { $error } Vérifiez l’adresse, puis renvoyez-le.
people-invitations-retrying = E-mail pas encore envoyé : la tentative { $count } a échoué ({ $error }) ; nouvel essai sous peu.
people-invitations-waiting = E-mail en attente d’envoi.
people-invitations-resent = Un nouvel e-mail d’invitation à { $email } est en route ; l’ancien lien ne fonctionne plus.
people-invitations-whole-number = « { $field } » doit être un nombre entier
people-invitations-choose-kind = choisissez personnelle ou lien
people-invitations-choose-gathering = choisissez une rencontre

# Un lien de réinitialisation, la page d’un message, la confirmation.
people-reset-title = Choisir un nouveau mot de passe
people-reset-for = Pour { $name }.
people-reset-password = Nouveau mot de passe
people-reset-submit = Définir le mot de passe
people-reset-code = Votre nouveau mot de passe est défini. Votre compte a un second facteur : saisissez un code pour vous connecter.
people-reset-done-title = Mot de passe modifié
people-reset-done = Votre nouveau mot de passe est défini et vous êtes connecté.
people-message-link = Lien
people-message-back-community = Retour à la communauté
people-message-back-start = Retour à l’accueil

# Le journal d’audit.
people-audit-title = Journal d’audit
people-audit-lead = Chaque usage du pouvoir vertical, avec qui, quoi et pourquoi. Les entrées sont chaînées par hachage ;
people-audit-lead-verify = vérifie la chaîne.
people-audit-when = Quand
people-audit-who = Qui
people-audit-what = Quoi
people-audit-target = Cible
people-audit-why = Pourquoi
people-audit-empty = Rien n’est encore consigné.
people-audit-older = Entrées plus anciennes
people-audit-left = un ancien membre
people-audit-system = système
people-audit-role-change = Rôles changés
people-audit-member-remove = Membre retiré
people-audit-member-account-deleted = Compte supprimé
people-audit-account-delete = Compte supprimé
people-audit-invitation-create = Invitation créée
people-audit-invitation-revoke = Invitation retirée
people-audit-password-reset-issued = Lien de réinitialisation émis
people-audit-settings-change = Paramètres modifiés
people-audit-organization-add = Organisation partenaire ajoutée
people-audit-community-create = Communauté créée
people-audit-instance-setup = Instance configurée
people-audit-session-merge = Sessions fusionnées par l’accueil
people-audit-session-place = Session placée par l’accueil
people-audit-suggestion-apply = Programme suggéré appliqué
people-audit-gathering-phase = Phase suivante
people-audit-gathering-phase-back = Phase annulée
people-audit-gathering-edit = Détails de la rencontre modifiés
people-audit-space-add = Salle ajoutée
people-audit-space-edit = Salle modifiée
people-audit-space-remove = Salle retirée
people-audit-slot-add = Créneau ajouté
people-audit-slot-edit = Créneau modifié
people-audit-slot-remove = Créneau retiré
people-audit-cell-lock = Case verrouillée
people-audit-session-withdraw = Session retirée

settings-title = Paramètres
settings-name = Nom
settings-purpose = Raison d’être
settings-open = Ouverte : toute personne connectée peut la rejoindre sans invitation
settings-reason-change = Motif du changement
settings-save = Enregistrer les paramètres
settings-organizations = Organisations
settings-add-partner-label = Ajouter une organisation partenaire
settings-reason = Motif
settings-add-partner = Ajouter le partenaire
settings-2fa-required = Les personnes chargées de l’intendance et de la curation ont besoin d’un second facteur pour exercer leurs rôles
settings-2fa-hint = Celles qui n’en ont pas gardent leur rôle, mais ne peuvent l’exercer qu’après avoir activé un second facteur sur la page de leur compte.
settings-save-short = Enregistrer
settings-providers = Fournisseurs d’identité
settings-providers-about = Les personnes qui acceptent une invitation avec un fournisseur associé ici rejoignent son organisation, quelle que soit l’organisation nommée par l’invitation.
settings-provider-lands = { $provider } : ses utilisateurs rejoignent
settings-provider-invitations-org = l’organisation de l’invitation
