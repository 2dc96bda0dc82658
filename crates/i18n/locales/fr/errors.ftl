# Erreurs que voient les personnes (crates/web/src/error_words.rs) et messages des cas d’usage.
error-internal = Un problème est survenu de notre côté. Rien n’a été modifié ; veuillez réessayer.
error-unauthenticated = non connecté
error-denied = Vous n’avez pas l’autorisation de faire cela dans cette communauté.
error-not-found = Il n’y a rien ici, ou ce n’est pas à vous de le voir.
error-no-route = Il n’y a rien à cette adresse.
error-bad-credentials = l’adresse e-mail ou le mot de passe est incorrect
error-title-forbidden = Non autorisé
error-title-not-found = Introuvable
error-title-gone = Cette invitation ne peut pas être utilisée
error-title-internal = Un problème est survenu
error-title-other = Cela n’a pas fonctionné

error-text-empty = Le champ « { $field } » est obligatoire
error-text-too-long = Le champ « { $field } » ne doit pas dépasser { $max } caractères
error-text-too-short = Le champ « { $field } » doit compter au moins { $min } caractères
error-text-bad-chars = Le champ « { $field } » contient des caractères non autorisés
error-text-invalid = Le champ « { $field } » n’est pas valide : { $hint }
error-field-name = nom
error-field-short-name = nom court
error-field-email = adresse e-mail
error-field-password = mot de passe
error-field-community-name = nom de la communauté
error-field-organization-name = nom de l’organisation
error-field-purpose = raison d’être
error-field-calling-question = question d’appel
error-field-reason = motif
error-field-token-name = nom du jeton
error-field-title = titre
error-field-invitation = invitation
error-field-venue = lieu
error-field-space-name = nom de la salle
error-field-session-title = titre de la session
error-field-description = description
error-field-report = compte rendu
error-field-action = action
error-field-text = texte
error-field-question = question
error-field-summary = résumé
error-field-notes = notes
error-field-topic = sujet
error-field-theme = thème
error-field-label = libellé
error-field-table-name = nom de la table
error-field-capacity = capacité
error-field-dots-per-person = gommettes par personne
error-field-features = équipements
error-field-time-zone = fuseau horaire
error-field-date-time = date et heure
error-field-dates = dates
error-field-first-day = premier jour
error-field-slot = créneau
error-field-due-date = échéance
error-field-until = jusqu’au
error-field-kind = type
error-field-language = langue
error-field-co-conveners = co-animation
error-field-merge = fusion
error-field-organization = organisation
error-field-uses = utilisations
error-field-days = jours
error-field-gathering = rencontre
error-field-says = { $field } : { $message }
error-hint-slug = utilisez des lettres minuscules, des chiffres et des traits d’union isolés
error-hint-email = une adresse comme nom@example.org est attendue
error-hint-name = il contient des caractères invisibles ou qui changent le sens d’écriture (comme une espace de largeur nulle ou un forçage de droite à gauche) ; saisissez-le à nouveau sans eux
error-hint-capacity = un nombre entier de 1 à 10 000
error-hint-one-to-twenty = un nombre entier de 1 à 20
error-hint-features = 8 au plus, séparés par des virgules
error-hint-feature-words = des mots courts faits de lettres, de chiffres, d’espaces et de traits d’union
error-hint-time-zone = un nom comme Europe/Paris ou UTC
error-hint-date-time = une date comme 2026-12-01 et une heure comme 09:30
error-hint-dates = une date comme 2026-12-01 dans les années à venir
error-hint-date = une date comme 2026-12-01
error-hint-slot = il doit finir après avoir commencé et durer 12 heures au plus

error-stale = Quelqu’un a enregistré { $what } pendant que vous écriviez. Sa version figure ci-dessus ; votre texte est conservé ci-dessous : fusionnez les deux et enregistrez à nouveau.
error-stale-report = le compte rendu
error-stale-session-description = la description de la session
error-stale-contribution = la contribution
error-stale-design = le déroulé
error-stale-note = la note

error-invitation-expired = Cette invitation a expiré.
error-invitation-revoked = Cette invitation a été retirée par la communauté.
error-invitation-used-up = Cette invitation a déjà été utilisée autant de fois qu’elle le permet.
error-invitation-declined = Cette invitation a été déclinée.

