"""Cut the pair sides of eval/pairs54d2 out of the source texts in sources/ (u54d2).

- jobbeagle-privacy / jobbeagle-terms: the `const PRIVACY_ZH_TW … };` / `const TERMS_ZH_TW … };` block of the TypeScript
  module (index ids 60860674166 = the 2 July 2026 edition, 60925084675 = 12 July / 24 August), kept as a `.ts` file;
- seize-email: the two stored copies of privacy-policy-seize-cn.html, as they are;
- shaxian-xscript: the zh-Hans and zh-Hant privacy pages the bash generator writes (`bash SCRIPT` in a scratch folder,
  `public/zh-Hans/privacy/index.html` against `public/zh-Hant/privacy/index.html`).
Usage: python3 tools/extract.py   (from eval/pairs54d2)"""

import pathlib
import re
import shutil
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parents[1]
SRC, PAIRS = HERE / "sources", HERE / "pairs"


def block(text: str, name: str) -> str:
    m = re.search(rf"^const {name}: LegalDocument = \{{\n.*?^\}};\n", text, re.M | re.S)
    assert m, name
    return m.group(0)


def write(pair: str, suffix: str, old: str, new: str) -> None:
    folder = PAIRS / pair
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"old{suffix}").write_text(old, encoding="utf-8")
    (folder / f"new{suffix}").write_text(new, encoding="utf-8")


def main() -> None:
    a = (SRC / "jobbeagle-legal.index-60860674166.zh-TW.ts").read_text(encoding="utf-8")
    b = (SRC / "jobbeagle-legal.index-60925084675.zh-TW.ts").read_text(encoding="utf-8")
    write("jobbeagle-privacy", ".ts", block(a, "PRIVACY_ZH_TW"), block(b, "PRIVACY_ZH_TW"))
    write("jobbeagle-terms", ".ts", block(a, "TERMS_ZH_TW"), block(b, "TERMS_ZH_TW"))
    old = (SRC / "seize-cn.index-25424169121.html").read_text(encoding="utf-8")
    new = (SRC / "seize-cn.index-59574362420.html").read_text(encoding="utf-8")
    write("seize-email", ".html", old, new)
    with tempfile.TemporaryDirectory() as tmp:
        script = pathlib.Path(tmp) / "pages.sh"
        shutil.copy(SRC / "shaxian-pages.index-57143765532.sh", script)
        subprocess.run(["bash", str(script)], cwd=tmp, check=True, capture_output=True)
        pub = pathlib.Path(tmp) / "public"
        hans = (pub / "zh-Hans" / "privacy" / "index.html").read_text(encoding="utf-8")
        hant = (pub / "zh-Hant" / "privacy" / "index.html").read_text(encoding="utf-8")
    write("shaxian-xscript", ".html", hans, hant)


if __name__ == "__main__":
    main()
