# Las páginas de la red: mapa, salud, grupos, «Mi red» y las palabras junto a cada cifra.

net-nav-label = Red
net-tab-map = Mapa
net-tab-health = Salud
net-tab-groups = Grupos
net-tab-me = Mi red
net-not-computed = La red aún no se ha calculado; se calcula en segundo plano unos segundos después de cada cambio.

net-percent = { $n } %
net-minutes = { $n ->
    [one] { $shown } minuto
   *[other] { $shown } minutos
}
net-hours = { $n ->
    [one] { $shown } hora
   *[other] { $shown } horas
}
net-month = { $month } { $year }
net-mon-1 = ene.
net-mon-2 = feb.
net-mon-3 = mar.
net-mon-4 = abr.
net-mon-5 = may.
net-mon-6 = jun.
net-mon-7 = jul.
net-mon-8 = ago.
net-mon-9 = sept.
net-mon-10 = oct.
net-mon-11 = nov.
net-mon-12 = dic.

net-m-ties-name = Personas con quienes colaboró
net-m-ties = Con cuántas personas ha hecho alguien algo aquí: coincidir en una sesión, convocarla, redactar un informe o hacerse cargo de una acción juntos.
net-m-hours-name = Tiempo juntos
net-m-hours = Horas en las mismas sesiones, más una hora por cada sesión convocada o acción asumida en común y media hora por cada informe redactado en común.
net-m-betweenness-name = Intermediación (betweenness)
net-m-betweenness = Con qué frecuencia alguien está en el camino más corto entre otras dos personas, de 0 a 1: cuanto más alta, más conecta a personas que de otro modo estarían separadas.
net-m-constraint-name = Restricción
net-m-constraint = Hasta qué punto los contactos de alguien ya se conocen entre sí, de 0 a cerca de 1: baja significa contactos en círculos separados (un papel de enlace), alta un único círculo cercano.
net-m-cluster-name = Clúster
net-m-cluster = Un grupo de personas que han hecho más entre sí que con los demás, hallado mediante detección de comunidades; en el mapa, los colores y las formas distinguen los clústeres.
net-m-led-name = Lideradas
net-m-led = Sesiones que alguien convocó o coconvocó y acciones de las que se hizo cargo.
net-m-modularity = Con qué claridad se divide la red en clústeres, de 0 (ninguna división) a 1; por encima de 0,3, aproximadamente, los clústeres son claros.
net-m-gini = Hasta qué punto se concentra el liderazgo entre quienes participaron: 0 significa repartido por igual, cerca de 1 que una sola persona lo lidera todo.
net-m-isolates = Personas de la red que aún no han hecho nada junto con nadie.
net-m-cross = La proporción de vínculos entre personas de organizaciones distintas: vínculos que cruzan la frontera.
net-m-leader-share = La proporción de quienes participaron que convocaron una sesión o se hicieron cargo de una acción.
net-typical-one = Lo habitual aquí: { $value } (la mayoría de las { $people } personas mostradas por su nombre).
net-typical-range = Lo habitual aquí: { $lo }–{ $hi } (la mitad central de las { $people } personas mostradas por su nombre).
net-typical-hours-one = Lo habitual aquí: { $value } horas (la mayoría de las { $people } personas mostradas por su nombre).
net-typical-hours-range = Lo habitual aquí: { $lo }–{ $hi } horas (la mitad central de las { $people } personas mostradas por su nombre).
net-over-months-one = En los meses mostrados: { $value }.
net-over-months-range = En los meses mostrados: de { $lo } a { $hi }.
net-meaning-heading = Qué significan las cifras

