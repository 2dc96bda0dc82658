# Listas de personas e invitaciones (miembros, roles, invitaciones).
people-list-search = Buscar
people-list-show-all = Mostrar todo
people-list-search-members = Buscar miembros
people-list-search-invitations = Buscar invitaciones
people-list-pages-members = Páginas de miembros
people-list-pages-invitations = Páginas de invitaciones
people-list-previous = Página anterior
people-list-next = Página siguiente
people-list-page = Página { $page } de { $pages }
people-list-none-members = Todavía no hay miembros.
people-list-none-invitations = Todavía no hay invitaciones.
people-list-no-match-members = Ningún miembro coincide con «{ $q }».
people-list-no-match-invitations = Ninguna invitación coincide con «{ $q }».
people-list-count-members = { $total ->
    [one] { $total } miembro.
   *[other] { $total } miembros.
}
people-list-count-invitations = { $total ->
    [one] { $total } invitación.
   *[other] { $total } invitaciones.
}
people-list-range-members = Mostrando { $first }–{ $last } de { $total } miembros.
people-list-range-invitations = Mostrando { $first }–{ $last } de { $total } invitaciones.
people-list-found-members = { $total ->
    [one] { $total } de { $all } miembros coincide
   *[other] { $total } de { $all } miembros coinciden
} con «{ $q }».
people-list-found-invitations = { $total ->
    [one] { $total } de { $all } invitaciones coincide
   *[other] { $total } de { $all } invitaciones coinciden
} con «{ $q }».
people-list-found-range-members = Mostrando { $first }–{ $last } de { $total } resultados ({ $all } miembros) para «{ $q }».
people-list-found-range-invitations = Mostrando { $first }–{ $last } de { $total } resultados ({ $all } invitaciones) para «{ $q }».
people-badge-you = tú
people-badge-guest = invitado

# El directorio de miembros.
people-members-title = Miembros
people-members-name = Nombre
people-members-organization = Organización
people-members-roles = Roles
people-members-joined = Se unió
people-members-actions = Acciones de administración
people-members-act = Actuar…
people-members-reset-reason = Motivo del enlace de restablecimiento
people-members-reset = Emitir enlace de restablecimiento
people-members-remove-reason = Motivo para quitar
people-members-remove = Quitar de la comunidad
people-members-reset-title = Enlace para restablecer la contraseña
people-members-reset-message = Da este enlace a la persona tú mismo. Funciona una vez, durante un día, y solo se muestra ahora.

# Nombres de los roles.
people-role-steward = Administración
people-role-host = Organización de encuentros
people-role-curator = Curaduría
people-role-community-builder = Dinamización de la comunidad
people-role-network-analyst = Análisis de la red
people-role-member = Miembro
people-role-guest = Invitado

# Los roles y lo que permite cada uno.
people-roles-title = Roles
people-roles-lead = Los roles añaden responsabilidad a la membresía. Cada cambio queda registrado con tu motivo en el registro de auditoría.
people-roles-order = Quienes tienen roles aparecen primero.
people-roles-plain-member = miembro
people-roles-change-of = Cambiar los roles de { $name }
people-roles-of = Roles de { $name }
people-roles-guest = Invitado (ve menos)
people-roles-reason = Motivo
people-roles-save = Guardar roles
people-roles-matrix = Lo que puede hacer cada rol
people-roles-action = Acción
people-can-view-community = Ver la comunidad
people-can-view-members = Ver la lista de miembros
people-can-view-invitations = Ver las invitaciones
people-can-create-invitation = Invitar a personas
people-can-revoke-invitation = Retirar invitaciones
people-can-change-roles = Cambiar roles
people-can-remove-member = Quitar miembros
people-can-edit-settings = Cambiar la configuración
people-can-issue-reset = Emitir enlaces para restablecer contraseñas
people-can-view-audit = Leer el registro de auditoría
people-can-take-part = Participar en encuentros
people-can-host = Organizar encuentros
people-can-view-network = Ver la red
people-can-analyse-network = Analizar la red
people-can-flag = Señalar contenido
people-can-moderate = Moderar
people-can-hear-appeal = Resolver apelaciones
people-can-view-moderation-log = Leer el registro de moderación
people-can-curate = Seleccionar contribuciones
people-can-view-governance = Ver la gobernanza
people-can-deliberate = Proponer y decidir
people-can-accept-policy = Aceptar normas
people-can-suggest-edit = Sugerir cambios
people-can-review-edits = Revisar cambios

