"""goodenough-en: verdict source for save.py (us-ccpa)."""
d = {"file": "docs/goodenough-en/privacy.md",
     "source": {"repo": "goodenoughllc/policies", "path": "privacy.md", "commit": "f1cae8e7dac8edc23ee5960ae173b44411b14e89", "license": "none in the repository; the text says it is adapted from Basecamp's policies under CC BY 4.0"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
s("us-ccpa/categories-collected", [37, 43, 47, 51, 55, 63, 67], "name and e-mail; payment information and billing address; content; IP address; browsing data; correspondence")
s("us-ccpa/sources", [37, 43, 47, 51, 55, 67, 69], "you provide at sign-up/billing; content you upload; logged/collected automatically; what you e-mail or volunteer")
s("us-ccpa/purposes", [37, 43, 47, 51, 55, 59, 61, 67], "per-category uses: personalise account, billing, security and fraud prevention, analytics, ads measurement")
s("us-ccpa/sold-or-shared", [7, 39, 98], "'We have not and will never sell your data'")
s("us-ccpa/right-to-know", [93, 94], "Right to Know / Right of Access")
s("us-ccpa/right-to-delete", [96], "Right to Erasure")
s("us-ccpa/right-to-correct", [95], "Right to Correction")
s("us-ccpa/right-to-opt-out", [98], "right to request restriction … including opting out of sale")
s("us-ccpa/right-to-limit", "missing", "no word on sensitive personal information in this document (the separate California notice ccpa.md has it; not this file)")
s("us-ccpa/non-discrimination", [102], "Right to Non-Discrimination")
s("us-ccpa/how-to-submit", [104, 106], "exercised by signing in and updating the account; contact us via e-mail or postal address")
s("us-ccpa/authorized-agent", [106], "'If an authorized agent is corresponding on your behalf …'")
s("us-ccpa/last-updated", [3], "Last updated: November 11, 2024")
print(repr(d))
