flash-convened = { $named ->
    [yes] «{ $title }» está anunciada
   *[other] La sesión está anunciada
} en el mercado. Ábrela para colocarla en el muro.
flash-placed = { $named ->
    [yes] «{ $title }» ya está
   *[other] La sesión ya está
} en el muro.
flash-stays = { $named ->
    [yes] «{ $title }» se queda
   *[other] La sesión se queda
} donde está.
flash-unplaced = { $named ->
    [yes] «{ $title }» vuelve
   *[other] La sesión vuelve
} al mercado.
flash-swapped = { $named ->
    [yes] «{ $title }» ha cambiado
   *[other] La sesión ha cambiado
} de hueco.
flash-interest-on = Quieres participar en { $named ->
    [yes] «{ $title }»
   *[other] la sesión
}.
flash-interest-off = Ya no quieres participar en { $named ->
    [yes] «{ $title }»
   *[other] la sesión
}.
flash-checked-in = Has registrado tu llegada a { $named ->
    [yes] «{ $title }»
   *[other] la sesión
}.
flash-checked-out = Has registrado tu salida.
flash-edited = { $named ->
    [yes] «{ $title }» está guardada
   *[other] La sesión está guardada
}.
flash-withdrawn = La sesión está retirada: ya no está en el muro ni en el mercado.
flash-merge-proposed = Tu propuesta de unir { $named ->
    [yes] «{ $title }»
   *[other] la sesión
} se ha enviado a quien la propuso.
flash-merge-withdrawn = Tu propuesta de unión está retirada.
flash-merged = Las sesiones se han unido en { $named ->
    [yes] «{ $title }»
   *[other] una sola
}.
flash-answered = Tu respuesta está guardada.
