flash-convened = { $named ->
    [yes] « { $title } » est annoncée
   *[other] La session est annoncée
} sur la place du marché. Ouvrez-la pour la placer au mur.
flash-placed = { $named ->
    [yes] « { $title } » est
   *[other] La session est
} au mur.
flash-stays = { $named ->
    [yes] « { $title } » reste
   *[other] La session reste
} à sa place.
flash-unplaced = { $named ->
    [yes] « { $title } » est
   *[other] La session est
} de retour sur la place du marché.
flash-swapped = { $named ->
    [yes] « { $title } » a
   *[other] La session a
} changé de case.
flash-interest-on = Vous voulez participer à { $named ->
    [yes] « { $title } »
   *[other] la session
}.
flash-interest-off = Vous ne voulez plus participer à { $named ->
    [yes] « { $title } »
   *[other] la session
}.
flash-checked-in = Vous êtes enregistré·e dans { $named ->
    [yes] « { $title } »
   *[other] la session
}.
flash-checked-out = Vous êtes sorti·e de la session.
flash-edited = { $named ->
    [yes] « { $title } » est enregistrée
   *[other] La session est enregistrée
}.
flash-withdrawn = La session est retirée : elle n’est plus au mur ni sur la place du marché.
flash-merge-proposed = Votre proposition de fusionner { $named ->
    [yes] « { $title } »
   *[other] la session
} est envoyée à la personne qui l’a proposée.
flash-merge-withdrawn = Votre proposition de fusion est retirée.
flash-merged = Les sessions sont fusionnées en { $named ->
    [yes] « { $title } »
   *[other] une seule
}.
flash-answered = Votre réponse est enregistrée.
