# Las páginas de los otros formatos: World Café (cafe-), Lean Coffee (lean-), iniciativas (initiative-).

cafe-done-created = Este encuentro es ahora un World Café. Añade abajo sus rondas y sus mesas.
cafe-done-round = La ronda está añadida.
cafe-done-table = La mesa está añadida.
cafe-done-host = La persona anfitriona de la mesa está guardada.
cafe-done-planned = Hay un plan de mesas sugerido: cada persona ve su mesa sugerida y cualquiera puede sentarse en otra.
cafe-done-joined = Participas: tu mesa sugerida aparece en cada ronda.
cafe-done-left = Has dejado el café: no tienes mesas sugeridas para las próximas rondas.
cafe-done-started = La ronda ha empezado.
cafe-done-paused = El temporizador está en pausa.
cafe-done-resumed = El temporizador vuelve a correr.
cafe-done-sat = Estás en esta mesa durante esta ronda.
cafe-done-stood = Ahora no estás en ninguna mesa.
cafe-done-noted = Las notas están guardadas.
cafe-done-themed = Las notas están agrupadas en temas según los términos que comparten.
cafe-done-moved = La nota está movida.
cafe-clock-not-started = sin empezar
cafe-clock-running = quedan { $left }
cafe-clock-paused = en pausa, quedan { $left }
cafe-clock-over = se acabó el tiempo (excedido en { $by })
cafe-title = World Café · { $title }
cafe-links = Este café
cafe-link = Café
cafe-harvest = Muro de cosecha
cafe-world-cafe = World Café
cafe-write = Escribe las notas de esta ronda en { $table }
cafe-write-hint = Toda la mesa escribe junta; si alguien guardó entretanto, ves ambos textos y los combinas.
cafe-notes-label = Notas (ronda { $round })
cafe-save-notes = Guardar las notas
cafe-plan = Tus mesas sugeridas
cafe-plan-round = Ronda { $n }:
cafe-plan-round-short = Ronda { $n }
cafe-plan-none = sin sugerencia
cafe-leave = Me voy después de esta ronda
cafe-join-hint = Únete al plan de mesas para recibir una mesa sugerida en cada ronda (siempre puedes sentarte en otra).
cafe-join = Unirme al plan de mesas
cafe-joined-count = { $people ->
    [one] { $people } persona se ha unido
   *[other] { $people } personas se han unido
} al plan; { $planned ->
    [one] { $planned } de ellas tiene
   *[other] { $planned } de ellas tienen
} una mesa sugerida.
cafe-host-controls = Controles de la anfitriona o el anfitrión
cafe-start-round = Empezar la ronda { $n }
cafe-add-round-first = Añade una ronda para empezar.
cafe-last-round = Esta es la última ronda.
cafe-resume = Reanudar el temporizador
cafe-pause = Pausar el temporizador
cafe-suggest-plan = Sugerir un plan de mesas
cafe-plan-hint = El plan se hace para las rondas que aún no han empezado: el mínimo de encuentros repetidos, organizaciones mezcladas, las personas anfitrionas se quedan. Quien se une más tarde se añade sin mover a nadie más.
cafe-rounds = Rondas
cafe-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
cafe-next-question = Pregunta de la próxima ronda
cafe-add-round = Añadir la ronda
cafe-tables-hosts = Las mesas y sus anfitriones
cafe-seats = { $n ->
    [one] { $n } plaza
   *[other] { $n } plazas
}
cafe-host-of = Anfitrión de { $table }
cafe-no-host = sin anfitrión
cafe-save-host = Guardar anfitrión
cafe-new-table = Nueva mesa
cafe-seats-label = Plazas
cafe-add-table = Añadir la mesa
cafe-round-of = Ronda { $n } de { $rounds }
cafe-ends-at = termina a las { $at }, { $zone }
cafe-not-started = Aún no ha empezado
cafe-host-starts = La persona anfitriona empieza la primera ronda.
cafe-host-starts-with = La persona anfitriona empieza la primera ronda: «{ $question }».
cafe-your-table = Tu mesa
cafe-suggested = Tu mesa sugerida:
cafe-suggested-hint = Es solo una sugerencia: siéntate donde quieras.
cafe-no-suggestion = No tienes mesa sugerida en esta ronda: siéntate donde quieras.
cafe-not-joined = No tienes mesa sugerida (no te has unido al plan): siéntate donde quieras.
cafe-seat = En esta ronda estás en { $table }.
cafe-no-seat = Todavía no estás en ninguna mesa.
cafe-before = Lo que dejó la ronda { $round } en { $table }
cafe-before-none = La ronda { $round } no dejó notas en { $table }.
cafe-notes-now = Notas de esta ronda en { $table } (versión { $version })
cafe-tables = Mesas
cafe-tables-hint = Los números dicen cuántas personas se registraron en cada mesa en esta ronda y cuántas plazas tiene. Una mesa llena es solo una indicación: aun así puedes sentarte en ella.
cafe-table-host = anfitrión: { $name }
cafe-seats-taken = { $seated } de { $seats } plazas ocupadas
cafe-full = (llena)
cafe-your-suggestion = tu sugerencia
cafe-sit-at = Sentarme en { $table }
cafe-sit-here = Sentarme aquí
cafe-leave-table = Dejar mi mesa
cafe-new-title = Celebrar como World Café · { $title }
cafe-new-heading = Celebrar «{ $title }» como World Café
cafe-new-lead = Un World Café son rondas de conversación en mesas pequeñas: cada ronda tiene una pregunta, las personas anfitrionas se quedan y todas las demás viajan a una mesa nueva. Convene sugiere un plan de mesas para que la gente conozca a personas nuevas de otras organizaciones; a nadie se le asigna sitio, todo el mundo puede sentarse donde quiera.
cafe-new-tables = Número de mesas
cafe-new-size = Personas por mesa (como máximo)
cafe-new-button = Convertirlo en un World Café
cafe-harvest-title = Muro de cosecha · { $title }
cafe-harvest-saved = La persona anfitriona agrupó las notas de todas las rondas en estos temas.
cafe-harvest-suggested = Estos temas son una sugerencia: las notas se agrupan por las palabras que comparten (un término presente en pocas notas pesa más que uno presente en muchas). Nada está decidido hasta que la persona anfitriona los guarde.
cafe-harvest-shared-why = Los «términos compartidos» explican por qué hay notas juntas.
cafe-proceedings-md = Memoria (Markdown)
cafe-proceedings-pdf = Memoria (PDF)
cafe-group-again = Volver a agrupar las notas
cafe-save-themes = Guardar estos temas
cafe-no-notes = Aún no hay notas: cada mesa escribe las suyas durante una ronda.
cafe-notes-count = { $n ->
    [one] { $n } nota
   *[other] { $n } notas
}
cafe-shared-terms = Términos compartidos:
cafe-move-to = Mover al tema
cafe-no-theme = ningún tema
cafe-move = Mover