error-taken-email = Cette adresse e-mail est déjà utilisée.
error-taken-slug = Ce nom court est déjà pris.
error-taken-organization = Ce nom d’organisation est déjà pris.
error-taken-space = Ce nom de salle est déjà pris.
error-taken-membership = Cette adhésion existe déjà.
error-taken = C’est déjà pris ({ $what }).

error-already-member = Vous êtes déjà membre de cette communauté.
error-last-steward-role = Une communauté a besoin d’au moins une personne chargée de l’intendance : confiez d’abord ce rôle à quelqu’un d’autre.
error-last-steward-remove = La dernière personne chargée de l’intendance ne peut pas être retirée.
error-only-steward-of = Vous êtes la seule personne chargée de l’intendance de { $community } : confiez d’abord ce rôle à quelqu’un d’autre.
error-operator-undeletable = Vous exploitez ce convene : son compte d’exploitation ne peut pas être supprimé ici.
error-password-wrong = Le mot de passe est incorrect.
error-reset-operator = Le mot de passe de l’exploitant ne peut pas être réinitialisé par l’intendance.
error-reset-other-community = Cette personne appartient aussi à une communauté dont vous n’assurez pas l’intendance : adressez-vous à l’exploitant ou à l’intendance de celle-ci.
error-policies-first = Acceptez d’abord les règles actuelles de la communauté (sur sa page de gouvernance) : d’ici là, vous pouvez lire mais pas publier.

error-choose-organization = choisissez l’une des organisations de la communauté
error-choose-gathering = choisissez l’une des rencontres de la communauté
error-invitation-already-revoked = Cette invitation a déjà été retirée.
error-account-exists = Un compte existe déjà avec cette adresse e-mail : connectez-vous d’abord, puis continuez.

error-gathering-closed = Cette rencontre est terminée.
error-cell-has-session = Une session occupe cette case ; déplacez-la avant de verrouiller la case.
error-cell-locked = Cette case est verrouillée ({ $label }).
error-reserved-plenary = Ce moment est réservé à la plénière ({ $label }).
error-reserved-break = Ce moment est réservé à la pause ({ $label }).
error-reserved-whole = toute la rencontre
error-co-conveners-at-most = 5 au plus
error-co-conveners-guest = les invités ne peuvent pas nommer de co-animateurs : demandez à un membre de les ajouter
error-co-conveners-members = choisissez des membres de cette communauté
error-check-in-not-yet = L’enregistrement ouvre quand les sessions commencent.
error-check-in-early = « { $title } » commence le { $date } à { $time } ; l’enregistrement ouvre 10 minutes avant.
error-check-in-over = « { $title } » est terminée ; enregistrez-vous dans une session en cours.
error-not-on-agenda = Cette session n’est pas encore au programme.
error-convene-not-yet = Les sessions s’annoncent dès l’ouverture de la place du marché.
error-convene-say-yes = Répondez d’abord oui à l’invitation ; vous pourrez ensuite proposer une session.
error-agenda-closed = Le programme ne peut changer que pendant les phases Place du marché et Sessions.
error-convener-busy = La personne qui l’anime a déjà une session sur ce créneau.
error-merge-another = choisissez une autre session
error-merge-not-proposed = Cette fusion n’a pas été proposée, ou a été retirée.
error-merge-closed = Les sessions ne se fusionnent que pendant les phases Place du marché et Sessions.

error-reports-not-yet = Les comptes rendus ouvrent quand les sessions commencent.
error-report-named-took-part = Seules les personnes qui ont participé peuvent être nommées dans un compte rendu.
error-dots-closed = Le vote par gommettes n’est ouvert que pendant la convergence.
error-actions-not-yet = Les actions naissent des sessions ; proposez-les une fois les sessions commencées.
error-action-closed = Le statut de cette action est « { $status } » : personne ne peut plus s’y porter volontaire.

error-thread-deleted = Ce fil a été supprimé par son auteur ; il n’accepte plus de réponses.
error-author-edits = Seul son auteur peut modifier ceci.
error-deleted-no-edit = Ceci a été supprimé ; il ne peut plus être modifié.
error-author-deletes = Seul son auteur peut supprimer ceci.

