"""Placeholders and drafting notes in the Japanese paragraphs of a page (u57f, issue #11 §3).

`Context.units` leaves Japanese text out: no Chinese rule may read kanji as Chinese (a script mix-up, a regional word).
So a zh / ja / en page's Japanese paragraph kept 【TODO】, ［会社名］ or 「ここに住所を記入」 unseen.  Here the Japanese text
of a page (each paragraph read as Japanese, and every paragraph and heading of a Japanese section: 「運営者：【要確認】」 has
no kana of its own) is scanned apart (`check._japanese_findings`) for the forms that hold in any language and for the
Japanese drafting words, and each match is reported as `placeholder-instruction` (a slot) or `placeholder-drafting` (a
note about the text) — only those two rules, only these patterns: no Chinese lexicon reads Japanese.

Slots (`placeholder-instruction`):
- markers in Latin letters: TODO, TBD, TBC, TBA, FIXME (not 「TODO リスト」, a to-do feature);
- a Japanese drafting word in square or lenticular brackets: 【要確認】, 【未定】, 【施行日：要確認】, ［仮］;
- a field's name in brackets standing where its value goes: ［会社名］, [事業者名]は, 【住所】。 (not 【お問い合わせ先】 opening
  a line before its value, 【住所】東京都…: a label);
- ○○株式会社, 株式会社●●, 令和〇〇年 (not 二〇〇〇年, a year in kanji numerals);
- a request to write the value in: 「ここに住所を記入」, （会社名を入力してください）;
- XXXX masks and `{{ name }}` template syntax;
- 要確認 / 未定 / 未記入 as a field's whole value (運営者：要確認).
Notes (`placeholder-drafting`):
- the text calling itself a draft or a sample: 本ポリシーは草案です, このページはサンプルです, 本規約はたたき台です;
- a status line: 草案, ドラフト, 下書き, ステータス：草案 (the whole line);
- a step before the text's release: 公開前に法務の確認が必要です, 公開前に差し替えてください (not 投稿を公開する前に内容を確認して
  ください, advice to the user about their post);
- a legal review still pending: 法務確認中, 弁護士のレビュー待ち.

Cases: tests/test_u57f_japanese.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from policylens.lazyre import lazy
from policylens.model import Document, Finding
from policylens.rules.context import Context, Settings, in_code

_DRAFT_WORDS = r"(?:要確認|未定|未確定|要記入|要入力|要修正|要検討|記入予定|TODO|TBD|TBC|仮)"
_FIELD = (
    r"(?:(?:貴社|御社|当社|会社|企業|事業者|運営者|運営会社|サービス|アプリ|サイト|ウェブサイト|店舗|団体|法人|代表者|担当者|部署|責任者|管理者|販売業者)"
    r"の?(?:名|名称|氏名)|社名|氏名|住所|所在地|メールアドレス|電話番号|連絡先|お問い合わせ先|問い合わせ先|日付|施行日|制定日|改定日|保存期間|郵便番号|URL)"
)
# where a value goes: a particle, a company suffix, punctuation or the end after it (not 【住所】東京都…, a label before its value)
_VALUE_PLACE = r"(?=[ \t\u3000]*(?:\Z|\n|[はがをにのとでもへや、。，．,.)）」』]|株式会社|様|御中))"
_SLOT_JA = lazy(
    # (not TODO_NOTE, a code name: eval/blind/round56p kurashiki-tri-ts L8)
    r"(?<![A-Za-z0-9_])(?:TODO|TBD|TBC|TBA|FIXME)(?![A-Za-z0-9_])(?![ \t]*(?:リスト|アプリ|管理|機能|(?i:lists?|apps?|items?)(?![A-Za-z])))"
    rf"|[【［\[][ \t\u3000]*(?:[^【】［］\[\]\n]{{0,20}}?[：:、，,][ \t\u3000]*)?{_DRAFT_WORDS}[ \t\u3000]*(?:[：:、，,][^【】［］\[\]\n]{{0,20}}?)?[】］\]](?![(\[])"
    rf"|[【［\[][ \t\u3000]*{_FIELD}[ \t\u3000]*[】］\]](?![(\[:]){_VALUE_PLACE}"
    r"|[○◯●]{2,}(?:株式会社|有限会社|合同会社)?|(?:株式会社|有限会社|合同会社)[○◯●]{2,}|(?<![一二三四五六七八九十百千〇零])〇{2,}(?![一二三四五六七八九十百千〇])"
    # (not ここに記載された目的, ここに入力する情報: a passive or a relative clause, no request)
    r"|(?:ここに|こちらに)[^。\n「」、，]{0,20}?(?:記入|入力|挿入)(?:してください|して下さい|(?![さしすせ]))"
    r"|[（(【［\[「][^）)】］\]」\n]{1,20}?を(?:記入|入力|挿入)(?:してください|して下さい)?[）)】］\]」]"
    r"|(?<![A-Za-z])[XＸ]{3,}(?![A-Za-z])|(?<![A-Za-z0-9])[xｘ]{3,}(?![A-Za-z])"
    r"|\{\{[^{}\n]{1,40}\}\}"
    # （詳細情報は準備中）: the details of a name or an address said to be still in preparation (round56p kurashiki L131; not
    # 決済機能（準備中）, a feature still to come)
    r"|[（(【［\[](?:詳細|詳細情報|情報|内容|住所|所在地|連絡先|電話番号)(?:は|：|:)?(?:準備中|調整中|確認中|未定|未確定|後日掲載)[）)】］\]]"
    r"|(?<=[：:])[ \t\u3000]*(?:要確認|未定|未記入|記入予定)(?=[ \t\u3000]*(?:\Z|\n|[。、）)]))"
)
_TEXT_JA = r"(?:本|この|当)(?:プライバシー)?(?:ポリシー|規約|方針|文書|ページ|文面|個人情報保護方針)"
_NOTE_JA = lazy(
    rf"{_TEXT_JA}(?:は|が)[、，]?[ \t\u3000]*+(?:現在|まだ|あくまで|あくまでも)?[ \t\u3000]*+"
    r"(?:草案|ドラフト|下書き|仮(?:版|案|のもの)?|サンプル|テンプレート|ひな形|雛形|ひな型|雛型|見本|例文|ダミー|叩き台|たたき台)"
    r"(?:です|であり|である|となっています|に過ぎ|として|の段階)"
    r"|(?:公開|公表|リリース|掲載|ローンチ)(?:前|する前|の前)に[、，]?[^。\n]{0,30}?"
    r"(?:(?:差し替え|差替え|置き換え|置換|修正|記入|追記|確認|削除|確定)(?:して(?:ください|下さい)|すること|が必要|する必要|を行って(?:ください|下さい)|を行うこと)"
    # (round56p kurashiki L123, L142: 公開前に運営者情報で補ってください, 公開前に専門家にご確認ください)
    r"|補って(?:ください|下さい)|補うこと|ご(?:確認|記入|修正)(?:ください|下さい))"
    # 以下は…表記のテンプレートです (round56p kurashiki L123): the text below said to be a template or a draft
    r"|(?<![\u3040-\u30ff\u4e00-\u9fff])以下は[^。\n]{0,30}?の?(?:テンプレート|ひな形|雛形|ひな型|雛型|草案|ドラフト)(?:です|である|となります)"
    # (u57h: not 弁護士の確認中の案件, an attribute of another noun)
    r"|(?:法務|弁護士)(?:部門|部|担当|チーム)?(?:の|による|で)?(?:確認|審査|レビュー|チェック)(?:中|待ち|未了|未実施)(?!の(?!ため))"
    r"|(?:法務|弁護士)(?:の|による)?(?:確認|審査|レビュー|チェック)を?(?:経て|受けて)(?:いない|おりません|いません)"
)
_STATUS_JA = lazy(
    r"[【［\[（(]?[ \t\u3000]*+(?:(?:ステータス|状態)[ \t\u3000]*+[：:][ \t\u3000]*+)?(?:草案|ドラフト|下書き|仮版|未公開)[ \t\u3000]*+[】］\]）)]?"
)
_MARKUP = " \t\u3000\n>*#-+•·|_"
# an object before 公開する前に that is not the text itself (本ポリシーを公開する前に is the text)
_OBJECT = lazy(r"を[ \t\u3000]*+\Z")
_TEXT_OBJECT = lazy(rf"{_TEXT_JA}を[ \t\u3000]*+\Z")
_READER_JA = lazy(r"お客様|お客さま|ユーザー|利用者|あなた|会員|投稿")


# (u57h) a field's name in lenticular brackets alone on its line: a label over the value below it (「【お問い合わせ先】」 then
# the company and its address), as Japanese policies head their contact block; not ［会社名］ alone, nor 【要確認】
_FIELD_LABEL = lazy(rf"【[ \t\u3000]*{_FIELD}[ \t\u3000]*】")
_LINE_MARKUP = " \t\u3000>*#-+•·|_"


def _label_line(text: str, start: int, end: int, previous: str) -> bool:
    """Whether the match at [start, end) is a field's name in 【】 with nothing but markup beside it on its line, and no
    label before it that it would be the value of (the end of the line before, or of `previous`, the unit before)."""
    if not _FIELD_LABEL.fullmatch(text, start, end):
        return False
    before = text[max(0, start - 40) : start].rstrip(_LINE_MARKUP)
    after = text[end : end + 40].lstrip(_LINE_MARKUP)
    above = before[:-1] if before.endswith("\n") else previous if not before and start <= 40 else ""
    if above.rstrip(_LINE_MARKUP + "\n").endswith(("：", ":")):
        return False  # 運営者：\n【会社名】: the value under a label, a slot
    return (before.endswith("\n") or (not before and start <= 40)) and (after.startswith("\n") or (not after and end + 40 >= len(text)))


def _other_object(text: str, start: int) -> bool:
    """Whether 公開 at `start` has an object marked by を that is not the text itself (アプリを公開する前に)."""
    return _OBJECT.search(text, max(0, start - 20), start) is not None and _TEXT_OBJECT.search(text, max(0, start - 20), start) is None


def japanese_document(doc: Document) -> Document | None:
    """The page's Japanese text as a document of its own, read as the rules' text (each paragraph read as Japanese, and
    every paragraph and the heading of a Japanese section), or None when the page has none."""
    sections = []
    for section in doc.sections:
        whole = section.lang == "ja"
        paragraphs = tuple(p._replace(lang="zh") for p in section.paragraphs if whole or p.lang == "ja")
        if not whole and not paragraphs:
            continue
        sections.append(
            section._replace(lang="zh", paragraphs=paragraphs) if whole else section._replace(title=None, line=None, paragraphs=paragraphs)
        )
    if not sections:
        return None
    return doc._replace(sections=tuple(sections), metadata=doc.metadata._replace(title=None, title_line=None))


def japanese_findings(doc: Document, rules: Iterable[Any], lang: str, settings: Settings) -> Iterator[Finding]:
    """The findings of the forms above in the Japanese text of `doc`, for those of `rules` that are `placeholder-instruction`
    or `placeholder-drafting`, one a line."""
    by_id = {rule.id: rule for rule in rules if rule.id in ("placeholder-instruction", "placeholder-drafting")}
    if not by_id:
        return
    side = japanese_document(doc)
    if side is None:
        return
    ctx = Context(side, lang=lang, settings=settings)
    slots = by_id.get("placeholder-instruction")
    notes = by_id.get("placeholder-drafting")
    found: list[Finding] = []
    if slots is not None:
        units = ctx.units()
        previous = {id(unit): units[k - 1].text if k else "" for k, unit in enumerate(units)}
        for unit, start, end, _ in ctx.scan(_SLOT_JA):
            if not in_code(unit, start) and not _label_line(unit.text, start, end, previous.get(id(unit), "")):
                found.append(slots.finding(ctx, unit, start, end, text=unit.text[start:end].strip()))
    if notes is not None:
        for unit, start, end, _ in ctx.scan(_NOTE_JA):
            if in_code(unit, start) or (unit.text[start] in "公リ掲ロ" and _READER_JA.search(unit.text, max(0, start - 30), end)):
                continue  # 投稿を公開する前に内容を確認してください: the user's own post
            if unit.text[start] in "公リ掲ロ" and _other_object(unit.text, start):
                continue  # (u57h) アプリを公開する前に、設定をご確認ください: another thing published, not the text
            found.append(notes.finding(ctx, unit, start, end, text=unit.text[start:end]))
        for unit in ctx.units():
            bare = unit.text.strip(_MARKUP).rstrip("。")
            if bare and len(bare) <= 20 and _STATUS_JA.fullmatch(bare):
                at = unit.text.index(bare)
                found.append(notes.finding(ctx, unit, at, at + len(bare), text=bare))
    seen: set[int] = set()
    for finding in sorted(found, key=lambda f: (f.line, f.column)):
        if finding.line not in seen:
            seen.add(finding.line)
            yield finding
