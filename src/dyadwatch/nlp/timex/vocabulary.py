"""Time expressions: the word tables the grammar and the detection patterns are written from."""

from __future__ import annotations

# -- vocabulary ------------------------------------------------------------------------------------
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_SMALL = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS = {word: n for n, word in enumerate(_SMALL)} | _TENS | {
    "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "hundred": 100, "one hundred": 100, "a thousand": 1000, "thousand": 1000,
}  # fmt: skip
_VAGUE = {"several", "a few", "few", "many", "some", "numerous", "hundreds of", "thousands of"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}
_CENTURY_WORDS = {
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the distant past": "PAST_REF", "the recent past": "PAST_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF",
}  # fmt: skip
_DAY_WORDS = {  # word: (days from publication, part of day)
    "today": (0, None), "yesterday": (-1, None), "tomorrow": (1, None), "tonight": (0, "NI"),
    "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"), "last night": (-1, "NI"),
    "yesterday morning": (-1, "MO"), "yesterday afternoon": (-1, "AF"), "yesterday evening": (-1, "EV"),
    "tomorrow morning": (1, "MO"), "tomorrow afternoon": (1, "AF"), "tomorrow evening": (1, "EV"),
    "tomorrow night": (1, "NI"), "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
}  # fmt: skip
_CJK_WORDS = {  # Japanese and Korean deictic words: (unit, offset, counted from the date in focus)
    "今日": ("day", 0, False), "本日": ("day", 0, False), "昨日": ("day", -1, False), "明日": ("day", 1, False),
    "今年": ("year", 0, False), "昨年": ("year", -1, False), "去年": ("year", -1, False),
    "来年": ("year", 1, False), "今月": ("month", 0, False), "先月": ("month", -1, False),
    "来月": ("month", 1, False), "今週": ("week", 0, False), "先週": ("week", -1, False),
    "来週": ("week", 1, False), "同日": ("day", 0, True), "同年": ("year", 0, True), "同月": ("month", 0, True),
    "오늘": ("day", 0, False), "어제": ("day", -1, False), "내일": ("day", 1, False),
    "올해": ("year", 0, False), "지난해": ("year", -1, False), "작년": ("year", -1, False),
    "내년": ("year", 1, False), "이달": ("month", 0, False), "지난달": ("month", -1, False),
    "다음 달": ("month", 1, False), "이번 주": ("week", 0, False), "지난주": ("week", -1, False),
    "다음 주": ("week", 1, False), "이날": ("day", 0, True),
}  # fmt: skip
_DURATION_CODES = {  # unit: (prefix, letter, multiplier, vague value)
    "year": ("P", "Y", 1, "PXY"), "month": ("P", "M", 1, "PXM"), "week": ("P", "W", 1, "PXW"),
    "day": ("P", "D", 1, "PXD"), "decade": ("P", "DE", 1, "PXDE"), "century": ("P", "CE", 1, "PXCE"),
    "fortnight": ("P", "W", 2, "PXW"), "quarter": ("P", "M", 3, "PXM"), "hour": ("PT", "H", 1, "PTXH"),
    "minute": ("PT", "M", 1, "PTXM"), "second": ("PT", "S", 1, "PTXS"),
}  # fmt: skip
_SET_VALUES = {
    "year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX", "weekend": "XXXX-WXX-WE",
    "decade": "XXX", "century": "XX", "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF",
    "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI", "season": "XXXX",
}  # fmt: skip
_SET_ADJECTIVES = {"daily": "day", "weekly": "week", "monthly": "month", "weekends": "weekend"}
_REL_WORDS = {  # the phrase: how it counts (see `_base`)
    "this": "this", "current": "this", "the current": "this", "the present": "this",
    "last": "last", "this past": "last", "the last": "last", "past": "last",
    "next": "next", "coming": "next", "the coming": "next", "this coming": "next", "the upcoming": "next",
    "the next": "either", "following": "following", "the following": "following",
    "previous": "previous", "the previous": "previous", "the preceding": "previous", "the prior": "previous",
    "same": "focus", "the same": "focus", "that": "focus", "the very same": "focus",
}  # fmt: skip
_REL_OFFSETS = {"last": -1, "previous": -1, "next": 1, "following": 1, "either": 1}
_DATEISH = {"date", "month", "dom", "weekday", "rel", "season", "quarter", "half", "decade", "century", "mod"}


def _unit_of(word: str) -> str:
    """Canonical unit for a unit word ("yrs" → year, "centuries" → century, "Wednesdays" → week)."""
    if word[:3] in _WEEKDAYS and word.endswith("days"):
        return "week"
    for prefix, unit in (("yr", "year"), ("hr", "hour"), ("min", "minute"), ("centur", "century")):
        if word.startswith(prefix):
            return unit
    word = _SET_ADJECTIVES.get(word, word)
    return word[:-1] if word.endswith("s") else word


def _number(word: str | None) -> float | None:
    """A count written in digits or words; None for vague amounts ("several", "a few")."""
    if not word or word in _VAGUE:
        return None
    word = word.replace(",", "")
    if word[0].isdigit():
        return float(word)
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    tens, _, ones = word.replace("-", " ").partition(" ")
    if tens in _TENS and ones in _NUMBER_WORDS:
        return float(_TENS[tens] + _NUMBER_WORDS[ones])
    return None
