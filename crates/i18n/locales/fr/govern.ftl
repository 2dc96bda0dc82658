# Moderation: the queue, the log, the box under content.
govern-moderation-title = Modération
# $threshold is a decimal like 1.5.
govern-moderation-about = Les signalements pèsent selon le rôle et la justesse : celui d’un membre compte 1, celui d’une personne qui accueille 2, celui d’une personne chargée de l’intendance ou de la curation atteint seul le seuil ; après 5 signalements tranchés, la part des signalements confirmés d’une personne ajoute jusqu’à 1 ou retire jusqu’à 0,5. Un contenu est masqué quand ses signalements atteignent { $threshold }. Prenez un cas en charge avant de le trancher : une prise en charge dure 30 minutes, pour que personne ne tranche un cas deux fois.
govern-open-cases = Cas ouverts ({ $count })
govern-nothing-waiting = Rien en attente.
# $kind is a kind of content, $weight the govern-weight text.
govern-case-heading = Cas { $id } : { $kind } — { $weight }
govern-weight = poids { $weight } sur { $threshold }
govern-hidden = (masqué)
govern-flag-line = { $reason }, signalé par { $who } (pèse { $weight })
govern-opened = Ouvert { $when }.
govern-review = La personne qui l’a écrit l’a modifié le { $edited } et demande un réexamen ; après le délai de réflexion de la communauté, le cas peut être pris en charge à partir du { $from }. Le texte tel que signalé, et maintenant :
govern-diff-added = ajouté :
govern-diff-removed = retiré :
govern-appealed-hide = La personne qui l’a écrit a fait appel du masquage automatique : une personne chargée de l’intendance qui ne l’a pas signalé entend l’appel ci-dessous, et sa réponse tranche le cas.
govern-claim-mine = Vous avez ce cas en charge jusqu’au { $until }.
govern-decision = Décision
govern-uphold = Confirmer les signalements : masquer
govern-dismiss = Rejeter les signalements : afficher
govern-and-author = Et pour la personne qui l’a écrit (seulement en confirmant)
govern-nothing-more = Rien de plus
govern-warn = Avertir
govern-suspend = Suspendre jusqu’au jour ci-dessous
govern-suspend-until = Suspendu·e jusqu’au (début de ce jour, UTC ; un an au plus)
govern-reason-seen = Raison (au moins une phrase ; la personne concernée et le journal la voient)
govern-decide = Trancher
govern-claimed-by = Pris en charge par { $name } jusqu’au { $until }.
govern-claim = Prendre ce cas en charge
govern-appeals-waiting = Appels en attente ({ $count })
govern-no-appeals = Aucun appel en attente.
govern-appeal-of = Appel du cas { $id }
govern-decision-reason = Décision : { $reason }
govern-no-decision-yet = Pas encore de décision : les signalements l’ont masqué automatiquement. Confirmer le garde masqué ; infirmer l’affiche de nouveau.
govern-author-appeals = La personne qui l’a écrit fait appel : « { $statement } »
govern-outcome = Issue
govern-reverse = Infirmer : afficher de nouveau
govern-uphold-decision = Confirmer la décision
govern-reason-sentence = Raison (au moins une phrase)
govern-decide-appeal = Trancher l’appel
govern-appeal-who = Seule une personne chargée de l’intendance qui n’a ni écrit, ni signalé, ni tranché ce cas peut trancher l’appel.
govern-steward-hears = Les appels sont entendus par l’intendance.
govern-reversals = Décisions et infirmations
govern-no-decisions = Pas encore de décision.
govern-reversal-line = { $name } : { $count ->
    [one] { $count } décision
   *[other] { $count } décisions
}, dont { $reversed } infirmées en appel
govern-percent = ({ $share } %).
govern-reversals-help = Une forte part d’infirmations signifie que les décisions et le sens que la communauté donne à ses règles s’éloignent.
govern-log-title = Journal de modération
govern-log-about = Chaque usage du pouvoir vertical sur ce que les gens ont écrit, avec sa raison, du plus récent au plus ancien.
govern-log-named = Chargé·e de l’intendance, vous voyez les noms.
govern-log-pseudonyms = Les personnes qui modèrent apparaissent par leur rôle et un pseudonyme qui reste le même pour chacune.
govern-log-audit = Chaque entrée figure aussi au journal d’audit infalsifiable.
govern-log-empty = Rien d’enregistré pour l’instant.
govern-log-line = contenu { $content }, { $when }, par { $by } :
govern-log-hidden = Masqué par des signalements
govern-log-upheld = Signalements confirmés : masqué
govern-log-dismissed = Signalements rejetés : affiché de nouveau
govern-log-appealed = Appel formé
govern-log-appeal-upheld = Appel entendu : la décision est maintenue
govern-log-appeal-reversed = Appel entendu : décision infirmée, affiché de nouveau
govern-log-warned = Averti·e
govern-log-suspended = Suspendu·e
govern-log-edited = Modifié : réexamen demandé
govern-reason-spam = Spam
govern-reason-harmful = Nuisible
govern-reason-off-topic = Hors sujet
govern-reason-leaks-internal = Divulgue des informations internes
govern-reason-other = Autre
govern-box-hidden = Masqué pour les autres membres.
govern-box-upheld-by = Décision (signalements confirmés) de { $by } :
govern-box-dismissed-by = Décision (signalements rejetés) de { $by } :
govern-box-will-decide = Une personne chargée de l’intendance ou de la curation examinera les signalements et tranchera, avec une raison.
govern-box-warned-you = Vous avez reçu un avertissement avec cette décision.
govern-box-warned-author = La personne qui l’a écrit a reçu un avertissement avec cette décision.
govern-box-suspended-you = Vous êtes suspendu·e dans cette communauté jusqu’au { $until } : vous pouvez lire, publier attendra jusque-là ; un appel vous reste ouvert.
govern-box-suspended-author = La personne qui l’a écrit est suspendue dans cette communauté jusqu’au { $until } : elle peut lire, publier attendra jusque-là ; un appel lui reste ouvert.
govern-box-you-edited = Vous l’avez modifié et demandé un réexamen :
govern-box-author-edited = La personne qui l’a écrit l’a modifié et demande un réexamen :
govern-box-look-again = après le délai de réflexion de la communauté, l’intendance ou la curation peut le réexaminer à partir du { $from }.
govern-box-appealed = Appel le { $when } : « { $statement } ».
govern-box-appeal-decided = L’appel est tranché :
govern-box-appeal-will-hear = Une personne chargée de l’intendance qui n’a pas pris part à la décision l’entendra.
govern-box-appeal-until = Appel possible jusqu’au { $until } : dites pourquoi la décision devrait changer (au moins une phrase)
govern-box-appeal-decision = Faire appel de la décision
govern-box-appeal-hide = Faire appel du masquage automatique
govern-box-can-edit = Vous pouvez aussi le modifier : votre modification demande un réexamen, après le délai de réflexion de la communauté.
govern-box-you-flagged = Vous avez signalé ceci.
govern-box-flag-this = Signaler
govern-box-what-wrong = Quel est le problème ?
govern-box-note = Note (facultative ; obligatoire pour « Autre »)
govern-box-flag = Signaler
govern-said-flagged = Merci : votre signalement est enregistré. L’intendance et la curation le voient dans leur file.
govern-said-hidden = Merci : votre signalement est enregistré, et les signalements ensemble ont masqué le contenu jusqu’à ce que l’intendance ou la curation tranche.
govern-said-claimed = Vous avez pris le cas en charge pour 30 minutes : personne d’autre ne peut le trancher entre-temps.
govern-said-decided = Tranché. La personne concernée en est informée sur le contenu, et le journal de modération le montre.
govern-said-appealed = Votre appel est enregistré. Une personne chargée de l’intendance qui n’a pas pris part à la décision l’entendra.
govern-said-heard = L’appel est tranché. Le journal de modération le montre.
govern-not-done = Non effectué
govern-flag-recorded = Signalement enregistré
# The reminder that a steward's or curator's term ends soon. $role is the role's code.
govern-mail-term-subject = Votre mandat dans { $community } se termine bientôt
govern-mail-term-text = Votre mandat { $role ->
    [steward] d’intendance
    [curator] de curation
   *[other] ({ $role })
} dans { $community } se termine le { $ends }. Si la communauté doit le renouveler, proposez un renouvellement de mandat
# Governance: the overview, a policy, a decision.
govern-title = Gouvernance
govern-about = Les règles de la communauté ne changent que par le processus de décision qu’elle a fixé pour chaque type de changement, et chaque décision enregistre la règle qui l’a gouvernée.
govern-health-title = Santé de la gouvernance
govern-health-link-after = { "\u00A0" }: à quelle fréquence les membres signalent et modifient les textes des autres, à quelle fréquence l’intendance et la curation tranchent, et entre combien peu de mains.
govern-pending-heading = Règles à accepter
# $list is made of govern-pending-item, joined by govern-and.
govern-pending = Tant que vous n’acceptez pas la version actuelle { $list }, vous pouvez tout lire ici mais pas publier.
govern-pending-item = { $document ->
    [code_of_conduct] du code de conduite
    [social_media] de la politique réseaux sociaux
   *[data_sharing] de la politique de partage des données
} (version { $number })
govern-and = { $list } et { $last }
govern-accept = J’accepte les règles actuelles
govern-policies = Règles
govern-no-policies = Cette communauté n’a pas encore de règles. Proposez-en une ci-dessous.
govern-policy-version = { $document }, version { $number }
govern-in-force = En vigueur depuis le { $when }
govern-by-decision = , par
govern-decision-n = la décision { $id }
govern-history = Historique
govern-history-changes = Historique et changements
govern-rules-heading = Comment chaque type de changement est décidé
govern-threshold-now = Les signalements masquent désormais un contenu à partir d’un poids de { $threshold } (le signalement d’un membre pèse 1).
govern-joining-open = Toute personne connectée peut rejoindre la communauté.
govern-joining-invitation = On ne rejoint la communauté que sur invitation.
govern-rules-caption = Règles de décision
govern-kind-of-change = Type de changement
govern-process = Processus
govern-quorum = Quorum
govern-deadline = Échéance
govern-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
govern-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
govern-set-rule-summary = Fixer une règle (intendance ; enregistré avec votre raison)
govern-quorum-label = Quorum (personnes qui participent)
govern-days-label = Jours jusqu’à l’échéance
govern-set-rule = Fixer la règle
govern-decisions = Décisions
# $process is a govern-process-in-sentence text.
govern-decision-by = { $kind } par { $process } :
govern-open-until = ouverte jusqu’au { $when }
govern-status = { $status ->
    [passed] adoptée
    [failed] rejetée
   *[other] { $status }
}
govern-propose = Proposer un changement
govern-why = Pourquoi (au moins une phrase)
govern-open-decision = Ouvrir la décision
govern-mandates = Mandats
govern-mandates-about = Les mandats d’intendance et de curation prennent fin à une date, sauf si une décision les renouvelle ; un mandat terminé retire le rôle aussitôt. Le mandat de la dernière personne chargée de l’intendance continue jusqu’à ce qu’une succession soit décidée.
govern-no-mandates = Aucun mandat n’est fixé : les rôles ici n’ont pas de date de fin.
govern-role = { $role ->
    [steward] intendance
    [curator] curation
   *[other] { $role }
}
govern-mandate-ends = se termine le { $when }, dans { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
govern-mandate-ended = terminé le { $when }
govern-mandate-runs-on = , continue comme dernier mandat d’intendance
govern-log-heading = Journal de gouvernance
govern-action-opened = Proposition ouverte
govern-action-passed = Décision adoptée
govern-action-failed = Décision non adoptée
govern-action-applied = Changement appliqué
govern-action-rule-set = Règle de décision fixée
govern-action-reminded = Le mandat se termine bientôt
govern-action-extended = Le dernier mandat d’intendance continue
govern-action-ended = Mandat terminé
govern-kind-policy = Changement de règle
govern-kind-threshold = Changement du seuil de signalement
govern-kind-new-steward = Nouvelle personne à l’intendance
govern-kind-mandate-renewal = Renouvellement de mandat
govern-kind-boundary = Changement de frontière
govern-process-consent = Consentement
govern-process-advice = Sollicitation d’avis
govern-process-majority = Vote à la majorité simple
govern-process-dot = Vote par gommettes
govern-process-ranked = Vote par classement (second tour instantané)
govern-process-in-sentence = { $process ->
    [consent] consentement
    [advice] sollicitation d’avis
    [majority] vote à la majorité simple
    [dot] vote par gommettes
   *[ranked_choice] vote par classement
}
govern-document-code-of-conduct = Code de conduite
govern-document-social-media = Politique réseaux sociaux
govern-document-data-sharing = Politique de partage des données
govern-stance-agree = D’accord
govern-stance-abstain = Abstention
govern-stance-object = Objection
govern-stance-block = Blocage
govern-said-accepted = Merci : vous avez accepté les règles actuelles et pouvez de nouveau publier.
govern-said-proposed = Votre proposition est ouverte. Elle ne s’applique que si la décision est adoptée.
govern-said-responded = Votre réponse est enregistrée ; vous pouvez la changer jusqu’à l’échéance.
govern-said-answered = Votre réponse à l’objection est enregistrée.
govern-said-advice = L’avis est enregistré dans la décision.
govern-said-closed = La décision est close ; le journal de gouvernance dit comment et pourquoi.
govern-said-rule = La règle est fixée ; les nouvelles décisions de ce type la suivent.
govern-back = Retour à la gouvernance
govern-versions = Versions
govern-no-version = Pas encore de version.
govern-version-at = Version { $number }, { $when }
govern-what-changed = ce qui a changé
govern-diff-heading = Ce qui a changé de la version { $from } à la version { $to }
govern-diff-help = Les lignes marquées « retiré » étaient dans la version { $from } ; les lignes marquées « ajouté » sont nouvelles dans la version { $to }.
govern-version = Version { $number }
govern-proposed-by = { $kind }, proposé par { $name } le { $when }.
govern-rule-is = Règle : { $rule }.
govern-deadline-is = Échéance : { $when }.
govern-from-topic = Elle vient du sujet de Lean Coffee
govern-quoted = « { $text } »
govern-the-change = Le changement
govern-the-options = Les options
govern-standing = Où en est-on
govern-would-pass = Si elle était close maintenant : elle serait adoptée.
govern-would-fail = Si elle était close maintenant : elle ne serait pas adoptée.
govern-passed = Adoptée, et le changement a été appliqué.
govern-failed = Non adoptée ; rien n’a changé.
govern-responded = { $count ->
    [one] { $count } personne a répondu
   *[other] { $count } personnes ont répondu
} ; le quorum est de { $quorum }.
govern-answer-from = Réponse de { $name } : « { $answer } »
govern-answer-label = Votre réponse à cette objection (au moins une phrase)
govern-answer = Répondre
govern-your-response = Votre réponse
govern-consent-reason = Raison (obligatoire pour une objection ou un blocage)
govern-respond = Répondre
govern-advice-recorded = Avis enregistrés
govern-no-advice = Aucun avis enregistré pour l’instant.
govern-whom-asked = Qui vous avez consulté
govern-advisers-help = Suggestions : des personnes liées à vous ou à la personne que le changement nomme dans le réseau de la communauté, seulement celles qui ont accepté d’être montrées.
govern-heard = Ce que vous avez entendu (au moins une phrase)
govern-record-advice = Enregistrer l’avis
govern-after-advice = Votre décision, après les avis
govern-go-ahead = Aller de l’avant
govern-no-go = Ne pas aller de l’avant
govern-secret = Les bulletins sont secrets ; le décompte est affiché.
govern-your-vote = Votre vote
govern-dots = Répartissez jusqu’à 3 gommettes
govern-rank = Classez les options (1 = premier choix ; laissez vide pour ne pas classer)
govern-vote = Voter
govern-close = Clore la décision
# Peer edits: suggestions and the history of a text.
govern-edits-title = Modifications du contenu { $id }
# $kind is a kind of content (a talk-kind-… word).
govern-edits-heading = { $kind } : modifications
govern-edits-about = Toute personne qui peut lire un texte peut y proposer une modification ; la personne qui l’a écrit ou la curation l’accepte ou la refuse. Les modifications acceptées deviennent une révision, et chaque révision peut être rétablie.
govern-edits-current = Le texte actuel (version { $version })
govern-edits-suggest = Proposer une modification
govern-edits-body = Le texte tel que vous le voudriez
govern-edits-why = Pourquoi (facultatif)
govern-edits-submit = Proposer cette modification
govern-edits-suggestions = Propositions
govern-edits-none = Aucune proposition pour l’instant.
# $state is the suggestion's code.
govern-edits-by = De { $name }, sur la version { $version } : { $state ->
    [pending] en attente
    [accepted] acceptée
    [declined] refusée
   *[withdrawn] retirée
}
govern-edits-decided-by = ; tranchée par { $name }
govern-edits-now-revision = , désormais révision { $version }
govern-edits-note = Pourquoi : { $note }
govern-edits-reason = Raison : { $reason }
govern-edits-accept = Accepter
govern-edits-decline-reason = Raison du refus (au moins une phrase)
govern-edits-decline = Refuser
govern-edits-withdraw = Retirer ma proposition
govern-edits-version-by = Version { $version } par { $name }, { $when }
govern-edits-revert-why = Pourquoi rétablir la version { $version } (au moins une phrase)
govern-edits-revert = Revenir à la version { $version }
govern-edits-said-suggested = Votre proposition est enregistrée. La personne qui a écrit le texte ou la curation l’acceptera ou la refusera.
govern-edits-said-accepted = Acceptée : la proposition est désormais le texte actuel, comme nouvelle révision.
govern-edits-said-declined = Refusée. La personne qui l’a proposée voit votre raison.
govern-edits-said-reverted = Rétabli : le texte précédent est de retour, comme nouvelle révision, et le journal d’audit dit pourquoi.
# The governance health page; $min is the fewest people a figure may stand for.
govern-health-about = Comment la communauté prend soin d’elle-même : les actions horizontales, que tout membre accomplit (signalements, modifications proposées), face aux verticales, que l’intendance et la curation accomplissent (décisions de modération, masquages). Seuls les mois terminés sont comptés, et seulement des totaux : personne n’est nommé ici.
govern-health-per-month = Par mois
govern-health-no-month = Aucun mois terminé pour l’instant.
govern-health-caption = Actions horizontales et verticales par mois terminé
govern-health-month = Mois
govern-health-flags = Signalements
govern-health-edits = Modifications proposées
govern-health-horizontal = Horizontal, ensemble
govern-health-hides = Masquages
govern-health-not-shown = non affiché
govern-health-counted-before = Les signalements et les modifications proposées ne sont comptés que si au moins cinq personnes différentes sont derrière le nombre, pour que l’action de personne ne puisse s’en déduire ; les décisions et les masquages sont comptés à partir du
govern-health-counted-link = journal de modération
govern-health-counted-after = , que chaque membre lit déjà.
govern-health-power = Décisions, appels et qui détient le pouvoir
govern-health-withheld-cell = non affiché : moins de { $min } personnes
govern-health-no-decisions-cell = aucune décision
govern-health-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
govern-health-hours = { $value } heures
govern-health-days = { $value } jours
govern-health-decisions = L’intendance et la curation ont pris { $count ->
    [one] { $count } décision de modération
   *[other] { $count } décisions de modération
} (chacune figure au journal de modération avec sa raison).
govern-health-median = La moitié des { $count } cas tranchés l’ont été moins de { $duration } après leur premier signalement.
govern-health-median-withheld = Le délai entre signalement et décision est affiché dès qu’au moins { $min } cas signalés par au moins { $min } personnes sont tranchés.
govern-health-appeals = Pour 100 décisions, { $count } ont fait l’objet d’un appel de la personne concernée.
govern-health-appeals-withheld = Les appels sont comptés dès qu’au moins { $min } personnes différentes ont fait appel, pour que l’appel de personne ne puisse se déduire du chiffre.
govern-health-reversals = Parmi les appels entendus, { $share } ont été infirmés par une seconde personne chargée de l’intendance.
govern-health-reversals-withheld = La part des appels infirmés est affichée avec le taux d’appel.
govern-health-top-share = La personne qui a tranché le plus a pris { $share } des décisions ({ $count } personnes en ont pris au moins une).
govern-health-top-share-none = Aucune décision de modération n’a été prise ces mois-ci.
govern-health-gini = Répartition des décisions entre celles et ceux qui tranchent : 0 signifie également partagé, près de 1 signifie dans une seule main ; ici { $gini }.
govern-health-gini-none = La répartition des décisions demande au moins une décision.
govern-health-withheld = Certains chiffres ne sont pas affichés parce que moins de { $min } personnes sont derrière eux, ou parce qu’on pourrait les soustraire d’autres chiffres pour apprendre quelque chose sur moins de { $min } personnes. Seuls les mois terminés sont comptés.
# The fields of a proposal (the governance page and a Lean Coffee topic).
govern-for-policy = Pour un changement de règle
govern-policy = Règle
govern-new-text = Le texte complet de la nouvelle version
govern-for-threshold = Pour un changement de seuil
govern-threshold-label = Masquer un contenu quand les signalements pèsent (le signalement d’un membre pèse 1)
govern-for-steward = Pour une nouvelle personne à l’intendance ou un renouvellement de mandat
govern-new-steward-label = Nouvelle personne à l’intendance (numéro de membre)
govern-mandate-label = Mandat à renouveler
govern-mandate-option = { $role } jusqu’au { $when }
govern-term-days = Durée du mandat en jours
govern-for-boundary = Pour un changement de frontière
govern-who-joins = Qui peut rejoindre
govern-by-invitation = Sur invitation seulement
govern-anyone-signed-in = Toute personne connectée
