"""Errors a user can meet. Each message says what to do; the CLI and GUI show it verbatim."""


class WorkbenchError(Exception):
    """Base of every error shown to a user instead of a traceback.

    `fix`: what makes the problem go away, as a key each front end turns into its own words
    (the window names its button, the command line its command; see FIXES)."""

    def __init__(self, *args, fix: str | None = None):
        super().__init__(*args)
        self.fix = fix


#: The fixes an error can point to, and how the command line says them.
FIXES = {
    "training_snapshot": "workbench snapshot create --kind pairs --name NAME",
    "freeze_holdout": "workbench snapshot create --kind holdout --name NAME",
    "deid_run": "workbench deid run",
    "sign_scope": "workbench use-case sign USE_CASE",
}


class ValidationError(WorkbenchError):
    """Input that does not fit the domain model (unknown locale, empty prompt…)."""


class PermissionDenied(WorkbenchError):
    """The signed-in user's role does not allow the action."""


class AuthenticationFailed(WorkbenchError):
    """Wrong user name or password (deliberately not saying which)."""


class StateError(WorkbenchError):
    """The object is not in a state that allows the action (e.g. signing a draft)."""


class NotFound(WorkbenchError):
    """A referenced item, user, snapshot or run does not exist."""


class NotAProject(WorkbenchError):
    """A database file that is not an Apertus Workbench project this version can open
    (empty, truncated, foreign, damaged or newer); refused before anything is written."""


class Cancelled(WorkbenchError):
    """The user stopped a long step before it finished; nothing partial was kept."""


class ImportRejected(WorkbenchError):
    """A file could not be imported; nothing was written. `problems` lists row-level reasons."""

    def __init__(self, message: str, problems: list["RowProblem"] | None = None):
        super().__init__(message)
        self.problems = problems or []

    def __str__(self) -> str:
        head = super().__str__()
        if not self.problems:
            return head
        shown = "\n".join(f"  {p}" for p in self.problems[:20])
        more = f"\n  … and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        return f"{head}\n{shown}{more}"


class RowProblem:
    """One bad row of an import: where it is and why it was refused."""

    __slots__ = ("row", "field", "reason")

    def __init__(self, row: int | None, reason: str, field: str | None = None):
        self.row, self.reason, self.field = row, reason, field

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row is not None else "file"
        field = f", field '{self.field}'" if self.field else ""
        return f"{where}{field}: {self.reason}"

    def as_dict(self) -> dict:
        return {"row": self.row, "field": self.field, "reason": self.reason}
