# Errores que ven las personas (crates/web/src/error_words.rs) y mensajes de los casos de uso.
error-internal = Algo salió mal por nuestra parte. No se cambió nada; inténtalo de nuevo.
error-unauthenticated = sin sesión iniciada
error-denied = No tienes permiso para hacer esto en esta comunidad.
error-not-found = Aquí no hay nada, o no te corresponde verlo.
error-no-route = No hay nada en esta dirección.
error-bad-credentials = el correo electrónico o la contraseña no son correctos
error-title-forbidden = No permitido
error-title-not-found = No encontrado
error-title-gone = Esta invitación no se puede usar
error-title-internal = Algo salió mal
error-title-other = No funcionó

error-text-empty = El campo «{ $field }» es obligatorio
error-text-too-long = El campo «{ $field }» admite como máximo { $max } caracteres
error-text-too-short = El campo «{ $field }» necesita al menos { $min } caracteres
error-text-bad-chars = El campo «{ $field }» contiene caracteres no permitidos
error-text-invalid = El campo «{ $field }» no es válido: { $hint }
error-field-name = nombre
error-field-short-name = nombre corto
error-field-email = correo electrónico
error-field-password = contraseña
error-field-community-name = nombre de la comunidad
error-field-organization-name = nombre de la organización
error-field-purpose = propósito
error-field-calling-question = pregunta convocante
error-field-reason = motivo
error-field-token-name = nombre del token
error-field-title = título
error-field-invitation = invitación
error-field-venue = lugar
error-field-space-name = nombre del espacio
error-field-session-title = título de la sesión
error-field-description = descripción
error-field-report = informe
error-field-action = acción
error-field-text = texto
error-field-question = pregunta
error-field-summary = resumen
error-field-notes = notas
error-field-topic = tema
error-field-theme = eje temático
error-field-label = etiqueta
error-field-table-name = nombre de la mesa
error-field-capacity = capacidad
error-field-dots-per-person = puntos por persona
error-field-features = equipamiento
error-field-time-zone = zona horaria
error-field-date-time = fecha y hora
error-field-dates = fechas
error-field-first-day = primer día
error-field-slot = franja
error-field-due-date = fecha límite
error-field-until = hasta
error-field-kind = tipo
error-field-language = idioma
error-field-co-conveners = coorganizadores
error-field-merge = fusión
error-field-organization = organización
error-field-uses = usos
error-field-days = días
error-field-gathering = encuentro
error-field-says = { $field }: { $message }
error-hint-slug = usa minúsculas, cifras y guiones sueltos
error-hint-email = se espera una dirección como nombre@example.org
error-hint-name = contiene caracteres invisibles o que cambian la dirección del texto (como un espacio de ancho cero o un cambio forzado de derecha a izquierda); vuelve a escribirlo sin ellos
error-hint-capacity = un número entero del 1 al 10.000
error-hint-one-to-twenty = un número entero del 1 al 20
error-hint-features = 8 como máximo, separados por comas
error-hint-feature-words = palabras cortas de letras, cifras, espacios y guiones
error-hint-time-zone = un nombre como Europe/Madrid o UTC
error-hint-date-time = una fecha como 2026-12-01 y una hora como 09:30
error-hint-dates = una fecha como 2026-12-01 dentro de los próximos años
error-hint-date = una fecha como 2026-12-01
error-hint-slot = debe terminar después de empezar y durar como máximo 12 horas

error-stale = Alguien guardó { $what } mientras escribías. Su versión está arriba; tu texto se conserva abajo: une los dos y vuelve a guardar.
error-stale-report = el informe
error-stale-session-description = la descripción de la sesión
error-stale-contribution = la contribución
error-stale-design = el diseño
error-stale-note = la nota

error-invitation-expired = Esta invitación ha caducado.
error-invitation-revoked = La comunidad retiró esta invitación.
error-invitation-used-up = Esta invitación ya se ha usado tantas veces como permite.
error-invitation-declined = Esta invitación fue rechazada.

