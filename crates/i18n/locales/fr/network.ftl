# Les pages du réseau : carte, santé, groupes, « Mon réseau », et les mots à côté de chaque chiffre.

net-nav-label = Réseau
net-tab-map = Carte
net-tab-health = Santé
net-tab-groups = Groupes
net-tab-me = Mon réseau
net-not-computed = Le réseau n’a pas encore été calculé ; il l’est en arrière-plan quelques secondes après chaque changement.

net-percent = { $n } %
net-minutes = { $n ->
    [one] { $shown } minute
   *[other] { $shown } minutes
}
net-hours = { $n ->
    [one] { $shown } heure
   *[other] { $shown } heures
}
net-month = { $month } { $year }
net-mon-1 = janv.
net-mon-2 = févr.
net-mon-3 = mars
net-mon-4 = avr.
net-mon-5 = mai
net-mon-6 = juin
net-mon-7 = juil.
net-mon-8 = août
net-mon-9 = sept.
net-mon-10 = oct.
net-mon-11 = nov.
net-mon-12 = déc.

net-m-ties-name = Personnes côtoyées
net-m-ties = Avec combien de personnes quelqu’un a fait quelque chose ici : assister à une session, la proposer, rédiger un compte rendu ou porter une action ensemble.
net-m-hours-name = Temps passé ensemble
net-m-hours = Les heures passées dans les mêmes sessions, plus une heure pour chaque session proposée ou action portée ensemble et une demi-heure pour chaque compte rendu rédigé ensemble.
net-m-betweenness-name = Rôle de passerelle (intermédiarité)
net-m-betweenness = La fréquence à laquelle quelqu’un se trouve sur le plus court chemin entre deux autres personnes, de 0 à 1 : plus elle est élevée, plus cette personne relie des gens qui seraient sinon séparés.
net-m-constraint-name = Contrainte
net-m-constraint = À quel point les contacts de quelqu’un se connaissent déjà entre eux, de 0 à environ 1 : faible signifie des contacts dans des cercles distincts (un rôle d’intermédiaire), élevée un seul cercle soudé.
net-m-cluster-name = Cluster
net-m-cluster = Un ensemble de personnes qui ont fait davantage entre elles qu’avec les autres, trouvé par détection de communautés ; sur la carte, couleurs et formes distinguent les clusters.
net-m-led-name = Menées
net-m-led = Les sessions qu’une personne a proposées, seule ou avec d’autres, et les actions qu’elle a portées.
net-m-modularity = À quel point le réseau se divise nettement en clusters, de 0 (aucune division) à 1 ; au-delà d’environ 0,3, les clusters sont nets.
net-m-gini = À quel point l’animation est concentrée parmi les personnes qui ont participé : 0 signifie qu’elle est répartie également, près de 1 qu’une seule personne mène tout.
net-m-isolates = Les personnes du réseau qui n’ont encore rien fait avec qui que ce soit.
net-m-cross = La part des liens entre personnes d’organisations différentes : les liens qui franchissent la frontière.
net-m-leader-share = La part des participants qui ont proposé une session ou porté une action.
net-typical-one = Ici, en général : { $value } (la plupart des { $people } personnes affichées nommément).
net-typical-range = Ici, en général : { $lo } à { $hi } (la moitié centrale des { $people } personnes affichées nommément).
net-typical-hours-one = Ici, en général : { $value } heures (la plupart des { $people } personnes affichées nommément).
net-typical-hours-range = Ici, en général : { $lo } à { $hi } heures (la moitié centrale des { $people } personnes affichées nommément).
net-over-months-one = Sur les mois affichés : { $value }.
net-over-months-range = Sur les mois affichés : de { $lo } à { $hi }.
net-meaning-heading = Ce que signifient les chiffres