error-suspended = Vous êtes suspendu·e dans cette communauté jusqu’au { $until } : { $reason } D’ici là, vous pouvez lire et faire appel de la décision depuis l’avis de modération affiché sur votre contenu, mais pas publier.
error-flag-own = Vous avez écrit ceci ; modifiez-le plutôt que de le signaler.
error-flagged-already = Vous avez déjà signalé ceci.
error-case-decided = Ce cas est déjà tranché.
error-case-author = Vous avez écrit ce contenu : c’est donc quelqu’un d’autre qui tranche.
error-case-flagger = Vous avez signalé ce contenu : c’est donc quelqu’un d’autre qui tranche.
error-case-part = Vous avez écrit ou signalé ce contenu : c’est donc quelqu’un d’autre qui tranche.
error-case-claimed = Quelqu’un d’autre a pris ce cas en charge ; sa prise en charge dure 30 minutes.
error-case-claim-first = Prenez d’abord le cas en charge (une prise en charge dure 30 minutes), pour que personne ne le tranche deux fois.
error-case-decided-meanwhile = Ce cas a été tranché entre-temps.
error-case-hide-appealed = La personne qui l’a écrit a fait appel du masquage automatique : une personne chargée de l’intendance qui ne l’a pas signalé entend l’appel, et sa réponse tranche le cas.
error-case-cool-down = La personne qui l’a écrit a modifié ce contenu le { $edited } ; le délai de réflexion de la communauté permet de l’examiner à partir du { $from }.
error-appeal-not-author = Seule la personne dont le contenu a fait l’objet d’une décision peut faire appel.
error-appealed-already = Il a déjà été fait appel de cette décision.
error-appeal-nothing = Il n’y a rien à contester : le contenu n’est masqué ni par des signalements, ni par une décision confirmée.
error-appeal-too-late = { $days ->
    [one] Le délai d’appel de { $days } jour est écoulé.
   *[other] Le délai d’appel de { $days } jours est écoulé.
}
error-hearer-author = Vous avez écrit ce contenu : une autre personne chargée de l’intendance entend donc l’appel.
error-hearer-flagger = Vous avez signalé ce contenu : une autre personne chargée de l’intendance entend donc l’appel.
error-hearer-decider = Vous avez tranché ce cas : une autre personne chargée de l’intendance entend donc l’appel.
error-hearer-heard = Vous avez déjà entendu cet appel.
error-appeal-decided = Cet appel est déjà tranché.
error-appeal-part = Vous êtes partie prenante de ce cas : une autre personne chargée de l’intendance entend donc l’appel.
error-appeal-decided-meanwhile = Cet appel a été tranché entre-temps.

error-totp-exists = Vous avez déjà une application d’authentification : supprimez-la d’abord pour en configurer une nouvelle.
error-totp-start-first = Commencez d’abord la configuration.
error-totp-none = Vous n’avez aucune application d’authentification à supprimer.
error-second-factor-needed = Ce compte se connecte avec un second facteur.
error-oidc-unreachable = { $provider } est injoignable pour le moment : réessayez plus tard, ou connectez-vous avec votre mot de passe.
error-oidc-unverified = La réponse de { $provider } n’a pas pu être vérifiée ; personne n’a donc été connecté. Recommencez.
error-oidc-expired = Cette connexion a trop attendu ou est déjà terminée : recommencez.
error-oidc-unlinked = Aucun compte ici n’est encore lié à votre identité { $provider }. Connectez-vous avec votre mot de passe et liez { $provider } sur la page de votre compte, ou acceptez une invitation avec cette identité.
error-oidc-linked-other = Cette identité { $provider } est déjà liée à un autre compte.
error-oidc-has-other = Votre compte est lié à une autre identité { $provider } : déliez-la d’abord.
error-oidc-no-email = { $provider } n’a pas transmis d’adresse e-mail vérifiée, dont un compte a besoin. Acceptez plutôt l’invitation avec un mot de passe.
error-oidc-email-exists = Un compte existe déjà avec cette adresse e-mail : connectez-vous avec votre mot de passe, liez { $provider } sur la page de votre compte, puis acceptez l’invitation.
error-oidc-only-way = C’est votre seul moyen de connexion : liez d’abord un autre fournisseur, sinon vous ne pourriez plus vous connecter.
error-oidc-declined = Le fournisseur d’identité ne vous a pas connecté. Rien n’a changé ici.

