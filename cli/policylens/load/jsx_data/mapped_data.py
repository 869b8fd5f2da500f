"""What `read_mapped` reads from a React page (`MappedData`): the blocks to insert where each `.map` expression stands,
the names read and not read, the spans read, the warnings for constants not read and where read code prints a value."""

from __future__ import annotations

from policylens.model import Block


class MappedData:
    """What `read_mapped` read: the blocks to insert where each `.map` expression stands, the names read, the spans."""

    def __init__(self) -> None:
        self.inserts: list[tuple[int, list[Block]]] = []  # (offset of the expression's `{`, its blocks)
        self.names: set[str] = set()
        self.unread: set[str] = set()  # names one of whose `.map` expressions could not be read (their warning stays)
        self.spans: list[tuple[int, int]] = []  # the expressions read: [start, end) in the source
        self.warnings: list[str] = []  # constants passed as a prop holding Chinese text, not read (`_unread_prop`)
        # (u56j) an array whose bodies are markup written in it, read where the `.map` stands: (start, end) of the array,
        # the offset of the `.map` (`markup_fields.gathered`)
        self.moves: list[tuple[int, int, int]] = []
        self.printed: list[int] = []  # (u43k2) where a read span's code prints a value it computes (`jsx.blank_jsx`)
