thread-paging-label = Seiten der Antworten
thread-paging-opening = Zum Eröffnungsbeitrag
thread-paging-earlier = ← Frühere Antworten
thread-paging-later = Spätere Antworten →
