"""Issue #14 classes of the fifty-sixth session (u56w; not blind: every real case is from a set already run).

- The feature-list veto (`{feature_ops_u55w}`) reads the record named before the operations, over the sentence
  (`(?#sentence)`, `clauses._vetoed`): the person's own data there (「管理您的收货地址，包括添加、修改、删除」) is a right; a
  product's record (「查看短信模板信息，包括查询、添加、修改、删除」, eval/profiles53q jixintong-zh 135) stays a feature list (its
  real line is tested in tests/test_u55w_profiles.py).
"""

from __future__ import annotations

import pytest

from profile_helpers import one_item, profile_verdict

# --- 1. the feature-list veto and the person's own data named before the operations ------------------------------------------

_DELETE_HEADING = "## 七、您的权利\n\n### （一）删除您的个人信息\n\n"


@pytest.mark.parametrize("head", [_DELETE_HEADING, "## 二、您的权利\n\n"])
@pytest.mark.parametrize(
    "sentence",
    [
        "您可以在“我的”中管理您的收货地址，包括添加、修改、删除。",
        "您可以在「我的」中管理您的收貨地址，包括新增、修改、刪除。",
        "1. 您可以在“我的”中管理您的收货地址，包括添加、修改、删除。",
        "1. 您可以在設定中編輯您的個人資料（新增、修改、刪除）。",
    ],
)
def test_the_persons_own_data_before_the_operations_is_a_right(head: str, sentence: str) -> None:
    assert profile_verdict(head + sentence + "\n", "cn-gbt35273/delete").status == "covered"


@pytest.mark.parametrize("head", [_DELETE_HEADING, "## 二、您的权利\n\n"])
@pytest.mark.parametrize(
    "sentence",
    [
        "您可以在“监控配置”中查看端口信息，包括添加、修改、删除。",
        "1. 您可以随时登录平台，在“模板配置”中查看短信模板信息，包括查询、添加、修改、删除。",
        "1. 您可以隨時登入平台，在「範本設定」中查看簡訊範本資訊（查詢、新增、修改、刪除）。",
        "您可以在后台查看商品信息， 包括添加、修改、删除。",
    ],
)
def test_a_products_record_before_the_operations_stays_a_feature_list(head: str, sentence: str) -> None:
    assert profile_verdict(head + sentence + "\n", "cn-gbt35273/delete").status == "missing"


@pytest.mark.parametrize(
    ("sentence", "vetoed"),
    [
        ("In the console, you can view message templates, including adding, editing, and deleting.", True),
        ("In the console you can view message templates, including adding, editing and deleting.", True),
        ("You can manage your saved addresses in Settings, including adding, editing and deleting.", False),
        ("Manage their records, including adding, editing or deleting.", False),
    ],
)
def test_the_english_feature_list_reads_the_record_before_it(sentence: str, vetoed: bool) -> None:
    from policylens.topics import fold_script

    (veto,) = [v for v in one_item("cn-gbt35273/delete").items[0].veto if "(?#sentence)" in v.pattern]
    assert (veto.search(fold_script(sentence)) is not None) is vetoed


