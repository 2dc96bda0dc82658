# Las páginas de Open Space aparte de la del encuentro: una sesión, la vista del móvil, el
# quiosco y la pantalla, la preparación, la convergencia, los calendarios y lo publicado.

## Palabras que comparten varias páginas.
os-interested = { $count ->
    [one] { $count } persona quiere participar
   *[other] { $count } personas quieren participar
}
os-here-now = { $count ->
    [one] { $count } presente ahora
   *[other] { $count } presentes ahora
}
os-join-on = Quiero participar
os-join-off = Ya no quiero participar
os-check-out = Salir
os-i-am-here = Estoy aquí
os-confirm-back = No, volver

## La página de una sesión.
os-session-suggest-edit = Sugerir un cambio o ver su historial
os-session-convened-by = Propuesta por
os-session-when = Cuándo
os-session-local-time = hora local del encuentro
os-session-room = Sala
os-session-not-placed = Aún no está en el muro: espera en el mercado.
os-session-interest = Interés
os-session-seats = la sala tiene { $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
}
os-session-needs = Necesidades
os-session-unmet = Esta sala no tiene lo que la sesión necesita: { $needs }. Muévela a una sala que lo tenga o pregunta a la organización.
os-session-you-want = Quieres participar.
os-session-checked-in = Estás registrado aquí.
os-session-anonymous = contarme sin mi nombre
os-session-checkin-note = El registro abre 10 minutos antes de que empiece la sesión y cierra cuando termina.
os-session-report = Informe
os-session-no-report = Todavía no hay informe.
os-session-taking-part = Participan: { $names }
os-session-report-label = Puntos clave, ideas, acciones propuestas
os-session-report-hint = (Markdown; se guarda sobre la versión { $version })
os-session-save-report = Guardar el informe
os-session-unname = Quitar mi nombre del informe
os-session-name-me = Mostrar mi nombre entre quienes participan
os-session-history = Historial ({ $count ->
    [one] { $count } versión
   *[other] { $count } versiones
})
os-session-revision = versión { $version } de { $name }, { $at }
os-session-threads = Conversaciones sobre esta sesión
os-session-no-threads = Todavía no hay conversaciones sobre esta sesión.
os-session-thread-by = de { $name }
os-session-start-thread = Iniciar una conversación sobre esta sesión
os-session-move-heading = Mover esta sesión
os-session-place-heading = Colocar esta sesión
os-session-now-on-wall = Ahora en el muro:
os-session-cell = Hueco
os-session-where-now = (donde está ahora)
os-session-choose-cell = Elige un hueco libre
os-session-move = Mover
os-session-place = Colocar
os-session-unplace = Quitarla del muro…
os-session-edit = Editar el título y la descripción
os-session-title = Título
os-session-about = ¿De qué trata?
os-session-on-top = (se guarda sobre la versión { $version })
os-session-save = Guardar
os-session-withdraw = Retirar esta sesión…
os-session-merge-asks = «{ $title }» pide fusionarse con esta sesión: sus participantes y su interés se sumarían a los tuyos.
os-session-accept-merge = Aceptar la fusión
os-session-merge-asked = Pediste fusionar esta sesión con «{ $title }»; quien la propone aún no ha respondido.
os-session-withdraw-proposal = Retirar la propuesta
os-session-merge-into = Proponer fusionar esta sesión con
os-session-propose-merge = Proponer la fusión
os-session-host-merge = Organización: fusionar otra sesión con esta
os-session-session = Sesión
os-session-reason = Motivo
os-session-reason-hint = (queda en el registro de auditoría)
os-session-merge = Fusionar
os-session-swap-with = Intercambiar huecos con
os-session-swap = Intercambiar
os-unplace-title = ¿Quitar «{ $title }» del muro?
os-unplace-message = Vuelve al mercado y su hueco queda libre; quienes quieren participar conservan su interés. Puedes colocarla de nuevo más tarde.
os-unplace-confirm = Quitarla del muro
os-withdraw-title = ¿Retirar «{ $title }»?
os-withdraw-message = Desaparece del muro y del mercado para todos; a quien esté registrado en ella se le da salida, y el registro de auditoría anota que la retiraste. No se puede deshacer: para celebrarla al final, anúnciala de nuevo.
os-withdraw-confirm = Retirar la sesión

