thread-paging-label = Páginas de respuestas
thread-paging-opening = La publicación inicial
thread-paging-earlier = ← Respuestas anteriores
thread-paging-later = Respuestas posteriores →