lean-done-proposed = Tu tema está en el tablero, en «Por tratar».
lean-done-voted = Tu voto está dado.
lean-done-unvoted = Has retirado tu voto; puedes dárselo a otro tema.
lean-done-started = Se está tratando el tema; su timebox ha empezado.
lean-done-roman-open = La votación romana está abierta: pulgar arriba para seguir, de lado si te da igual, abajo para pasar a otra cosa.
lean-done-hand = Tu mano está contada. Puedes cambiarla hasta que se cierre la votación.
lean-done-continued = Más pulgares arriba que abajo: el tema sigue con un nuevo timebox.
lean-done-ended = No hay más pulgares arriba que abajo: el tema ha terminado.
lean-done-finished = El tema ha terminado.
lean-done-merged = Los temas están unidos; sus votos cuentan ahora juntos, uno por persona.
lean-done-action = La acción está anotada. Apúntate si vas a encargarte de ella.
lean-done-volunteered = Te has apuntado a la acción.
lean-done-stepped-back = Te has retirado de la acción.
lean-done-closed = El Lean Coffee está cerrado. El resumen queda aquí para leerlo y descargarlo.
lean-thumb-up = Seguir
lean-thumb-sideways = Me da igual
lean-thumb-down = Pasar a otro
lean-tally = { $up } arriba, { $sideways } de lado, { $down } abajo
lean-tally-continues = más pulgares arriba que abajo, así que el tema sigue.
lean-tally-nobody = nadie votó, así que el tema termina.
lean-tally-ends = no hay más pulgares arriba que abajo, así que el tema termina.
lean-tally-sideways = { $n ->
    [one] Una mano estaba de lado: a alguien le daría igual.
   *[other] { $n } manos estaban de lado: les daría igual.
}
lean-list = Lean Coffees
lean-list-lead = Un Lean Coffee es una reunión sin agenda fija: cada persona propone temas, vota los que le importan y el grupo los trata por orden de votos, unos minutos cada vez, decidiendo en conjunto si seguir.
lean-list-none = Todavía no hay ningún Lean Coffee.
lean-state-open = abierto
lean-state-closed = cerrado
lean-new = Organizar un nuevo Lean Coffee
lean-new-question = ¿De qué trata?
lean-new-zone = Zona horaria
lean-new-zone-hint = (p. ej., Europe/Madrid)
lean-new-votes = Votos por persona
lean-new-minutes = Minutos por tema (y por prórroga)
lean-new-button = Crear el Lean Coffee
lean-title = { $title } · Lean Coffee
lean-badge = Lean Coffee
lean-votes-you-have = Te quedan
lean-votes-left = de { $votes } votos.
lean-votes-rule = Cada persona tiene { $votes ->
    [one] { $votes } voto
   *[other] { $votes } votos
}, como mucho uno por tema; el tema con más votos se trata primero, { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} cada vez.
lean-my-hand = Tu mano en la votación romana abierta:
lean-propose = Proponer un tema
lean-add-topic = Añadir tema
lean-closed = Este Lean Coffee está cerrado: { $n ->
    [one] se trató { $n } tema.
   *[other] se trataron { $n } temas.
}
lean-summary = Resumen
lean-summary-lead = Los temas en el orden en que se trataron, cómo salió cada votación romana y las acciones con quién se encarga de ellas:
lean-step-back = Para retirarte de una acción a la que te apuntaste, usa la
lean-action-list = lista de acciones del encuentro
lean-close = Cerrar este Lean Coffee
lean-next = Tratar el siguiente tema (más votos)
lean-col-to-discuss = Por tratar
lean-col-discussing = En debate
lean-col-done = Terminados
lean-none-waiting = No hay temas esperando.
lean-propose-above = Propón uno arriba.
lean-proposed-by = Propuesto por { $name }
lean-votes = { $n ->
    [one] { $n } voto
   *[other] { $n } votos
}
lean-merged-with = unido con
lean-vote = Votar
lean-vote-for = Votar por «{ $topic }»
lean-unvote = Retirar mi voto
lean-unvote-for = Retirar tu voto por «{ $topic }»
lean-discuss-now = Tratar ahora
lean-discuss-now-label = Tratar «{ $topic }» ahora
lean-merge-label = Unir «{ $topic }» con
lean-merge = Unir con
lean-merge-button-label = Unir «{ $topic }» con el tema elegido
lean-timebox-continued = timebox { $box } (prorrogado { $n ->
    [one] { $n } vez
   *[other] { $n } veces
})
lean-time-up = Se acabó el tiempo: el grupo decide con la votación romana si seguir.
lean-time-left = restantes en este timebox de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
lean-roman-n = Votación romana { $n }:
lean-roman-ask = Votación romana { $n }: ¿seguimos con este tema?
lean-hands = { $n ->
    [one] { $n } mano
   *[other] { $n } manos
} hasta ahora.
lean-roman-rule = Sigue mientras haya más pulgares arriba que abajo; de lado significa que te da igual.
lean-roman-close = Cerrar la votación y contar
lean-roman-open = Pedir la votación romana
lean-finish = Terminar este tema
lean-nothing-discussed = Ahora mismo no se está tratando nada.
lean-none-done = Todavía no ha terminado ningún tema.
lean-timeboxes = { $n ->
    [one] { $n } timebox
   *[other] { $n } timeboxes
}
lean-proposed-for-decision = Propuesto para una decisión:
lean-to-proposal = Convertir en propuesta
lean-to-proposal-label = Convertir «{ $topic }» en propuesta
lean-actions-from = Acciones de «{ $topic }»
lean-no-volunteer = aún sin voluntarios
lean-carried-by = a cargo de
lean-volunteer = Me apunto
lean-volunteer-for = Apuntarme a «{ $action }»
lean-grow = Convertir en iniciativa
lean-grow-label = Convertir «{ $action }» en iniciativa
lean-action-label = Una acción de este tema
lean-add-action = Añadir acción
lean-proposal-title = Convertir «{ $topic }» en propuesta
lean-proposal-heading = Convertir un tema en propuesta
lean-proposal-lead = El tema «{ $topic }» se convierte en una propuesta para el proceso de decisión de la comunidad. Se decide según la regla que la comunidad fijó para ese tipo de cambio, y la tarjeta del tema enlaza con ella.
lean-proposal-why-label = Por qué (al menos una frase)
lean-proposal-button = Abrir la decisión
lean-proposal-why = Esta propuesta viene del tema «{ $topic }» del Lean Coffee «{ $lean }», tratado en { $boxes ->
    [one] { $boxes } timebox
   *[other] { $boxes } timeboxes
}.
lean-proposal-last-vote = Última votación romana: { $tally }