error-taken-email = Ese correo electrónico ya está en uso.
error-taken-slug = Ese nombre corto ya está en uso.
error-taken-organization = Ese nombre de organización ya está en uso.
error-taken-space = Ese nombre de espacio ya está en uso.
error-taken-membership = Esa membresía ya existe.
error-taken = Eso ya está en uso ({ $what }).

error-already-member = Ya eres miembro de esta comunidad.
error-last-steward-role = Una comunidad necesita al menos una persona administradora: primero da el rol a otra persona.
error-last-steward-remove = No se puede quitar a la última persona administradora.
error-only-steward-of = Eres la única persona administradora de { $community }: primero da el rol a otra persona.
error-operator-undeletable = Tú operas este convene: su cuenta de operación no se puede eliminar aquí.
error-password-wrong = La contraseña no es correcta.
error-reset-operator = Una persona administradora no puede restablecer la contraseña de quien opera el servicio.
error-reset-other-community = Esta persona también pertenece a una comunidad que no administras: pregunta a quien opera el servicio o a una persona administradora de esa comunidad.
error-policies-first = Primero acepta las normas vigentes de la comunidad (en su página de gobernanza): hasta entonces puedes leer, pero no publicar.

error-choose-organization = elige una de las organizaciones de la comunidad
error-choose-gathering = elige uno de los encuentros de la comunidad
error-invitation-already-revoked = Esta invitación ya fue retirada.
error-account-exists = Ya existe una cuenta con este correo electrónico: inicia sesión primero y luego continúa.

error-gathering-closed = Este encuentro está cerrado.
error-cell-has-session = Hay una sesión en esa casilla; muévela antes de bloquear la casilla.
error-cell-locked = Esa casilla está bloqueada ({ $label }).
error-reserved-plenary = Ese horario está reservado para el plenario ({ $label }).
error-reserved-break = Ese horario está reservado para el descanso ({ $label }).
error-reserved-whole = todo el encuentro
error-co-conveners-at-most = 5 como máximo
error-co-conveners-guest = las personas invitadas no pueden nombrar coorganizadores: pide a un miembro que los añada
error-co-conveners-members = elige miembros de esta comunidad
error-check-in-not-yet = El registro de asistencia abre cuando empiezan las sesiones.
error-check-in-early = «{ $title }» empieza el { $date } a las { $time }; el registro abre 10 minutos antes.
error-check-in-over = «{ $title }» ya terminó; regístrate en una sesión que esté en curso.
error-not-on-agenda = Esa sesión aún no está en el programa.
error-convene-not-yet = Las sesiones se anuncian cuando abre el mercado.
error-convene-say-yes = Primero di que sí a la invitación; después podrás proponer una sesión.
error-agenda-closed = El programa solo puede cambiar en las fases de mercado y de sesiones.
error-convener-busy = Quien la organiza ya tiene una sesión en esa franja.
error-merge-another = elige otra sesión
error-merge-not-proposed = Esa fusión no se propuso o se retiró.
error-merge-closed = Las sesiones solo se fusionan en las fases de mercado y de sesiones.

error-reports-not-yet = Los informes se abren cuando empiezan las sesiones.
error-report-named-took-part = En un informe solo se puede nombrar a quienes participaron.
error-dots-closed = La votación con puntos solo está abierta durante la convergencia.
error-actions-not-yet = Las acciones salen de las sesiones; propónlas cuando empiecen las sesiones.
error-action-closed = Esta acción está { $status }: ya nadie puede ofrecerse para ella.

error-thread-deleted = Su autor eliminó este hilo; ya no admite respuestas.
error-author-edits = Solo su autor puede editar esto.
error-deleted-no-edit = Esto se eliminó; no se puede editar.
error-author-deletes = Solo su autor puede eliminar esto.

