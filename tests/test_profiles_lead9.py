"""Profile classes the lead fixed from the ninth blind profile set (profiles9), after its clean run.

* Rights named as the labels of list items under a rights heading, with the way in the section
  (「- 访问与更正：您可在设置页修改…」, 「- 删除与撤回：」 above its steps, 「**删除权**：在设置中清除数据」):
  cn-pipl/rights and GB/T access, correct, delete and withdraw-consent, each cited at the label
  that names it, not at the way.

Each with the near misses that must stay missing.
"""

from __future__ import annotations

from helpers import parse_string
from policylens.profiles import resolve
from policylens.profiles.coverage import coverage


def _lines(text: str, profiles: list[str]) -> dict[str, int | None]:
    (*results,) = coverage(
        parse_string("# 隐私政策\n\n本软件由张三开发，联系邮箱：zhangsan@example.cn。\n\n" + text, suffix=".md"), resolve(profiles)
    )
    return {v.item.id: (v.evidence.line if v.evidence else None) for r in results for v in r.items}


RIGHTS_LIST = """## 您的权利
- 访问与更正：您可在设置页修改账户、界面样式与其他本地配置。
- 删除与撤回：
  - 在设置页执行“重置配置”以清除多数个性化数据；
  - 不登录即可停止与赛事服务的数据交互。
"""


def test_rights_as_labels_under_a_rights_heading_are_covered_at_their_labels() -> None:
    found = _lines(RIGHTS_LIST, ["cn-pipl", "cn-gbt35273"])
    assert found["cn-pipl/rights"] == 6
    assert found["cn-gbt35273/access"] == 6 and found["cn-gbt35273/correct"] == 6
    assert found["cn-gbt35273/delete"] == 7 and found["cn-gbt35273/withdraw-consent"] == 7


def test_labels_without_a_way_or_outside_a_rights_heading_cover_nothing() -> None:
    # a rights section with labels but no way to exercise them
    no_way = "## 您的权利\n- 访问与更正：您的资料会被妥善保存。\n- 删除：数据不会被删除。\n"
    found = _lines(no_way, ["cn-gbt35273"])
    assert found["cn-gbt35273/access"] is None and found["cn-gbt35273/delete"] is None
    # the same labels under a heading about something else: a feature list, not rights
    feature = "## 功能说明\n- 访问与更正：在设置页打开历史记录。\n- 删除：在设置页清除缓存。\n"
    found = _lines(feature, ["cn-gbt35273"])
    assert found["cn-gbt35273/access"] is None and found["cn-gbt35273/delete"] is None


def test_labels_under_a_cookie_or_permission_heading_are_no_rights() -> None:
    # review: 「查询：」「删除：」 under 「Cookie 管理」 describe the browser, not the person's rights
    cookie = "## 二、Cookie 管理\n- 查询：您可以在浏览器设置页面查看已保存的 Cookie。\n- 删除：您可以在浏览器设置中清除 Cookie。\n"
    found = _lines(cookie, ["cn-pipl", "cn-gbt35273"])
    assert found["cn-gbt35273/access"] is None and found["cn-gbt35273/delete"] is None
