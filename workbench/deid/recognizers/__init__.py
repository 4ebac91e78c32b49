"""Swiss recognizers, one per file, all Presidio recognizers.

`swiss_recognizers(key)` builds the set registered for one locale's analyzer (`key` is the
language key the engine uses for that locale).
"""

from __future__ import annotations


def swiss_recognizers(key: str) -> list:
    from .address import SwissAddressRecognizer
    from .ahv import SwissAhvRecognizer
    from .birthdate import SwissDateOfBirthRecognizer
    from .email import OfflineEmailRecognizer
    from .iban import SwissIbanRecognizer
    from .id_document import SwissIdDocumentRecognizer
    from .person import SwissPersonRecognizer
    from .phone import SwissPhoneRecognizer
    from .plate import SwissCarPlateRecognizer
    from .uid import SwissUidRecognizer

    return [cls(supported_language=key) for cls in (
        SwissAhvRecognizer, SwissIbanRecognizer, SwissUidRecognizer, OfflineEmailRecognizer,
        SwissPhoneRecognizer, SwissDateOfBirthRecognizer, SwissAddressRecognizer,
        SwissCarPlateRecognizer, SwissIdDocumentRecognizer, SwissPersonRecognizer)]
