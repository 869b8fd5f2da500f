"""An item's verdict is the same judged alone as among its profile's items (what `helpers.profile_verdict` relies on).

`coverage` judges every item of a profile with one `Matcher`, whose caches are filled by the
items judged before; the profile tests judge the one item they ask about (`helpers.one_item`),
so a cache that changed a verdict, not only its cost, would make them test something the
command never does.  Judged alone and judged with the whole profile, every item of every
built-in profile must give the same status, evidence and trigger.
"""

from __future__ import annotations

import pytest

from conftest import SEED
from helpers import one_item, parse_path, parse_string
from policylens.model import Document
from policylens.profiles import available, resolve
from policylens.profiles.coverage import coverage


def _differences(doc: Document) -> list[str]:
    """Every item whose verdict alone differs from its verdict in the whole profile."""
    wrong = []
    for profile in resolve(sorted(available())):
        ((whole,),) = [coverage(doc, [profile])]
        for verdict in whole.items:
            ((alone,),) = [r.items for r in coverage(doc, [one_item(verdict.item.id)])]
            if alone != verdict:
                wrong.append(
                    f"{verdict.item.id}: alone {alone.status} {alone.evidence}, with the profile {verdict.status} {verdict.evidence}"
                )
    return wrong


@pytest.mark.parametrize(
    "text",
    [
        # invented: several items covered, one denied, one triggered, in two scripts and English
        "我们会收集您的手机号码用于注册账号，并保存至账号注销后 30 日。我们不会向第三方共享您的信息。\n\n"
        "您可以通过 privacy@example.cn 联系我们，行使查阅、更正、删除的权利。",
        "本公司依個人資料保護法蒐集您的姓名與電話，於服務期間內利用，期滿即刪除。\n\n您得向本公司請求查詢、閱覽或製給複製本。",
        "We collect your email address to send you updates and keep it while your account is open. "
        "You may withdraw consent at any time; we do not sell personal information. Residents of California have the right to know.",
        "## 一、我们收集的信息\n\n| 信息 | 目的 |\n|---|---|\n| 设备标识符 | 安全风控 |\n\n## 二、联系我们\n\n开发者：小白软件团队\n",
    ],
)
def test_an_item_alone_gets_its_verdict_in_the_profile(text: str) -> None:
    assert _differences(parse_string("# Privacy Policy\n\n" + text, suffix=".md")) == []


@pytest.mark.slow  # every item of five profiles judged alone on a whole policy: 1 s of CPU
def test_the_seed_s_items_alone_get_their_verdicts_in_the_profiles() -> None:
    """The seed policy, every item of five profiles.  (Every policy of `corpora/` and tests/data/real,
    66 files, agreed too when this was written, at about a minute of CPU: the `Matcher`'s caches are
    built again for each item judged alone.)"""
    assert _differences(parse_path(SEED)) == []
