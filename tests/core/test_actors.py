"""Who acts: a user, or a system actor in a user's name or in nobody's; one role check for all."""

import pytest

from workbench.core.errors import PermissionDenied
from workbench.core.roles import (ANONYMOUS_ACTIONS, Action, Grant, Role, SystemActor, User, acting_user,
                                  actor_name, check)

ERIK = User("erik", "Erik Engineer", (Grant(Role.ENGINEER),))
MAX = User("max", "Max Annotator", (Grant(Role.ANNOTATOR),))
CLAIRE = User("claire", "Claire Rochat", (Grant(Role.DOMAIN_OWNER, "fr-CH"),))


def test_the_audit_trail_records_the_user_the_system_actor_or_the_given_name():
    assert actor_name(ERIK) == "erik"
    assert actor_name(SystemActor("erik (eval worker)", on_behalf_of=ERIK)) == "erik (eval worker)"
    assert actor_name(SystemActor("workbench")) == "workbench"
    assert actor_name("os:anna") == "os:anna"


def test_a_user_is_checked_by_role_and_locale():
    assert check(ERIK, Action.TRAIN) == "erik"
    assert check(CLAIRE, Action.SIGN_OFF, "fr-CH") == "claire"
    with pytest.raises(PermissionDenied, match="only a domain owner of it-CH"):
        check(CLAIRE, Action.SIGN_OFF, "it-CH")
    with pytest.raises(PermissionDenied, match="this needs the role admin, engineer"):
        check(MAX, Action.TRAIN)


def test_a_worker_is_checked_as_the_user_who_started_it():
    assert acting_user(SystemActor("train worker", on_behalf_of=ERIK)) is ERIK
    assert check(SystemActor("erik (eval worker)", on_behalf_of=ERIK), Action.EVALUATE) == "erik (eval worker)"
    with pytest.raises(PermissionDenied, match="max"):
        check(SystemActor("max (eval worker)", on_behalf_of=MAX), Action.EVALUATE)


@pytest.mark.parametrize("anonymous", ["os:anna", "erik", "", None, SystemActor("os:anna")])
def test_an_anonymous_actor_passes_no_check_at_all(anonymous):
    """A name is not a person: a bare string (even a real user's name) or a worker acting for
    nobody is refused for every action, so every change is made by a signed-in user."""
    assert acting_user(anonymous) is None and ANONYMOUS_ACTIONS == frozenset()
    for action in Action:
        with pytest.raises(PermissionDenied, match="sign in as a user with the role"):
            check(anonymous, action)


def test_signed_steps_and_user_management_are_never_anonymous():
    assert {Action.SIGN_OFF, Action.FREEZE_HOLDOUT, Action.SNAPSHOT, Action.MANAGE_USERS}.isdisjoint(
        ANONYMOUS_ACTIONS)
