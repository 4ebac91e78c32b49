"""The domain model: locales, item content and life cycle, roles. Pure Python, no store."""

import pytest

from workbench.core.errors import PermissionDenied, StateError, ValidationError
from workbench.core.items import (Checks, ItemContent, Kind, Status, check_transition, dedup_key,
                                  signoff_meaning)
from workbench.core.locales import LOCALE_CODES, parse_locale
from workbench.core.roles import Action, Grant, Role, User, may, require


def test_gsw_is_never_folded_into_de_ch():
    assert parse_locale("gsw") == "gsw"
    assert parse_locale("de_CH") == "de-CH"
    assert parse_locale("gsw") != parse_locale("de-CH")
    with pytest.raises(ValidationError, match="ambiguous"):
        parse_locale("de")
    assert LOCALE_CODES == ("de-CH", "gsw", "fr-CH", "it-CH", "rm", "en")


def test_unknown_locale_lists_the_valid_ones():
    with pytest.raises(ValidationError, match="rm"):
        parse_locale("xx")


def test_content_hash_covers_text_not_tags():
    a = ItemContent.create(kind="pairs", locale="fr-CH", prompt="Bonjour", response="Salut", tags=["a"])
    b = ItemContent.create(kind="pairs", locale="fr-CH", prompt="Bonjour", response="Salut", tags=["b"])
    c = ItemContent.create(kind="pairs", locale="fr-CH", prompt="Bonjour", response="Salut!")
    assert a.content_hash == b.content_hash
    assert a.content_hash != c.content_hash
    assert dedup_key(a) == dedup_key(ItemContent.create(kind="pair", locale="fr-CH", prompt=" bonjour ",
                                                        response="SALUT"))


@pytest.mark.parametrize("field,value,message", [
    ("prompt", "", "empty"),
    ("prompt", None, "missing"),
    ("prompt", 42, "must be text"),
    ("response", "x" * 40_000, "over the limit"),
    ("response", "ok\x00\x01\x02\x03binary", "binary"),
    ("locale", "klingon", "unknown locale"),
])
def test_bad_content_is_refused_with_a_reason(field, value, message):
    fields = dict(kind="pair", locale="en", prompt="p", response="r")
    fields[field] = value
    with pytest.raises(ValidationError, match=message):
        ItemContent.create(**fields)


def test_checks_only_on_holdout_and_regex_must_compile():
    with pytest.raises(ValidationError, match="hold-out"):
        ItemContent.create(kind="pair", locale="en", prompt="p", response="r", checks={"required": ["x"]})
    with pytest.raises(ValidationError, match="compile"):
        Checks.from_dict({"regex": "("})
    item = ItemContent.create(kind="holdout", locale="it-CH", prompt="p", response="r",
                              checks={"required": "pilastro 3a", "forbidden": ["AVS"]})
    assert item.checks.required == ("pilastro 3a",)


def test_life_cycle_refuses_signing_a_draft():
    check_transition(Status.DRAFT, Status.DEIDENTIFIED)
    with pytest.raises(StateError, match="de-identify it first"):
        check_transition(Status.DRAFT, Status.SIGNED_OFF)


def test_signoff_meaning_is_a_plain_sentence():
    assert signoff_meaning(Kind.PAIR, "fr-CH") == "approved as training data for fr-CH"
    assert signoff_meaning(Kind.HOLDOUT, "rm") == "approved as hold-out evaluation items for rm"


def test_only_the_locale_owner_may_sign():
    owner = User("claire", "Claire", (Grant(Role.DOMAIN_OWNER, "fr-CH"),))
    admin = User("ada", "Ada", (Grant(Role.ADMIN),))
    assert may(owner, Action.SIGN_OFF, "fr-CH")
    assert not may(owner, Action.SIGN_OFF, "it-CH")
    assert not may(admin, Action.SIGN_OFF, "fr-CH")
    with pytest.raises(PermissionDenied, match="only a domain owner of it-CH"):
        require(owner, Action.SIGN_OFF, "it-CH")
    with pytest.raises(PermissionDenied, match="domain_owner"):
        require(admin, Action.SIGN_OFF, "fr-CH")
