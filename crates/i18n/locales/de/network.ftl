# Die Netzwerkseiten: Karte, Zustand, Gruppen, „Mein Netzwerk“ und die Worte neben jeder Zahl.

net-nav-label = Netzwerk
net-tab-map = Karte
net-tab-health = Zustand
net-tab-groups = Gruppen
net-tab-me = Mein Netzwerk
net-not-computed = Das Netzwerk ist noch nicht berechnet; das geschieht im Hintergrund wenige Sekunden nach jeder Änderung.

net-percent = { $n } %
net-minutes = { $n ->
    [one] { $shown } Minute
   *[other] { $shown } Minuten
}
net-hours = { $n ->
    [one] { $shown } Stunde
   *[other] { $shown } Stunden
}
net-month = { $month } { $year }
net-mon-1 = Jan.
net-mon-2 = Feb.
net-mon-3 = März
net-mon-4 = Apr.
net-mon-5 = Mai
net-mon-6 = Juni
net-mon-7 = Juli
net-mon-8 = Aug.
net-mon-9 = Sept.
net-mon-10 = Okt.
net-mon-11 = Nov.
net-mon-12 = Dez.

net-m-ties-name = Zusammengearbeitet mit
net-m-ties = Mit wie vielen Menschen jemand hier etwas gemeinsam gemacht hat: in einer Session gesessen, eingeladen, einen Bericht geschrieben oder eine Aufgabe übernommen.
net-m-hours-name = Gemeinsame Zeit
net-m-hours = Stunden in denselben Sessions, dazu eine Stunde für jede gemeinsam einberufene Session oder übernommene Aufgabe und eine halbe Stunde für jeden gemeinsam geschriebenen Bericht.
net-m-betweenness-name = Brückenbildung (Betweenness)
net-m-betweenness = Wie oft jemand auf dem kürzesten Weg zwischen zwei anderen liegt, von 0 bis 1: Je höher, desto mehr verbindet die Person Menschen, die sonst getrennt wären.
net-m-constraint-name = Constraint
net-m-constraint = Wie gut sich die Kontakte einer Person schon untereinander kennen, von 0 bis etwa 1: niedrig heißt Kontakte in getrennten Kreisen (eine Vermittlerin, ein Vermittler), hoch heißt ein einziger enger Kreis.
net-m-cluster-name = Cluster
net-m-cluster = Eine Gruppe von Menschen, die untereinander mehr gemacht haben als mit anderen, gefunden durch Community-Erkennung; Farben und Formen auf der Karte unterscheiden die Cluster.
net-m-led-name = Geleitet
net-m-led = Sessions, die jemand einberufen oder mit einberufen hat, und Aufgaben, die er oder sie übernommen hat.
net-m-modularity = Wie deutlich sich das Netzwerk in Cluster teilt, von 0 (keine Teilung) bis 1; ab etwa 0,3 sind die Cluster deutlich.
net-m-gini = Wie stark sich die Leitung auf wenige konzentriert, unter denen, die teilgenommen haben: 0 heißt gleichmäßig verteilt, nahe 1 heißt, eine Person leitet alles.
net-m-isolates = Menschen im Netzwerk, die noch mit niemandem etwas gemeinsam gemacht haben.
net-m-cross = Der Anteil der Verbindungen zwischen Menschen verschiedener Organisationen: Verbindungen über die Grenze hinweg.
net-m-leader-share = Der Anteil derer, die teilgenommen haben, die eine Session einberufen oder eine Aufgabe übernommen haben.
net-typical-one = Typisch hier: { $value } (die meisten der { $people } namentlich gezeigten Personen).
net-typical-range = Typisch hier: { $lo }–{ $hi } (die mittlere Hälfte der { $people } namentlich gezeigten Personen).
net-typical-hours-one = Typisch hier: { $value } Stunden (die meisten der { $people } namentlich gezeigten Personen).
net-typical-hours-range = Typisch hier: { $lo }–{ $hi } Stunden (die mittlere Hälfte der { $people } namentlich gezeigten Personen).
net-over-months-one = In den gezeigten Monaten: { $value }.
net-over-months-range = In den gezeigten Monaten: { $lo } bis { $hi }.
net-meaning-heading = Was die Zahlen bedeuten

