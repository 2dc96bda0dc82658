# Threads: the list, one thread, a new thread, a reply.
talk-threads-title = Conversaciones
talk-threads-start = Iniciar una conversación
talk-threads-empty = Aún no hay conversaciones. Inicia una para preguntarle algo a la red entre encuentros.
talk-pinned = fijada
# $visibility is one of the talk-visibility-… words.
talk-threads-meta = de { $author } · { $visibility } · activa { $when }
talk-threads-unread = { $count ->
    [one] 1 respuesta nueva
   *[other] { $count } respuestas nuevas
} desde tu última lectura
talk-threads-not-read = aún sin leer
talk-visibility-public = pública
talk-visibility-network = red
talk-visibility-organization = organización
talk-visibility-private = privada
talk-thread-session = la sesión
talk-thread-gathering = el encuentro
talk-readers-public = Cualquiera puede leer esta conversación, también quien no ha iniciado sesión.
talk-readers-network = Toda la comunidad puede leer esta conversación, también los invitados.
talk-readers-organization = Solo los miembros de una organización pueden leer esta conversación (no los invitados).
talk-readers-private = Solo las personas que nombró quien la inició pueden leer esta conversación.
talk-follow-label = Avísame de
talk-follow-watch = cada respuesta (siguiendo)
talk-follow-normal = solo cuando me mencionen
talk-follow-mute = nada (silenciada)
talk-save = Guardar
talk-unpin = Desfijar
talk-pin = Fijar arriba
talk-offer = Ofrecer al público
talk-offer-help = Deciden las personas que curan; solo se envía tu mensaje inicial, como aportación.
talk-edited = editado
talk-new = nuevo
talk-tombstone = Borrado por quien lo escribió.
talk-mentions = Menciones:
talk-history = Historial ({ $count ->
    [one] 1 versión
   *[other] { $count } versiones
})
talk-history-version = versión { $version }, { $when }
talk-quote = Citar en una respuesta
talk-edit-or-delete = Editar o borrar
talk-field-title = Título
talk-edit-text = Texto
talk-edit-base = (se guarda sobre la versión { $version })
talk-delete = Borrar
talk-thread-closed = Quien inició esta conversación la borró y ya no admite respuestas.
talk-reply-heading = Responder
talk-reply-label = Tu respuesta
talk-markdown = (Markdown)
talk-post-reply = Publicar respuesta
talk-new-body = ¿Qué quieres decir?
talk-new-body-hint = (Markdown; menciona a un miembro con @ y su nombre sin espacios, como @AnaLima)
talk-new-who = Quién puede leerla (se elige ahora, para la conversación y cada respuesta)
talk-new-public = Cualquiera, también quien no ha iniciado sesión
talk-new-network = Toda la comunidad, también los invitados
talk-new-organization = Solo los miembros de { $organization }
talk-new-private = Solo yo y las personas que nombro abajo
talk-new-people = Personas que pueden leer una conversación privada ({ $chosen } elegidas de { $total })
talk-new-people-legend = Nombra a las personas que pueden leerla
talk-new-submit = Iniciar la conversación
talk-reply-page-title = Respuesta: { $title }
talk-reply-to = Responder a «{ $title }»
talk-reply-hint = (Markdown; una cita son las líneas que empiezan por >)
talk-done-started = Tu conversación ha comenzado. La sigues: te llegarán las respuestas.
talk-done-replied = Tu respuesta está publicada.
talk-done-edited = Guardado. La versión anterior se conserva en el historial.
talk-done-deleted = Borrado. Una nota guarda su lugar en la conversación.
talk-done-watching = Sigues esta conversación: te llegará cada respuesta.
talk-done-muted = Has silenciado esta conversación: no te llegará nada de ella.
talk-done-normal = Solo sabrás de esta conversación cuando alguien te mencione.
talk-done-pinned = Fijada: la conversación se queda arriba en la lista.
talk-done-unpinned = Desfijada.
# The inbox, its e-mail settings and the unsubscribe page.
talk-inbox-title = Bandeja de entrada
talk-inbox-unread = { $count ->
    [0] Nada sin leer.
    [one] 1 notificación que aún no has leído.
   *[other] { $count } notificaciones que aún no has leído.
}
talk-inbox-about = Te avisamos de menciones, respuestas en conversaciones que sigues, aportaciones y su curación, invitaciones y acciones que vencen, solo donde puedes leer de qué se trata.
talk-inbox-settings = Ajustes de correo
talk-inbox-read-all = Marcar todo como leído
talk-inbox-empty = Aún no hay notificaciones.
talk-inbox-mark-label = Marcar «{ $text }» como leído
talk-inbox-mark = Marcar como leído
talk-inbox-done-read = Marcado como leído.
talk-inbox-done-all = Todo está marcado como leído.
talk-mail-title = Notificaciones por correo
talk-mail-intro-before = Todo llega a tu
talk-mail-intro-link = bandeja de entrada
talk-mail-intro-after = . Elige para cada tipo si además llega por correo enseguida, en un resumen diario o nunca.
talk-mail-off = Este servidor no envía correos por ahora; lo que elijas se aplicará en cuanto lo haga.
talk-mail-saved = Guardado: tus ajustes de correo valen desde ahora.
talk-kind-label-mention = Alguien me menciona
talk-kind-label-reply = Una respuesta en una conversación que sigo
talk-kind-label-curation = Una aportación espera curación (personas que curan)
talk-kind-label-decision = Una decisión sobre mi aportación
talk-kind-label-invitation = Una invitación a un encuentro
talk-kind-label-action-due = Una acción mía vence en 3 días
talk-mode-now = Correo enseguida
talk-mode-digest = En el resumen diario
talk-mode-never = Sin correo
talk-unsub-title = Darse de baja
talk-unsub-all = correos de notificación de ningún tipo
# $kind is the kind's code.
talk-unsub-one = { $kind ->
    [mention] correos de «Alguien me menciona»
    [reply] correos de «Una respuesta en una conversación que sigo»
    [curation] correos de «Una aportación espera curación»
    [decision] correos de «Una decisión sobre mi aportación»
    [invitation] correos de «Una invitación a un encuentro»
   *[action_due] correos de «Una acción mía vence en 3 días»
}
talk-unsub-done = Hecho: ya no recibirás { $what }. Tu bandeja de entrada sigue mostrándolo todo; puedes cambiarlo en tus
talk-unsub-settings = ajustes de notificación
talk-unsub-done-after = .
talk-unsub-confirm = Así ya no se envían { $what } a la cuenta a la que se envió el mensaje.
# Inbox items and their e-mails.
talk-note-someone = Alguien
talk-note-mention = { $actor } te mencionó en «{ $title }»
talk-note-reply = { $actor } respondió en «{ $title }»
talk-note-curation = «{ $title }» espera curación
# $state is one of the talk-state-… sentences.
talk-note-decision = Se decidió sobre «{ $title }». { $state }
talk-note-invitation = Tienes una invitación a un encuentro de { $community }
talk-note-action-due = Tu acción «{ $title }» vence el { $due }
talk-note-no-date = una fecha por fijar
talk-mail-open = Abrir
talk-mail-why-text = Recibes esto por tus ajustes de notificación ({ $settings }).
talk-mail-why-before = Recibes esto por tus
talk-mail-why-link = ajustes de notificación
talk-mail-why-after = .
talk-mail-stop-these = Dejar de recibir estos correos
talk-mail-stop-all = Dejar de recibir todos los correos de notificación
talk-digest-subject = Tu resumen diario: { $count ->
    [one] 1 notificación
   *[other] { $count } notificaciones
}
talk-digest-mention = Menciones
talk-digest-reply = Respuestas en conversaciones que sigues
talk-digest-curation = Aportaciones que esperan curación
talk-digest-decision = Decisiones sobre tus aportaciones
talk-digest-invitation = Invitaciones
talk-digest-action-due = Acciones que vencen pronto
talk-state-waiting = Espera a una persona que cura.
talk-state-changes = Se pidieron cambios: edítala y volverá a esperar.
talk-state-accepted = Aceptada: está en la página pública.
talk-state-declined = Rechazada.
# Search.
talk-search-title = Búsqueda
talk-search-label = Buscar en esta comunidad
talk-search-words = Palabras o "una frase"
talk-search-go = Buscar
talk-search-help = Deben aparecer todas las palabras; ponlas entre comillas para encontrarlas en ese orden. Solo se busca en lo que puedes leer.
talk-search-narrow = Acotar
talk-search-kind = Tipo
talk-search-everything = Todo
talk-search-gathering = Encuentro
talk-search-any-gathering = Cualquier encuentro o ninguno
talk-search-author = Escrito por
talk-search-anyone = Cualquiera
talk-search-me = Mí
talk-search-from = Desde (día, UTC)
talk-search-until = Hasta (día, UTC)
talk-search-meta = { $kind } · de { $author } · { $when }
talk-search-pages = Páginas de resultados
talk-previous-page = Página anterior
talk-next-page = Página siguiente
talk-search-count = { $count ->
    [0] Nada de lo que puedes leer coincide con «{ $query }».
    [one] 1 resultado que puedes leer coincide con «{ $query }».
   *[other] { $count } resultados que puedes leer coinciden con «{ $query }», los mejores primero; página { $page } de { $pages }.
}
talk-search-bad-day = Indica un día como 2026-12-01.
talk-search-bad-choice = Elige uno de la lista.
talk-kinds-thread = Conversaciones
talk-kind-thread = Conversación
talk-kinds-reply = Respuestas
talk-kind-reply = Respuesta
talk-kinds-session = Sesiones
talk-kind-session = Sesión
talk-kinds-report = Informes
talk-kind-report = Informe
talk-kinds-action = Acciones
talk-kind-action = Acción
talk-kinds-contribution = Aportaciones
talk-kind-contribution = Aportación
talk-kinds-lean-topic = Temas de Lean Coffee
talk-kind-lean-topic = Tema de Lean Coffee
talk-kinds-cafe-note = Notas de World Café
talk-kind-cafe-note = Nota de World Café
talk-kinds-initiative = Iniciativas
talk-kind-initiative = Iniciativa
talk-kinds-init-update = Novedades de iniciativas
talk-kind-init-update = Novedad de una iniciativa
talk-kinds-init-ask = Peticiones de iniciativas
talk-kind-init-ask = Petición de una iniciativa
talk-kinds-practice = Prácticas
talk-kind-practice = Práctica
talk-kinds-design = Diseños de encuentro
talk-kind-design = Diseño de encuentro
talk-kind-other = Otro
# Contributions, the public page and its Atom feed.
talk-contributions-mine = Mis aportaciones
talk-contributions-queue = Aportaciones por curar
talk-contributions-about-before = Una aportación es un caso, un artículo o una idea para el público: las personas que curan la comunidad la leen y luego la aceptan para la
talk-public-page = página pública
talk-contributions-about-after = , te piden cambios o la rechazan, siempre con un motivo que ves.
talk-contributions-queue-empty = Nada espera curación.
talk-contributions-mine-empty = Aún no has enviado ninguna aportación aquí.
talk-contribution-submit-title = Enviar una aportación
talk-contribution-reason-shown = El motivo de la curación:
talk-contribution-meta = de { $author } · { $license } · atribución: { $attribution }
talk-contribution-offered-before = Ofrecida desde la conversación
talk-contribution-offered-after = : solo su mensaje inicial, tal como era al ofrecerla; la conversación conserva a sus lectores.
talk-contribution-edit = Editar
talk-contribution-summary = Resumen
talk-contribution-summary-hint = (unas frases, que se muestran en listas y en el canal)
talk-contribution-attribution = Atribución
talk-contribution-attribution-hint = (a quién reconoce la página pública)
talk-contribution-license = Licencia
talk-contribution-save = Guardar y volver a enviar a curación
talk-contribution-decide = Decidir
talk-contribution-decision = Decisión
talk-contribution-accept = Aceptar: publicarla en la página pública
talk-contribution-changes = Pedir cambios a quien la escribió
talk-contribution-decline = Rechazar
talk-contribution-reason = Motivo
talk-contribution-reason-hint = (quien la escribió lo ve; queda en el registro de auditoría)
talk-contribution-new-about-before = Solo tú y las personas que curan la comunidad la leen hasta que se acepte; después cualquiera puede leerla en la
talk-contribution-new-about-after = , con la licencia que elijas.
talk-contribution-submit = Enviar
talk-contribution-done-submitted = Enviada. Las personas que curan la comunidad ya lo saben; te enterarás de su decisión.
talk-contribution-done-edited = Guardada. Vuelve a esperar curación.
talk-contribution-done-offered = Ofrecida al público. Espera curación; la conversación misma queda como está.
talk-contribution-done-accept = Aceptada: ya está en la página pública de la comunidad, y quien la escribió lo sabe.
talk-contribution-done-changes = Devuelta para cambios: quien la escribió recibe tu motivo.
talk-contribution-done-decline = Rechazada: quien la escribió recibe tu motivo.
talk-public-title = { $community }: público
talk-public-about = Aportaciones que las personas que curan la comunidad publicaron para todo el mundo.
talk-public-feed = Canal Atom
talk-public-empty = Aún no hay nada publicado.
talk-public-meta = De { $attribution } · publicada { $when } · licencia
talk-feed-title = { $community }: aportaciones publicadas
talk-feed-rights = Licencia: { $license }. Atribución: { $attribution }.
