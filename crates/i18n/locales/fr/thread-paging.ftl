thread-paging-label = Pages des réponses
thread-paging-opening = Le message d’ouverture
thread-paging-earlier = ← Réponses précédentes
thread-paging-later = Réponses suivantes →
