flash-convened = { $named ->
    [yes] „{ $title }“ ist
   *[other] Die Session ist
} auf dem Marktplatz angekündigt. Öffne sie, um sie an die Wand zu setzen.
flash-placed = { $named ->
    [yes] „{ $title }“ hängt
   *[other] Die Session hängt
} jetzt an der Wand.
flash-stays = { $named ->
    [yes] „{ $title }“ bleibt,
   *[other] Die Session bleibt,
} wo sie ist.
flash-unplaced = { $named ->
    [yes] „{ $title }“ ist
   *[other] Die Session ist
} zurück auf dem Marktplatz.
flash-swapped = { $named ->
    [yes] „{ $title }“ hat
   *[other] Die Session hat
} das Feld getauscht.
flash-interest-on = Du willst an { $named ->
    [yes] „{ $title }“
   *[other] der Session
} teilnehmen.
flash-interest-off = Du willst nicht mehr an { $named ->
    [yes] „{ $title }“
   *[other] der Session
} teilnehmen.
flash-checked-in = Du bist bei { $named ->
    [yes] „{ $title }“
   *[other] der Session
} eingecheckt.
flash-checked-out = Du bist ausgecheckt.
flash-edited = { $named ->
    [yes] „{ $title }“ ist
   *[other] Die Session ist
} gespeichert.
flash-withdrawn = Die Session ist zurückgezogen: Sie ist weder an der Wand noch auf dem Marktplatz.
flash-merge-proposed = Dein Vorschlag, { $named ->
    [yes] „{ $title }“
   *[other] die Session
} zusammenzulegen, ist an die Person geschickt, die sie anbietet.
flash-merge-withdrawn = Dein Vorschlag zum Zusammenlegen ist zurückgezogen.
flash-merged = Die Sessions sind zu { $named ->
    [yes] „{ $title }“
   *[other] einer Session
} zusammengelegt.
flash-answered = Deine Antwort ist gespeichert.