error-suspended = Tienes una suspensión en esta comunidad hasta el { $until }: { $reason } Hasta entonces puedes leer y apelar la decisión desde el aviso de moderación de tu contenido, pero no publicar.
error-flag-own = Esto lo escribiste tú; edítalo en lugar de avisar de ello.
error-flagged-already = Ya avisaste de esto.
error-case-decided = Este caso ya está decidido.
error-case-author = Escribiste este contenido, así que decide otra persona.
error-case-flagger = Avisaste de este contenido, así que decide otra persona.
error-case-part = Escribiste este contenido o avisaste de él, así que decide otra persona.
error-case-claimed = Otra persona se ha hecho cargo de este caso; su reserva dura 30 minutos.
error-case-claim-first = Primero hazte cargo del caso (la reserva dura 30 minutos), para que nadie lo decida dos veces.
error-case-decided-meanwhile = Este caso se decidió mientras tanto.
error-case-hide-appealed = Quien lo escribió apeló el ocultamiento automático: una persona administradora que no avisó de él escucha la apelación, y su respuesta decide el caso.
error-case-cool-down = Quien lo escribió editó este contenido el { $edited }; el periodo de reflexión de la comunidad permite revisarlo a partir del { $from }.
error-appeal-not-author = Solo puede apelar la persona sobre cuyo contenido se decidió.
error-appealed-already = Esto ya se ha apelado.
error-appeal-nothing = No hay nada que apelar: el contenido no está oculto por avisos ni por una decisión confirmada.
error-appeal-too-late = { $days ->
    [one] Ya pasó el plazo de { $days } día para apelar.
   *[other] Ya pasó el plazo de { $days } días para apelar.
}
error-hearer-author = Escribiste este contenido, así que otra persona administradora escucha la apelación.
error-hearer-flagger = Avisaste de este contenido, así que otra persona administradora escucha la apelación.
error-hearer-decider = Decidiste este caso, así que otra persona administradora escucha la apelación.
error-hearer-heard = Ya escuchaste esta apelación.
error-appeal-decided = Esta apelación ya está decidida.
error-appeal-part = Tienes un papel en este caso, así que otra persona administradora escucha su apelación.
error-appeal-decided-meanwhile = Esta apelación se decidió mientras tanto.

error-totp-exists = Ya tienes una aplicación de autenticación: quítala primero para configurar otra.
error-totp-start-first = Primero empieza la configuración.
error-totp-none = No tienes ninguna aplicación de autenticación que quitar.
error-second-factor-needed = Esta cuenta inicia sesión con un segundo factor.
error-oidc-unreachable = No se puede contactar con { $provider } en este momento: inténtalo más tarde o inicia sesión con tu contraseña.
error-oidc-unverified = No se pudo verificar la respuesta de { $provider }, así que no se inició ninguna sesión. Empieza de nuevo.
error-oidc-expired = Este inicio de sesión esperó demasiado o ya terminó: empieza de nuevo.
error-oidc-unlinked = Todavía no hay ninguna cuenta aquí vinculada a tu identidad de { $provider }. Inicia sesión con tu contraseña y vincula { $provider } en la página de tu cuenta, o acepta una invitación con ella.
error-oidc-linked-other = Esta identidad de { $provider } ya está vinculada a otra cuenta.
error-oidc-has-other = Tu cuenta está vinculada a otra identidad de { $provider }: desvincúlala primero.
error-oidc-no-email = { $provider } no compartió un correo electrónico verificado, y una cuenta lo necesita. Acepta la invitación con una contraseña.
error-oidc-email-exists = Ya existe una cuenta con este correo electrónico: inicia sesión con tu contraseña, vincula { $provider } en la página de tu cuenta y luego acepta la invitación.
error-oidc-only-way = Es tu única forma de iniciar sesión: vincula primero otro proveedor, o no podrías volver a entrar.
error-oidc-declined = El proveedor de identidad no inició tu sesión. Aquí no ha cambiado nada.

error-no-mail = Este servidor no envía correo: copia el enlace.
error-invitation-no-email = Esta invitación no tiene ningún correo electrónico al que enviarla.

