"""What one edition's whole document tells the sentence aligner (`Reading`: its Latin words in each case, its size,
the words of its product's name, whether it speaks of keeping data, its names used throughout and its file types),
and the file types a sentence lists that the other edition lacks.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import NamedTuple

from policylens import lazyre
from policylens.compare.sentences.latin import _WORD
from policylens.compare.sentences.pieces import Sentence, _file_types_of, _size, file_types


class Reading(NamedTuple):
    """What one edition's document tells the aligner: its Latin words in lower case and in any case, and its size."""

    lower_words: frozenset[str]  # written in lower case somewhere (a capitalised one of them is no name)
    latin: frozenset[str]  # every Latin word, lower-cased (a name the edition never writes in Latin letters cannot be checked)
    size: float
    # words the edition writes in Latin letters only inside its product's name of two words or more, the Latin run of
    # its title ("TapTap Bible"): elsewhere it may translate them (「圣经代码」 for "Bible code": eval/editions29
    # taptapbible), so their absence from a section is no evidence
    in_name_only: frozenset[str] = frozenset()
    # two Latin words in a row run together, lower-cased: "Red Hat" is the Chinese edition's `RedHat`
    two_words: frozenset[str] = frozenset()
    # the edition says anything of keeping data anywhere (`_SPEAKS_OF_KEEPING`: stored, retain, memory, 保存, 日志…)
    speaks_of_keeping: bool = False
    # Latin words (lower-cased) written in three paragraphs or more: a name the edition uses throughout
    often: frozenset[str] = frozenset()
    # file types the edition writes (`file_types`: .txt, .docx), lower-cased
    file_types: frozenset[str] = frozenset()


_LATIN_RUN = lazyre.compile(r"(?<![A-Za-z0-9_'’-])[A-Za-z][\w'’-]*+(?:[ \t]+[A-Za-z][\w'’-]*+)+")  # (from a word's start: linear)


def reading(texts: list[str], title: str | None = None) -> Reading:
    """`Reading` of a document from its paragraphs' texts and its title."""
    words = [w for t in texts for w in _WORD.findall(t)]
    in_name: set[str] = set()
    for run in _LATIN_RUN.findall(title or ""):
        run_words = [w.lower() for w in _WORD.findall(run)]
        pattern = re.compile(r"(?<![A-Za-z0-9])" + r"[ \t]+".join(re.escape(w) for w in run_words) + r"(?![A-Za-z0-9])", re.I)
        for word in run_words:
            alone = re.compile(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", re.I)
            if all(len(alone.findall(t)) == len(pattern.findall(t)) for t in texts):
                in_name.add(word)
    two_words = {(a + b).lower().replace("-", "") for t in texts for a, b in itertools.pairwise(_WORD.findall(t))}
    return Reading(
        frozenset(w for w in words if w.islower()),
        frozenset(w.lower().removesuffix("'s").removesuffix("’s") for w in words),
        sum(_size(t) for t in texts) or 1.0,
        frozenset(in_name),
        frozenset(two_words),
        any(_SPEAKS_OF_KEEPING.search(t) for t in texts),
        frozenset(w for w, n in Counter(w.lower() for t in texts for w in set(_WORD.findall(t))).items() if n >= OFTEN),
        frozenset(f for t in texts for f in file_types(t)),
    )


def _file_types_more(unit: Sentence, counterpart: str, their_doc: Reading) -> list[str]:
    """The file types of a sentence listing two or more that its counterpart, which keeps another of them, lacks and
    the other edition writes nowhere: a list of formats widened in one edition (".txt, .rtf, or .docx" against
    「.txt 或 .docx」: eval/editions45 reccue-lag RC1, u46e).  A file type is written alike in every language."""
    mine = file_types(unit.text)
    if len(set(mine)) < 2:
        return []
    theirs = _file_types_of(counterpart)
    if not theirs & set(mine):
        return []
    return [f"file:.{f}" for f in dict.fromkeys(mine) if f not in theirs and f not in their_doc.file_types]


# A name `_untranslated_names` reads is written in this many paragraphs of its edition or more: one the edition uses
# throughout ("Feishu/Lark" in a table, a transport list and two lists of choices), not a label written once ("Files,
# Mail, Messages, AirDrop", "Wi-Fi, Cellular", which a translation translates: eval/editions36 pixelmeter, u43c).
OFTEN = 3
_SPEAKS_OF_KEEPING = lazyre.compile(
    r"存储|储存|存儲|儲存|保存|留存|保留|存放|缓存|緩存|快取|持久|落盘|日志|日誌|内存|內存|記憶體|磁盘|磁碟|硬盘|硬碟|销毁|銷毀"
    r"|清除|丢弃|丟棄|擦除|(?:立即|立刻|即刻|随即|隨即|即|后|後)被?(?:删除|刪除)"
    r"|(?i:\b(?:stor(?:e|ed|es|ing|age)|retain\w*|retention|keep(?:s|ing)?|kept|sav(?:e|ed|es|ing)|persist\w*|cach\w*"
    r"|hold(?:s|ing)?|held|remain\w*|discard\w*|eras\w*|purg\w*|wip(?:e|ed|es|ing)|log(?:s|ged|ging)?|memory|disk)\b"
    r"|\bdelet\w*\s+(?:immediately|right\s+(?:after|away)|after|once|when|as\s+soon|upon|at\s+the\s+end))"
)
