"""Forty-seventh session (u47e): compare's classes from eval/editions46 and eval/editions47.

- A locale in a file name (`facts.without_file_locale`): a code with a subtag (zh-Hant, pt_BR) or one that is no
  English word (ja, fr, en) is a locale anywhere; a code that is a word too (it, id, no, hi, he, uk…) only after the
  name of a policy page (privacy-policy-it.html, privacy.id.html: real links in eval/ and corpora/), never as a page's
  whole name (…/faq/no.html, …/help/it.html) nor after another word (…/say-hi.html).
"""

from __future__ import annotations

from policylens.compare import facts


def test_a_word_that_is_a_language_code_is_no_locale_in_a_file_name() -> None:
    key = facts.edition_url_key
    # two pages, not one page in two languages
    assert key("https://a.example/help/it.html") != key("https://a.example/help/id.html")
    assert key("https://a.example/faq/no.html") != key("https://a.example/faq/yes.html")
    assert key("https://a.example/blog/say-hi.html") != key("https://a.example/blog/say.html")
    assert key("https://a.example/uk.html") != key("https://a.example/us.html")


def test_a_locale_in_a_file_name_is_still_folded() -> None:
    key = facts.edition_url_key
    # after a policy page's name, a word code is its locale (real links: izipay.me, sarcopods.github.io)
    assert key("https://izipay.me/privacy-policy-it.html") == key("https://izipay.me/privacy-policy-en.html")
    assert key("https://sarcopods.github.io/work-legal/privacy.id.html") == key("https://sarcopods.github.io/work-legal/privacy.hi.html")
    # a code that is no word, or one with a subtag, anywhere
    assert key("https://getpeachfit.github.io/account-deletion/en.html") == key("https://getpeachfit.github.io/account-deletion/ja.html")
    assert key("https://a.example/guide/zh-hant.html") == key("https://a.example/guide/en.html")
    assert key("https://a.example/help_zh-TW.html") == key("https://a.example/help_en.html")
