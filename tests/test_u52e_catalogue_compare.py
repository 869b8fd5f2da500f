"""`compare` on apps' message catalogues (u52e, eval/editions52): each string a unit at its line, editions paired by key."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from policylens.compare import catalogue

EN = {
    "title": "Privacy Policy",
    "meta": {"description": "Example Privacy: we take your privacy seriously and share nothing outside the site at all."},
    "policy": "We do not share your personal information with third parties. Local storage keeps your settings between visits.",
    "login": "Sign-in uses Google single sign on. Only an identification number and an email address are stored for login.",
    "changeNote": "This policy may change. If you have any questions or wish to remove all of your data, contact us.",
}
ZH = {
    "title": "隱私權政策",
    "policy": "我們不會與第三方分享您的個人資料。本機儲存用於在您每次造訪之間保留您的設定。",
    "changeNote": "本政策可能變更。如有任何疑問，請與我們聯繫，我們會盡快回覆您的來信。",
}


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _compare(folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "policylens", "compare", str(folder), "-j", "1", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(out.stdout)["products"][0]


def test_units_are_each_string_at_its_line_with_its_key_path() -> None:
    text = '{\n  "a": "One.",\n  "b": {"c": "Two."},\n  "d": [\n    "x",\n    "y"\n  ]\n}\n'
    found = catalogue.units(text)
    assert found is not None
    assert [(u.key, u.text, u.line, u.column, u.item) for u in found] == [
        ("a", "One.", 2, 9, False),
        ("b.c", "Two.", 3, 15, False),
        ("d[0]", "x", 5, 6, True),
        ("d[1]", "y", 6, 6, True),
    ]
    assert catalogue.units("[1, 2") is None


def test_a_key_only_one_edition_has_is_sure_on_policy_text_only(tmp_path: Path) -> None:
    _write(tmp_path, "en.2024-01-01.json", EN)
    _write(tmp_path, "zh-TW.2024-01-01.json", ZH)
    product = _compare(tmp_path)  # no manifest: the folder scan finds catalogues named as editions
    gaps = {d["other"]["title"]: d["confidence"] for d in product["divergences"] if d["kind"] == "section-extra"}
    assert gaps == {"meta.description": 0.3, "login": 1.0}  # page metadata is unsure; the sign-in paragraph is sure
    assert not any(d["kind"] == "fact" and d["confidence"] >= 0.5 for d in product["divergences"])
    lone = [s for s in product["sentences"] if s["confidence"] >= 0.5]
    assert [(s["section"]["title"], s["lacks"]) for s in lone] == [("changeNote", ["erase"])]  # the deletion route


def test_a_faithful_pair_across_scripts_written_apart_is_no_sure_entry(tmp_path: Path) -> None:
    hant = {
        f"item{k}": v
        for k, v in enumerate(
            ["不會將任何資料傳送至伺服器", "語言與主題使用偏好", "儲存並同步您的筆記至不同裝置", "帳戶建立與最近登入時間戳記"]
        )
    }
    hans = {
        f"item{k}": v
        for k, v in enumerate(["不向我们的服务器传输任何数据", "语言和主题偏好", "在设备间同步保存笔记", "账户创建和最近登录的时间戳"])
    }
    _write(
        tmp_path,
        "zh-Hant.2024-01-01.json",
        {"list": list(hant.values()), "intro": "我們重視您的隱私，本政策說明我們如何處理您的個人資料。"},
    )
    _write(
        tmp_path,
        "zh-Hans.2024-01-01.json",
        {"list": list(hans.values()), "intro": "我们重视您的隐私，本政策说明我们如何处理您的个人数据。"},
    )
    product = _compare(tmp_path)
    assert [d for d in product["divergences"] if d.get("confidence", 1.0) >= 0.5] == []


def test_the_folder_scan_takes_catalogues_of_policy_text_only(tmp_path: Path) -> None:
    policy = _write(tmp_path, "en.2024-01-01.json", EN)
    package = _write(tmp_path, "en.2024-01-02.json", {"name": "app", "version": "1.0.0", "scripts": {"build": "vite build"}})
    strings = _write(tmp_path, "zh-TW.2024-01-01.json", {"ok": "確定", "cancel": "取消", "save": "儲存"})
    assert catalogue.policy_file(str(policy))
    assert not catalogue.policy_file(str(package)) and not catalogue.policy_file(str(strings))


def _check_files(folder: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "policylens", "check", str(folder), "--no-config", "--format", "json", "--fail-on", "never"],
        capture_output=True,
        text=True,
        check=False,
    )
    return sorted(Path(f["path"]).name for f in json.loads(out.stdout)["files"])


def test_a_check_folder_scan_reads_catalogues_of_policy_text_and_nothing_else(tmp_path: Path) -> None:
    locales = tmp_path / "locales" / "zh-TW"
    locales.mkdir(parents=True)
    _write(locales, "privacy.json", ZH)  # named by its folder's locale
    _write(tmp_path, "en.json", EN)  # named by its locale
    _write(tmp_path, "package.json", {"name": "app", "description": "An app that respects your privacy and personal data."})
    _write(tmp_path, "annotation.json", {"note": "We do not share your personal information with third parties, privacy."})
    _write(tmp_path, "zh-CN.json", {"verdicts": {"cn-pipl/processor": "missing"}, "line": 12, "note": EN["policy"] + " privacy"})
    _write(tmp_path, "zh-HK.json", {"ok": "確定", "cancel": "取消"})  # a catalogue of buttons: no policy text
    (tmp_path / "policy.md").write_text("# Privacy Policy\n\nWe collect your e-mail address to answer you.\n", encoding="utf-8")
    assert _check_files(tmp_path) == ["en.json", "policy.md", "privacy.json"]


def test_an_unless_clause_gives_no_promise_not_to_share() -> None:
    """「除非」 (unless) is an exception: the sentence makes no plain promise (eval/editions52 travelrizz, a control)."""
    from policylens.compare import modes
    from policylens.compare.sentences import cross_script_key

    zh = cross_script_key("有限共享：除非為提供我們的服務所需，我們不會共享您的個人數據：").lower()
    assert modes._modes(zh, True) == {}
    assert modes._modes(cross_script_key("我們不會共享您的個人數據。").lower(), True) == {"share:": {"not"}}


def test_an_i18n_tree_is_one_product_per_catalogue_name_its_locale_folders_the_editions(tmp_path: Path) -> None:
    for locale, data in (("en", EN), ("zh-TW", ZH)):
        (tmp_path / "locales" / locale).mkdir(parents=True)
        _write(tmp_path / "locales" / locale, "privacy.json", data)
        _write(tmp_path / "locales" / locale, "common.json", {"ok": "OK"})  # no policy text: no product
    (tmp_path / "src").mkdir()
    _write(tmp_path / "src", "privacy.json", EN)  # `src` is no locale
    out = subprocess.run(
        [sys.executable, "-m", "policylens", "compare", str(tmp_path), "-j", "1", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    products = json.loads(out.stdout)["products"]
    assert [(p["product"], p["base"], p["compared"]) for p in products] == [("locales/privacy", "zh-TW", ["en"])]
    gaps = {d["other"]["title"] for d in products[0]["divergences"] if d.get("confidence", 1.0) >= 0.5}
    assert gaps == {"login"}


def test_a_deletion_route_is_deleting_data_not_any_deletion() -> None:
    from policylens.compare.catalogue import names_data_erasure

    assert names_data_erasure("If you have any questions or wish to remove all of your data from this website, contact us")
    assert names_data_erasure("如你有任何疑問，或希望將你在本網站上的所有資料移除，請與我們聯繫")
    assert not names_data_erasure("You can delete cookies in your browser settings at any time")
    assert not names_data_erasure("您可以隨時清除瀏覽器的快取與 Cookie")
