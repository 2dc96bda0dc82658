# Le premier jour du mois s'écrit « 1er ».
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-weekday = { $weekday } { $date }
date-moment = { $date } à { $time } UTC

month-january = janvier
month-february = février
month-march = mars
month-april = avril
month-may = mai
month-june = juin
month-july = juillet
month-august = août
month-september = septembre
month-october = octobre
month-november = novembre
month-december = décembre

weekday-monday = lundi
weekday-tuesday = mardi
weekday-wednesday = mercredi
weekday-thursday = jeudi
weekday-friday = vendredi
weekday-saturday = samedi
weekday-sunday = dimanche
