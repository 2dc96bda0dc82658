# La biblioteca de prácticas, una práctica, un patrón, la biblioteca de una comunidad y sus diseños.
practice-people-any = cualquier tamaño
practice-people = { $n } personas
practice-people-range = de { $min } a { $max } personas
practice-people-from = desde { $n } personas
practice-min = { $m } min
practice-h = { $h } h
practice-h-min = { $h } h { $m } min
practice-days = { $n } días
practice-time-varies = duración variable
practice-time-range = de { $min } a { $max }
practice-time-from = desde { $min }

practice-library = Biblioteca de prácticas
practice-library-lead = Formas abiertas de reunirse, cada una con una licencia libre: úsalas, cámbialas y compártelas citando su autoría.
practice-filter-label = Filtrar prácticas
practice-filter-people = Personas
practice-filter-people-hint = Cuántas personas habrá: prácticas que funcionan con ese número.
practice-filter-minutes = Minutos
practice-filter-minutes-hint = El tiempo del que dispones: prácticas cuya forma más breve cabe en él.
practice-filter-pattern = Patrón
practice-filter-any-pattern = Cualquier patrón
practice-filter-words = Palabras
practice-filter-words-hint = En el título, el resumen, el propósito o cuándo usarla.
practice-filter-show = Mostrar prácticas
practice-filter-clear = Borrar
practice-count = { $shown } de { $total } prácticas.
practice-none-fits = Ninguna práctica cumple todo esto;
practice-none-fits-clear = borra los filtros
practice-none-fits-end = para verlas todas.
practice-format-open = El formato es abierto, con un JSON Schema para cada tipo de archivo:
practice-schema-practice = práctica
practice-schema-pattern = patrón
practice-schema-design = diseño
practice-and = y

practice-combined-title = Los patrones que más se combinan
practice-combined-none = Todavía no hay { $over ->
    [community] diseños en la biblioteca de esta comunidad
   *[other] diseños publicados en este servidor
}, así que aún no se combina ningún patrón en ellos.
practice-combined-counted = Contado sobre { $total ->
    [one] el { $total } { $over ->
        [community] diseño de la biblioteca de esta comunidad
       *[other] diseño publicado en este servidor
    }
   *[other] los { $total } { $over ->
        [community] diseños de la biblioteca de esta comunidad
       *[other] diseños publicados en este servidor
    }
}: { $combining } de ellos usan prácticas hechas de al menos dos patrones. Un par cuenta una vez por cada diseño cuyas prácticas usan ambos.
practice-combined-no-pairs = Ninguno de ellos usa todavía dos patrones.
practice-combined-pair = se usan juntos en { $n } de los { $total } { $over ->
    [community] diseños de la biblioteca de esta comunidad
   *[other] diseños publicados en este servidor
}.

practice-imported = Importada a esta comunidad
practice-imported-by = Importada a esta comunidad por { $by }
practice-imported-source = desde
practice-purpose = Propósito
practice-when = Cuándo usarla
practice-elements = Los cinco elementos de diseño
practice-element-invitation = Invitación
practice-element-space = Espacio y materiales
practice-element-participation = Cómo se distribuye la participación
practice-element-configuration = Configuración de los grupos
practice-element-sequence = Secuencia y tiempo
practice-steps = Pasos
practice-steps-lead = { $n } minutos en total; cada paso indica cuándo empieza, contando desde el principio.
practice-step-at = en el min { $at }, { $m } min
practice-roles = Roles
practice-materials = Materiales
practice-variations = Variantes
practice-made-of = Patrones de los que está hecha
practice-license = Licencia y atribución
practice-license-by = { $license }, de { $authors }.
practice-derived = Derivada de, de la más antigua a la más reciente:
practice-derived-from = A partir de
practice-derived-by = de { $author } ({ $license })

