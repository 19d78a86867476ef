"""Dates and times: timedelta, date, time and datetime (naive, proleptic Gregorian), with
CPython's arithmetic, comparisons, repr/str, isoformat/fromisoformat and the common strftime
codes. Time zones: only naive values, plus timezone.utc for datetime.now(timezone.utc)."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] +
            (1 if month > 2 and _is_leap(year) else 0) + day)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leapyear else 0)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leapyear else 0)
    n -= preceding
    return year, month, n + 1


def _check_int(name, value):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def _check_date_fields(year, month, day):
    _check_int("year", year)
    _check_int("month", month)
    _check_int("day", day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")


def _check_time_fields(hour, minute, second, microsecond):
    for name, v, hi in (("hour", hour, 23), ("minute", minute, 59), ("second", second, 59),
                        ("microsecond", microsecond, 999999)):
        _check_int(name, v)
        if not 0 <= v <= hi:
            raise ValueError(f"{name} must be in 0..{hi}")


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _strftime(fmt, year, month, day, hour, minute, second, microsecond, weekday, yday):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 >= len(fmt):
            out.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == "Y":
            out.append("%d" % year if year >= 1000 else "%04d" % year)
        elif code == "y":
            out.append("%02d" % (year % 100))
        elif code == "m":
            out.append("%02d" % month)
        elif code == "d":
            out.append("%02d" % day)
        elif code == "e":
            out.append("%2d" % day)
        elif code == "H":
            out.append("%02d" % hour)
        elif code == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif code == "M":
            out.append("%02d" % minute)
        elif code == "S":
            out.append("%02d" % second)
        elif code == "f":
            out.append("%06d" % microsecond)
        elif code == "p":
            out.append("AM" if hour < 12 else "PM")
        elif code == "a":
            out.append(_DAYNAMES[weekday + 1])
        elif code == "A":
            out.append(_FULLDAYNAMES[weekday + 1])
        elif code == "w":
            out.append(str((weekday + 1) % 7))
        elif code == "u":
            out.append(str(weekday + 1))
        elif code == "b" or code == "h":
            out.append(_MONTHNAMES[month])
        elif code == "B":
            out.append(_FULLMONTHNAMES[month])
        elif code == "j":
            out.append("%03d" % yday)
        elif code == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif code == "F":
            out.append("%04d-%02d-%02d" % (year, month, day))
        elif code == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif code == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif code == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[weekday + 1], _MONTHNAMES[month],
                                                        day, hour, minute, second, year))
        elif code == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif code == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif code == "z" or code == "Z":
            out.append("")
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + code)
    return "".join(out)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized."""
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total_us = ((days + weeks * 7) * 86400 + seconds + minutes * 60 + hours * 3600) * 1000000 \
            + microseconds + milliseconds * 1000
        if isinstance(total_us, float):
            total_us = round(total_us)
        total_us = int(total_us)
        d, rem = divmod(total_us, 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = d, s, us
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__, ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int) and not isinstance(other, bool):
            return timedelta(microseconds=self._to_us() * other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta(microseconds=self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=round(self._to_us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._to_us(), other._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._cmp(other) == 0

    def __lt__(self, other):
        return self._cmp(other) < 0 if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._cmp(other) <= 0 if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._cmp(other) > 0 if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._cmp(other) >= 0 if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A calendar date (year, month, day)."""
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        t = _time.localtime()
        return cls(t[0], t[1], t[2])

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) != 10 or s[4] != "-" or s[7] != "-":
                raise ValueError
            return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[self.weekday() + 1], _MONTHNAMES[self._month],
                                           self._day, self._year)

    def strftime(self, fmt):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), yday)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (self.__class__.__module__, self.__class__.__qualname__,
                                     self._year, self._month, self._day)

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class IsoCalendarDate(tuple):
    """(year, week, weekday) as date.isocalendar() gives it."""
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    pass


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        return self._name or "UTC"

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        return "datetime.timezone(%r)" % (self._offset,)


timezone.utc = timezone(timedelta(0), "UTC")
UTC = timezone.utc


class time:
    """A time of day (hour, minute, second, microsecond)."""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: None)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % self._key()
        elif self._second:
            s = "%d, %d, %d" % self._key()[:3]
        else:
            s = "%d, %d" % self._key()[:2]
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__, s)

    def __eq__(self, other):
        return isinstance(other, time) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day (naive: no time zone)."""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def _from_epoch(cls, t, utc, tz=None):
        frac, t = t % 1, int(t // 1)
        us = round(frac * 1000000)
        if us >= 1000000:
            t += 1
            us -= 1000000
        y, m, d, hh, mm, ss = (_time.gmtime(t) if utc else _time.localtime(t))[:6]
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def now(cls, tz=None):
        return cls._from_epoch(_time.time(), tz is not None, tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls._from_epoch(_time.time(), True)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        return cls._from_epoch(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_epoch(t, True)

    @classmethod
    def combine(cls, d, t, tzinfo=None):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            d = date.fromisoformat(s[:10])
            rest = s[11:]
            if len(s) > 10 and s[10] not in "T ":
                raise ValueError
            hh = mm = ss = us = 0
            if rest:
                parts = rest.split(":")
                hh = int(parts[0])
                mm = int(parts[1]) if len(parts) > 1 else 0
                if len(parts) > 2:
                    sec = parts[2]
                    if "." in sec:
                        sec, frac = sec.split(".")
                        us = int((frac + "000000")[:6])
                    ss = int(sec)
            return cls(d.year, d.month, d.day, hh, mm, ss, us)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {s!r}") from None

    @classmethod
    def strptime(cls, s, fmt):
        fields = {"Y": 0, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
        values = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
        i = j = 0
        while i < len(fmt):
            if fmt[i] == "%" and i + 1 < len(fmt):
                code = fmt[i + 1]
                width = 4 if code == "Y" else 6 if code == "f" else 2
                k = j
                while k < len(s) and k - j < width and s[k].isdigit():
                    k += 1
                if k == j or code not in fields:
                    raise ValueError(f"time data {s!r} does not match format {fmt!r}")
                values[code] = int(s[j:k] if code != "f" else (s[j:k] + "000000")[:6])
                j = k
                i += 2
            else:
                if j >= len(s) or s[j] != fmt[i]:
                    raise ValueError(f"time data {s!r} does not match format {fmt!r}")
                i += 1
                j += 1
        if j != len(s):
            raise ValueError(f"unconverted data remains: {s[j:]}")
        return cls(values["Y"], values["m"], values["d"], values["H"], values["M"], values["S"], values["f"])

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timestamp(self):
        days = self.toordinal() - _ymd2ord(1970, 1, 1)
        secs = days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        if self._tzinfo is None:
            secs += _time.mktime((1970, 1, 2, 0, 0, 0, 0, 0, -1)) - 86400 if hasattr(_time, "mktime") else 0
        return secs + self._microsecond / 1e6

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += "+00:00"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[self.weekday() + 1], _MONTHNAMES[self._month],
                                                 self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.weekday(), yday)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), yday, -1)

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__, ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        return s

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return isinstance(other, datetime) and self._key() == other._key()

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._key() < other._key()
        if isinstance(other, date):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, datetime) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, datetime) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, datetime) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    @classmethod
    def _from_us(cls, us, tz):
        days, rem = divmod(us, 86400 * 1000000)
        secs, micro = divmod(rem, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        if not 0 < days <= 3652059:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        return cls(y, m, d, hh, mm, ss, micro, tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._to_us() + other._to_us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._to_us() - other._to_us(), self._tzinfo)
        if isinstance(other, datetime):
            return timedelta(microseconds=self._to_us() - other._to_us())
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