error-offer-not-starter = Solo quien inició un hilo puede ofrecerlo al público.
error-offer-hidden = Un hilo eliminado u oculto no se puede ofrecer al público.
error-offer-public = Este hilo ya es público: cualquiera puede leerlo.
error-offer-private = Un hilo privado queda entre las personas que nombra; no se puede ofrecer al público.
error-offered-already = Este hilo ya está ofrecido: { $state } (contribución { $id }).
error-contribution-undecidable = No se puede decidir sobre esta contribución ahora: { $state }
error-contribution-decided-meanwhile = Otra persona de curaduría la decidió hace un momento.
error-contribution-not-editable = Ya no se puede editar: { $state }

error-suggest-kind = Este tipo de contenido no se edita mediante sugerencias.
error-suggest-decider = Solo quien escribió el contenido o una persona de curaduría decide sobre las ediciones sugeridas.
error-suggest-own = Esto lo escribiste tú; edítalo directamente en lugar de sugerir.
error-suggest-version = Este texto cambió (va por la versión { $version }) desde que leíste la versión { $base }; vuelve a leerlo y sugiere sobre la versión nueva.
error-suggest-pending = { $count ->
    [one] Ya tienes { $count } sugerencia pendiente sobre esto; espera una decisión.
   *[other] Ya tienes { $count } sugerencias pendientes sobre esto; espera una decisión.
}
error-suggestion-decided = Esta sugerencia ya se decidió.
error-suggestion-author-left = Quien la escribió se fue; esta sugerencia solo se puede rechazar.
error-suggestion-stale = El texto cambió (va por la versión { $version }) desde que se escribió esta sugerencia sobre la versión { $base }; se puede rechazar o volver a sugerir.
error-suggestion-decided-meanwhile = Esta sugerencia se decidió mientras tanto.
error-revert-stale = Alguien guardó la versión { $version } mientras tanto; vuelve a mirar el historial.

error-library-slug-taken = Esta comunidad ya tiene { $kind ->
    [practice] una práctica llamada
   *[design] un diseño llamado
} `{ $slug }`; elige otro nombre corto.
error-library-publish-stale = Cambió mientras lo publicabas; vuelve a mirarlo y publica.
error-library-design-readable = Solo un diseño que todos los miembros e invitados puedan leer puede ser el programa de un encuentro.
error-library-owner = Solo quien lo añadió, o una persona administradora, puede cambiar esto.
error-timer-running = El temporizador ya está en marcha.
error-timer-not-running = El temporizador no está en marcha.
error-timer-done = Todos los bloques están terminados.
error-timer-extension = Un bloque se alarga de 1 segundo a un día en total.
error-timer-changed = El temporizador cambió mientras tanto; vuelve a mirar.

error-phase-order = Tras la fase { $from }, un encuentro pasa a la fase { $expected }, no a la fase { $to }.
error-phase-back = Desde la fase { $from }, un encuentro solo vuelve a la fase { $expected }, no a la fase { $to }.
error-phase-after-closed = Un encuentro cerrado no tiene fase siguiente.
error-phase-before-first = La invitación es la primera fase: no hay ninguna antes.
error-phase-name-invitation = de invitación
error-phase-name-marketplace = de mercado
error-phase-name-sessions = de sesiones
error-phase-name-convergence = de convergencia
error-phase-name-closed = de cierre

error-cafe-rounds-max = Un café tiene como máximo { $max } rondas.
error-cafe-tables-max = Un café tiene como máximo { $max } mesas.
error-cafe-host-busy = Esa persona ya es anfitriona de otra mesa.
error-cafe-plan-needs = Un plan necesita rondas, mesas y al menos dos personas inscritas.
error-cafe-add-round = Primero añade una ronda con su pregunta.
error-cafe-last-round = Esa fue la última ronda.
error-cafe-no-round = No hay ninguna ronda en curso.
error-cafe-not-started = El café no ha empezado: las mesas abren con la primera ronda.
error-cafe-notes-not-yet = Las notas se abren cuando empieza su ronda.
error-cafe-notes-sat = Solo quienes se sentaron a esta mesa en esa ronda escriben sus notas: regístrate primero en ella.

