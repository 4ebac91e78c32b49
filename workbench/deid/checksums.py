"""Check digits of the Swiss identifiers we detect and fabricate.

Validating the check digit is what lets a recognizer tell a real AHV number or IBAN from a
number that merely has the right shape (an order number, an amount), and what lets a
surrogate pass the same validation in downstream systems. Pure functions, no imports.
"""

from __future__ import annotations


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


# -- AHV/AVS (13 digits starting 756; EAN-13 check digit) ---------------------------------

def ean13_check_digit(first12: str) -> int:
    """EAN-13: weights 1,3,1,3… from the left over 12 digits; check = (10 - sum mod 10) mod 10."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def is_valid_ahv(value: str) -> bool:
    d = digits(value)
    return len(d) == 13 and d.startswith("756") and ean13_check_digit(d[:12]) == int(d[12])


# -- IBAN (ISO 13616, mod 97) -------------------------------------------------------------

#: Length of a valid IBAN per country we accept: Switzerland and Liechtenstein share the format.
IBAN_LENGTH = {"CH": 21, "LI": 21}


def _iban_number(rearranged: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in rearranged))


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits that make `country + cc + bban` pass mod 97."""
    value = _iban_number((bban + country + "00").upper())
    return f"{98 - value % 97:02d}"


def is_valid_iban(value: str) -> bool:
    iban = "".join(value.split()).upper()
    country = iban[:2]
    if IBAN_LENGTH.get(country) != len(iban) or not iban[2:4].isdigit() or not iban.isalnum():
        return False
    return _iban_number(iban[4:] + iban[:4]) % 97 == 1


# -- UID / IDE / IDI (CHE-123.456.789; mod 11) --------------------------------------------

_UID_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4)


def uid_check_digit(first8: str) -> int | None:
    """Mod 11 with weights 5,4,3,2,7,6,5,4. A result of 10 is never issued (None)."""
    rest = sum(int(d) * w for d, w in zip(first8, _UID_WEIGHTS)) % 11
    check = (11 - rest) % 11
    return None if check == 10 else check


def is_valid_uid(value: str) -> bool:
    d = digits(value)
    if len(d) != 9:
        return False
    check = uid_check_digit(d[:8])
    return check is not None and check == int(d[8])
