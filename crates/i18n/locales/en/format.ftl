# Dates: a day in full, and with its weekday. $day is a number, $month a month's name, $year text.
date-long = { $day } { $month } { $year }
date-weekday = { $weekday }, { $date }
# A moment in UTC, as messages and pages show it: $date is a date-long, $time 14:30.
date-moment = { $date }, { $time } UTC

month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