error-lean-closed = Este Lean Coffee está cerrado.
error-lean-vote-left = Los votos van a los temas pendientes de tratar; este ya dejó esa columna.
error-lean-no-vote = No tienes ningún voto en este tema que retirar.
error-lean-discussing = Se está tratando un tema; termínalo primero (o deja que la votación romana lo cierre).
error-lean-not-waiting = Ese tema no está esperando a tratarse.
error-lean-none-waiting = No hay ningún tema esperando.
error-lean-roman-open = La votación romana ya está abierta.
error-lean-roman-not-open = La votación romana no está abierta.
error-lean-merge-self = Un tema no se puede fusionar consigo mismo.
error-lean-merge-done = Solo se pueden fusionar temas pendientes de tratar.
error-lean-actions-later = Las acciones salen de un tema una vez tratado.
error-lean-proposal-later = Un tema se convierte en propuesta una vez que el grupo lo ha tratado.
error-lean-not-discussed = Ese tema no se está tratando.

error-suggest-no-sessions = Todavía no se ha anunciado ninguna sesión, así que no hay nada que planificar.
error-suggest-no-cell = El muro no tiene ninguna casilla libre para sesiones: añade un espacio o una franja horaria y vuelve a pedir una sugerencia.
error-suggest-wall-changed = El muro cambió desde que se hizo esta sugerencia; aquí tienes una nueva.

error-decision-closed = Esta decisión está cerrada.
error-decision-deadline-passed = Ha pasado el plazo: la decisión solo espera a cerrarse.
error-decision-not-consent = Esta decisión se toma por { $process ->
    [advice] proceso de consejo
    [majority] votación por mayoría simple
    [dot] votación con puntos
   *[ranked_choice] voto por orden de preferencia
}, no por consentimiento.
error-decision-not-vote = Esta decisión se toma por { $process ->
    [advice] proceso de consejo
   *[consent] consentimiento
}, no por votación.
error-decision-answers = Solo quien propuso el cambio responde a las objeciones.
error-advice-only = Los consejos solo se registran en un proceso de consejo.
error-advice-decider = Solo quien decide registra los consejos que pidió.
error-advice-recorded = Ya registraste el consejo de esta persona.
error-decision-closed-already = Esta decisión ya está cerrada.
error-decision-closes-at = Esta decisión se cierra en su plazo, el { $deadline }.
error-decision-closed-meanwhile = Esta decisión se cerró mientras tanto.

error-initiative-not-possible = No es posible: { $why }.
error-initiative-why-invite = solo quien la inició o alguien que la dirige invita
error-initiative-why-in-already = ya formas parte de ella
error-initiative-why-invited-already = esa persona ya está invitada o forma parte
error-initiative-why-ask-self = cada persona pide unirse por sí misma
error-initiative-why-asked-already = ya lo pediste o ya formas parte
error-initiative-why-accept-invited = solo la persona invitada puede aceptar una invitación
error-initiative-why-accept-request = una solicitud la acepta quien inició la iniciativa o alguien que la dirige
error-initiative-why-nothing-accept = no hay nada que aceptar
error-initiative-why-nothing-withdraw = no hay nada que retirar
error-initiative-why-leave-self = cada persona se va por sí misma; aquí no se saca a nadie
error-initiative-why-offer-lead = solo quien la inició o alguien que la dirige invita a dirigirla
error-initiative-why-leads-already = esa persona ya la dirige
error-initiative-why-offer-waits = ya hay una invitación a dirigir esperando su respuesta
error-initiative-why-no-offer-accept = no hay ninguna invitación a dirigir que aceptar
error-initiative-why-accept-self = solo la persona invitada puede aceptar
error-initiative-why-no-offer-decline = no hay ninguna invitación a dirigir que rechazar
error-initiative-why-answer-offer = una invitación a dirigir la responde la persona invitada o alguien que dirige
error-initiative-why-step-down-self = nadie deja de dirigir porque otros lo digan
error-initiative-why-starter-leads = quien la inició la dirige
error-initiative-why-not-lead = no la diriges
error-initiative-lead-answered = Esa invitación a dirigir se respondió mientras tanto.
error-initiative-starter-stays = Quien inició la iniciativa sigue en ella.
error-initiative-ask-taken = Alguien ya se ha encargado de esto.
error-initiative-ask-settle = Una petición la resuelve quien la hizo, quien se encargó de ella o alguien que dirige la iniciativa.
error-initiative-join-first = Las novedades y las peticiones vienen de las personas de la iniciativa; únete primero.