net-map-title = Netzwerkkarte
net-map-intro = Berechnet am { $when } aus dem, was Menschen gemeinsam gemacht haben: { $people } Personen. { $shown ->
    [one] { $shown } wird
   *[other] { $shown } werden
} namentlich gezeigt (sie haben zugestimmt, ihre Kennzahlen zu teilen); alle anderen erscheinen nur in { $groups ->
    [one] { $groups } Gruppe
   *[other] { $groups } Gruppen
} von mindestens fünf Personen{ $hidden ->
    [0] {""}
   *[other] ; zu wenige Personen werden nicht namentlich gezeigt, um sie zu gruppieren, daher { $hidden ->
        [one] wird { $hidden } gar nicht gezeichnet
       *[other] werden { $hidden } gar nicht gezeichnet
    }
}. Jeder Cluster ist als Insel gezeichnet; Menschen ohne Verbindungen sitzen gemeinsam in der rechten unteren Ecke.
net-map-list-heading = Personen und Gruppen
net-map-list-help = Wähle eine aus, um ihre Zahlen und deren Bedeutung zu sehen.
net-map-panel-heading = Details
net-map-panel-help = Klicke oder tippe auf eine Person oder Gruppe auf der Karte oder in der Liste.
net-map-color-by = Färben nach
net-map-color-cluster = Cluster
net-map-color-organization = Organisation
net-map-size-by = Größe nach
net-map-size-strength = gemeinsamer Zeit
net-map-size-betweenness = Brückenbildung (Betweenness)
net-map-size-ties = Zahl der Kontakte
net-map-size-led = geleiteten Sessions und Aufgaben
net-map-aria = Das Netzwerk der Community: jeder Cluster eine Insel, Menschen, die zugestimmt haben, als benannte Punkte, Gruppen nicht namentlich gezeigter Menschen als größere Punkte, Linien sind Verbindungen; die Liste enthält dieselben Personen und Gruppen
net-map-key = Legende
net-map-key-help = Größere, blassere Punkte sind Gruppen von mindestens fünf Menschen, die nicht namentlich gezeigt werden; Linien zeigen die stärksten Verbindungen jedes Punkts (die Downloads enthalten alle).
net-key-named = { $n } namentlich gezeigt
net-key-group = eine Gruppe von { $n } nicht namentlich gezeigten Personen
net-key-cluster = Cluster { $c }: { $parts }
net-key-pooled = Kleinere Cluster zusammen: eine Gruppe von { $n } nicht namentlich gezeigten Personen
net-key-alone = Noch keine Verbindungen: { $n } namentlich gezeigt
net-key-org = { $org }: { $n } namentlich gezeigt
net-key-org-groups = Nicht namentlich gezeigte Gruppen (sie können Organisationen mischen)
net-group-in = { $n } Personen in Cluster { $c }
net-group-smaller = { $n } Personen in kleineren Clustern
net-line-org = { $org }, { $line }
net-line-no-ties = noch keine Verbindungen
net-line = Cluster { $c }: mit { $ties } zusammengearbeitet, { $hours } gemeinsam
net-line-group = { $n } nicht namentlich gezeigte Personen
net-download = Herunterladen
net-download-intro = Dasselbe Netzwerk wie hier gezeichnet, für Gephi, Cytoscape oder networkx:
net-download-nodes = Personen und Gruppen (CSV)
net-download-ties = Verbindungen (CSV)
net-map-table = Die Karte als Tabelle
net-col-who = Wer
net-col-organization = Organisation
net-col-cluster = Cluster
net-col-hours = Gemeinsame Zeit (Stunden)
net-col-bridging = Brückenbildung
net-col-led = Geleitet
net-map-table-group = eine Gruppe von { $n } nicht namentlich gezeigten Personen
net-js-failed = Die Karte konnte nicht geladen werden; die Liste und die Tabelle enthalten dieselben Daten.
net-js-box-alone = Noch keine Verbindungen
net-js-cluster = Cluster { $c }
net-js-cluster-none = noch keiner (keine Verbindungen)
net-js-led = Geleitete Sessions und Aufgaben
net-js-group-in = { $n } Personen in Cluster { $c }, die nicht namentlich gezeigt werden. Ihre Zahlen werden nur gemeinsam gezählt, nie einzeln.
net-js-group-smaller = { $n } Personen aus kleineren Clustern, die nicht namentlich gezeigt werden. Ihre Zahlen werden nur gemeinsam gezählt, nie einzeln.
net-js-group-ties = Verbindungen zu Personen und Gruppen auf der Karte
net-js-group-hours = Gemeinsame Zeit mit ihnen

