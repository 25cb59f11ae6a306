"""Country names for the picker; the code is what help resources are keyed on."""

from __future__ import annotations

_RAW = """AR Argentina|AT Austria|AU Australia|BD Bangladesh|BE Belgium|BG Bulgaria
|BR Brazil|CA Canada|CH Switzerland|CL Chile|CN China|CO Colombia|CY Cyprus
|CZ Czechia|DE Germany|DK Denmark|EE Estonia|EG Egypt|ES Spain|FI Finland
|FR France|GB United Kingdom|GH Ghana|GR Greece|HK Hong Kong|HR Croatia
|HU Hungary|ID Indonesia|IE Ireland|IL Israel|IN India|IS Iceland|IT Italy
|JM Jamaica|JP Japan|KE Kenya|KR South Korea|LT Lithuania|LU Luxembourg
|LV Latvia|MA Morocco|MT Malta|MX Mexico|MY Malaysia|NG Nigeria|NL Netherlands
|NO Norway|NZ New Zealand|PE Peru|PH Philippines|PK Pakistan|PL Poland
|PT Portugal|RO Romania|RS Serbia|SA Saudi Arabia|SE Sweden|SG Singapore
|SI Slovenia|SK Slovakia|TH Thailand|TR Turkey|TT Trinidad and Tobago
|TW Taiwan|UA Ukraine|AE United Arab Emirates|US United States|UY Uruguay
|VN Vietnam|ZA South Africa"""

COUNTRIES: dict[str, str] = dict(
    (item.strip()[:2], item.strip()[3:]) for item in _RAW.replace("\n", "").split("|")
)


def country_choices() -> list[tuple[str, str]]:
    """Return (code, name) pairs sorted by name, with a 'not listed' choice first."""
    pairs = sorted(COUNTRIES.items(), key=lambda pair: pair[1])
    return [("", "Somewhere else / rather not say"), *pairs]