initiative-done-started = Tu iniciativa ha empezado. Invita a gente o deja que pidan unirse.
initiative-done-asked = Has pedido unirte. Te responderá quien la inició o alguien que la dirige.
initiative-done-invited = La invitación está enviada. Estarán dentro en cuanto la acepten.
initiative-done-joined = Estás dentro: puedes publicar novedades y pedir ayuda.
initiative-done-accepted = Aceptado: ya forman parte de la iniciativa.
initiative-done-withdrawn = Hecho: esa invitación, solicitud o participación está retirada.
initiative-done-updated = Tu novedad está publicada.
initiative-done-lead-offered = La invitación a dirigir está enviada. Dirigirán en cuanto la acepten.
initiative-done-leading = Ahora diriges esta iniciativa, junto con quien la inició.
initiative-done-lead-declined = Has rechazado la invitación a dirigir.
initiative-done-lead-withdrawn = La invitación a dirigir está retirada.
initiative-done-stepped-down = Has dejado la dirección; sigues dentro.
initiative-done-ask = Tu petición de ayuda está publicada; cualquiera de la comunidad puede encargarse.
initiative-done-ask-status = El estado de la petición está guardado.
initiative-lead = Una iniciativa es algo que varias personas sacan adelante juntas: una acción de un encuentro o una idea de cualquiera. Se entra por invitación o pidiéndolo; a nadie se le mete en una.
initiative-none = Todavía no hay ninguna iniciativa.
initiative-started-by = iniciada por { $name }
initiative-people-in = { $n ->
    [one] { $n } persona dentro
   *[other] { $n } personas dentro
}
initiative-open-asks = { $n ->
    [one] { $n } petición de ayuda abierta
   *[other] { $n } peticiones de ayuda abiertas
}
initiative-from = de «{ $action }»
initiative-start = Iniciar una iniciativa
initiative-grows = Nace de una acción; su página enlazará con ella.
initiative-name = Nombre
initiative-purpose = Propósito: para qué es y a quién le vendría bien
initiative-start-button = Iniciar la iniciativa
initiative-title = { $title } · Iniciativa
initiative-started-on = Iniciada por { $name } el { $when }.
initiative-grew-from = Nació de
initiative-grew-from-action = Nació de la acción «{ $action }» de
initiative-session = sesión
initiative-people = Personas
initiative-part-starter = la inició
initiative-part-lead = dirige
initiative-standing-invited = invitada, aún sin respuesta
initiative-standing-requested = ha pedido unirse
initiative-lead-offered = invitada a dirigir, aún sin respuesta
initiative-lead-take-back = Retirar
initiative-lead-take-back-label = Retirar la invitación a { $name } para dirigir
initiative-lead-invite = Invitar a dirigir
initiative-lead-invite-label = Invitar a { $name } a dirigir contigo
initiative-accept = Aceptar
initiative-accept-label = Aceptar la solicitud de { $name }
initiative-decline = Rechazar
initiative-decline-label = Rechazar la solicitud de { $name }
initiative-lead-offer = Te han invitado a dirigir esta iniciativa con quien la inició. Solo diriges si aceptas; al aceptar también te unes, si aún no estás dentro.
initiative-lead-accept = Aceptar: dirigiré
initiative-ask-join = Pedir unirme
initiative-invited = Te han invitado a unirte.
initiative-accept-invitation = Aceptar la invitación
initiative-requested = Has pedido unirte; te responderá quien la inició o alguien que la dirige.
initiative-withdraw-request = Retirar mi solicitud
initiative-step-down = Dejar la dirección
initiative-leave = Dejar esta iniciativa
initiative-invite-someone = Invitar a alguien
initiative-invite = Invitar
initiative-asks = Peticiones de ayuda
initiative-no-asks = Todavía no hay peticiones.
initiative-ask-open = abierta
initiative-ask-taken = asumida
initiative-ask-done = hecha
initiative-asked-by = pedida por { $name }
initiative-taken-by = asumida por { $name }
initiative-help = Yo ayudo
initiative-help-label = Ayudaré con: { $ask }
initiative-ask-status = Estado de la petición
initiative-save = Guardar
initiative-ask-label = Pedir ayuda
initiative-post-ask = Publicar la petición
initiative-updates = Novedades
initiative-no-updates = Todavía no hay novedades.
initiative-update-label = Publicar una novedad
initiative-post-update = Publicar novedad

lean-sum-title = Resumen de { $title }
lean-sum-intro = Un Lean Coffee de { $community }: { $votes } votos por persona, { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} por tema. { $discussed ->
    [one] { $discussed } tema tratado
   *[other] { $discussed } temas tratados
}, { $waiting } sin tratar.
lean-sum-proposed = Propuesto por { $name }; { $n ->
    [one] { $n } voto
   *[other] { $n } votos
}.
lean-sum-merged = Unido con { $topics }.
lean-sum-decision = Propuesto para el proceso de decisión de la comunidad: «{ $title }» ({ $status }).
lean-sum-actions = Acciones
lean-sum-not-reached = Sin tratar
lean-sum-footer = Resumen de «{ $title }» ({ $community }), por sus participantes. Licencia { $license }: compártelo y adáptalo citando la autoría.