net-health-title = Zustand des Netzwerks
net-health-intro = Berechnet am { $when }. Jede Zahl hier betrifft die ganze Community oder einen Monat; keine lässt sich mit einer anderen so verbinden, dass jemand, der nicht namentlich gezeigt wird, herausgegriffen werden könnte.
net-h-people = Personen im Netzwerk
net-h-ties = Verbindungen
net-h-ties-help = Paare von Menschen, die etwas gemeinsam gemacht haben.
net-h-took-part = Haben an etwas teilgenommen
net-h-leaders = Haben etwas einberufen oder geleitet
net-h-leaders-value = { $n } ({ $share } derer, die teilgenommen haben)
net-h-gini = Konzentration der Leitung (Gini)
net-h-cross = Verbindungen über Organisationen hinweg
net-h-clusters = Cluster
net-h-modularity = Modularität
net-h-isolates = Menschen ohne Verbindungen
net-chart-spread = Verteilung der Leitung
net-chart-spread-title = Anteil der Teilnehmenden, die etwas einberufen oder geleitet haben, und wie konzentriert die Leitung ist (Gini), je Monat
net-chart-led = haben etwas geleitet
net-chart-gini = Konzentration (Gini)
net-chart-cross = Verbindungen über Grenzen
net-chart-cross-title = Anteil der Verbindungen zwischen Menschen verschiedener Organisationen, jeweils am Monatsende
net-chart-cross-line = Verbindungen über Organisationen hinweg
net-chart-isolates = Isolierte und Cluster
net-chart-isolates-title = Menschen ohne Verbindungen und Cluster aus zwei oder mehr Personen, jeweils am Monatsende
net-chart-isolates-line = Menschen ohne Verbindungen
net-chart-clusters-line = Cluster
net-chart-so-far = bisher
net-months = Monat für Monat
net-col-month = Monat
net-col-took-part = Teilgenommen
net-col-led-something = Etwas geleitet
net-col-gini = Gini
net-col-ties = Verbindungen
net-col-across = Über Organisationen
net-col-without = Ohne Verbindungen
net-col-clusters = Cluster
net-so-far = (bisher)
net-health-note = „–“: nicht gezeigt, damit niemand, der nicht namentlich gezeigt wird, herausgegriffen werden kann: Die Leitung eines Monats braucht keine oder mindestens fünf solcher Teilnehmenden, und das Netzwerk am Monatsende keine oder mindestens fünf von ihnen, die seit dem zuletzt gezeigten Monat aktiv waren. Der laufende Monat ist noch nicht vorbei: Er ist als „bisher“ markiert und fehlt in den Linien.
net-health-none = Noch nichts zu zeigen: Das Netzwerk wird im Hintergrund wenige Sekunden nach jeder Änderung berechnet, und sein Zustand wird gezeigt, sobald es mindestens fünf Personen umfasst.

net-groups-title = Gruppen im Netzwerk
net-groups-heading = Gruppen im Netzwerk
net-groups-intro = Berechnet am { $when }. Jede Zeile betrifft die Menschen einer Gruppe, die <em>nicht</em> namentlich gezeigt werden (mindestens fünf); die namentlich gezeigten stehen auf der Karte. Gruppen, die weniger als fünf beschreiben würden, allein oder von einer anderen Zeile abgezogen, werden zusammengezählt.
net-groups-withheld = Zu wenige Menschen werden nicht namentlich gezeigt, um irgendeine Gruppe zu zeigen.
net-groups-by-org = Nach Organisation
net-groups-by-cluster = Nach Cluster
net-groups-pooled = Kleinere Gruppen zusammen
net-col-group = Gruppe
net-col-people = Personen
net-col-mean-ties = Mittlere Zahl der Kontakte
net-col-mean-bridging = Mittlere Brückenbildung
net-col-outward = Verbindungen nach außen
net-g-led = Der Anteil der Gruppe, der eine Session einberufen oder eine Aufgabe übernommen hat.
net-g-mean-ties = Mit wie vielen Menschen jede und jeder von ihnen im Mittel etwas gemeinsam gemacht hat.
net-g-mean-bridging = Wie oft eine Person der Gruppe im Mittel auf dem kürzesten Weg zwischen zwei anderen liegt (0 bis 1): höher heißt, die Gruppe verbindet andere.
net-g-outward = Der Anteil der Verbindungen der Gruppe, die zu Menschen außerhalb führen: niedrig heißt eine geschlossene Gruppe.
net-intro-heading = Vorstellungen, die am meisten helfen würden
net-intro-help = Menschen ohne Verbindungen und die am wenigsten verbundenen Cluster mit dem Rest zusammenbringen, zwischen namentlich gezeigten Personen, ermittelt aus der Karte selbst.
net-intro-none = Keine zwischen Menschen, die zugestimmt haben, gezeigt zu werden.
net-intro-pair = { $a } und { $b }