net-map-title = Mapa de la red
net-map-intro = Calculado el { $when } a partir de lo que la gente hizo junta: { $people } personas. { $shown ->
    [one] { $shown } aparece
   *[other] { $shown } aparecen
} con su nombre (aceptaron compartir sus métricas); todas las demás solo aparecen dentro de { $groups ->
    [one] { $groups } grupo
   *[other] { $groups } grupos
} de al menos cinco personas{ $hidden ->
    [0] {""}
   *[other] ; hay demasiado pocas personas sin nombre visible para agruparlas, así que { $hidden ->
        [one] { $hidden } no se dibuja
       *[other] { $hidden } no se dibujan
    }
}. Cada clúster se dibuja como una isla; las personas que aún no tienen vínculos están juntas en la esquina inferior derecha.
net-map-list-heading = Personas y grupos
net-map-list-help = Elige una para ver sus cifras y lo que significan.
net-map-panel-heading = Detalles
net-map-panel-help = Haz clic o toca una persona o un grupo en el mapa o en la lista.
net-map-color-by = Color según
net-map-color-cluster = clúster
net-map-color-organization = organización
net-map-size-by = Tamaño según
net-map-size-strength = tiempo juntos
net-map-size-betweenness = intermediación (betweenness)
net-map-size-ties = personas con quienes colaboró
net-map-size-led = sesiones y acciones lideradas
net-map-aria = La red de la comunidad: cada clúster una isla, las personas que aceptaron como puntos con nombre, los grupos de personas sin nombre visible como puntos más grandes, las líneas son vínculos; la lista tiene las mismas personas y grupos
net-map-key = Leyenda
net-map-key-help = Los puntos más grandes y pálidos son grupos de al menos cinco personas sin nombre visible; las líneas muestran los vínculos más fuertes de cada punto (las descargas los tienen todos).
net-key-named = { $n } con su nombre
net-key-group = un grupo de { $n } personas sin nombre visible
net-key-cluster = Clúster { $c }: { $parts }
net-key-pooled = Clústeres pequeños juntos: un grupo de { $n } personas sin nombre visible
net-key-alone = Aún sin vínculos: { $n } con su nombre
net-key-org = { $org }: { $n } con su nombre
net-key-org-groups = Grupos sin nombre visible (pueden mezclar organizaciones)
net-group-in = { $n } personas del clúster { $c }
net-group-smaller = { $n } personas de clústeres pequeños
net-line-org = { $org }, { $line }
net-line-no-ties = aún sin vínculos
net-line = clúster { $c }: colaboró con { $ties }, { $hours } juntos
net-line-group = { $n } personas sin nombre visible
net-download = Descargar
net-download-intro = La misma red que se dibuja aquí, para Gephi, Cytoscape o networkx:
net-download-nodes = personas y grupos (CSV)
net-download-ties = vínculos (CSV)
net-map-table = El mapa como tabla
net-col-who = Quién
net-col-organization = Organización
net-col-cluster = Clúster
net-col-hours = Tiempo juntos (horas)
net-col-bridging = Intermediación
net-col-led = Lideradas
net-map-table-group = un grupo de { $n } personas sin nombre visible
net-js-failed = No se pudo cargar el mapa; la lista y la tabla tienen los mismos datos.
net-js-box-alone = Aún sin vínculos
net-js-cluster = Clúster { $c }
net-js-cluster-none = ninguno aún (sin vínculos)
net-js-led = Sesiones y acciones lideradas
net-js-group-in = { $n } personas del clúster { $c } que no aparecen con su nombre. Sus cifras solo se cuentan juntas, nunca una por una.
net-js-group-smaller = { $n } personas de clústeres pequeños que no aparecen con su nombre. Sus cifras solo se cuentan juntas, nunca una por una.
net-js-group-ties = Vínculos con personas y grupos del mapa
net-js-group-hours = Tiempo juntos con ellas

net-health-title = Salud de la red
net-health-intro = Calculado el { $when }. Cada cifra de esta página se refiere a toda la comunidad o a un mes; ninguna puede combinarse con otra para señalar a alguien que no aparece con su nombre.
net-h-people = Personas en la red
net-h-ties = Vínculos
net-h-ties-help = Parejas de personas que hicieron algo juntas.
net-h-took-part = Participaron en algo
net-h-leaders = Convocaron o lideraron algo
net-h-leaders-value = { $n } ({ $share } de quienes participaron)
net-h-gini = Concentración del liderazgo (Gini)
net-h-cross = Vínculos entre organizaciones
net-h-clusters = Clústeres
net-h-modularity = Modularidad
net-h-isolates = Personas sin vínculos
net-chart-spread = Reparto del liderazgo
net-chart-spread-title = Proporción de participantes que convocaron o lideraron algo, y concentración del liderazgo (Gini), por mes
net-chart-led = lideraron algo
net-chart-gini = concentración (Gini)
net-chart-cross = Vínculos que cruzan fronteras
net-chart-cross-title = Proporción de vínculos entre personas de organizaciones distintas, al final de cada mes
net-chart-cross-line = vínculos entre organizaciones
net-chart-isolates = Aisladas y clústeres
net-chart-isolates-title = Personas sin vínculos y clústeres de dos o más personas, al final de cada mes
net-chart-isolates-line = personas sin vínculos
net-chart-clusters-line = clústeres
net-chart-so-far = hasta ahora
net-months = Mes a mes
net-col-month = Mes
net-col-took-part = Participaron
net-col-led-something = Lideraron algo
net-col-gini = Gini
net-col-ties = Vínculos
net-col-across = Entre organizaciones
net-col-without = Sin vínculos
net-col-clusters = Clústeres
net-so-far = (hasta ahora)
net-health-note = «–»: no se muestra, para que nadie que no aparezca con su nombre pueda ser señalado: el liderazgo de un mes requiere que no participe ninguna de esas personas o al menos cinco, y la red al final de un mes, que ninguna o al menos cinco de ellas hayan estado activas desde el último mes mostrado. El mes en curso no ha terminado: se marca «hasta ahora» y queda fuera de las líneas.
net-health-none = Aún no hay nada que mostrar: la red se calcula en segundo plano unos segundos después de cada cambio, y su salud se muestra en cuanto tiene al menos cinco personas.

