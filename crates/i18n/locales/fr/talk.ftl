# Threads: the list, one thread, a new thread, a reply.
talk-threads-title = Discussions
talk-threads-start = Lancer une discussion
talk-threads-empty = Aucune discussion pour l’instant. Lancez-en une pour poser une question au réseau entre deux rencontres.
talk-pinned = épinglée
# $visibility is one of the talk-visibility-… words.
talk-threads-meta = par { $author } · { $visibility } · active { $when }
talk-threads-unread = { $count ->
    [one] { $count } nouvelle réponse
   *[other] { $count } nouvelles réponses
} depuis votre dernière lecture
talk-threads-not-read = pas encore lue
talk-visibility-public = publique
talk-visibility-network = réseau
talk-visibility-organization = organisation
talk-visibility-private = privée
talk-thread-session = la session
talk-thread-gathering = la rencontre
talk-readers-public = Tout le monde peut lire cette discussion, y compris les personnes non connectées.
talk-readers-network = Toute la communauté peut lire cette discussion, invité·es compris.
talk-readers-organization = Seuls les membres d’une organisation peuvent lire cette discussion (pas les invité·es).
talk-readers-private = Seules les personnes nommées par son auteur ou son autrice peuvent lire cette discussion.
talk-follow-label = Me prévenir de
talk-follow-watch = chaque réponse (suivie)
talk-follow-normal = seulement quand on me mentionne
talk-follow-mute = rien (en sourdine)
talk-save = Enregistrer
talk-unpin = Désépingler
talk-pin = Épingler en haut
talk-offer = Proposer au public
talk-offer-help = Les curateurs et curatrices décident ; seul votre message d’ouverture part, comme contribution.
talk-edited = modifié
talk-new = nouveau
talk-tombstone = Supprimé par son auteur ou son autrice.
talk-mentions = Mentions :
talk-history = Historique ({ $count ->
    [one] { $count } version
   *[other] { $count } versions
})
talk-history-version = version { $version }, { $when }
talk-quote = Citer dans une réponse
talk-edit-or-delete = Modifier ou supprimer
talk-field-title = Titre
talk-edit-text = Texte
talk-edit-base = (enregistré par-dessus la version { $version })
talk-delete = Supprimer
talk-thread-closed = Cette discussion a été supprimée par la personne qui l’a lancée et n’accepte plus de réponses.
talk-reply-heading = Répondre
talk-reply-label = Votre réponse
talk-markdown = (Markdown)
talk-post-reply = Publier la réponse
talk-new-body = Que voulez-vous dire ?
talk-new-body-hint = (Markdown ; mentionnez un membre avec @ et son nom sans espaces, par exemple @AnaLima)
talk-new-who = Qui peut la lire (choisi maintenant, pour la discussion et chaque réponse)
talk-new-public = Tout le monde, y compris les personnes non connectées
talk-new-network = Toute la communauté, invité·es compris
talk-new-organization = Seulement les membres de { $organization }
talk-new-private = Seulement moi et les personnes que je nomme ci-dessous
talk-new-people = Personnes qui peuvent lire une discussion privée ({ $chosen } choisies sur { $total })
talk-new-people-legend = Nommez les personnes qui peuvent la lire
talk-new-submit = Lancer la discussion
talk-reply-page-title = Réponse : { $title }
talk-reply-to = Répondre à « { $title } »
talk-reply-hint = (Markdown ; une citation, ce sont les lignes qui commencent par >)
talk-done-started = Votre discussion est lancée. Vous la suivez : les réponses vous parviendront.
talk-done-replied = Votre réponse est publiée.
talk-done-edited = Enregistré. La version précédente reste dans l’historique.
talk-done-deleted = Supprimé. Une note garde sa place dans la discussion.
talk-done-watching = Vous suivez cette discussion : chaque réponse vous parviendra.
talk-done-muted = Vous avez mis cette discussion en sourdine : plus rien ne vous en parviendra.
talk-done-normal = Vous n’entendrez parler de cette discussion que si quelqu’un vous mentionne.
talk-done-pinned = Épinglée : la discussion reste en haut de la liste.
talk-done-unpinned = Désépinglée.
# The inbox, its e-mail settings and the unsubscribe page.
talk-inbox-title = Boîte de réception
talk-inbox-unread = { $count ->
    [0] Rien de non lu.
    [one] { $count } notification que vous n’avez pas encore lue.
   *[other] { $count } notifications que vous n’avez pas encore lues.
}
talk-inbox-about = Vous êtes prévenu·e des mentions, des réponses dans les discussions que vous suivez, des contributions et de leur curation, des invitations et des actions à échéance, seulement là où vous pouvez lire ce dont il s’agit.
talk-inbox-settings = Réglages des e-mails
talk-inbox-read-all = Tout marquer comme lu
talk-inbox-empty = Aucune notification pour l’instant.
talk-inbox-mark-label = Marquer « { $text } » comme lu
talk-inbox-mark = Marquer comme lu
talk-inbox-done-read = Marqué comme lu.
talk-inbox-done-all = Tout est marqué comme lu.
talk-mail-title = Notifications par e-mail
talk-mail-intro-before = Tout arrive dans votre
talk-mail-intro-link = boîte de réception
talk-mail-intro-after = . Choisissez pour chaque type s’il arrive aussi par e-mail tout de suite, dans un résumé quotidien, ou pas du tout.
talk-mail-off = Ce serveur n’envoie pas d’e-mails pour le moment ; vos choix s’appliqueront dès qu’il le fera.
talk-mail-saved = Enregistré : vos réglages d’e-mail s’appliquent dès maintenant.
talk-kind-label-mention = Quelqu’un me mentionne
talk-kind-label-reply = Une réponse dans une discussion que je suis
talk-kind-label-curation = Une contribution attend la curation (curateurs et curatrices)
talk-kind-label-decision = Une décision sur ma contribution
talk-kind-label-invitation = Une invitation à une rencontre
talk-kind-label-action-due = Une de mes actions arrive à échéance dans 3 jours
talk-mode-now = E-mail tout de suite
talk-mode-digest = Dans le résumé quotidien
talk-mode-never = Pas d’e-mail
talk-unsub-title = Se désabonner
talk-unsub-all = aucun type d’e-mail de notification
# $kind is the kind's code.
talk-unsub-one = { $kind ->
    [mention] d’e-mails pour « Quelqu’un me mentionne »
    [reply] d’e-mails pour « Une réponse dans une discussion que je suis »
    [curation] d’e-mails pour « Une contribution attend la curation »
    [decision] d’e-mails pour « Une décision sur ma contribution »
    [invitation] d’e-mails pour « Une invitation à une rencontre »
   *[action_due] d’e-mails pour « Une de mes actions arrive à échéance dans 3 jours »
}
talk-unsub-done = C’est fait : vous ne recevrez plus { $what }. Votre boîte de réception montre toujours tout ; vous pouvez changer cela dans vos
talk-unsub-settings = réglages de notification
talk-unsub-done-after = .
talk-unsub-confirm = Ceci n’enverra plus { $what } au compte auquel le message a été envoyé.
# Inbox items and their e-mails.
talk-note-someone = Quelqu’un
talk-note-mention = { $actor } vous a mentionné·e dans « { $title } »
talk-note-reply = { $actor } a répondu dans « { $title } »
talk-note-curation = « { $title } » attend la curation
# $state is one of the talk-state-… sentences.
talk-note-decision = Une décision a été prise sur « { $title } ». { $state }
talk-note-invitation = Vous êtes invité·e à une rencontre de { $community }
talk-note-action-due = Votre action « { $title } » arrive à échéance le { $due }
talk-note-no-date = une date à fixer
talk-mail-open = Ouvrir
talk-mail-why-text = Vous recevez ce message en raison de vos réglages de notification ({ $settings }).
talk-mail-why-before = Vous recevez ce message en raison de vos
talk-mail-why-link = réglages de notification
talk-mail-why-after = .
talk-mail-stop-these = Ne plus recevoir ces e-mails
talk-mail-stop-all = Ne plus recevoir aucun e-mail de notification
talk-digest-subject = Votre résumé quotidien : { $count ->
    [one] { $count } notification
   *[other] { $count } notifications
}
talk-digest-mention = Mentions
talk-digest-reply = Réponses dans les discussions que vous suivez
talk-digest-curation = Contributions qui attendent la curation
talk-digest-decision = Décisions sur vos contributions
talk-digest-invitation = Invitations
talk-digest-action-due = Actions bientôt à échéance
talk-state-waiting = En attente d’une personne de la curation.
talk-state-changes = Des changements ont été demandés : modifiez-la et elle attendra de nouveau.
talk-state-accepted = Acceptée : elle est sur la page publique.
talk-state-declined = Refusée.
# Search.
talk-search-title = Recherche
talk-search-label = Rechercher dans cette communauté
talk-search-words = Des mots ou « une expression »
talk-search-go = Rechercher
talk-search-help = Chaque mot doit apparaître ; mettez des mots entre guillemets pour les trouver dans cet ordre. Seul ce que vous pouvez lire est cherché.
talk-search-narrow = Affiner
talk-search-kind = Type
talk-search-everything = Tout
talk-search-gathering = Rencontre
talk-search-any-gathering = N’importe quelle rencontre, ou aucune
talk-search-author = Écrit par
talk-search-anyone = N’importe qui
talk-search-me = Moi
talk-search-from = Du (jour, UTC)
talk-search-until = Au (jour, UTC)
talk-search-meta = { $kind } · par { $author } · { $when }
talk-search-pages = Pages de résultats
talk-previous-page = Page précédente
talk-next-page = Page suivante
talk-search-count = { $count ->
    [0] Rien de ce que vous pouvez lire ne correspond à « { $query } ».
    [one] { $count } résultat que vous pouvez lire correspond à « { $query } ».
   *[other] { $count } résultats que vous pouvez lire correspondent à « { $query } », les meilleurs d’abord ; page { $page } sur { $pages }.
}
talk-search-bad-day = Indiquez un jour comme 2026-12-01.
talk-search-bad-choice = Choisissez dans la liste.
talk-kinds-thread = Discussions
talk-kind-thread = Discussion
talk-kinds-reply = Réponses
talk-kind-reply = Réponse
talk-kinds-session = Sessions
talk-kind-session = Session
talk-kinds-report = Comptes rendus
talk-kind-report = Compte rendu
talk-kinds-action = Actions
talk-kind-action = Action
talk-kinds-contribution = Contributions
talk-kind-contribution = Contribution
talk-kinds-lean-topic = Sujets de Lean Coffee
talk-kind-lean-topic = Sujet de Lean Coffee
talk-kinds-cafe-note = Notes de World Café
talk-kind-cafe-note = Note de World Café
talk-kinds-initiative = Initiatives
talk-kind-initiative = Initiative
talk-kinds-init-update = Nouvelles d’initiatives
talk-kind-init-update = Nouvelle d’une initiative
talk-kinds-init-ask = Demandes d’initiatives
talk-kind-init-ask = Demande d’une initiative
talk-kinds-practice = Pratiques
talk-kind-practice = Pratique
talk-kinds-design = Déroulés de rencontre
talk-kind-design = Déroulé de rencontre
talk-kind-other = Autre
# Contributions, the public page and its Atom feed.
talk-contributions-mine = Mes contributions
talk-contributions-queue = Contributions à examiner
talk-contributions-about-before = Une contribution est un cas, un article ou une idée destinée au public : les curateurs et curatrices de la communauté la lisent, puis l’acceptent pour la
talk-public-page = page publique
talk-contributions-about-after = , vous demandent des changements ou la refusent, toujours avec une raison que vous voyez.
talk-contributions-queue-empty = Rien n’attend la curation.
talk-contributions-mine-empty = Vous n’avez encore proposé aucune contribution ici.
talk-contribution-submit-title = Proposer une contribution
talk-contribution-reason-shown = La raison donnée par la curation :
talk-contribution-meta = par { $author } · { $license } · attribution : { $attribution }
talk-contribution-offered-before = Proposée depuis la discussion
talk-contribution-offered-after = { "\u00A0" }: seulement son message d’ouverture, tel qu’il était lors de la proposition ; la discussion garde ses lecteurs et lectrices.
talk-contribution-edit = Modifier
talk-contribution-summary = Résumé
talk-contribution-summary-hint = (quelques phrases, affichées dans les listes et le flux)
talk-contribution-attribution = Attribution
talk-contribution-attribution-hint = (qui la page publique crédite)
talk-contribution-license = Licence
talk-contribution-save = Enregistrer et renvoyer à la curation
talk-contribution-decide = Décider
talk-contribution-decision = Décision
talk-contribution-accept = Accepter : la publier sur la page publique
talk-contribution-changes = Demander des changements à son auteur ou son autrice
talk-contribution-decline = Refuser
talk-contribution-reason = Raison
talk-contribution-reason-hint = (la personne qui l’a écrite la voit ; elle va au journal d’audit)
talk-contribution-new-about-before = Seuls vous et les curateurs et curatrices de la communauté la lisent jusqu’à ce qu’elle soit acceptée ; ensuite tout le monde peut la lire sur la
talk-contribution-new-about-after = , sous la licence que vous choisissez.
talk-contribution-submit = Proposer
talk-contribution-done-submitted = Proposée. Les curateurs et curatrices de la communauté sont prévenus ; vous serez informé·e de leur décision.
talk-contribution-done-edited = Enregistrée. Elle attend de nouveau la curation.
talk-contribution-done-offered = Proposée au public. Elle attend la curation ; la discussion elle-même reste telle quelle.
talk-contribution-done-accept = Acceptée : elle est maintenant sur la page publique de la communauté, et la personne qui l’a écrite est prévenue.
talk-contribution-done-changes = Renvoyée pour changements : la personne qui l’a écrite reçoit votre raison.
talk-contribution-done-decline = Refusée : la personne qui l’a écrite reçoit votre raison.
talk-public-title = { $community } : public
talk-public-about = Les contributions que les curateurs et curatrices de la communauté ont publiées pour tout le monde.
talk-public-feed = Flux Atom
talk-public-empty = Rien n’est encore publié.
talk-public-meta = Par { $attribution } · publiée { $when } · licence
talk-feed-title = { $community } : contributions publiées
talk-feed-rights = Licence : { $license }. Attribution : { $attribution }.