practice-pattern-practices = Prácticas hechas con él
practice-pattern-unused = Ninguna práctica de la biblioteca lo usa todavía.
practice-pattern-filter = Filtrar la biblioteca por este patrón
practice-pattern-combined = Combinado con él en diseños
practice-pattern-no-designs = Aún no hay ningún diseño publicado en este servidor, así que todavía no se combina con nada.
practice-pattern-using = { $title } está en { $using } de los { $designs } diseños publicados en este servidor (a través de las prácticas que usan).
practice-pattern-alone = Ninguno de ellos lo combina todavía con otro patrón.
practice-pattern-both = ambos están en { $n } de esos { $using }.
practice-pattern-related = Patrones relacionados

practice-community-library = La biblioteca de la comunidad
practice-community-lead = Las prácticas y los diseños de encuentros que guarda esta comunidad, junto a las
practice-community-catalog = { $n } prácticas del catálogo abierto
practice-community-format = Todo aquí lee y escribe el formato abierto
practice-schemas = esquemas:
practice-compose = Componer un diseño
practice-community-published = Lo que está publicado en este servidor
practice-community-designs = Diseños
practice-community-no-designs = Aún no hay diseños: compón uno con las prácticas del catálogo o importa uno.
practice-published = publicado
practice-members-only = solo para miembros
practice-community-practices = Prácticas importadas aquí
practice-community-no-practices = Ninguna todavía: las prácticas del catálogo siempre están aquí; importa las tuyas abajo.
practice-import = Importar
practice-import-kind = Qué es
practice-import-practice = Una práctica
practice-import-design = Un diseño
practice-import-file = El texto del archivo
practice-import-file-hint = Markdown con front matter o JSON en el formato abierto; también sirve un archivo Markdown de la Open Practice Library (los campos que no se pueden asignar se conservan y se nombran).
practice-import-url = O su dirección en otro servidor
practice-import-url-hint = La URL del archivo (la dirección de un diseño publicado termina en /export.json); se conserva su cadena de atribución.
practice-import-button = Importar

practice-done-imported = Importado a la biblioteca de la comunidad.
practice-done-composed = El diseño está guardado en la biblioteca de la comunidad.
practice-done-forked = Variante creada: esta copia es tuya, con el original en su cadena de atribución.
practice-done-published = Publicado: cualquiera puede leerlo y otros servidores pueden importarlo por su URL.
practice-done-run = El encuentro sigue este diseño: sus bloques son la agenda del encuentro y el temporizador espera a que lo inicies.
practice-done-deleted = El diseño está borrado: ya nadie puede leerlo; sus variantes conservan su atribución.
practice-done-timer = El temporizador cambió; todas las pantallas del encuentro lo muestran.

practice-published-designs = Diseños publicados
practice-design-summary = { $total } en { $blocks ->
    [one] { $blocks } bloque
   *[other] { $blocks } bloques
} · { $license }
practice-by = de { $authors }
practice-design-blocks = Bloques
practice-design-blocks-lead = Cada bloque empieza cuando termina el anterior; los tiempos se cuentan desde el principio.
practice-at = en el min { $at }
practice-lineage = Atribución y genealogía
practice-original = Un original: no deriva de ningún otro diseño.
practice-forked-into = Variantes creadas aquí:
practice-fork-deleted = un diseño borrado
practice-lineage-caption = La genealogía de remezclas: de dónde viene, arriba; sus variantes, abajo.
practice-lineage-deleted = (borrado)
practice-lineage-title = Genealogía: { $before ->
    [one] { $before } obra
   *[other] { $before } obras
} antes de esta, { $forks ->
    [one] { $forks } variante
   *[other] { $forks } variantes
} después
practice-design-imported-from = Importado desde
practice-stable-address = Su dirección estable:
practice-the-file = el archivo:
practice-sheet-printable = Hoja de facilitación (para imprimir)
practice-sheet-pdf = en PDF
practice-fork = Crear una variante
practice-fork-slug = Nombre corto de la variante
practice-fork-hint = Letras minúsculas, cifras y guiones. La variante es tuya, con la misma licencia y con este diseño en su cadena de atribución.
practice-fork-button = Crear la variante
practice-publish = Publicarlo
practice-license-label = Licencia
practice-license-hint = Una licencia SPDX; una vez publicado, cualquiera puede leerlo y otros servidores pueden importarlo.
practice-publish-button = Publicar
practice-delete = Borrarlo
practice-delete-button = Borrar este diseño…
practice-delete-hint = Primero se te pide que lo confirmes; las variantes conservan su atribución.
practice-run = Llevarlo a cabo
practice-run-none = Aún no hay ningún encuentro en el que llevarlo a cabo.
practice-run-gathering = Encuentro
practice-run-date = Día del primer bloque
practice-run-time = y hora
practice-run-hint = En la zona horaria del encuentro; si se deja vacío, empieza ahora. Cada bloque se convierte en una franja de la agenda del encuentro, y el temporizador las mueve a medida que avanza.
practice-run-button = Llevar a cabo este diseño allí

