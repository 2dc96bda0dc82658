# Les pages des autres formats : World Café (cafe-), Lean Coffee (lean-), initiatives (initiative-).

cafe-done-created = Cette rencontre est désormais un World Café. Ajoutez ses tours et ses tables ci-dessous.
cafe-done-round = Le tour est ajouté.
cafe-done-table = La table est ajoutée.
cafe-done-host = L’hôte de la table est enregistré.
cafe-done-planned = Un plan de tables est proposé : chacun voit la table qui lui est suggérée, et tout le monde peut s’asseoir ailleurs.
cafe-done-joined = Vous participez : la table qui vous est suggérée s’affiche pour chaque tour.
cafe-done-left = Vous avez quitté le café : aucune table ne vous est suggérée pour les tours à venir.
cafe-done-started = Le tour a commencé.
cafe-done-paused = Le minuteur est en pause.
cafe-done-resumed = Le minuteur tourne à nouveau.
cafe-done-sat = Vous êtes à cette table pour ce tour.
cafe-done-stood = Vous n’êtes plus à aucune table.
cafe-done-noted = Les notes sont enregistrées.
cafe-done-themed = Les notes sont regroupées en thèmes selon les termes qu’elles partagent.
cafe-done-moved = La note est déplacée.
cafe-clock-not-started = pas commencé
cafe-clock-running = reste { $left }
cafe-clock-paused = en pause, reste { $left }
cafe-clock-over = temps écoulé (dépassé de { $by })
cafe-title = World Café · { $title }
cafe-links = Ce café
cafe-link = Café
cafe-harvest = Mur de récolte
cafe-world-cafe = World Café
cafe-write = Écrire les notes de ce tour à { $table }
cafe-write-hint = Toute la table écrit ensemble ; si quelqu’un a enregistré entre-temps, vous voyez les deux textes et les fusionnez.
cafe-notes-label = Notes (tour { $round })
cafe-save-notes = Enregistrer les notes
cafe-plan = Vos tables suggérées
cafe-plan-round = Tour { $n } :
cafe-plan-round-short = Tour { $n }
cafe-plan-none = pas de suggestion
cafe-leave = Je pars après ce tour
cafe-join-hint = Rejoignez le plan de tables pour recevoir une table suggérée à chaque tour (vous pouvez toujours vous asseoir ailleurs).
cafe-join = Rejoindre le plan de tables
cafe-joined-count = { $people ->
    [one] { $people } personne a rejoint
   *[other] { $people } personnes ont rejoint
} le plan ; { $planned ->
    [one] { $planned } d’entre elles a
   *[other] { $planned } d’entre elles ont
} une table suggérée.
cafe-host-controls = Commandes de l’hôte
cafe-start-round = Lancer le tour { $n }
cafe-add-round-first = Ajoutez un tour pour commencer.
cafe-last-round = C’est le dernier tour.
cafe-resume = Relancer le minuteur
cafe-pause = Mettre le minuteur en pause
cafe-suggest-plan = Proposer un plan de tables
cafe-plan-hint = Le plan porte sur les tours pas encore commencés : le moins de rencontres répétées possible, des organisations mêlées, les hôtes restent à leur table. Les personnes qui arrivent plus tard sont ajoutées sans déplacer personne.
cafe-rounds = Tours
cafe-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
cafe-next-question = Question du prochain tour
cafe-add-round = Ajouter le tour
cafe-tables-hosts = Les tables et leurs hôtes
cafe-seats = { $n ->
    [one] { $n } place
   *[other] { $n } places
}
cafe-host-of = Hôte de { $table }
cafe-no-host = pas d’hôte
cafe-save-host = Enregistrer l’hôte
cafe-new-table = Nouvelle table
cafe-seats-label = Places
cafe-add-table = Ajouter la table
cafe-round-of = Tour { $n } sur { $rounds }
cafe-ends-at = se termine à { $at }, { $zone }
cafe-not-started = Pas encore commencé
cafe-host-starts = L’hôte lance le premier tour.
cafe-host-starts-with = L’hôte lance le premier tour : « { $question } ».
cafe-your-table = Votre table
cafe-suggested = Votre table suggérée :
cafe-suggested-hint = Ce n’est qu’une suggestion : asseyez-vous où vous voulez.
cafe-no-suggestion = Aucune table ne vous est suggérée pour ce tour : asseyez-vous où vous voulez.
cafe-not-joined = Aucune table ne vous est suggérée (vous n’avez pas rejoint le plan) : asseyez-vous où vous voulez.
cafe-seat = Pour ce tour, vous êtes à { $table }.
cafe-no-seat = Vous n’êtes encore à aucune table.
cafe-before = Ce que le tour { $round } a laissé à { $table }
cafe-before-none = Le tour { $round } n’a laissé aucune note à { $table }.
cafe-notes-now = Notes de ce tour à { $table } (version { $version })
cafe-tables = Tables
cafe-tables-hint = Les nombres indiquent combien de personnes se sont installées à chaque table pour ce tour, et combien de places elle compte. Une table pleine n’est qu’une indication : vous pouvez quand même vous y asseoir.
cafe-table-host = hôte : { $name }
cafe-seats-taken = { $seated } places occupées sur { $seats }
cafe-full = (complète)
cafe-your-suggestion = votre suggestion
cafe-sit-at = S’asseoir à { $table }
cafe-sit-here = M’asseoir ici
cafe-leave-table = Quitter ma table
cafe-new-title = Organiser en World Café · { $title }
cafe-new-heading = Organiser « { $title } » en World Café
cafe-new-lead = Un World Café, ce sont des tours de conversation à de petites tables : chaque tour a sa question, les hôtes restent à leur table, tous les autres changent de table. Convene propose un plan de tables pour que chacun rencontre de nouvelles personnes d’autres organisations ; personne n’est placé d’office, chacun peut s’asseoir où il veut.
cafe-new-tables = Nombre de tables
cafe-new-size = Personnes par table (au plus)
cafe-new-button = En faire un World Café
cafe-harvest-title = Mur de récolte · { $title }
cafe-harvest-saved = L’hôte a regroupé les notes de tous les tours dans ces thèmes.
cafe-harvest-suggested = Ces thèmes sont des propositions : les notes sont regroupées selon les mots qu’elles partagent (un terme présent dans peu de notes pèse plus qu’un terme présent dans beaucoup). Rien n’est décidé tant que l’hôte ne les a pas enregistrés.
cafe-harvest-shared-why = Les « termes partagés » expliquent pourquoi des notes sont réunies.
cafe-proceedings-md = Actes (Markdown)
cafe-proceedings-pdf = Actes (PDF)
cafe-group-again = Regrouper à nouveau les notes
cafe-save-themes = Enregistrer ces thèmes
cafe-no-notes = Pas encore de notes : chaque table écrit les siennes pendant un tour.
cafe-notes-count = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
cafe-shared-terms = Termes partagés :
cafe-move-to = Déplacer vers le thème
cafe-no-theme = aucun thème
cafe-move = Déplacer