## La vista del móvil.
os-phone-title = Ahora y después · { $title }
os-phone-now-and-next = Ahora y después
os-phone-subtitle = ahora y después
os-phone-local = Las horas son las locales del encuentro ({ $zone }).
os-phone-checkin-open = El registro abre 10 minutos antes de que empiece una sesión.
os-phone-checkin-later = El registro abre cuando la organización inicia las sesiones.
os-phone-now = Ahora
os-phone-none-now = Ninguna sesión en el muro en este momento.
os-phone-nothing-now = No hay nada en curso ahora mismo.
os-phone-next = Después
os-phone-none-next = Aún no hay ninguna sesión en el muro para esta franja.
os-phone-nothing-more = No queda nada más en el programa.
os-phone-mine = Mis sesiones
os-phone-none-mine = Aún no has dicho que quieras participar en ninguna sesión: abre una en el muro y elige «Quiero participar».
os-phone-in-marketplace = en el mercado, aún no está en el muro
os-phone-unmet = Necesita { $needs }, que esta sala no tiene.
os-phone-you-here = Estás aquí
os-phone-you-want = Quieres participar
os-phone-you-convene = La propones tú

## El quiosco y la pantalla de un enlace de pantalla.
os-kiosk-title = { $title } · quiosco
os-kiosk-room = Sala
os-kiosk-all-rooms = Todas las salas
os-kiosk-show = Mostrar
os-kiosk-qr = Código QR: abre este encuentro en tu móvil
os-kiosk-on-phone = En tu móvil:
os-kiosk-loading = Cargando el programa…
os-kiosk-links = Enlaces de pantalla
os-kiosk-links-note = Un enlace de pantalla muestra este muro en una pantalla sin iniciar sesión, y nada más. Cualquiera con el enlace puede ver el muro; revócalo cuando la pantalla ya no se use.
os-kiosk-revoked = El enlace de pantalla está revocado: las pantallas que lo muestran lo indicarán en su próxima actualización.
os-kiosk-new-link = Nuevo enlace de pantalla (solo se muestra ahora, cópialo):
os-kiosk-new-link-label = Nuevo enlace de pantalla
os-kiosk-no-links = Todavía no hay enlaces de pantalla.
os-kiosk-made = Creado { $at } por { $name }
os-kiosk-revoke = Revocar
os-kiosk-make-link = Crear un enlace de pantalla
os-kiosk-free = Libre
os-kiosk-no-session = aún no hay sesión aquí
os-kiosk-here = { $count }/{ $capacity } aquí
os-display-title = { $title } · muro
os-display-on-phone = Abre el encuentro en tu móvil
os-display-revoked = Este enlace de pantalla fue revocado.

## La preparación por la primera cuenta.
os-first-title = Configurar convene
os-first-heading = Te damos la bienvenida: configura convene
os-first-lead = Eres la primera persona aquí. Tu cuenta administrará este convene y cuidará de su primera comunidad.
os-first-create = Crear mi cuenta