error-no-mail = Ce serveur n’envoie pas d’e-mails : copiez plutôt le lien.
error-invitation-no-email = Cette invitation n’a pas d’adresse e-mail à laquelle l’envoyer.

error-offer-not-starter = Seule la personne qui a lancé un fil peut le proposer au public.
error-offer-hidden = Un fil supprimé ou masqué ne peut pas être proposé au public.
error-offer-public = Ce fil est déjà public : tout le monde peut le lire.
error-offer-private = Un fil privé reste entre les personnes qu’il nomme ; il ne peut pas être proposé au public.
error-offered-already = Ce fil est déjà proposé : { $state } (contribution { $id }).
error-contribution-undecidable = Il n’est pas possible de statuer sur cette contribution maintenant : { $state }
error-contribution-decided-meanwhile = Une autre personne chargée de la curation vient de statuer.
error-contribution-not-editable = Elle ne peut plus être modifiée : { $state }

error-suggest-kind = Ce type de contenu ne se modifie pas par suggestion.
error-suggest-decider = Seuls l’auteur du contenu ou une personne chargée de la curation statuent sur les modifications suggérées.
error-suggest-own = Vous avez écrit ceci ; modifiez-le vous-même plutôt que de suggérer.
error-suggest-version = Ce texte a changé (il en est à la version { $version }) depuis que vous avez lu la version { $base } ; relisez-le et faites votre suggestion sur la nouvelle version.
error-suggest-pending = { $count ->
    [one] Vous avez déjà { $count } suggestion en attente sur ce contenu ; attendez une décision.
   *[other] Vous avez déjà { $count } suggestions en attente sur ce contenu ; attendez une décision.
}
error-suggestion-decided = Cette suggestion a déjà été tranchée.
error-suggestion-author-left = Son auteur est parti ; cette suggestion ne peut plus qu’être refusée.
error-suggestion-stale = Le texte a changé (il en est à la version { $version }) depuis que cette suggestion a été faite sur la version { $base } ; elle peut être refusée, ou suggérée à nouveau.
error-suggestion-decided-meanwhile = Cette suggestion a été tranchée entre-temps.
error-revert-stale = Quelqu’un a enregistré la version { $version } entre-temps ; consultez à nouveau l’historique.

error-library-slug-taken = Cette communauté a déjà { $kind ->
    [practice] une pratique nommée
   *[design] un déroulé nommé
} `{ $slug }` ; choisissez un autre nom court.
error-library-publish-stale = Le contenu a changé pendant que vous publiiez ; relisez-le, puis publiez.
error-library-design-readable = Seul un déroulé que tous les membres et invités peuvent lire peut devenir le programme d’une rencontre.
error-library-owner = Seule la personne qui l’a ajouté, ou l’intendance, peut modifier ceci.
error-timer-running = Le minuteur tourne déjà.
error-timer-not-running = Le minuteur ne tourne pas.
error-timer-done = Tous les blocs sont terminés.
error-timer-extension = Un bloc se prolonge de 1 seconde à une journée au total.
error-timer-changed = Le minuteur a changé entre-temps ; regardez à nouveau.

error-phase-order = Après la phase { $from }, une rencontre passe à la phase { $expected }, pas à la phase { $to }.
error-phase-back = Depuis la phase { $from }, une rencontre ne revient qu’à la phase { $expected }, pas à la phase { $to }.
error-phase-after-closed = Une rencontre terminée n’a plus de phase suivante.
error-phase-before-first = L’invitation est la première phase : il n’y en a pas avant.
error-phase-name-invitation = d’invitation
error-phase-name-marketplace = de la place du marché
error-phase-name-sessions = des sessions
error-phase-name-convergence = de convergence
error-phase-name-closed = de clôture

