proceedings-attribution = Memoria de «{ $gathering }» ({ $community }), escrita por quienes participaron. Licencia { $license }: se puede compartir y adaptar citando la fuente.
proceedings-dates = del { $first } al { $last }
proceedings-no-date = sin fecha todavía
proceedings-date = Fecha: { $date }
proceedings-venue = Lugar: { $venue }
proceedings-attendance = Asistencia: { $yes ->
    [one] { $yes } persona dijo que vendría
   *[other] { $yes } personas dijeron que vendrían
}; { $present ->
    [one] { $present } registró su llegada en al menos una sesión
   *[other] { $present } registraron su llegada en al menos una sesión
}
proceedings-counts = { $sessions ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { $actions ->
    [one] { $actions } acción
   *[other] { $actions } acciones
}
proceedings-contents = Índice
proceedings-actions-heading = Acciones acordadas en el cierre
proceedings-session-line = Propuesta por { $convener } · { $when } · { $space } · { $present } presentes · { $dots ->
    [one] { $dots } punto
   *[other] { $dots } puntos
}
proceedings-no-report = Todavía no hay informe.
proceedings-taking-part = Participan: { $names }
proceedings-actions-intro = Lo que las personas se ofrecieron a continuar después del encuentro, con sus puntos.
proceedings-action-line = { $status }; { $dots ->
    [one] { $dots } punto
   *[other] { $dots } puntos
}
proceedings-owners = responsables: { $owners }
proceedings-nobody = nadie todavía
proceedings-due = vence el { $date }
action-status-open = pendiente
action-status-doing = en marcha
action-status-done = hecha
action-status-dropped = descartada
proceedings-pdf-title = Memoria de «{ $gathering }»
proceedings-cafe-line = Ronda { $round } · mesa { $table } · anfitrión o anfitriona: { $host } · { $present } en la mesa