lean-done-proposed = Votre sujet est sur le tableau, dans « À discuter ».
lean-done-voted = Votre voix est donnée.
lean-done-unvoted = Votre voix est reprise ; vous pouvez la donner à un autre sujet.
lean-done-started = Le sujet est en discussion ; sa timebox a commencé.
lean-done-roman-open = Le vote romain est ouvert : pouce levé pour continuer, sur le côté si les deux vous vont, baissé pour passer à la suite.
lean-done-hand = Votre main est comptée. Vous pouvez la changer jusqu’à la clôture du vote.
lean-done-continued = Plus de pouces levés que baissés : le sujet continue avec une nouvelle timebox.
lean-done-ended = Pas plus de pouces levés que baissés : le sujet est terminé.
lean-done-finished = Le sujet est terminé.
lean-done-merged = Les sujets sont fusionnés ; leurs voix sont désormais réunies, une par personne.
lean-done-action = L’action est notée. Portez-vous volontaire si vous la prenez en charge.
lean-done-volunteered = Vous vous êtes porté volontaire pour l’action.
lean-done-stepped-back = Vous vous êtes retiré de l’action.
lean-done-closed = Le Lean Coffee est clos. Le compte rendu reste ici, à lire et à télécharger.
lean-thumb-up = Continuer
lean-thumb-sideways = Peu importe
lean-thumb-down = Passer à la suite
lean-tally = { $up } pour, { $sideways } sur le côté, { $down } contre
lean-tally-continues = plus de pouces levés que baissés, donc le sujet continue.
lean-tally-nobody = personne n’a voté, donc le sujet s’arrête.
lean-tally-ends = pas plus de pouces levés que baissés, donc le sujet s’arrête.
lean-tally-sideways = { $n ->
    [one] Une main était sur le côté : quelqu’un pourrait aller dans un sens comme dans l’autre.
   *[other] { $n } mains étaient sur le côté : ces personnes pourraient aller dans un sens comme dans l’autre.
}
lean-list = Lean Coffees
lean-list-lead = Un Lean Coffee est une réunion sans ordre du jour fixé : chacun propose des sujets, vote pour ceux qui lui tiennent à cœur, et le groupe en discute dans l’ordre des voix, quelques minutes à la fois, en décidant ensemble s’il faut continuer.
lean-list-none = Pas encore de Lean Coffee.
lean-state-open = ouvert
lean-state-closed = clos
lean-new = Animer un nouveau Lean Coffee
lean-new-question = De quoi s’agit-il ?
lean-new-zone = Fuseau horaire
lean-new-zone-hint = (par ex. Europe/Paris)
lean-new-votes = Voix par personne
lean-new-minutes = Minutes par sujet (et par prolongation)
lean-new-button = Créer le Lean Coffee
lean-title = { $title } · Lean Coffee
lean-badge = Lean Coffee
lean-votes-you-have = Il vous reste
lean-votes-left = voix sur { $votes }.
lean-votes-rule = Chaque personne dispose de { $votes } voix, au plus une par sujet ; le sujet qui a le plus de voix est discuté en premier, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} à la fois.
lean-my-hand = Votre main dans le vote romain en cours :
lean-propose = Proposer un sujet
lean-add-topic = Ajouter le sujet
lean-closed = Ce Lean Coffee est clos : { $n ->
    [one] { $n } sujet a été discuté.
   *[other] { $n } sujets ont été discutés.
}
lean-summary = Compte rendu
lean-summary-lead = Les sujets dans l’ordre où ils ont été discutés, le résultat de chaque vote romain, et les actions avec qui les porte :
lean-step-back = Pour vous retirer d’une action dont vous vous êtes chargé, utilisez la
lean-action-list = liste d’actions de la rencontre
lean-close = Clore ce Lean Coffee
lean-next = Discuter le sujet suivant (le plus de voix)
lean-col-to-discuss = À discuter
lean-col-discussing = En discussion
lean-col-done = Terminé
lean-none-waiting = Aucun sujet en attente.
lean-propose-above = Proposez-en un ci-dessus.
lean-proposed-by = Proposé par { $name }
lean-votes = { $n } voix
lean-merged-with = fusionné avec
lean-vote = Voter
lean-vote-for = Voter pour « { $topic } »
lean-unvote = Reprendre ma voix
lean-unvote-for = Reprendre votre voix pour « { $topic } »
lean-discuss-now = Discuter maintenant
lean-discuss-now-label = Discuter « { $topic } » maintenant
lean-merge-label = Fusionner « { $topic } » avec
lean-merge = Fusionner avec
lean-merge-button-label = Fusionner « { $topic } » avec le sujet choisi
lean-timebox-continued = timebox { $box } (prolongée { $n } fois)
lean-time-up = Le temps est écoulé : le groupe décide par le vote romain s’il continue.
lean-time-left = restantes dans cette timebox de { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
lean-roman-n = Vote romain { $n } :
lean-roman-ask = Vote romain { $n } : continuer avec ce sujet ?
lean-hands = { $n ->
    [one] { $n } main
   *[other] { $n } mains
} pour l’instant.
lean-roman-rule = Le sujet continue tant que les pouces levés sont plus nombreux que les pouces baissés ; sur le côté veut dire que les deux vous vont.
lean-roman-close = Clore le vote et compter
lean-roman-open = Demander le vote romain
lean-finish = Terminer ce sujet
lean-nothing-discussed = Rien n’est en discussion pour le moment.
lean-none-done = Aucun sujet n’est encore terminé.
lean-timeboxes = { $n } timebox
lean-proposed-for-decision = Proposé pour une décision :
lean-to-proposal = En faire une proposition
lean-to-proposal-label = Faire de « { $topic } » une proposition
lean-actions-from = Actions issues de « { $topic } »
lean-no-volunteer = pas encore de volontaire
lean-carried-by = portée par
lean-volunteer = Je m’en charge
lean-volunteer-for = Se charger de « { $action } »
lean-grow = En faire une initiative
lean-grow-label = Faire de « { $action } » une initiative
lean-action-label = Une action issue de ce sujet
lean-add-action = Ajouter l’action
lean-proposal-title = Faire de « { $topic } » une proposition
lean-proposal-heading = Faire d’un sujet une proposition
lean-proposal-lead = Le sujet « { $topic } » devient une proposition soumise au processus de décision de la communauté. Elle est tranchée selon la règle que la communauté a fixée pour ce type de changement, et la carte du sujet y renvoie.
lean-proposal-why-label = Pourquoi (au moins une phrase)
lean-proposal-button = Ouvrir la décision
lean-proposal-why = Cette proposition vient du sujet « { $topic } » du Lean Coffee « { $lean } », discuté en { $boxes } timebox.
lean-proposal-last-vote = Dernier vote romain : { $tally }

initiative-done-started = Votre initiative est lancée. Invitez des personnes, ou laissez-les demander à la rejoindre.
initiative-done-asked = Vous avez demandé à la rejoindre. La personne qui l’a lancée ou une personne qui la pilote vous répondra.
initiative-done-invited = L’invitation est envoyée. Ces personnes en font partie dès qu’elles l’acceptent.
initiative-done-joined = Vous en faites partie : vous pouvez publier des nouvelles et demander de l’aide.
initiative-done-accepted = Acceptée : cette personne fait maintenant partie de l’initiative.
initiative-done-withdrawn = C’est fait : cette invitation, cette demande ou cette participation est retirée.
initiative-done-updated = Votre nouvelle est publiée.
initiative-done-lead-offered = L’invitation à piloter est envoyée. La personne pilote dès qu’elle l’accepte.
initiative-done-leading = Vous pilotez maintenant cette initiative, avec la personne qui l’a lancée.
initiative-done-lead-declined = Vous avez décliné l’invitation à piloter.
initiative-done-lead-withdrawn = L’invitation à piloter est retirée.
initiative-done-stepped-down = Vous ne pilotez plus ; vous faites toujours partie de l’initiative.
initiative-done-ask = Votre demande d’aide est publiée ; n’importe qui dans la communauté peut s’en charger.
initiative-done-ask-status = L’état de la demande est enregistré.
initiative-lead = Une initiative, c’est quelque chose que des personnes portent ensemble : une action issue d’une rencontre, ou l’idée de quelqu’un. On la rejoint sur invitation ou sur demande ; personne n’y est inscrit d’office.
initiative-none = Pas encore d’initiative.
initiative-started-by = lancée par { $name }
initiative-people-in = { $n ->
    [one] { $n } personne
   *[other] { $n } personnes
}
initiative-open-asks = { $n ->
    [one] { $n } demande d’aide ouverte
   *[other] { $n } demandes d’aide ouvertes
}
initiative-from = issue de « { $action } »
initiative-start = Lancer une initiative
initiative-grows = Elle naît d’une action ; sa page y renverra.
initiative-name = Nom
initiative-purpose = Objectif : à quoi elle sert, et de qui elle aurait besoin
initiative-start-button = Lancer l’initiative
initiative-title = { $title } · Initiative
initiative-started-on = Lancée par { $name } le { $when }.
initiative-grew-from = Elle est née de
initiative-grew-from-action = Elle est née de l’action « { $action } » de
initiative-session = session
initiative-people = Personnes
initiative-part-starter = l’a lancée
initiative-part-lead = pilote
initiative-standing-invited = invitée, pas encore de réponse
initiative-standing-requested = a demandé à rejoindre
initiative-lead-offered = invitée à piloter, pas encore de réponse
initiative-lead-take-back = Retirer
initiative-lead-take-back-label = Retirer l’invitation à piloter faite à { $name }
initiative-lead-invite = Inviter à piloter
initiative-lead-invite-label = Inviter { $name } à piloter avec vous
initiative-accept = Accepter
initiative-accept-label = Accepter la demande de { $name }
initiative-decline = Décliner
initiative-decline-label = Décliner la demande de { $name }
initiative-lead-offer = Vous êtes invité à piloter cette initiative avec la personne qui l’a lancée. Vous ne pilotez que si vous acceptez ; accepter vous fait aussi rejoindre l’initiative si vous n’en faites pas encore partie.
initiative-lead-accept = Accepter : je pilote
initiative-ask-join = Demander à rejoindre
initiative-invited = Vous êtes invité à la rejoindre.
initiative-accept-invitation = Accepter l’invitation
initiative-requested = Vous avez demandé à la rejoindre ; la personne qui l’a lancée ou une personne qui la pilote vous répondra.
initiative-withdraw-request = Retirer ma demande
initiative-step-down = Ne plus piloter
initiative-leave = Quitter cette initiative
initiative-invite-someone = Inviter quelqu’un
initiative-invite = Inviter
initiative-asks = Demandes d’aide
initiative-no-asks = Pas encore de demande.
initiative-ask-open = ouverte
initiative-ask-taken = prise en charge
initiative-ask-done = terminée
initiative-asked-by = demandée par { $name }
initiative-taken-by = prise en charge par { $name }
initiative-help = Je vais aider
initiative-help-label = Je vais aider pour : { $ask }
initiative-ask-status = État de la demande
initiative-save = Enregistrer
initiative-ask-label = Demander de l’aide
initiative-post-ask = Publier la demande
initiative-updates = Nouvelles
initiative-no-updates = Pas encore de nouvelles.
initiative-update-label = Publier une nouvelle
initiative-post-update = Publier la nouvelle

lean-sum-title = Compte rendu de { $title }
lean-sum-intro = Un Lean Coffee de { $community } : { $votes } voix par personne, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} par sujet. { $discussed ->
    [one] { $discussed } sujet discuté
   *[other] { $discussed } sujets discutés
}, { $waiting } non abordés.
lean-sum-proposed = Proposé par { $name } ; { $n } voix.
lean-sum-merged = Fusionné avec { $topics }.
lean-sum-decision = Proposé au processus de décision de la communauté : « { $title } » ({ $status }).
lean-sum-actions = Actions
lean-sum-not-reached = Non abordés
lean-sum-footer = Compte rendu de « { $title } » ({ $community }), par ses participants. Sous licence { $license } : partagez et adaptez en citant les auteurs.
