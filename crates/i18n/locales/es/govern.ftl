# Moderation: the queue, the log, the box under content.
govern-moderation-title = Moderación
# $threshold is a decimal like 1.5.
govern-moderation-about = Los avisos pesan según el rol y el acierto: el de un miembro cuenta 1, el de quien anfitriona 2, el de una persona administradora o que cura alcanza el umbral por sí solo; tras 5 avisos resueltos, la proporción de avisos confirmados de cada persona suma hasta 1 o resta hasta 0,5. Un contenido se oculta cuando sus avisos llegan a { $threshold }. Asume un caso antes de decidirlo: la asunción dura 30 minutos, para que nadie decida un caso dos veces.
govern-open-cases = Casos abiertos ({ $count })
govern-nothing-waiting = Nada pendiente.
# $kind is a kind of content, $weight the govern-weight text.
govern-case-heading = Caso { $id }: { $kind } — { $weight }
govern-weight = peso { $weight } de { $threshold }
govern-hidden = (oculto)
govern-flag-line = { $reason }, aviso de { $who } (pesa { $weight })
govern-opened = Abierto { $when }.
govern-review = Quien lo escribió lo editó el { $edited } y pide revisión; tras el periodo de reflexión de la comunidad, el caso puede asumirse desde el { $from }. El texto tal como se avisó, y ahora:
govern-diff-added = añadido:
govern-diff-removed = quitado:
govern-appealed-hide = Quien lo escribió apeló el ocultamiento automático: una persona administradora que no lo avisó escucha la apelación abajo, y su respuesta decide el caso.
govern-claim-mine = Tienes el caso asumido hasta el { $until }.
govern-decision = Decisión
govern-uphold = Confirmar los avisos: ocultarlo
govern-dismiss = Descartar los avisos: mostrarlo
govern-and-author = Y para quien lo escribió (solo al confirmar)
govern-nothing-more = Nada más
govern-warn = Advertir
govern-suspend = Suspender hasta el día de abajo
govern-suspend-until = Suspensión hasta (el inicio de este día, UTC; como mucho un año)
govern-reason-seen = Motivo (al menos una frase; lo ven la persona afectada y el registro)
govern-decide = Decidir
govern-claimed-by = Asumido por { $name } hasta el { $until }.
govern-claim = Asumir este caso
govern-appeals-waiting = Apelaciones pendientes ({ $count })
govern-no-appeals = No hay apelaciones pendientes.
govern-appeal-of = Apelación del caso { $id }
govern-decision-reason = Decisión: { $reason }
govern-no-decision-yet = Aún sin decisión: los avisos lo ocultaron automáticamente. Confirmar lo mantiene oculto; revocar lo vuelve a mostrar.
govern-author-appeals = Quien lo escribió apela: «{ $statement }»
govern-outcome = Resultado
govern-reverse = Revocar: volver a mostrarlo
govern-uphold-decision = Confirmar la decisión
govern-reason-sentence = Motivo (al menos una frase)
govern-decide-appeal = Decidir la apelación
govern-appeal-who = Solo una persona administradora que no escribió, ni avisó, ni decidió este caso puede decidir la apelación.
govern-steward-hears = Las apelaciones las escucha una persona administradora.
govern-reversals = Decisiones y revocaciones
govern-no-decisions = Aún no hay decisiones.
govern-reversal-line = { $name }: { $count ->
    [one] 1 decisión
   *[other] { $count } decisiones
}, { $reversed } revocadas en apelación
govern-percent = ({ $share } %).
govern-reversals-help = Una proporción alta de revocaciones indica que las decisiones y el sentido que la comunidad da a sus reglas se están separando.
govern-log-title = Registro de moderación
govern-log-about = Cada uso del poder vertical sobre lo que la gente escribió, con su motivo, lo más reciente primero.
govern-log-named = Como persona administradora ves los nombres.
govern-log-pseudonyms = Quienes moderan aparecen por su rol y un seudónimo que no cambia para cada persona.
govern-log-audit = Cada entrada está también en el registro de auditoría a prueba de manipulaciones.
govern-log-empty = Aún no hay nada registrado.
govern-log-line = contenido { $content }, { $when }, por { $by }:
govern-log-hidden = Oculto por avisos
govern-log-upheld = Avisos confirmados: oculto
govern-log-dismissed = Avisos descartados: visible de nuevo
govern-log-appealed = Apelado
govern-log-appeal-upheld = Apelación escuchada: la decisión se mantiene
govern-log-appeal-reversed = Apelación escuchada: decisión revocada, visible de nuevo
govern-log-warned = Advertencia a quien lo escribió
govern-log-suspended = Suspensión de quien lo escribió
govern-log-edited = Editado por quien lo escribió: revisión pedida
govern-reason-spam = Spam
govern-reason-harmful = Dañino
govern-reason-off-topic = Fuera de tema
govern-reason-leaks-internal = Filtra información interna
govern-reason-other = Otro
govern-box-hidden = Oculto para los demás miembros.
govern-box-upheld-by = Decisión (avisos confirmados) de { $by }:
govern-box-dismissed-by = Decisión (avisos descartados) de { $by }:
govern-box-will-decide = Una persona administradora o que cura revisará los avisos y decidirá, con un motivo.
govern-box-warned-you = Con esta decisión recibiste una advertencia.
govern-box-warned-author = Con esta decisión, quien lo escribió recibió una advertencia.
govern-box-suspended-you = Tienes una suspensión en esta comunidad hasta el { $until }: puedes leer, publicar tendrá que esperar; aún puedes apelar.
govern-box-suspended-author = Quien lo escribió tiene una suspensión en esta comunidad hasta el { $until }: puede leer, publicar tendrá que esperar; aún puede apelar.
govern-box-you-edited = Lo editaste y pediste revisión:
govern-box-author-edited = Quien lo escribió lo editó y pide revisión:
govern-box-look-again = tras el periodo de reflexión de la comunidad, una persona administradora o que cura puede volver a mirarlo desde el { $from }.
govern-box-appealed = Apelado el { $when }: «{ $statement }».
govern-box-appeal-decided = La apelación está decidida:
govern-box-appeal-will-hear = La escuchará una persona administradora que no participó en la decisión.
govern-box-appeal-until = Apelación hasta el { $until }: di por qué debería cambiar la decisión (al menos una frase)
govern-box-appeal-decision = Apelar la decisión
govern-box-appeal-hide = Apelar el ocultamiento automático
govern-box-can-edit = También puedes editarlo: tu edición pide revisión, tras el periodo de reflexión de la comunidad.
govern-box-you-flagged = Avisaste de esto.
govern-box-flag-this = Avisar de esto
govern-box-what-wrong = ¿Qué pasa?
govern-box-note = Nota (opcional; obligatoria para «Otro»)
govern-box-flag = Avisar
govern-said-flagged = Gracias: tu aviso está registrado. Las personas administradoras y que curan lo ven en su cola.
govern-said-hidden = Gracias: tu aviso está registrado, y los avisos juntos ocultaron el contenido hasta que una persona administradora o que cura decida.
govern-said-claimed = Asumiste el caso durante 30 minutos: mientras tanto nadie más puede decidirlo.
govern-said-decided = Decidido. La persona afectada lo ve en el contenido, y el registro de moderación lo muestra.
govern-said-appealed = Tu apelación está registrada. La escuchará una persona administradora que no participó en la decisión.
govern-said-heard = La apelación está decidida. El registro de moderación lo muestra.
govern-not-done = No hecho
govern-flag-recorded = Aviso registrado
# The reminder that a steward's or curator's term ends soon. $role is the role's code.
govern-mail-term-subject = Tu mandato en { $community } termina pronto
govern-mail-term-text = Tu mandato { $role ->
    [steward] de administración
    [curator] de curación
   *[other] ({ $role })
} en { $community } termina el { $ends }. Si la comunidad debe renovarlo, propón una renovación del mandato
# Governance: the overview, a policy, a decision.
govern-title = Gobernanza
govern-about = Las reglas de la comunidad solo cambian mediante el proceso de decisión que fijó para cada tipo de cambio, y cada decisión registra la regla que la rigió.
govern-health-title = Salud de la gobernanza
govern-health-link-after = : con qué frecuencia los miembros avisan de los textos de otros y los editan, con qué frecuencia deciden las personas administradoras y que curan, y en qué pocas manos.
govern-pending-heading = Normas por aceptar
# $list is made of govern-pending-item, joined by govern-and.
govern-pending = Hasta que aceptes la versión actual { $list }, puedes leerlo todo aquí pero no publicar.
govern-pending-item = { $document ->
    [code_of_conduct] del código de conducta
    [social_media] de la política de redes sociales
   *[data_sharing] de la política de datos compartidos
} (versión { $number })
govern-and = { $list } y { $last }
govern-accept = Acepto las normas actuales
govern-policies = Normas
govern-no-policies = Esta comunidad aún no tiene normas. Propón una abajo.
govern-policy-version = { $document }, versión { $number }
govern-in-force = En vigor desde { $when }
govern-by-decision = , por la
govern-decision-n = decisión { $id }
govern-history = Historial
govern-history-changes = Historial y cambios
govern-rules-heading = Cómo se decide cada tipo de cambio
govern-threshold-now = Los avisos ocultan ahora un contenido a partir de un peso de { $threshold } (el aviso de un miembro pesa 1).
govern-joining-open = Puede unirse cualquiera que haya iniciado sesión.
govern-joining-invitation = Solo se une quien tiene invitación.
govern-rules-caption = Reglas de decisión
govern-kind-of-change = Tipo de cambio
govern-process = Proceso
govern-quorum = Quórum
govern-deadline = Plazo
govern-people = { $count ->
    [one] 1 persona
   *[other] { $count } personas
}
govern-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}
govern-set-rule-summary = Fijar una regla (administración; queda registrada con tu motivo)
govern-quorum-label = Quórum (personas que participan)
govern-days-label = Días hasta el plazo
govern-set-rule = Fijar la regla
govern-decisions = Decisiones
# $process is a govern-process-in-sentence text.
govern-decision-by = { $kind } por { $process }:
govern-open-until = abierta hasta { $when }
govern-status = { $status ->
    [passed] aprobada
    [failed] rechazada
   *[other] { $status }
}
govern-propose = Proponer un cambio
govern-why = Por qué (al menos una frase)
govern-open-decision = Abrir la decisión
govern-mandates = Mandatos
govern-mandates-about = Los mandatos de administración y curación terminan en una fecha salvo que una decisión los renueve; un mandato terminado retira el rol de inmediato. El mandato de la última persona administradora continúa hasta que se decida quién la sucede.
govern-no-mandates = No hay mandatos fijados: aquí los roles no tienen fecha de fin.
govern-role = { $role ->
    [steward] administración
    [curator] curación
   *[other] { $role }
}
govern-mandate-ends = termina { $when }, en { $count ->
    [one] 1 día
   *[other] { $count } días
}
govern-mandate-ended = terminó { $when }
govern-mandate-runs-on = , continúa como último mandato de administración
govern-log-heading = Registro de gobernanza
govern-action-opened = Propuesta abierta
govern-action-passed = Decisión aprobada
govern-action-failed = Decisión no aprobada
govern-action-applied = Cambio aplicado
govern-action-rule-set = Regla de decisión fijada
govern-action-reminded = El mandato termina pronto
govern-action-extended = El último mandato de administración continúa
govern-action-ended = Mandato terminado
govern-kind-policy = Cambio de norma
govern-kind-threshold = Cambio del umbral de avisos
govern-kind-new-steward = Nueva persona administradora
govern-kind-mandate-renewal = Renovación de mandato
govern-kind-boundary = Cambio de frontera
govern-process-consent = Consentimiento
govern-process-advice = Proceso de consejo
govern-process-majority = Votación por mayoría simple
govern-process-dot = Votación con puntos
govern-process-ranked = Voto por orden de preferencia (segunda vuelta instantánea)
govern-process-in-sentence = { $process ->
    [consent] consentimiento
    [advice] proceso de consejo
    [majority] votación por mayoría simple
    [dot] votación con puntos
   *[ranked_choice] voto por orden de preferencia
}
govern-document-code-of-conduct = Código de conducta
govern-document-social-media = Política de redes sociales
govern-document-data-sharing = Política de datos compartidos
govern-stance-agree = De acuerdo
govern-stance-abstain = Abstención
govern-stance-object = Objeción
govern-stance-block = Bloqueo
govern-said-accepted = Gracias: aceptaste las normas actuales y puedes volver a publicar.
govern-said-proposed = Tu propuesta está abierta. Solo se aplica si la decisión se aprueba.
govern-said-responded = Tu respuesta está registrada; puedes cambiarla hasta el plazo.
govern-said-answered = Tu respuesta a la objeción está registrada.
govern-said-advice = El consejo está registrado en la decisión.
govern-said-closed = La decisión está cerrada; el registro de gobernanza dice cómo y por qué.
govern-said-rule = La regla está fijada; las nuevas decisiones de ese tipo la siguen.
govern-back = Volver a la gobernanza
govern-versions = Versiones
govern-no-version = Aún no hay versiones.
govern-version-at = Versión { $number }, { $when }
govern-what-changed = qué cambió
govern-diff-heading = Qué cambió de la versión { $from } a la versión { $to }
govern-diff-help = Las líneas marcadas «quitado» estaban en la versión { $from }; las marcadas «añadido» son nuevas en la versión { $to }.
govern-version = Versión { $number }
govern-proposed-by = { $kind }, propuesto por { $name } el { $when }.
govern-rule-is = Regla: { $rule }.
govern-deadline-is = Plazo: { $when }.
govern-from-topic = Viene del tema de Lean Coffee
govern-quoted = «{ $text }»
govern-the-change = El cambio
govern-the-options = Las opciones
govern-standing = Cómo va
govern-would-pass = Si se cerrara ahora: se aprobaría.
govern-would-fail = Si se cerrara ahora: no se aprobaría.
govern-passed = Aprobada, y el cambio se aplicó.
govern-failed = No se aprobó; nada cambió.
govern-responded = { $count ->
    [one] 1 persona ha
   *[other] { $count } personas han
} respondido; el quórum es { $quorum }.
govern-answer-from = Respuesta de { $name }: «{ $answer }»
govern-answer-label = Tu respuesta a esta objeción (al menos una frase)
govern-answer = Responder
govern-your-response = Tu respuesta
govern-consent-reason = Motivo (obligatorio para una objeción o un bloqueo)
govern-respond = Responder
govern-advice-recorded = Consejos registrados
govern-no-advice = Aún no hay consejos registrados.
govern-whom-asked = A quién consultaste
govern-advisers-help = Sugeridas: personas vinculadas a ti o a la persona que nombra el cambio en la red de la comunidad, solo quienes aceptaron mostrarse.
govern-heard = Lo que escuchaste (al menos una frase)
govern-record-advice = Registrar el consejo
govern-after-advice = Tu decisión, tras los consejos
govern-go-ahead = Seguir adelante
govern-no-go = No seguir adelante
govern-secret = El voto es secreto; se muestra el recuento.
govern-your-vote = Tu voto
govern-dots = Reparte hasta 3 puntos
govern-rank = Ordena las opciones (1 = primera opción; deja en blanco para no ordenar)
govern-vote = Votar
govern-close = Cerrar la decisión
# Peer edits: suggestions and the history of a text.
govern-edits-title = Ediciones del contenido { $id }
# $kind is a kind of content (a talk-kind-… word).
govern-edits-heading = { $kind }: ediciones
govern-edits-about = Quien puede leer un texto puede sugerir una edición; quien lo escribió o una persona que cura la acepta o la rechaza. Las ediciones aceptadas se convierten en una revisión, y cada revisión puede recuperarse.
govern-edits-current = El texto actual (versión { $version })
govern-edits-suggest = Sugerir una edición
govern-edits-body = El texto tal como lo querrías
govern-edits-why = Por qué (opcional)
govern-edits-submit = Sugerir esta edición
govern-edits-suggestions = Sugerencias
govern-edits-none = Aún no hay sugerencias.
# $state is the suggestion's code.
govern-edits-by = De { $name }, sobre la versión { $version }: { $state ->
    [pending] pendiente
    [accepted] aceptada
    [declined] rechazada
   *[withdrawn] retirada
}
govern-edits-decided-by = ; decidida por { $name }
govern-edits-now-revision = , ahora revisión { $version }
govern-edits-note = Por qué: { $note }
govern-edits-reason = Motivo: { $reason }
govern-edits-accept = Aceptar
govern-edits-decline-reason = Motivo del rechazo (al menos una frase)
govern-edits-decline = Rechazar
govern-edits-withdraw = Retirar mi sugerencia
govern-edits-version-by = Versión { $version } de { $name }, { $when }
govern-edits-revert-why = Por qué recuperar la versión { $version } (al menos una frase)
govern-edits-revert = Volver a la versión { $version }
govern-edits-said-suggested = Tu sugerencia está registrada. Quien escribió el texto o una persona que cura la aceptará o rechazará.
govern-edits-said-accepted = Aceptada: la sugerencia es ahora el texto actual, como nueva revisión.
govern-edits-said-declined = Rechazada. Quien la sugirió ve tu motivo.
govern-edits-said-reverted = Recuperado: el texto anterior ha vuelto, como nueva revisión, y el registro de auditoría dice por qué.
# The governance health page; $min is the fewest people a figure may stand for.
govern-health-about = Cómo se cuida la comunidad: las acciones horizontales, que hace cualquier miembro (avisos, ediciones sugeridas), frente a las verticales, que hacen las personas administradoras y que curan (decisiones de moderación, ocultamientos). Solo se cuentan los meses terminados, y solo totales: aquí no se nombra a nadie.
govern-health-per-month = Por mes
govern-health-no-month = Aún no hay ningún mes terminado.
govern-health-caption = Acciones horizontales y verticales por mes terminado
govern-health-month = Mes
govern-health-flags = Avisos
govern-health-edits = Ediciones sugeridas
govern-health-horizontal = Horizontales, en total
govern-health-hides = Ocultamientos
govern-health-not-shown = no se muestra
govern-health-counted-before = Los avisos y las ediciones sugeridas solo se cuentan cuando detrás del número hay al menos cinco personas distintas, para que no se pueda deducir la acción de nadie; las decisiones y los ocultamientos se cuentan a partir del
govern-health-counted-link = registro de moderación
govern-health-counted-after = , que todos los miembros ya leen.
govern-health-power = Decisiones, apelaciones y quién tiene el poder
govern-health-withheld-cell = no se muestra: menos de { $min } personas
govern-health-no-decisions-cell = sin decisiones
govern-health-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
govern-health-hours = { $value } horas
govern-health-days = { $value } días
govern-health-decisions = Las personas administradoras y que curan tomaron { $count ->
    [one] 1 decisión de moderación
   *[other] { $count } decisiones de moderación
} (cada una está en el registro de moderación con su motivo).
govern-health-median = La mitad de los { $count } casos decididos se decidió en menos de { $duration } desde su primer aviso.
govern-health-median-withheld = El tiempo entre el aviso y la decisión se muestra cuando se han decidido al menos { $min } casos avisados por al menos { $min } personas.
govern-health-appeals = De cada 100 decisiones, { $count } fueron apeladas por la persona afectada.
govern-health-appeals-withheld = Las apelaciones se cuentan cuando al menos { $min } personas distintas han apelado, para que no se pueda deducir la apelación de nadie a partir de la cifra.
govern-health-reversals = De las apelaciones escuchadas, { $share } fueron revocadas por una segunda persona administradora.
govern-health-reversals-withheld = Cuántas apelaciones se revocaron se muestra junto con la tasa de apelación.
govern-health-top-share = Quien más decidió tomó { $share } de las decisiones ({ $count } personas decidieron alguna).
govern-health-top-share-none = En estos meses no se tomó ninguna decisión de moderación.
govern-health-gini = Reparto de las decisiones entre quienes deciden: 0 significa reparto igual, cerca de 1 significa en una sola mano; aquí { $gini }.
govern-health-gini-none = El reparto de las decisiones necesita al menos una decisión.
govern-health-withheld = Algunas cifras no se muestran porque detrás hay menos de { $min } personas, o porque podrían restarse de otras cifras para saber algo de menos de { $min } personas. Solo se cuentan los meses terminados.
# The fields of a proposal (the governance page and a Lean Coffee topic).
govern-for-policy = Para un cambio de norma
govern-policy = Norma
govern-new-text = El texto completo de la nueva versión
govern-for-threshold = Para un cambio de umbral
govern-threshold-label = Ocultar un contenido cuando los avisos pesen (el aviso de un miembro pesa 1)
govern-for-steward = Para una nueva persona administradora o una renovación de mandato
govern-new-steward-label = Nueva persona administradora (número de miembro)
govern-mandate-label = Mandato por renovar
govern-mandate-option = { $role } hasta { $when }
govern-term-days = Mandato en días
govern-for-boundary = Para un cambio de frontera
govern-who-joins = Quién puede unirse
govern-by-invitation = Solo con invitación
govern-anyone-signed-in = Cualquiera que haya iniciado sesión
