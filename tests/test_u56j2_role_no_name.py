"""Fifty-sixth session, u56j2 (issue #14, not blind: eval/profiles36 hanzi-game-ts 60): a role with no name is no identity.

「本游戏是由个人开发者（以下简称「开发者」）独立开发」 plus an e-mail was read by `{alias_role}` as naming the processor
(cn-pipl `processor`, GB/T `identity-contact`): a false "covered".  A role (个人开发者, 开发者, 運營者, 本公司, 我们) or a
template slot left blank (「是由${DEVELOPER}（…）」) names nobody; a person's name, a company or a brand still does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_helpers import file_verdict, paragraphs, profile_status

ROOT = Path(__file__).resolve().parent.parent
HANZI = ROOT / "eval" / "profiles36" / "docs" / "hanzi-game-ts" / "legal.ts"
ITEMS = ["cn-pipl/processor", "cn-gbt35273/identity-contact"]
CONTACT = "如有问题请联系 1832052104@qq.com。"


@pytest.mark.parametrize("item", ITEMS)
@pytest.mark.parametrize(
    "intro",
    [
        "本游戏是由个人开发者（以下简称「开发者」）独立开发、免费提供的单机游戏。",
        "汉字游戏（以下简称「本游戏」）是由${DEVELOPER}（以下简称「开发者」）独立开发、免费提供的单机游戏。",
        "本遊戲是由個人開發者（以下簡稱「開發者」）獨立開發。",
        "开发者（下称“开发者”）重视您的隐私。",
        "本服务由運營者（以下簡稱「運營者」）提供。",
        "本应用由本公司（以下简称「开发者」）运营。",
        'This game is developed by an individual developer (the "Developer").',
    ],
)
def test_a_role_with_no_name_is_no_identity(intro: str, item: str) -> None:
    assert profile_status(paragraphs(intro, CONTACT), item) == "missing"


@pytest.mark.parametrize("item", ITEMS)
@pytest.mark.parametrize(
    "intro",
    [
        "本游戏是由个人开发者张三（以下简称「开发者」）独立开发、免费提供的单机游戏。",
        "本遊戲是由個人開發者陳大文（以下簡稱「開發者」）獨立開發。",
        "开发者：Li Wei",
        "本公司（星火科技有限公司）重视您的隐私。",
        "星火科技有限公司（以下简称「开发者」）重视您的隐私。",
    ],
)
def test_a_role_with_its_name_still_names_it(intro: str, item: str) -> None:
    assert profile_status(paragraphs(intro, CONTACT), item) == "covered"


@pytest.mark.parametrize("item", ITEMS)
def test_hanzi_game_developer_is_no_identity(item: str) -> None:
    assert file_verdict(HANZI, item) == ("missing", None)