## La página de preparación de un encuentro y sus confirmaciones.
os-setup-title = Preparar { $title }
os-setup-back-link = Volver al encuentro
os-setup-in-phase-before = está en la fase
os-setup-in-phase-after = .
os-setup-back-phase = Volver a la fase «{ $phase }»
os-setup-phase-note = Cada paso se confirma primero y queda en el registro de auditoría; para volver atrás hace falta un motivo.
os-setup-details = Datos
os-setup-question = Pregunta convocante
os-setup-zone-hint = (las franjas conservan sus horas)
os-setup-first-day = Primer día
os-setup-first-day-hint = (todas las franjas se desplazan el mismo número de días)
os-setup-save-details = Guardar los datos
os-setup-spaces = Salas
os-setup-no-spaces = Aún no hay salas: añádelas en la
os-setup-gathering-page = página del encuentro
os-setup-add-after = .
os-setup-space-label = Sala { $name }
os-setup-seats = Plazas
os-setup-save-space = Guardar { $name }
os-setup-remove-space = Eliminar { $name }…
os-setup-remove-note = (la página siguiente enumera las sesiones que vuelven al mercado)
os-setup-slots = Franjas horarias
os-setup-no-slots = Aún no hay franjas: añádelas en la
os-setup-slots-note = Las franjas no pueden solaparse, y las franjas de sesiones empiezan después del círculo de apertura (el primer plenario). Cambiar la hora de una franja mantiene sus sesiones en ella.
os-setup-slot-label = Franja { $date } { $starts }
os-setup-save-this-slot = Guardar esta franja
os-setup-remove-slot = Eliminar esta franja…
os-setup-why = ¿Por qué?
os-setup-cancel = Cancelar, dejarlo todo como está
os-setup-done-details = Datos guardados.
os-setup-done-space = Sala guardada.
os-setup-done-space-removed = Sala eliminada.
os-setup-done-slot = Franja guardada.
os-setup-done-slot-removed = Franja eliminada.
os-setup-done-phase = Fase cambiada.
os-setup-went-back = { $count ->
    [one] { $count } sesión volvió al mercado.
   *[other] { $count } sesiones volvieron al mercado.
}
os-setup-moved = { $count ->
    [0] No hay ninguna sesión colocada ahí, así que nada más cambia.
    [one] Esta sesión vuelve al mercado:
   *[other] Estas { $count } sesiones vuelven al mercado:
}
os-setup-space-goes = La sala desaparece de todas las franjas.
os-setup-space-goes-replan = La sala desaparece de todas las franjas, y obtienes una vista previa de la nueva planificación.
os-setup-remove-space-title = ¿Eliminar { $name }?
os-setup-remove-space-button = Eliminar { $name }
os-setup-close-slot-title = ¿Convertir esta franja en { $kind ->
    [plenary] un plenario
   *[other] un descanso
}?
os-setup-slot-closes = La franja deja de acoger sesiones.
os-setup-save-slot = Guardar la franja
os-setup-remove-slot-title = ¿Eliminar la franja { $when }?
os-setup-slot-goes = La franja desaparece de todas las salas.
os-setup-remove-slot-button = Eliminar la franja
os-setup-next-title = ¿Pasar a la fase «{ $phase }»?
os-setup-next-button = Sí, pasar a la fase «{ $phase }»
os-setup-back-title = ¿Volver a la fase «{ $phase }»?
os-setup-back-button = Sí, volver a la fase «{ $phase }»
os-setup-say-why = Di por qué: el motivo queda en el registro de auditoría.
os-opens-invitation = La gente responde a la invitación; nadie puede anunciar sesiones todavía.
os-opens-marketplace = Todas las personas que dijeron que sí pueden anunciar sesiones y colocarlas en el muro.
os-opens-sessions = Las sesiones están en marcha: la gente se registra y sale, y se pueden escribir informes.
os-opens-convergence = El registro termina; la gente reparte sus puntos y se ofrece para acciones.
os-opens-closed = El encuentro se cierra: no más respuestas, sesiones ni votos; los informes aún pueden terminarse.

## Convergencia: puntos y acciones.
os-converge-title = Convergencia · { $title }
os-converge-you-have = Puntos que te quedan:
os-converge-dots-left = de { $total }.
os-converge-no-dots = Has dado todos tus puntos: recupera uno para moverlo.
os-converge-ranking = Clasificación
os-converge-kept = La lista no se mueve mientras votas.
os-converge-sort = Ordenar por puntos
os-converge-target-session = sesión
os-converge-target-action = acción
os-converge-give-label = Dar un punto a { $title }
os-converge-give = + punto
os-converge-back-label = Recuperar un punto de { $title }
os-converge-back = − punto ({ $count })
os-converge-actions = Acciones
os-converge-no-actions = Todavía no hay acciones.
os-converge-propose-hint = Propón una abajo, o desde un informe.
os-converge-due = vence el { $date }
os-converge-from = de «{ $title }»
os-converge-owners = Responsables:
os-converge-nobody = nadie todavía
os-converge-dots = { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}
os-converge-step-back = Retirarme
os-converge-volunteer = Ofrecerme
os-converge-status = Estado
os-converge-update = Actualizar
os-converge-proposed = Propuestas en los informes
os-converge-proposed-note = Estas líneas de los informes de sesión parecen acciones. Un clic propone una, vinculada a su sesión.
os-converge-propose-label = Proponer «{ $title }» como acción
os-converge-propose-as = Proponer como acción
os-converge-propose = Proponer una acción
os-converge-what = ¿Qué hay que hacer?
os-converge-from-session = De la sesión
os-converge-due-label = Vence
os-converge-propose-submit = Proponer la acción
os-converge-done-dot-given = Tu punto está dado. La lista no se mueve; recarga u ordena para ver el nuevo orden.
os-converge-done-dot-back = Has recuperado tu punto.
os-converge-done-proposed = La acción está propuesta; ahora la gente puede ofrecerse y darle puntos.
os-converge-done-volunteered = Te has ofrecido para la acción.
os-converge-done-stepped-back = Te has retirado de la acción.
os-converge-done-status = El estado de la acción está guardado.