error-rate-attempts = { $seconds ->
    [one] Demasiados intentos. Espera un segundo y vuelve a intentarlo (así se protegen las cuentas frente a quien intenta adivinar contraseñas).
   *[other] Demasiados intentos. Espera { $seconds } segundos y vuelve a intentarlo (así se protegen las cuentas frente a quien intenta adivinar contraseñas).
}
error-rate-posting = Publicas más rápido de lo que permite este servidor ({ $per_minute } publicaciones por minuto). No se guardó nada; espera { $seconds ->
    [one] un segundo
   *[other] { $seconds } segundos
} y vuelve a intentarlo.

error-field-code = código
error-field-current-password = contraseña actual
error-field-note = nota
error-field-table-size = tamaño de mesa
error-field-tables = mesas
error-field-minutes = minutos
error-field-host = anfitrión o anfitriona
error-field-version = versión
error-field-options = opciones
error-field-person = persona
error-field-mandate = mandato
error-field-ballot = papeleta
error-field-adviser = persona consultada
error-field-start = inicio
error-current-password-wrong = La contraseña actual no es correcta.
error-code-mismatch = Ese código no coincide: prueba con el actual.
error-code-used = Ese código ya se usó: espera al siguiente.
error-your-password-wrong = Tu contraseña no es correcta.
error-code-wrong = Ese código no es correcto o ya se usó.
error-at-most-chars = como máximo { $max } caracteres
error-chars-range = de { $min } a { $max } caracteres
error-note-say-what = di qué está mal
error-no-author-to-sanction = este contenido no tiene autor a quien advertir o suspender
error-whole-number-from = un número entero de { $min } a { $max }
error-tables-range = de { $min } a { $max } mesas
error-not-a-member = no es miembro de esta comunidad
error-design-keeps-slug = un diseño conserva su nombre corto; haz una derivación para darle otro
error-suggestion-no-change = la sugerencia no cambia nada
error-current-version = esta es la versión actual
error-options-none = propón al menos un cambio
error-options-same-kind = hasta { $max } cambios, todos del mismo tipo
error-options-one = el consentimiento y el proceso de consejo deciden un solo cambio; una votación elige entre varios
error-guest-not-steward = una persona invitada no puede ser administradora
error-no-such-mandate = aquí no existe ese mandato
error-ballot-dots = reparte como máximo { $max } puntos entre las opciones
error-ballot-ranked = ordena cada opción una vez como máximo
error-ballot-one = elige una de las opciones
error-adviser-other = otra persona de esta comunidad
error-slot-overlaps = se superpone con la franja { $other }; elige una hora fuera de ella
error-slot-before-opening = una franja de sesiones no puede empezar antes de que termine el círculo de apertura { $opening }
error-block-clash = el bloque { $block } el { $date } a las { $time } chocaría con { $named } en el programa del encuentro (las franjas no pueden superponerse, y ninguna franja de sesiones puede empezar antes de que termine el primer plenario); elige otro inicio o cambia esa franja
error-choose-language = Elige English, Deutsch, Français o Español.