practice-sheet-title = Hoja de facilitación: { $title }
practice-sheet-caption = Bloques, con el minuto en que empieza cada uno, contando desde el principio
practice-sheet-starts = Empieza
practice-sheet-minutes = Minutos
practice-sheet-block-col = Bloque
practice-sheet-notes = Notas
practice-sheet-derived = Derivado de
practice-sheet-back = Volver al diseño
practice-sheet-block = En el min { $at }, { $m } min: { $title }

practice-compose-lead = Una secuencia de bloques con tiempo: cada uno es una práctica del catálogo o un bloque libre (una bienvenida, una pausa). Las horas de inicio se deducen de los minutos.
practice-compose-title = Título
practice-compose-work = Nombre corto
practice-compose-work-hint = Letras minúsculas, cifras y guiones: su dirección.
practice-compose-block = Bloque { $n }
practice-compose-practice = Práctica
practice-compose-free = Ninguna: un bloque libre
practice-compose-empty = Los bloques vacíos se omiten.
practice-compose-save = Guardar el diseño

practice-delete-title = ¿Borrar { $title }?
practice-delete-heading = ¿Borrar «{ $title }»?
practice-delete-unread = Ya nadie podrá leerlo.
practice-delete-unread-published = Ya nadie podrá leerlo; sale de la biblioteca pública y su dirección responde «no encontrado».
practice-delete-name-taken = Su nombre corto queda ocupado, para que ningún otro diseño aparezca nunca en su dirección.
practice-delete-forks = { $n ->
    [one] Una variante conserva
   *[other] { $n } variantes conservan
} su título, autoría y licencia en su cadena de atribución, y su lugar en la genealogía.
practice-delete-agenda = Un encuentro que lo sigue conserva la agenda que generó. El borrado queda en el registro de auditoría.
practice-delete-confirm = Borrar el diseño
practice-delete-back = No, volver

practice-running-title = { $title }: en curso
practice-running-gathering = El encuentro
practice-running-kiosk = Vista grande para la sala
practice-timer-now = Ahora
practice-timer-start = Iniciar
practice-timer-pause = Pausar
practice-timer-next = Siguiente bloque
practice-timer-extend = Alargar
practice-timer-agenda = Agenda
practice-timer-done = Todos los bloques han terminado
practice-timer-end = El diseño ha llegado a su fin.
practice-timer-over = Tiempo excedido en { $by }.
practice-timer-left = Quedan { $left } de { $planned }.
practice-timer-paused = Quedan { $left } de { $planned }, en pausa.
practice-timer-block = Bloque { $n } de { $blocks }:{" "}

practice-published-heading = Publicado en este servidor
practice-published-lead = Diseños y prácticas que las comunidades de aquí publicaron con una licencia libre. Cada uno tiene una dirección estable; otro servidor convene lo importa desde allí con su atribución.
practice-published-none = Todavía no hay nada publicado.
