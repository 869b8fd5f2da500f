"""Structure classes of eval/structure43 (forty-third session, helper u43a).

1. A page kept whole in a PHP string (`load/server_code/` `stored_page`): a PHP file made only of code that stores
   the page it serves in a heredoc, nowdoc or quoted literal (`<?php $config['private_protocol'] = <<<TOD` ⏎ `<html
   xmlns:o=…>` … `TOD;`, a policy saved from Word as a web page and pasted into a config value) was read as plain text:
   its tags were words and its numbered titles paragraphs.  The literal is now the page, read as HTML in its place; the
   code around it is code.  A literal holding one fragment, a PHP catalogue and a server page with markup after its
   code are read as before.
2. A CSS-module class on a Taro `<Text>` (`load/jsx/styles.py` `module_classes`): 「<Text className={styles.sectionTitle}>」 in a
   page importing `styles` from its `.module.scss` sheet (or a `.less` file) reads as the class it names, so the title
   `<Text>` is a line of its own as 「className="section-title"」 is (`_taro_box`, forty-second session u42t); a class
   naming a heading rank (「styles.h3」) or saying heading counts as a title class on a Taro `<Text>`.  A class taken from
   an object that is not an imported style sheet stays code.
"""

from __future__ import annotations

from pathlib import Path

from helpers import headings
from policylens.load import load, sniff_format
from policylens.load.document import read_document
from policylens.load.server_code import stored_page

REPO = Path(__file__).resolve().parent.parent

WORD_PAGE = """<?php

$config = [];
$config['private_protocol'] = <<<TOD
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta name=Generator content="Microsoft Word 15">
<style>
p.MsoNormal {margin:0cm;}
</style>
</head>
<body lang=ZH-CN>
<div class=WordSection1>
<p class=MsoNormal><span lang=EN-US>1.&nbsp;</span><span>服务条款的接受</span></p>
<p class=MsoNormal><span lang=EN-US>1.1&nbsp;</span><span>本协议是您与本公司之间关于使用服务所订立的协议，请您仔细阅读。</span></p>
<p class=MsoNormal><span lang=EN-US>2.&nbsp;</span><span>服务说明</span></p>
<p class=MsoNormal><span lang=EN-US>2.1&nbsp;</span><span>本公司将按照服务条款和操作规则提供服务，并保护您的个人信息。</span></p>
<p class=MsoNormal><span lang=EN-US>3.&nbsp;</span><span>法律的适用</span></p>
<p class=MsoNormal><span lang=EN-US>3.1&nbsp;</span><span>本协议适用中华人民共和国法律，争议由双方友好协商解决。</span></p>
</div>
</body>
</html>
TOD;
return $config;
"""


