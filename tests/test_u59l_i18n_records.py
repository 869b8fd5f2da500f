"""The i18n Record reader's open cases (u59l, `load.i18n_records`; what u58l and u58h2 left).

(a) a short value that names the operator or a contact (`company: '小鹿科技'`, `address: '杭州市西湖区'`, a value ending
in 科技/公司/Ltd.) was dropped as a menu label: read now; a button's 「返回」 and a label's 「联系方式」 stay unread.
(b) a Record whose privacy strings are the app's privacy SETTINGS (`privacySettings: { personalizedAds: { label:
'允许个性化广告', desc: '开启后…' } }`) was read as a policy: a key part naming settings, toggles, switches or prefs below
the policy's name is no policy text; the file is read as before the reader.  A policy's own 「设置」 in a value is read.
(c) the editions' units are gathered in one pass (not one pass over all units per language).
"""

from __future__ import annotations

import pytest

from parse_helpers import parse_string, shown_lines

_ZH_INTRO = "本政策说明我们在您使用本应用及相关服务时如何收集、使用和保护您的个人信息，以及您对此享有的选择和权利。"
_EN_INTRO = (
    "This policy explains how we collect, use and protect your personal information when you use our app and its "
    "services, and what choices you have about it in every case."
)


def _record(zh_contact: str, en_contact: str = "heading: 'Contact us', email: 'privacy@xiaolu.example'") -> str:
    return f"""export const translations = {{
  en: {{
    privacy: {{ title: 'Privacy Policy', intro: '{_EN_INTRO}', contact: {{ {en_contact} }} }},
    nav: {{ back: 'Back' }},
  }},
  zh: {{
    privacy: {{ title: '隐私政策', intro: '{_ZH_INTRO}', contact: {{ {zh_contact} }} }},
    nav: {{ back: '返回' }},
  }},
}};
"""


def _texts(source: str, suffix: str = ".ts") -> list[str]:
    return [text for _, text in shown_lines(parse_string(source, suffix))]


@pytest.mark.parametrize(
    "field, value",
    [
        ("company", "小鹿科技"),
        ("companyName", "小鹿"),
        ("operator_name", "鹿鸣"),
        ("address", "杭州市西湖区"),
        ("dpo", "王小明"),
        ("owner", "Xiaolu"),
        ("footerNote", "小鹿网络科技有限公司"),  # named by its ending, whatever its key
        ("brand", "Xiaolu Ltd."),
    ],
)
def test_a_short_name_or_contact_in_the_policy_is_read(field: str, value: str) -> None:
    texts = _texts(_record(f"heading: '联系我们', {field}: '{value}', email: 'privacy@xiaolu.example'"))
    assert value in texts
    assert _ZH_INTRO in texts


@pytest.mark.parametrize(
    "field, value",
    [
        ("back", "返回"),
        ("label", "联系方式"),
        ("companyLabel", "公司名称"),  # a label's key (`NOT_POLICY_KEY`)
        ("more", "查看更多"),
        ("tab", "联系"),
    ],
)
def test_a_short_label_in_the_policy_is_still_not_read(field: str, value: str) -> None:
    texts = _texts(_record(f"heading: '联系我们', {field}: '{value}', email: 'privacy@xiaolu.example'"))
    assert value not in texts
    assert _ZH_INTRO in texts


_SETTINGS_ZH = (
    "开启后，我们将根据您在应用内的浏览记录向您展示更符合您兴趣的广告。关闭后您将看到通用广告，广告数量不会减少。",
    "开启后，我们将根据您的收听记录为您推荐可能喜欢的歌曲和歌单。关闭后推荐内容将基于热门内容生成。",
)
_SETTINGS_EN = (
    "When this is on, we use your browsing history in the app to show you ads that match your interests. Turn it off "
    "to see general ads instead; the number of ads does not change.",
    "When this is on, your listening history is used to recommend songs and playlists you may like. Turn it off and "
    "recommendations are based on what is popular.",
)


def _settings(shape: str) -> str:
    def edition(title: str, label: tuple[str, str], desc: tuple[str, str]) -> str:
        inner = (
            f'"title": "{title}", "personalizedAds": {{ "label": "{label[0]}", "desc": "{desc[0]}" }}, '
            f'"recommend": {{ "title": "{label[1]}", "desc": "{desc[1]}" }}'
        )
        return shape.replace("INNER", inner)

    en = edition("Privacy settings", ("Allow personalised ads", "Personalised recommendations"), _SETTINGS_EN)
    zh = edition("隐私设置", ("允许个性化广告", "允许个性化推荐"), _SETTINGS_ZH)
    return f'{{\n  "en": {{ {en} }},\n  "zh-CN": {{ {zh} }}\n}}\n'


@pytest.mark.parametrize(
    "shape",
    [
        '"privacySettings": { INNER }',
        '"privacy_settings": { INNER }',
        '"PRIVACY_SETTINGS": { INNER }',
        '"privacy": { "settings": { INNER } }',
        '"privacyToggles": { INNER }',
        '"privacy": { "switches": { INNER } }',
    ],
)
def test_a_record_of_privacy_settings_is_not_read_as_a_policy(shape: str) -> None:
    doc = parse_string(_settings(shape), ".json")
    assert not any("i18n record" in w for w in doc.warnings)
    # read as before the reader: the file's text, not the settings' captions as headings
    assert "允许个性化推荐" not in [s.title for s in doc.sections]


def test_a_policy_beside_its_settings_reads_the_policy_only() -> None:
    source = _record("heading: '联系我们', email: 'privacy@xiaolu.example'").replace(
        "nav: { back: '返回' }", f"privacySettings: {{ ads: {{ desc: '{_SETTINGS_ZH[0]}' }} }}"
    )
    # (a component with no markup: its Record read whatever else it holds; a `.ts` module that also holds the settings'
    # sentences is read as text, as before: u58l's `alone`)
    page = source + "\nexport function Page() {\n  return <main>{translations.zh.privacy.intro}</main>;\n}\n"
    texts = _texts(page, ".tsx")
    assert _ZH_INTRO in texts
    assert _SETTINGS_ZH[0] not in texts


def test_a_policy_section_mentioning_settings_in_its_text_is_read() -> None:
    said = "您可以在“设置 - 隐私”中关闭个性化推荐，关闭后我们将不再基于您的偏好向您推荐内容。"
    source = _record("heading: '联系我们', email: 'privacy@xiaolu.example'").replace(
        "contact: {", f"choices: {{ title: '您的选择', settingsNote: '{said}' }}, contact: {{"
    )
    texts = _texts(source)
    assert "您的选择" in texts
    assert said in texts  # a string's own key naming settings, under a section of the policy