# La página de una comunidad.
people-community-welcome = Te damos la bienvenida a { $community }, { $name }.
people-community-member-now = Ahora eres miembro.
people-community-first-step = Ahora eres miembro: abajo tienes un buen primer paso ({ $step }).
people-community-next = Próximo encuentro
people-community-no-date = todavía sin fecha
people-community-no-gathering = Todavía no hay ningún encuentro previsto.
people-community-see-gatherings = Ver los encuentros
people-community-initiatives = Iniciativas
people-community-no-initiative = Todavía no hay iniciativas: una acción de un encuentro, o una idea tuya, puede convertirse en una.
people-community-in-it = { $count ->
    [one] { $count } persona participa
   *[other] { $count } personas participan
}
people-community-open-asks = { $count ->
    [one] { $count } petición de ayuda abierta
   *[other] { $count } peticiones de ayuda abiertas
}
people-community-all-initiatives = Todas las iniciativas, o empieza una
people-community-lean = Lean Coffees
people-community-members = Miembros
people-community-joining = Ingreso
people-community-open = abierto a cualquiera con sesión iniciada
people-community-by-invitation = por invitación
people-community-your-roles = Tus roles
people-community-organizations = Organizaciones
people-community-home = de origen
people-community-partner = socia
people-community-create-another = Crear otra comunidad
people-step-as-host = Como organizador
people-step-as-participant = Como participante
people-step-grid = Añadir espacios y franjas horarias
people-step-open-marketplace = Abrir el mercado
people-step-start-sessions = Empezar las sesiones
people-step-converge = Pasar a la convergencia
people-step-close = Cerrar el encuentro
people-step-dots = Reparte tus puntos y ofrécete para acciones
people-step-now = Ver qué hay ahora
people-step-answer = Responder a la invitación
people-step-propose = Proponer una sesión
people-step-read = Lee la invitación; el mercado abre pronto
people-step-see = Ver el encuentro

# La página de inicio, crear una comunidad, unirse a una abierta.
people-home-title = Inicio
people-home-heading = El cambio por invitación
people-home-lead = convene es donde una comunidad y las organizaciones que la rodean se reúnen en Open Space y otros formatos abiertos, ven cómo el liderazgo se extiende por su red y gobiernan su conversación a la vista de todos.
people-home-new-here = ¿Eres nuevo? Pide a un miembro un enlace de invitación.
people-home-yours = Tus comunidades
people-home-none = Todavía no estás en ninguna comunidad. Sigue un enlace de invitación o crea una.
people-home-create = Crear una comunidad
people-new-title = Crear una comunidad
people-new-name = Nombre
people-new-slug = Nombre corto
people-new-slug-hint = (para las direcciones: minúsculas, cifras, guiones; si lo dejas vacío, se forma a partir del nombre)
people-new-purpose = Propósito
people-new-home-organization = Organización de origen
people-new-open = Abierta: cualquiera con sesión iniciada puede unirse sin invitación
people-new-submit = Crear comunidad
people-new-choose-slug = elige un nombre corto
people-join-open = Esta comunidad es abierta: cualquiera puede unirse.
people-join-submit = Unirse a { $community }
people-join-have-account = ¿Ya tienes una cuenta?
people-join-then-again = , y después vuelve a abrir esta página.
people-join-sign-up = Registrarse y unirse a { $community }
people-person-name = Tu nombre
people-person-password-hint = (al menos 10 caracteres)

# Responder a una invitación.
people-invite-title = Invitación a { $community }
people-invite-heading = Te invitan a { $community }
people-invite-gathering-before = Esta invitación es para el encuentro
people-invite-gathering-after = : después de unirte podrás decir si vendrás.
people-invite-by = { $inviter } te invita a unirte como parte de
people-invite-someone = Un miembro
people-invite-as-guest = , como invitado
people-invite-open-until = La invitación está abierta hasta el { $date }.
people-invite-accept = Aceptar y unirse
people-invite-accept-heading = Aceptar
people-invite-come-back = : volverás aquí para aceptar.
people-invite-or-provider = O acepta sin una contraseña nueva:
people-invite-with-provider = Aceptar con { $provider }
people-invite-not-for-you = ¿No es para ti? Rechazarla no necesita cuenta y no registra ningún nombre.
people-invite-decline = Rechazar
people-invite-declined-title = Gracias por responder
people-invite-declined = Rechazaste la invitación a { $community }. No se registró nada sobre ti.