error-cafe-rounds-max = Un café compte au plus { $max } tours.
error-cafe-tables-max = Un café compte au plus { $max } tables.
error-cafe-host-busy = Cette personne accueille déjà une autre table.
error-cafe-plan-needs = Un plan a besoin de tours, de tables et d’au moins deux personnes inscrites.
error-cafe-add-round = Ajoutez d’abord un tour avec sa question.
error-cafe-last-round = C’était le dernier tour.
error-cafe-no-round = Aucun tour n’est en cours.
error-cafe-not-started = Le café n’a pas commencé : les tables ouvrent avec le premier tour.
error-cafe-notes-not-yet = Les notes s’ouvrent quand leur tour commence.
error-cafe-notes-sat = Seules les personnes assises à cette table pendant ce tour en écrivent les notes : enregistrez-vous d’abord à cette table.

error-lean-closed = Ce Lean Coffee est clos.
error-lean-vote-left = Les votes vont aux sujets encore à discuter ; celui-ci a quitté cette colonne.
error-lean-no-vote = Vous n’avez pas de vote sur ce sujet à retirer.
error-lean-discussing = Un sujet est en cours de discussion ; terminez-le d’abord (ou laissez le vote romain y mettre fin).
error-lean-not-waiting = Ce sujet n’attend pas d’être discuté.
error-lean-none-waiting = Aucun sujet n’attend.
error-lean-roman-open = Le vote romain est déjà ouvert.
error-lean-roman-not-open = Le vote romain n’est pas ouvert.
error-lean-merge-self = Un sujet ne peut pas être fusionné avec lui-même.
error-lean-merge-done = Seuls les sujets encore à discuter peuvent être fusionnés.
error-lean-actions-later = Les actions naissent d’un sujet une fois qu’il a été discuté.
error-lean-proposal-later = Un sujet devient une proposition une fois que le groupe l’a discuté.
error-lean-not-discussed = Ce sujet n’est pas en cours de discussion.

error-suggest-no-sessions = Aucune session n’a encore été annoncée : il n’y a donc rien à planifier.
error-suggest-no-cell = Le mur n’a aucune case libre pour des sessions : ajoutez un espace ou un créneau, puis redemandez une suggestion.
error-suggest-wall-changed = Le mur a changé depuis cette suggestion ; en voici une nouvelle.

error-decision-closed = Cette décision est close.
error-decision-deadline-passed = L’échéance est passée : la décision n’attend plus que d’être close.
error-decision-not-consent = Cette décision se prend par { $process ->
    [advice] sollicitation d’avis
    [majority] vote à la majorité simple
    [dot] vote par gommettes
   *[ranked_choice] vote par classement
}, pas par consentement.
error-decision-not-vote = Cette décision se prend par { $process ->
    [advice] sollicitation d’avis
   *[consent] consentement
}, pas par un vote.
error-decision-answers = Seule la personne qui a proposé le changement répond aux objections.
error-advice-only = Les avis ne s’enregistrent que dans une sollicitation d’avis.
error-advice-decider = Seule la personne qui décide enregistre les avis qu’elle a sollicités.
error-advice-recorded = Vous avez déjà enregistré l’avis de cette personne.
error-decision-closed-already = Cette décision est déjà close.
error-decision-closes-at = Cette décision se clôt à son échéance, le { $deadline }.
error-decision-closed-meanwhile = Cette décision a été close entre-temps.

error-initiative-not-possible = Impossible : { $why }.
error-initiative-why-invite = seules la personne qui l’a lancée ou une personne qui la pilote invitent
error-initiative-why-in-already = vous en faites déjà partie
error-initiative-why-invited-already = cette personne est déjà invitée ou en fait partie
error-initiative-why-ask-self = chacun demande à rejoindre pour soi-même
error-initiative-why-asked-already = vous avez déjà demandé ou en faites déjà partie
error-initiative-why-accept-invited = seule la personne invitée peut accepter une invitation
error-initiative-why-accept-request = une demande est acceptée par la personne qui l’a lancée ou par une personne qui la pilote
error-initiative-why-nothing-accept = il n’y a rien à accepter
error-initiative-why-nothing-withdraw = il n’y a rien à retirer
error-initiative-why-leave-self = chacun part de lui-même ; personne n’est retiré ici
error-initiative-why-offer-lead = seules la personne qui l’a lancée ou une personne qui la pilote invitent à la piloter
error-initiative-why-leads-already = cette personne la pilote déjà
error-initiative-why-offer-waits = une invitation à piloter attend déjà sa réponse
error-initiative-why-no-offer-accept = il n’y a pas d’invitation à piloter à accepter
error-initiative-why-accept-self = seule la personne invitée peut accepter
error-initiative-why-no-offer-decline = il n’y a pas d’invitation à piloter à refuser
error-initiative-why-answer-offer = c’est la personne invitée ou une personne qui pilote qui répond à une invitation à piloter
error-initiative-why-step-down-self = personne ne cesse de piloter parce que d’autres le disent
error-initiative-why-starter-leads = la personne qui l’a lancée la pilote
error-initiative-why-not-lead = vous ne la pilotez pas
error-initiative-lead-answered = Cette invitation à piloter a reçu une réponse entre-temps.
error-initiative-starter-stays = La personne qui a lancé l’initiative y reste.
error-initiative-ask-taken = Quelqu’un s’en est déjà chargé.
error-initiative-ask-settle = Une demande est réglée par son auteur, par la personne qui s’en est chargée ou par une personne qui pilote.
error-initiative-join-first = Les nouvelles et les demandes viennent des membres de l’initiative ; rejoignez-la d’abord.

