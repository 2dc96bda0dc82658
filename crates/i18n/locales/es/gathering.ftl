gathering-phase = Fase
gathering-venue = Lugar
gathering-time-zone = Zona horaria
gathering-license = Licencia
gathering-invitation = Invitación
gathering-will-you-come = ¿Vendrás?
gathering-you-said = Tu respuesta:
gathering-yes = Sí
gathering-maybe = Quizás
gathering-no = No
gathering-your-answer = Tu respuesta
gathering-now-in = El encuentro está ahora en la fase «{ $phase }».
gathering-welcome = Te damos la bienvenida a { $community }, { $name }. Cuéntanos abajo si vendrás.

phase-invitation = Invitación
phase-marketplace = Mercado
phase-sessions = Sesiones
phase-convergence = Convergencia
phase-closed = Cerrado

answer-yes = sí
answer-maybe = quizás
answer-no = no

gathering-links = Este encuentro
gathering-link-wall = Muro
gathering-link-now = Ahora y después (móvil)
gathering-link-cafe = World Café
gathering-link-run-cafe = Realizar como World Café
gathering-link-kiosk = Vista para pantalla
gathering-link-converge = Convergencia y acciones
gathering-link-proceedings = Memoria
gathering-link-agenda-ics = Programa (iCal)
gathering-link-my-ics = Mis sesiones (iCal)
gathering-link-calendar = Suscribirme en mi calendario
gathering-link-sessions-csv = Sesiones (CSV)
gathering-link-actions-csv = Acciones (CSV)
gathering-link-presence-csv = Registro de presencia (CSV)

wall-label = Muro del programa
wall-hint-before = En el móvil,
wall-hint-link = «Ahora y después»
wall-hint-after = muestra las mismas sesiones sin desplazarte de lado. Las sesiones a las que quieres ir llevan la marca «Quieres participar».
wall-warnings = Avisos
wall-no-spaces = El muro aún no tiene salas.
wall-no-slots = El muro aún no tiene franjas horarias.
wall-no-spaces-cell = aún no hay salas
wall-time = Hora
wall-agenda = Programa
wall-seats = { $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
}
wall-free = libre
wall-kind-plenary = Plenario
wall-kind-break = Descanso
wall-unmet = necesita { $needs }: no lo hay en esta sala
wall-interested = interesados
wall-here-now = aquí ahora
wall-here = aquí { $count }
wall-marketplace = Mercado
wall-not-placed = { $count ->
    [one] { $count } aún no está en el muro
   *[other] { $count } aún no están en el muro
}

convene-heading = Proponer una sesión
convene-title = Título
convene-about = ¿De qué trata?
convene-optional = (opcional)
convene-needs = Necesidades
convene-needs-hint = (opcional, p. ej. proyector, accesible)
convene-co = Coorganizadores
convene-co-hint = (opcional; personas que dijeron que sí)
convene-submit = Anunciar la sesión
convene-after = Después, abre tu sesión para colocarla en un hueco libre del muro.
checkout = Salir de la sesión en la que estoy

host-heading = Organización
host-answers = Respuestas:
host-answers-note = (solo cifras: nunca se muestra quién dijo que no)
host-suggest = Sugerir un programa
host-suggest-note = (primero una vista previa; nada cambia hasta que la apliques)
host-next-phase = Pasar a la fase «{ $phase }»
host-setup = Editar datos, salas y franjas, o volver a la fase anterior
host-spaces = Salas:
host-spaces-none = ninguna todavía
host-space = { $name } ({ $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
})
host-add-space = Añadir una sala
host-name = Nombre
host-capacity = Capacidad
host-features = Equipamiento
host-features-hint = (p. ej. proyector, accesible)
host-add-space-submit = Añadir la sala
host-add-slot = Añadir una franja horaria
host-date = Fecha
host-starts = Empieza
host-ends = Termina
host-kind = Tipo
host-kind-sessions = Sesiones
host-kind-plenary = Plenario (bloqueado)
host-kind-break = Descanso (bloqueado)
host-label = Etiqueta
host-label-hint = (p. ej. Círculo de apertura)
host-add-slot-submit = Añadir la franja
host-room-lost = Se pierde una sala
host-room-lost-note = La sala se elimina; sus sesiones vuelven al mercado y obtienes una vista previa de la nueva planificación que deja todas las demás sesiones donde están. La página siguiente las enumera antes de que cambie nada.
host-space-field = Sala
host-remove-space = Eliminar la sala y replanificar
host-lock = Bloquear un hueco
host-cell = Hueco
host-lock-submit = Bloquear el hueco
wall-you-here = Estás aquí
wall-you-want = Quieres participar