# Las invitaciones de una comunidad.
people-invitations-title = Invitaciones
people-invitations-created = Invitación creada.
people-invitations-created-hint = convene no envía correos: copia este enlace y envíalo tú. Solo se muestra ahora.
people-invitations-link = Enlace de invitación
people-invitations-invite = Invitar a alguien
people-invitations-kind = Tipo
people-invitations-personal = Personal: para una persona, se usa una vez
people-invitations-shared = Enlace: para compartir con muchas personas
people-invitations-email = Su correo electrónico
people-invitations-email-hint = (opcional, para una invitación personal)
people-invitations-question = Pregunta convocante
people-invitations-organization = Se une como parte de
people-invitations-gathering = A un encuentro
people-invitations-gathering-hint = (opcional: llega allí y responde allí)
people-invitations-community-only = Solo la comunidad
people-invitations-guest = Como invitado (ve menos)
people-invitations-uses = Usos
people-invitations-uses-hint = (solo enlaces; de 1 a 10000)
people-invitations-days = Caduca después de (días, de 1 a 90)
people-invitations-create = Crear invitación
people-invitations-order = Primero las abiertas. Un enlace solo se muestra al crearlo: cópialo entonces.
people-invitations-for = para { $email }
people-invitations-used = usada { $uses }
people-invitations-declines = rechazada { $count }
people-invitations-expires = caduca el { $date }
people-invitations-resend = Reenviar correo (enlace nuevo)
people-invitations-revoke-open = Retirar
people-invitations-revoke = Retirar invitación
people-invitations-kind-personal = personal
people-invitations-kind-link = enlace
people-invitations-state-accepted = aceptada
people-invitations-state-declined = rechazada
people-invitations-state-revoked = retirada
people-invitations-state-used-up = agotada
people-invitations-state-expired = caducada
people-invitations-state-pending = pendiente
people-invitations-state-open = abierta
people-invitations-sent = Correo enviado el { $date }.
people-invitations-failed = No se pudo entregar el correo tras { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
}: { $error } Revisa la dirección y vuelve a enviarlo.
people-invitations-retrying = Correo aún no enviado: el intento { $count } falló ({ $error }); se volverá a intentar en breve.
people-invitations-waiting = Correo a la espera de envío.
people-invitations-resent = Un nuevo correo de invitación a { $email } va en camino; el enlace anterior ya no funciona.
people-invitations-whole-number = «{ $field }» debe ser un número entero
people-invitations-choose-kind = elige personal o enlace
people-invitations-choose-gathering = elige un encuentro

# Un enlace para restablecer la contraseña, la página de un mensaje, la confirmación.
people-reset-title = Elige una contraseña nueva
people-reset-for = Para { $name }.
people-reset-password = Contraseña nueva
people-reset-submit = Establecer contraseña
people-reset-code = Tu contraseña nueva está establecida. Tu cuenta tiene un segundo factor: introduce un código para iniciar sesión.
people-reset-done-title = Contraseña cambiada
people-reset-done = Tu contraseña nueva está establecida y has iniciado sesión.
people-message-link = Enlace
people-message-back-community = Volver a la comunidad
people-message-back-start = Volver al inicio

# El registro de auditoría.
people-audit-title = Registro de auditoría
people-audit-lead = Cada uso del poder vertical, con quién, qué y por qué. Las entradas están encadenadas por hash;
people-audit-lead-verify = comprueba la cadena.
people-audit-when = Cuándo
people-audit-who = Quién
people-audit-what = Qué
people-audit-target = Objeto
people-audit-why = Por qué
people-audit-empty = Todavía no hay nada registrado.
people-audit-older = Entradas anteriores
people-audit-left = un miembro que se fue
people-audit-system = sistema
people-audit-role-change = Roles cambiados
people-audit-member-remove = Miembro quitado
people-audit-member-account-deleted = Cuenta eliminada
people-audit-account-delete = Cuenta eliminada
people-audit-invitation-create = Invitación creada
people-audit-invitation-revoke = Invitación retirada
people-audit-password-reset-issued = Enlace de restablecimiento emitido
people-audit-settings-change = Configuración cambiada
people-audit-organization-add = Organización socia añadida
people-audit-community-create = Comunidad creada
people-audit-instance-setup = Instancia configurada
people-audit-session-merge = Sesiones fusionadas por la organización
people-audit-session-place = Sesión colocada por la organización
people-audit-suggestion-apply = Programa sugerido aplicado
people-audit-gathering-phase = Fase siguiente
people-audit-gathering-phase-back = Fase deshecha
people-audit-gathering-edit = Detalles del encuentro cambiados
people-audit-space-add = Espacio añadido
people-audit-space-edit = Espacio cambiado
people-audit-space-remove = Espacio quitado
people-audit-slot-add = Franja añadida
people-audit-slot-edit = Franja cambiada
people-audit-slot-remove = Franja quitada
people-audit-cell-lock = Casilla bloqueada
people-audit-session-withdraw = Sesión retirada

settings-title = Ajustes
settings-name = Nombre
settings-purpose = Propósito
settings-open = Abierta: cualquier persona con sesión iniciada puede unirse sin invitación
settings-reason-change = Motivo del cambio
settings-save = Guardar ajustes
settings-organizations = Organizaciones
settings-add-partner-label = Añadir una organización socia
settings-reason = Motivo
settings-add-partner = Añadir socia
settings-2fa-required = Las personas administradoras y de curaduría necesitan un segundo factor para ejercer sus facultades
settings-2fa-hint = Quien no lo tenga conserva su rol, pero solo puede ejercer sus facultades cuando active un segundo factor en la página de su cuenta.
settings-save-short = Guardar
settings-providers = Proveedores de identidad
settings-providers-about = Quien acepta una invitación con un proveedor asociado aquí entra en su organización, sea cual sea la organización que nombre la invitación.
settings-provider-lands = { $provider }: sus personas entran en
settings-provider-invitations-org = la organización de la invitación