error-rate-attempts = { $seconds ->
    [one] Trop de tentatives. Veuillez patienter { $seconds } seconde avant de réessayer (cela protège les comptes contre les tentatives de deviner les mots de passe).
   *[other] Trop de tentatives. Veuillez patienter { $seconds } secondes avant de réessayer (cela protège les comptes contre les tentatives de deviner les mots de passe).
}
error-rate-posting = Vous publiez plus vite que ce serveur ne le permet ({ $per_minute } publications par minute). Rien n’a été enregistré ; veuillez patienter { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
} avant de réessayer.

error-field-code = code
error-field-current-password = mot de passe actuel
error-field-note = note
error-field-table-size = taille des tables
error-field-tables = tables
error-field-minutes = minutes
error-field-host = hôte
error-field-version = version
error-field-options = options
error-field-person = personne
error-field-mandate = mandat
error-field-ballot = bulletin
error-field-adviser = personne consultée
error-field-start = début
error-current-password-wrong = Le mot de passe actuel est incorrect.
error-code-mismatch = Ce code ne correspond pas : essayez le code actuel.
error-code-used = Ce code a déjà servi : attendez le suivant.
error-your-password-wrong = Votre mot de passe est incorrect.
error-code-wrong = Ce code est incorrect ou a déjà servi.
error-at-most-chars = { $max } caractères au plus
error-chars-range = de { $min } à { $max } caractères
error-note-say-what = dites ce qui ne va pas
error-no-author-to-sanction = ce contenu n’a pas d’auteur à avertir ou à suspendre
error-whole-number-from = un nombre entier de { $min } à { $max }
error-tables-range = de { $min } à { $max } tables
error-not-a-member = ne fait pas partie de cette communauté
error-design-keeps-slug = un déroulé garde son nom court ; dérivez-le pour lui en donner un autre
error-suggestion-no-change = la suggestion ne change rien
error-current-version = c’est la version actuelle
error-options-none = proposez au moins un changement
error-options-same-kind = jusqu’à { $max } changements, tous du même type
error-options-one = le consentement et la sollicitation d’avis tranchent un seul changement ; un vote choisit entre plusieurs
error-guest-not-steward = une personne invitée ne peut pas être chargée de l’intendance
error-no-such-mandate = ce mandat n’existe pas ici
error-ballot-dots = répartissez { $max } gommettes au plus entre les options
error-ballot-ranked = classez chaque option une fois au plus
error-ballot-one = choisissez l’une des options
error-adviser-other = une autre personne de cette communauté
error-slot-overlaps = il chevauche le créneau { $other } ; choisissez un horaire en dehors
error-slot-before-opening = un créneau de sessions ne peut pas commencer avant la fin du cercle d’ouverture { $opening }
error-block-clash = le bloc { $block } le { $date } à { $time } entrerait en conflit avec { $named } au programme de la rencontre (les créneaux ne peuvent pas se chevaucher, et aucun créneau de sessions ne peut commencer avant la fin de la première plénière) ; choisissez un autre début ou modifiez ce créneau
error-choose-language = Choisissez English, Deutsch, Français ou Español.
