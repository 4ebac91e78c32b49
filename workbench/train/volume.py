"""How much signed training data a method needs before it moves at all: the rule of thumb of
the method our users follow ("LoRA on the 8B class moves with a few thousand good pairs per use
case; a full 70B run wants tens of thousands").

Advice, never a block: a small first run is a fair experiment, only never a silent one. The
pre-launch check (preflight.check_data), the Review page and the model card say the same
thing from `advise`. The figures are pairs per use case; a use case's share per locale is the
figure divided by the locales it covers. The test model ("tiny") has no rule of thumb.
"""

from __future__ import annotations

from dataclasses import dataclass

#: (method, size class) → signed pairs per use case from which the method starts to move.
#: LoRA and QLoRA train a small adapter: a few thousand pairs on either size class. A full
#: fine-tune moves every weight: about ten thousand on the 8B class, tens of thousands on 70B.
RULE_OF_THUMB: dict[tuple[str, str], int] = {
    ("lora", "8b"): 2_000, ("qlora", "8b"): 2_000,
    ("lora", "70b"): 2_000, ("qlora", "70b"): 2_000,
    ("full", "8b"): 10_000, ("full", "70b"): 20_000,
}

METHOD_NAMES = {"lora": "LoRA", "qlora": "QLoRA", "full": "a full fine-tune"}


@dataclass(frozen=True)
class VolumeAdvice:
    method: str
    size: str
    wanted: int
    locales: dict[str, int]

    @property
    def pairs(self) -> int:
        return sum(self.locales.values())

    @property
    def enough(self) -> bool:
        return self.pairs >= self.wanted

    @property
    def share(self) -> int:
        """Each locale's share of the rule of thumb."""
        return -(-self.wanted // max(1, len(self.locales)))

    def thin_locales(self) -> list[str]:
        return sorted(loc for loc, n in self.locales.items() if n < self.share)

    def text(self) -> str:
        thin, name = self.thin_locales(), METHOD_NAMES.get(self.method, self.method)
        return (f"{self.pairs:,} signed pairs; by the method's rule of thumb {name} "
                f"on the {self.size.upper()} class starts to move with about {self.wanted:,} per use case"
                + (f" (about {self.share:,} per locale; fewer in {', '.join(thin)})" if thin else "")
                + ("" if self.enough else ": expect little change, and sign off more pairs before a run that counts"))

    def as_dict(self) -> dict:
        return {"method": self.method, "size": self.size, "pairs": self.pairs, "wanted": self.wanted,
                "share": self.share, "thin": self.thin_locales(), "enough": self.enough}


def advise(locale_counts: dict[str, int], method: str, size: str) -> VolumeAdvice | None:
    """The guidance for these signed pairs per locale; None where the method and size have no
    rule of thumb (the test model, a size not resolved yet)."""
    wanted = RULE_OF_THUMB.get((method, size))
    if wanted is None:
        return None
    return VolumeAdvice(method, size, wanted, {k: int(v) for k, v in locale_counts.items() if int(v) > 0})
