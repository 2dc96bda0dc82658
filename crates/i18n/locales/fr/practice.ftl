# La bibliothèque de pratiques, une pratique, un motif, la bibliothèque d’une communauté et ses déroulés.
practice-people-any = toute taille
practice-people = { $n } personnes
practice-people-range = { $min } à { $max } personnes
practice-people-from = à partir de { $n } personnes
practice-min = { $m } min
practice-h = { $h } h
practice-h-min = { $h } h { $m } min
practice-days = { $n } jours
practice-time-varies = durée variable
practice-time-range = { $min } à { $max }
practice-time-from = à partir de { $min }

practice-library = Bibliothèque de pratiques
practice-library-lead = Des façons ouvertes de se réunir, chacune sous licence libre : utilisez-les, modifiez-les, partagez-les en citant leurs auteurs.
practice-filter-label = Filtrer les pratiques
practice-filter-people = Personnes
practice-filter-people-hint = Combien vous serez : les pratiques qui conviennent à ce nombre.
practice-filter-minutes = Minutes
practice-filter-minutes-hint = Le temps dont vous disposez : les pratiques dont la forme la plus courte y tient.
practice-filter-pattern = Motif
practice-filter-any-pattern = Tous les motifs
practice-filter-words = Mots
practice-filter-words-hint = Dans le titre, le résumé, l’objectif ou les cas d’usage.
practice-filter-show = Afficher les pratiques
practice-filter-clear = Effacer
practice-count = { $shown } pratiques sur { $total }.
practice-none-fits = Aucune pratique ne remplit toutes ces conditions ;
practice-none-fits-clear = effacez les filtres
practice-none-fits-end = pour les voir toutes.
practice-format-open = Le format est ouvert, avec un JSON Schema pour chaque type de fichier :
practice-schema-practice = pratique
practice-schema-pattern = motif
practice-schema-design = déroulé
practice-and = et

practice-combined-title = Les motifs le plus souvent combinés
practice-combined-none = Il n’y a pas encore { $over ->
    [community] de déroulé dans la bibliothèque de cette communauté
   *[other] de déroulé publié sur ce serveur
}, donc aucun motif n’y est encore combiné.
practice-combined-counted = Compté sur { $total ->
    [one] le { $total } { $over ->
        [community] déroulé de la bibliothèque de cette communauté
       *[other] déroulé publié sur ce serveur
    }
   *[other] les { $total } { $over ->
        [community] déroulés de la bibliothèque de cette communauté
       *[other] déroulés publiés sur ce serveur
    }
} : { $combining } d’entre eux font appel à des pratiques composées d’au moins deux motifs. Une paire compte une fois pour chaque déroulé dont les pratiques utilisent les deux.
practice-combined-no-pairs = Aucun d’entre eux n’utilise encore deux motifs.
practice-combined-pair = sont utilisés ensemble dans { $n } des { $total } { $over ->
    [community] déroulés de la bibliothèque de cette communauté
   *[other] déroulés publiés sur ce serveur
}.

practice-imported = Importée dans cette communauté
practice-imported-by = Importée dans cette communauté par { $by }
practice-imported-source = depuis
practice-purpose = Objectif
practice-when = Quand l’utiliser
practice-elements = Les cinq éléments de conception
practice-element-invitation = Invitation
practice-element-space = Espace et matériel
practice-element-participation = Répartition de la participation
practice-element-configuration = Configuration des groupes
practice-element-sequence = Déroulement et durée
practice-steps = Étapes
practice-steps-lead = { $n } minutes en tout ; chaque étape indique quand elle commence, à compter du début.
practice-step-at = à { $at } min, { $m } min
practice-roles = Rôles
practice-materials = Matériel
practice-variations = Variantes
practice-made-of = Les motifs qui la composent
practice-license = Licence et attribution
practice-license-by = { $license }, par { $authors }.
practice-derived = Dérivée de, de la plus ancienne à la plus récente :
practice-derived-from = D’après
practice-derived-by = de { $author } ({ $license })