def _write(tmp_path: Path, body: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_word_page_in_php_heredoc_is_read_as_html(tmp_path: Path) -> None:
    path = _write(tmp_path, WORD_PAGE, "private_protocol.ini.php")
    assert sniff_format(str(path), path.read_bytes()) == "html"
    assert [(line, level) for line, level, _ in headings(read_document(str(path)))] == [(14, 1), (16, 1), (18, 1)]
    texts = [b.text for b in load(str(path)).parsed.blocks]
    assert not any("$config" in t or "<?php" in t or "TOD" in t for t in texts)  # the code is no text
    assert any(t.startswith("1.1") and "本协议是您与本公司之间" in t for t in texts)


def test_stored_page_variants(tmp_path: Path) -> None:
    """A nowdoc, a page returned from a closed block, and a body of block elements in a quoted literal."""
    nowdoc = WORD_PAGE.replace("<<<TOD", "<<<'TOD'")
    assert stored_page(nowdoc) is not None
    closed = "<?php\nfunction page() {\n    return <<<HTML\n<!DOCTYPE html>\n<html><body><h2>一、总则</h2><p>正文。</p></body></html>\nHTML;\n}\n?>\n"
    page = stored_page(closed)
    assert page is not None and "<h2>一、总则</h2>" in page and "function" not in page
    assert len(page) == len(closed) and page.count("\n") == closed.count("\n")  # in place, line for line
    body = "<?php\n$content = '<h2>一、总则</h2>\\n<p>本协议是您与本公司之间的协议。</p>\\n<p>请您仔细阅读。</p>';\n"
    assert stored_page(body) is not None


def test_not_stored_pages(tmp_path: Path) -> None:
    """A fragment, a catalogue, a server page with markup after its code and a class with no page stay as they were."""
    fragment = "<?php\n$notice = '<p>请阅读<a href=\"/privacy\">隐私政策</a>。</p>';\necho $notice;\n"
    assert stored_page(fragment) is None
    catalogue = "<?php\nreturn [\n    'title' => '隐私政策',\n    'intro' => '<p>我们重视您的隐私。</p>',\n];\n"
    assert stored_page(catalogue) is None
    served = "<?php $t = '<html><body><p>一</p><p>二</p><p>三</p></body></html>'; ?>\n<div><p>我们的隐私政策</p></div>\n"
    assert stored_page(served) is None
    english = "<?php\n$c = '<p>One.</p><p>Two.</p><p>Three.</p>';\n"
    assert stored_page(english) is None  # three blocks but no Chinese wording: not a policy page
    assert stored_page("<!DOCTYPE html>\n<html><body><p>正文</p></body></html>\n") is None  # no PHP at all
    path = _write(tmp_path, catalogue, "zh.php")
    assert sniff_format(str(path), path.read_bytes()) != "html"


TARO_MODULE = """import { View, Text } from '@tarojs/components'
import styles from './index.module.scss'

export default function Agreement() {
  return (
    <View className={styles.page}>
      <View className={styles.mainTitle}>
        <Text>用户协议</Text>
      </View>
      <View className={styles.section}>
        <Text className={styles.sectionTitle}>一、服务内容</Text>
        <Text className={styles.body}>
          本程序为用户提供行程规划服务。
          我们有权根据业务需要调整服务内容。
        </Text>
      </View>
      <View className={styles.section}>
        <Text className={styles['section-title']}>二、用户账号</Text>
        <Text className={styles.body}>用户通过微信授权登录使用本程序。</Text>
      </View>
      <View className={styles.section}>
        <Text className={styles.h3}>三、联系我们</Text>
        <Text className={styles.body}>如有疑问请通过意见反馈与我们联系。</Text>
      </View>
    </View>
  )
}
"""


def test_css_module_class_on_taro_text_is_a_title_class(tmp_path: Path) -> None:
    path = _write(tmp_path, TARO_MODULE, "index.tsx")
    doc = read_document(str(path))
    assert doc.metadata.title == "用户协议"
    assert headings(read_document(str(path))) == [(11, 1, "一、服务内容"), (18, 1, "二、用户账号"), (22, 1, "三、联系我们")]
    texts = [b.text for b in load(str(path)).parsed.blocks]
    assert "如有疑问请通过意见反馈与我们联系。" in texts


def test_less_module_and_heading_class(tmp_path: Path) -> None:
    """A `.less` sheet imported by name is a module too; 「styles.heading」 says heading."""
    body = TARO_MODULE.replace("./index.module.scss", "./index.less").replace("styles.h3", "styles.heading")
    path = _write(tmp_path, body, "index.tsx")
    assert [t for _, _, t in headings(read_document(str(path)))] == ["一、服务内容", "二、用户账号", "三、联系我们"]


def test_class_not_from_a_style_sheet_stays_code(tmp_path: Path) -> None:
    """`className={theme.sectionTitle}` from an object that is not an imported style sheet is not read as a class."""
    body = TARO_MODULE.replace("import styles from './index.module.scss'", "import styles from './theme'")
    path = _write(tmp_path, body, "index.tsx")
    assert headings(read_document(str(path))) == []


def test_structure43_regressions() -> None:
    """eval/structure43 dev wanghe-agreement-word-php: its nine numbered titles (the blind run found none)."""
    folder = REPO / "eval" / "structure43" / "dev" / "wanghe-agreement-word-php"
    lines = [line for line, _, _ in headings(read_document(str(folder / "private_protocol.ini.php")))]
    assert lines == [884, 917, 979, 1034, 1073, 1109, 1236, 1275, 1314]