net-me-title = Mein Netzwerk
net-me-computed = Berechnet am { $when }.
net-me-computed-totals = Berechnet am { $when }: { $people ->
    [one] { $people } Person
   *[other] { $people } Personen
}, { $ties ->
    [one] { $ties } Verbindung
   *[other] { $ties } Verbindungen
}, { $clusters } Cluster, { $isolates } noch ohne Verbindungen.
net-me-named = Du hast zugestimmt, dass andere diese Zahlen sehen dürfen: Mitglieder, die das Netzwerk sehen dürfen, finden dich namentlich auf der Karte.
net-me-grouped = Du hast zugestimmt, dass andere diese Zahlen sehen dürfen, aber vorerst wirst du auf der Karte in einer Gruppe gezählt, nicht namentlich: Sonst blieben zu wenige Menschen, die nicht zugestimmt haben, um sie in Fünfergruppen zu halten.
net-me-private = Nur du siehst diese Zahlen; auf der Karte wirst du in einer Gruppe gezählt, nie namentlich. Kreuze unten „{ net-me-share }“ an, um das zu ändern.
net-me-ties = Menschen, mit denen du zusammengearbeitet hast
net-me-cluster = Dein Cluster
net-me-cluster-n = Cluster { $c }
net-me-cluster-size = Cluster { $c }, { $n } Personen
net-me-cluster-none = noch keiner (keine Verbindungen)
net-me-cluster-small = ein kleiner Cluster
net-me-led = Sessions und Aufgaben, die du geleitet hast
net-me-invited = Menschen, die auf deine Einladung beigetreten sind
net-me-meet = Menschen, die du kennenlernen könntest
net-me-meet-help = Namentlich gezeigte Menschen, mit denen du noch nicht zusammengearbeitet hast, die mit den meisten gemeinsamen Kontakten zuerst.
net-me-meet-line = { $common ->
    [one] { $common } Person, mit der ihr beide zusammengearbeitet habt ({ $through }). Bitte sie, euch einander vorzustellen, oder sag beim nächsten Treffen Hallo.
   *[other] { $common } Personen, mit denen ihr beide zusammengearbeitet habt ({ $through }). Bitte eine von ihnen, euch einander vorzustellen, oder sag beim nächsten Treffen Hallo.
}
net-me-and = { $rest } und { $last }
net-me-among = darunter { $names }
net-me-on-map = { $name } auf der Karte
net-me-none = Du hast keine Netzwerkkennzahlen.
net-me-none-left = Du hast keine Netzwerkkennzahlen: Du hast das Netzwerk verlassen.
net-me-choices = Deine Wahl
net-me-about = convene baut aus dem, was Menschen hier gemeinsam tun, ein Netzwerk der Zusammenarbeit: Zeit in derselben Session, gemeinsames Einberufen, Berichte schreiben und Aufgaben übernehmen, und wer wen eingeladen hat. Es zeigt, wie sich Leitung verteilt und wen man wem vorstellen könnte.
net-me-rule-own = Deine eigenen Netzwerkkennzahlen werden dir gezeigt, anderen nur, wenn du „{ net-me-share }“ ankreuzt.
net-me-rule-groups = Wer nicht namentlich gezeigt wird, erscheint nur in Gruppen von mindestens 5 solcher Menschen, und keine zwei veröffentlichten Zahlen lassen sich voneinander abziehen, um etwas über weniger als 5 von ihnen zu erfahren.
net-me-rule-leave = Wenn du das Netzwerk verlässt, wird alles über dich entfernt, bevor irgendetwas berechnet wird.
net-me-opt-out = Mich aus der Netzwerkanalyse herauslassen
net-me-share = Andere dürfen meine eigenen Netzwerkkennzahlen sehen
net-me-save = Meine Wahl speichern
