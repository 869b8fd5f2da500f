"""`policylens compare`: language editions and versions of each product, compared in one run.

Pipeline: `inputs.discover_products` (folders, manifest, git) → one `analyse.Task` per
product → `policylens.executor` (in-process, a process pool or Dask) runs
`analyse.compare_product` on each → a stream of `policylens.compare/1` product objects,
in input order, that the renderers format.  `facts` extracts what must agree across
languages; `align` pairs English and Chinese sections without translation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from policylens.compare.analyse import SCHEMA, SURE, CompareOptions, Task, compare_product
from policylens.compare.inputs import Discovery, discover_products


def compare_products(
    discovery: Discovery,
    options: CompareOptions,
    *,
    jobs: int = 1,
    backend: str = "process",
    scheduler: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """One `products[]` object per product, in discovery order, computed by the shared executor."""
    from policylens import executor

    tasks = [Task(product, options) for product in discovery.products]
    yield from executor.run(
        compare_product,
        tasks,
        jobs=max(1, min(jobs, len(tasks) or 1)) if backend == "process" else jobs,
        backend=backend,
        scheduler=scheduler,
        progress=progress,
    )


def has_divergences(product: dict[str, Any]) -> bool:
    """Any divergence the report is sure of, a sentence one language only has (sure), a lagging edition, or a required disclosure an edition lost (`--profile`)?"""
    return (
        any(d.get("confidence", 1.0) >= SURE for d in product["divergences"])
        or bool(product["lagging"])
        or any(x["confidence"] >= SURE for x in product.get("sentences", []))
        or any(x["confidence"] >= SURE for x in product.get("coverage", {}).get("lost", []))
    )


__all__ = ["SCHEMA", "SURE", "CompareOptions", "Discovery", "compare_products", "discover_products", "has_divergences"]
