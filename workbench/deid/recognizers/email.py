"""E-mail addresses, checked against the public suffix list bundled with tldextract.

Presidio's EmailRecognizer calls `tldextract.extract`, whose default extractor downloads the
suffix list from publicsuffix.org on first use. Our machines are air-gapped, so this
recognizer validates with an extractor that never fetches: no URLs, no cache directory,
only the snapshot shipped inside the tldextract package.
"""

from __future__ import annotations

import functools

from presidio_analyzer.predefined_recognizers import EmailRecognizer


@functools.lru_cache(maxsize=1)
def offline_extractor():
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class OfflineEmailRecognizer(EmailRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    CONTEXT = ["email", "e-mail", "mail", "courriel", "adresse électronique", "posta elettronica",
               "Mail-Adresse", "E-Mail-Adrässe"]

    def __init__(self, supported_language: str = "de-CH"):
        super().__init__(supported_language=supported_language, context=self.CONTEXT,
                         name="OfflineEmailRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        return offline_extractor()(pattern_text).fqdn != ""
