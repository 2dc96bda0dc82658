thread-paging-label = Pages of replies
thread-paging-opening = The opening post
thread-paging-earlier = ← Earlier replies
thread-paging-later = Later replies →