net-map-title = Carte du réseau
net-map-intro = Calculée le { $when } à partir de ce que les gens ont fait ensemble : { $people } personnes. { $shown ->
    [one] { $shown } est affichée
   *[other] { $shown } sont affichées
} nommément (elles ont accepté de partager leurs indicateurs) ; toutes les autres n’apparaissent qu’au sein { $groups ->
    [one] d’un groupe
   *[other] de { $groups } groupes
} d’au moins cinq personnes{ $hidden ->
    [0] {""}
   *[other] ; trop peu de personnes ne sont pas affichées nommément pour les regrouper, si bien que { $hidden ->
        [one] { $hidden } n’est pas dessinée du tout
       *[other] { $hidden } ne sont pas dessinées du tout
    }
}. Chaque cluster est dessiné comme une île ; les personnes encore sans lien sont réunies dans le coin inférieur droit.
net-map-list-heading = Personnes et groupes
net-map-list-help = Choisissez-en une pour voir ses chiffres et ce qu’ils signifient.
net-map-panel-heading = Détails
net-map-panel-help = Cliquez ou touchez une personne ou un groupe sur la carte ou dans la liste.
net-map-color-by = Couleur selon
net-map-color-cluster = le cluster
net-map-color-organization = l’organisation
net-map-size-by = Taille selon
net-map-size-strength = le temps passé ensemble
net-map-size-betweenness = le rôle de passerelle (intermédiarité)
net-map-size-ties = les personnes côtoyées
net-map-size-led = les sessions et actions menées
net-map-aria = Le réseau de la communauté : chaque cluster une île, les personnes qui ont accepté comme points nommés, les groupes de personnes non affichées nommément comme points plus grands, les lignes sont des liens ; la liste contient les mêmes personnes et groupes
net-map-key = Légende
net-map-key-help = Les points plus grands et plus pâles sont des groupes d’au moins cinq personnes non affichées nommément ; les lignes montrent les liens les plus forts de chaque point (les téléchargements les contiennent tous).
net-key-named = { $n } affichées nommément
net-key-group = un groupe de { $n } personnes non affichées nommément
net-key-cluster = Cluster { $c } : { $parts }
net-key-pooled = Petits clusters réunis : un groupe de { $n } personnes non affichées nommément
net-key-alone = Encore sans lien : { $n } affichées nommément
net-key-org = { $org } : { $n } affichées nommément
net-key-org-groups = Groupes non affichés nommément (ils peuvent mêler plusieurs organisations)
net-group-in = { $n } personnes du cluster { $c }
net-group-smaller = { $n } personnes de petits clusters
net-line-org = { $org }, { $line }
net-line-no-ties = encore sans lien
net-line = cluster { $c } : a côtoyé { $ties } personnes, { $hours } ensemble
net-line-group = { $n } personnes non affichées nommément
net-download = Télécharger
net-download-intro = Le même réseau que celui dessiné ici, pour Gephi, Cytoscape ou networkx :
net-download-nodes = personnes et groupes (CSV)
net-download-ties = liens (CSV)
net-map-table = La carte sous forme de tableau
net-col-who = Qui
net-col-organization = Organisation
net-col-cluster = Cluster
net-col-hours = Temps ensemble (heures)
net-col-bridging = Passerelle
net-col-led = Menées
net-map-table-group = un groupe de { $n } personnes non affichées nommément
net-js-failed = La carte n’a pas pu être chargée ; la liste et le tableau contiennent les mêmes données.
net-js-box-alone = Encore sans lien
net-js-cluster = Cluster { $c }
net-js-cluster-none = aucun pour l’instant (pas de lien)
net-js-led = Sessions et actions menées
net-js-group-in = { $n } personnes du cluster { $c } qui ne sont pas affichées nommément. Leurs chiffres ne sont jamais comptés qu’ensemble, jamais un par un.
net-js-group-smaller = { $n } personnes de petits clusters qui ne sont pas affichées nommément. Leurs chiffres ne sont jamais comptés qu’ensemble, jamais un par un.
net-js-group-ties = Liens avec des personnes et des groupes de la carte
net-js-group-hours = Temps passé avec eux

net-health-title = Santé du réseau
net-health-intro = Calculée le { $when }. Chaque chiffre ici porte sur toute la communauté ou sur un mois ; aucun ne peut être combiné avec un autre pour isoler une personne qui n’est pas affichée nommément.
net-h-people = Personnes dans le réseau
net-h-ties = Liens
net-h-ties-help = Paires de personnes qui ont fait quelque chose ensemble.
net-h-took-part = Ont participé à quelque chose
net-h-leaders = Ont proposé ou mené quelque chose
net-h-leaders-value = { $n } ({ $share } des participants)
net-h-gini = Concentration de l’animation (Gini)
net-h-cross = Liens entre organisations
net-h-clusters = Clusters
net-h-modularity = Modularité
net-h-isolates = Personnes sans lien
net-chart-spread = Répartition de l’animation
net-chart-spread-title = Part des participants qui ont proposé ou mené quelque chose, et concentration de l’animation (Gini), par mois
net-chart-led = ont mené quelque chose
net-chart-gini = concentration (Gini)
net-chart-cross = Liens au-delà des frontières
net-chart-cross-title = Part des liens entre personnes d’organisations différentes, à la fin de chaque mois
net-chart-cross-line = liens entre organisations
net-chart-isolates = Personnes isolées et clusters
net-chart-isolates-title = Personnes sans lien et clusters de deux personnes ou plus, à la fin de chaque mois
net-chart-isolates-line = personnes sans lien
net-chart-clusters-line = clusters
net-chart-so-far = en cours
net-months = Mois par mois
net-col-month = Mois
net-col-took-part = Ont participé
net-col-led-something = Ont mené
net-col-gini = Gini
net-col-ties = Liens
net-col-across = Entre organisations
net-col-without = Sans lien
net-col-clusters = Clusters
net-so-far = (en cours)
net-health-note = « – » : non affiché, pour que personne parmi celles qui ne sont pas affichées nommément ne puisse être isolé : l’animation d’un mois exige qu’aucune ou au moins cinq de ces personnes aient participé, et le réseau en fin de mois qu’aucune ou au moins cinq d’entre elles aient été actives depuis le dernier mois affiché. Le mois en cours n’est pas terminé : il est marqué « en cours » et laissé hors des courbes.
net-health-none = Rien à afficher pour l’instant : le réseau est calculé en arrière-plan quelques secondes après chaque changement, et sa santé s’affiche dès qu’il compte au moins cinq personnes.

