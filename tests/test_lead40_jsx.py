"""A React Native sheet read as an empty document (eval/precision40 cuhk-nursing-privacy-hk-tsx; fortieth session, lead).

1. Its wording is the default of each translation call, `{t('privacyTitle', '個人資料聲明')}`: the key's text lives in
   another file, the default is what the page shows without it (`load.jsx.scanning._translation_default`).  A call without a
   default, a default that is no literal, and a literal that is another function's second argument stay code.
2. A link's shown address as a whole child, `<Text style={styles.link}>{'http://…'}</Text>`, is text (the sentence
   around it read 「…規定( )，確保」); a class name or a key literal stays code.
3. The screen takes only `Text` and `ScrollView` from `react-native` (its `View` is inside an imported sheet): it is a
   React Native screen, each top-level `<Text>` a block (its titles and paragraphs ran into one paragraph).
"""

from __future__ import annotations

from pathlib import Path

from policylens.load.document import read_document

REPO = Path(__file__).resolve().parent.parent

_HEAD = """import React from 'react';
import {Text, ScrollView, StyleSheet} from 'react-native';
import {useWording} from '../context/WordingContext';

const Sheet = () => {
  const {t} = useWording();
  return (
    <ScrollView>
"""
_TAIL = """    </ScrollView>
  );
};
export default Sheet;
"""


def _paragraphs(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "Sheet.tsx"
    path.write_text(_HEAD + body + _TAIL, encoding="utf-8")
    doc = read_document(str(path))
    return [s.title for s in doc.sections if s.title] + [p.text for s in doc.sections for p in s.paragraphs]


def test_translation_defaults_are_read_as_blocks(tmp_path: Path) -> None:
    body = (
        "      <Text style={styles.sectionTitle}>{t('collectTitle', '收集個人資料聲明')}</Text>\n"
        "      <Text style={styles.body}>{t(\n        'collectBody',\n        '本院會記錄應用程式內活動，僅供統計之用。',\n      )}</Text>\n"
        "      <Text style={styles.sectionTitle}>{i18n.t(\"policy.title\", '個人資料政策')}</Text>\n"
        "      <Text style={styles.body}>{t('policyBody', '本院認同保護個人資料的重要性。')}</Text>\n"
    )
    texts = _paragraphs(tmp_path, body)
    assert "本院會記錄應用程式內活動，僅供統計之用。" in texts
    assert "本院認同保護個人資料的重要性。" in texts
    assert any("個人資料政策" in t for t in texts)
    assert not any("本院會記錄" in t and "本院認同" in t for t in texts)  # blocks, not one run


def test_no_default_and_other_calls_stay_code(tmp_path: Path) -> None:
    body = (
        "      <Text>{t('onlyKey')}</Text>\n"
        "      <Text>{format('x', '格式字串')}</Text>\n"
        "      <Text>{t(keyName, '變數鍵')}</Text>\n"
        "      <Text>本院認同保護個人資料的重要性。</Text>\n"
    )
    texts = _paragraphs(tmp_path, body)
    assert texts == ["本院認同保護個人資料的重要性。"]


def test_a_shown_address_literal_is_text(tmp_path: Path) -> None:
    body = (
        "      <Text>請參閱規定(<Text style={styles.link}>{'http://www.example.edu.hk/policy/'}</Text>)，確保安全。</Text>\n"
        "      <Text>電郵：{'privacy@example.edu.hk'}</Text>\n"
        "      <Text className={'text-sm'}>{'text-red-500'}本段為正文。</Text>\n"
    )
    texts = _paragraphs(tmp_path, body)
    assert "請參閱規定(http://www.example.edu.hk/policy/)，確保安全。" in texts
    assert "電郵：privacy@example.edu.hk" in texts
    assert "本段為正文。" in texts


def test_cuhk_sheet_regression() -> None:
    doc = read_document(str(REPO / "eval" / "precision40" / "cuhk-nursing-privacy-hk-tsx" / "PrivacySheet.tsx"))
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert len(texts) >= 8
    assert any("規定(http://www.cuhk.edu.hk/policy/pdo/en/)，確保" in t for t in texts)
    assert any("bctaid@cuhk.edu.hk" in t for t in texts)