practice-pattern-practices = Les pratiques qui l’utilisent
practice-pattern-unused = Aucune pratique de la bibliothèque ne l’utilise encore.
practice-pattern-filter = Filtrer la bibliothèque par ce motif
practice-pattern-combined = Combiné avec lui dans des déroulés
practice-pattern-no-designs = Aucun déroulé n’est encore publié sur ce serveur, donc rien n’est encore combiné avec lui.
practice-pattern-using = { $title } figure dans { $using } des { $designs } déroulés publiés sur ce serveur (par les pratiques qu’ils mettent en œuvre).
practice-pattern-alone = Aucun d’entre eux ne le combine encore avec un autre motif.
practice-pattern-both = les deux figurent dans { $n } de ces { $using }.
practice-pattern-related = Motifs apparentés

practice-community-library = La bibliothèque de la communauté
practice-community-lead = Les pratiques et les déroulés de rencontre que cette communauté conserve, à côté des
practice-community-catalog = { $n } pratiques du catalogue ouvert
practice-community-format = Tout ici lit et écrit le format ouvert
practice-schemas = schémas :
practice-compose = Composer un déroulé
practice-community-published = Ce qui est publié sur ce serveur
practice-community-designs = Déroulés
practice-community-no-designs = Pas encore de déroulé : composez-en un à partir des pratiques du catalogue, ou importez-en un.
practice-published = publié
practice-members-only = réservé aux membres
practice-community-practices = Pratiques importées ici
practice-community-no-practices = Aucune pour l’instant : les pratiques du catalogue sont toujours là ; importez les vôtres ci-dessous.
practice-import = Importer
practice-import-kind = De quoi s’agit-il
practice-import-practice = Une pratique
practice-import-design = Un déroulé
practice-import-file = Le texte du fichier
practice-import-file-hint = Markdown avec en-tête (front matter) ou JSON au format ouvert ; un fichier Markdown de l’Open Practice Library convient aussi (les champs qui ne trouvent pas leur place sont conservés et nommés).
practice-import-url = Ou son adresse sur un autre serveur
practice-import-url-hint = L’URL du fichier (l’adresse d’un déroulé publié se termine par /export.json) ; sa chaîne d’attribution est conservée.
practice-import-button = Importer

practice-done-imported = Importé dans la bibliothèque de la communauté.
practice-done-composed = Le déroulé est enregistré dans la bibliothèque de la communauté.
practice-done-forked = Variante créée : cette copie est à vous, avec l’original dans sa chaîne d’attribution.
practice-done-published = Publié : tout le monde peut le lire, et d’autres serveurs peuvent l’importer par son URL.
practice-done-run = La rencontre suit ce déroulé : ses blocs forment le programme de la rencontre, et le minuteur attend que vous le lanciez.
practice-done-deleted = Le déroulé est supprimé : plus personne ne peut le lire ; ses variantes conservent leur attribution.
practice-done-timer = Le minuteur a changé ; tous les écrans de la rencontre l’affichent.

practice-published-designs = Déroulés publiés
practice-design-summary = { $total } en { $blocks ->
    [one] { $blocks } bloc
   *[other] { $blocks } blocs
} · { $license }
practice-by = par { $authors }
practice-design-blocks = Blocs
practice-design-blocks-lead = Chaque bloc commence quand le précédent se termine ; les heures se comptent depuis le début.
practice-at = à { $at } min
practice-lineage = Attribution et filiation
practice-original = Un original : il ne dérive d’aucun autre déroulé.
practice-forked-into = Repris ici en :
practice-fork-deleted = un déroulé supprimé
practice-lineage-caption = La filiation des remix : d’où il vient au-dessus, ses variantes en dessous.
practice-lineage-deleted = (supprimé)
practice-lineage-title = Filiation : { $before ->
    [one] { $before } œuvre
   *[other] { $before } œuvres
} avant celle-ci, { $forks ->
    [one] { $forks } variante
   *[other] { $forks } variantes
} après
practice-design-imported-from = Importé depuis
practice-stable-address = Son adresse permanente :
practice-the-file = le fichier :
practice-sheet-printable = Fiche d’animation (à imprimer)
practice-sheet-pdf = en PDF
practice-fork = En faire une variante
practice-fork-slug = Nom court de la variante
practice-fork-hint = Lettres minuscules, chiffres et tirets. La variante est à vous, sous la même licence, avec ce déroulé dans sa chaîne d’attribution.
practice-fork-button = Créer la variante
practice-publish = Le publier
practice-license-label = Licence
practice-license-hint = Une licence SPDX ; une fois publié, tout le monde peut le lire et d’autres serveurs peuvent l’importer.
practice-publish-button = Publier
practice-delete = Le supprimer
practice-delete-button = Supprimer ce déroulé…
practice-delete-hint = Une confirmation vous est d’abord demandée ; les variantes conservent leur attribution.
practice-run = Le mettre en œuvre
practice-run-none = Aucune rencontre où le mettre en œuvre pour l’instant.
practice-run-gathering = Rencontre
practice-run-date = Jour du premier bloc
practice-run-time = et heure
practice-run-hint = Dans le fuseau horaire de la rencontre ; laissé vide, il commence maintenant. Chaque bloc devient un créneau du programme de la rencontre, et le minuteur les décale au fil du déroulement.
practice-run-button = Mettre en œuvre ce déroulé ici