net-groups-title = Grupos de la red
net-groups-heading = Grupos en la red
net-groups-intro = Calculado el { $when }. Cada fila se refiere a las personas de un grupo que <em>no</em> aparecen con su nombre (al menos cinco); las que aparecen con su nombre están en el mapa. Los grupos que describirían a menos de cinco, solos o restados de otra fila, se cuentan juntos.
net-groups-withheld = Hay demasiado pocas personas sin nombre visible para mostrar ningún grupo.
net-groups-by-org = Por organización
net-groups-by-cluster = Por clúster
net-groups-pooled = Grupos pequeños juntos
net-col-group = Grupo
net-col-people = Personas
net-col-mean-ties = Media de personas con quienes colaboraron
net-col-mean-bridging = Intermediación media
net-col-outward = Vínculos hacia fuera
net-g-led = La proporción del grupo que convocó una sesión o se hizo cargo de una acción.
net-g-mean-ties = Con cuántas personas hizo algo cada una de ellas, en promedio.
net-g-mean-bridging = Con qué frecuencia, en promedio, una de ellas está en el camino más corto entre otras dos (de 0 a 1): más alto significa que el grupo conecta a otras personas.
net-g-outward = La proporción de vínculos del grupo que llegan a personas de fuera: bajo significa un grupo cerrado.
net-intro-heading = Presentaciones que más ayudarían
net-intro-help = Unir con el resto a las personas sin vínculos y a los clústeres menos conectados, entre personas que aparecen con su nombre, a partir del propio mapa.
net-intro-none = Ninguna entre personas que aceptaron aparecer.
net-intro-pair = { $a } y { $b }

net-me-title = Mi red
net-me-computed = Calculado el { $when }.
net-me-computed-totals = Calculado el { $when }: { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}, { $ties ->
    [one] { $ties } vínculo
   *[other] { $ties } vínculos
}, { $clusters ->
    [one] { $clusters } clúster
   *[other] { $clusters } clústeres
}, { $isolates } aún sin vínculos.
net-me-named = Aceptaste que otras personas vean estas cifras: quienes pueden ver la red te encuentran en el mapa por tu nombre.
net-me-grouped = Aceptaste que otras personas vean estas cifras, pero por ahora se te cuenta dentro de un grupo en el mapa, no por tu nombre: de lo contrario quedarían demasiado pocas personas que no aceptaron para mantenerlas en grupos de cinco.
net-me-private = Solo tú ves estas cifras; en el mapa se te cuenta dentro de un grupo, nunca por tu nombre. Marca «{ net-me-share }» abajo para cambiarlo.
net-me-ties = Personas con quienes colaboraste
net-me-cluster = Tu clúster
net-me-cluster-n = clúster { $c }
net-me-cluster-size = clúster { $c }, { $n } personas
net-me-cluster-none = ninguno aún (sin vínculos)
net-me-cluster-small = un clúster pequeño
net-me-led = Sesiones y acciones que lideraste
net-me-invited = Personas que se unieron por tu invitación
net-me-meet = Personas que podrías conocer
net-me-meet-help = Personas que aparecen con su nombre con quienes aún no has colaborado, primero las que tienen más contactos en común contigo.
net-me-meet-line = { $common ->
    [one] { $common } persona con quien habéis colaborado los dos ({ $through }). Pídele que os presente, o saluda en el próximo encuentro.
   *[other] { $common } personas con quienes habéis colaborado los dos ({ $through }). Pide a una de ellas que os presente, o saluda en el próximo encuentro.
}
net-me-and = { $rest } y { $last }
net-me-among = entre ellas { $names }
net-me-on-map = { $name } en el mapa
net-me-none = No tienes métricas de red.
net-me-none-left = No tienes métricas de red: dejaste la red.
net-me-choices = Tus opciones
net-me-about = convene construye una red de colaboración a partir de lo que la gente hace junta aquí: tiempo en la misma sesión, convocar, redactar informes y hacerse cargo de acciones en común, y quién invitó a quién. Muestra cómo se reparte el liderazgo y a quién presentar a quién.
net-me-rule-own = Tus propias métricas de red se te muestran a ti, y a los demás solo si marcas «{ net-me-share }».
net-me-rule-groups = Quien no aparece con su nombre solo figura dentro de grupos de al menos 5 personas en su misma situación, y no hay dos cifras publicadas que puedan restarse para saber algo de menos de 5 de ellas.
net-me-rule-leave = Si dejas la red, todo lo tuyo se elimina antes de calcular nada.
net-me-opt-out = Dejarme fuera del análisis de la red
net-me-share = Otras personas pueden ver mis propias métricas de red
net-me-save = Guardar mis opciones