net-groups-title = Groupes du réseau
net-groups-heading = Les groupes du réseau
net-groups-intro = Calculé le { $when }. Chaque ligne porte sur les personnes d’un groupe qui ne sont <em>pas</em> affichées nommément (au moins cinq) ; celles qui le sont figurent sur la carte. Les groupes qui décriraient moins de cinq personnes, seuls ou soustraits d’une autre ligne, sont comptés ensemble.
net-groups-withheld = Trop peu de personnes ne sont pas affichées nommément pour montrer le moindre groupe.
net-groups-by-org = Par organisation
net-groups-by-cluster = Par cluster
net-groups-pooled = Petits groupes réunis
net-col-group = Groupe
net-col-people = Personnes
net-col-mean-ties = Personnes côtoyées en moyenne
net-col-mean-bridging = Passerelle en moyenne
net-col-outward = Liens vers l’extérieur
net-g-led = La part du groupe qui a proposé une session ou porté une action.
net-g-mean-ties = Avec combien de personnes chacune a fait quelque chose, en moyenne.
net-g-mean-bridging = La fréquence moyenne à laquelle l’une d’elles se trouve sur le plus court chemin entre deux autres (de 0 à 1) : plus elle est élevée, plus le groupe relie les autres.
net-g-outward = La part des liens du groupe qui vont vers des personnes extérieures : faible signifie un groupe fermé.
net-intro-heading = Les mises en relation les plus utiles
net-intro-help = Relier au reste les personnes sans lien et les clusters les moins connectés, entre personnes affichées nommément, d’après la carte elle-même.
net-intro-none = Aucune entre des personnes qui ont accepté d’être affichées.
net-intro-pair = { $a } et { $b }

net-me-title = Mon réseau
net-me-computed = Calculé le { $when }.
net-me-computed-totals = Calculé le { $when } : { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}, { $ties ->
    [one] { $ties } lien
   *[other] { $ties } liens
}, { $clusters ->
    [one] { $clusters } cluster
   *[other] { $clusters } clusters
}, { $isolates } encore sans lien.
net-me-named = Vous avez accepté que d’autres voient ces chiffres : les membres qui peuvent voir le réseau vous trouvent nommément sur la carte.
net-me-grouped = Vous avez accepté que d’autres voient ces chiffres, mais pour l’instant vous êtes compté·e au sein d’un groupe sur la carte, pas nommément : sinon, il resterait trop peu de personnes n’ayant pas accepté pour les garder en groupes de cinq.
net-me-private = Vous seul·e voyez ces chiffres ; sur la carte, vous êtes compté·e au sein d’un groupe, jamais nommément. Cochez « { net-me-share } » ci-dessous pour changer cela.
net-me-ties = Personnes que vous avez côtoyées
net-me-cluster = Votre cluster
net-me-cluster-n = cluster { $c }
net-me-cluster-size = cluster { $c }, { $n } personnes
net-me-cluster-none = aucun pour l’instant (pas de lien)
net-me-cluster-small = un petit cluster
net-me-led = Sessions et actions que vous avez menées
net-me-invited = Personnes venues sur votre invitation
net-me-meet = Des personnes à rencontrer
net-me-meet-help = Des personnes affichées nommément avec qui vous n’avez pas encore travaillé, celles qui ont le plus de contacts en commun avec vous d’abord.
net-me-meet-line = { $common ->
    [one] { $common } personne avec qui vous avez travaillé tous les deux ({ $through }). Demandez-lui de vous présenter, ou venez la saluer à la prochaine rencontre.
   *[other] { $common } personnes avec qui vous avez travaillé tous les deux ({ $through }). Demandez à l’une d’elles de vous présenter, ou venez saluer cette personne à la prochaine rencontre.
}
net-me-and = { $rest } et { $last }
net-me-among = dont { $names }
net-me-on-map = { $name } sur la carte
net-me-none = Vous n’avez pas d’indicateurs de réseau.
net-me-none-left = Vous n’avez pas d’indicateurs de réseau : vous avez quitté le réseau.
net-me-choices = Vos choix
net-me-about = convene construit un réseau de collaboration à partir de ce que les gens font ensemble ici : le temps passé dans une même session, proposer des sessions, rédiger des comptes rendus et porter des actions ensemble, et qui a invité qui. Il montre comment l’animation se répartit et qui présenter à qui.
net-me-rule-own = Vos propres indicateurs de réseau vous sont montrés, et ne le sont aux autres que si vous cochez « { net-me-share } ».
net-me-rule-groups = Toute personne qui n’est pas affichée nommément n’apparaît qu’au sein de groupes d’au moins 5 personnes dans son cas, et aucun couple de chiffres publiés ne peut être soustrait pour apprendre quelque chose sur moins de 5 d’entre elles.
net-me-rule-leave = Si vous quittez le réseau, tout ce qui vous concerne est retiré avant tout calcul.
net-me-opt-out = Me laisser en dehors de l’analyse du réseau
net-me-share = Les autres peuvent voir mes propres indicateurs de réseau
net-me-save = Enregistrer mes choix