## La lista de encuentros.
os-gatherings-lead-before = Aquí aparecen los Open Spaces; los
os-gatherings-lean = Lean Coffees
os-gatherings-lead-after = tienen sus propios tableros.
os-gatherings-none = Todavía no hay encuentros.
os-gatherings-host = Organizar un nuevo Open Space
os-gatherings-zone-hint = (p. ej. Europe/Madrid)
os-gatherings-dots = Puntos por persona en la convergencia
os-gatherings-create = Crear el encuentro

## El calendario suscrito de una persona.
os-calendar-title = Calendario · { $title }
os-calendar-heading = Suscríbete en tu calendario
os-calendar-lead = Tu aplicación de calendario puede seguir las sesiones que propones o en las que quieres participar en este encuentro: cuando una sesión se mueve, tu calendario también la mueve. El enlace es solo tuyo y no necesita contraseña, así que mantenlo en privado; puedes crear uno nuevo o detenerlo cuando quieras.
os-calendar-stopped = Tu calendario suscrito está detenido: su enlace ya no funciona, y tu aplicación de calendario mostrará un error o quitará las sesiones.
os-calendar-new = Tu nuevo enlace de calendario (solo se muestra ahora; el anterior, si lo había, ha dejado de funcionar):
os-calendar-subscribe = Suscribirme en mi aplicación de calendario
os-calendar-copy = O copia esta dirección en la opción «suscribirse por URL» de tu calendario:
os-calendar-since = Tienes un enlace de calendario, creado { $at }. ¿Lo perdiste? Crea uno nuevo; el anterior dejará de funcionar.
os-calendar-none = Todavía no tienes enlace de calendario.
os-calendar-make-new = Crear un nuevo enlace de calendario
os-calendar-make = Crear mi enlace de calendario
os-calendar-stop = Detener mi calendario suscrito

## Lo publicado en este servidor.

## Las palabras que convene escribe en los archivos de calendario.
os-ics-convened-by = Propuesta por { $names }
os-ics-mine = { $title } (las mías)

# The suggested agenda (preview before the host applies it).
suggest-title = Agenda sugerida
suggest-back = Volver a { $title }
suggest-back-after = para añadir espacios y franjas de sesiones, o para ver el muro tal como está.
suggest-lead = El motor de planificación coloca las sesiones para que el menor número de personas se pierda una sesión que quiere y el menor número de salas se quede pequeña. A nadie se le asigna nada: cada cual sigue yendo adonde quiere.
suggest-waiting = En espera:
suggest-now = Ahora
suggest-with = Con esta sugerencia
suggest-missed = Sesiones que alguien se pierde
suggest-missed-why = (a la vez que otra que quiere, o fuera del muro)
suggest-short = Plazas que faltan
suggest-waiting-count = Sesiones en espera en el mercado
suggest-no-moves = El muro ya está tan bien como el motor puede dejarlo: ningún movimiento.
suggest-apply = Aplicar estos movimientos
suggest-preview = El muro con esta sugerencia
suggest-legend-new = nueva
suggest-legend-new-after = del mercado
suggest-legend-moved = movida
suggest-legend-moved-after = desde otra celda · sin marca: se queda donde está
suggest-time = Hora
suggest-seats = { $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
}
suggest-free = libre
suggest-moved-from = movida desde { $from }
suggest-new-from = nueva, del mercado
suggest-waiting-heading = En espera en el mercado ({ $count })
suggest-taken-off = retirada del muro
suggest-moves = Movimientos ({ $count })
suggest-notes = Notas
suggest-places = { $count ->
    [one] coloca { $count } sesión del mercado
   *[other] coloca { $count } sesiones del mercado
}
suggest-moves-on = mueve { $count } en el muro
suggest-takes-off = retira { $count } del muro
suggest-summary = Esta sugerencia { $what }.