practice-sheet-title = Fiche d’animation : { $title }
practice-sheet-caption = Les blocs, avec la minute où chacun commence, à compter du début
practice-sheet-starts = Début
practice-sheet-minutes = Minutes
practice-sheet-block-col = Bloc
practice-sheet-notes = Notes
practice-sheet-derived = Dérivé de
practice-sheet-back = Retour au déroulé
practice-sheet-block = À { $at } min, { $m } min : { $title }

practice-compose-lead = Une suite de blocs minutés : chacun est une pratique du catalogue ou un bloc libre (un accueil, une pause). Les heures de début découlent des minutes.
practice-compose-title = Titre
practice-compose-work = Nom court
practice-compose-work-hint = Lettres minuscules, chiffres et tirets : son adresse.
practice-compose-block = Bloc { $n }
practice-compose-practice = Pratique
practice-compose-free = Aucune : un bloc libre
practice-compose-empty = Les blocs laissés vides sont ignorés.
practice-compose-save = Enregistrer le déroulé

practice-delete-title = Supprimer { $title } ?
practice-delete-heading = Supprimer « { $title } » ?
practice-delete-unread = Plus personne ne pourra le lire.
practice-delete-unread-published = Plus personne ne pourra le lire ; il quitte la bibliothèque publique et son adresse répond « introuvable ».
practice-delete-name-taken = Son nom court reste réservé, pour qu’aucun autre déroulé n’apparaisse jamais à son adresse.
practice-delete-forks = { $n ->
    [one] Une variante conserve
   *[other] { $n } variantes conservent
} son titre, son auteur et sa licence dans leur chaîne d’attribution, ainsi que leur place dans la filiation.
practice-delete-agenda = Une rencontre qui le met en œuvre garde le programme qu’il a produit. La suppression figure dans le journal d’audit.
practice-delete-confirm = Supprimer le déroulé
practice-delete-back = Non, revenir

practice-running-title = { $title } : en cours
practice-running-gathering = La rencontre
practice-running-kiosk = Grand affichage pour la salle
practice-timer-now = Maintenant
practice-timer-start = Démarrer
practice-timer-pause = Pause
practice-timer-next = Bloc suivant
practice-timer-extend = Prolonger
practice-timer-agenda = Programme
practice-timer-done = Tous les blocs sont terminés
practice-timer-end = Le déroulé est arrivé à son terme.
practice-timer-over = Temps dépassé de { $by }.
practice-timer-left = Reste { $left } sur { $planned }.
practice-timer-paused = Reste { $left } sur { $planned }, en pause.
practice-timer-block = Bloc { $n } sur { $blocks } :{" "}

practice-published-heading = Publié sur ce serveur
practice-published-lead = Les déroulés et les pratiques que des communautés d’ici ont publiés sous licence libre. Chacun a une adresse permanente ; un autre serveur convene l’importe depuis là avec son attribution.
practice-published-none = Rien n’est encore publié.
