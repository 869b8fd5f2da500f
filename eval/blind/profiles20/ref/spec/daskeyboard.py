"""daskeyboard-en: verdict source for save.py (eu-gdpr)."""
d = {"file": "docs/daskeyboard-en/privacy-policy.php",
     "source": {"repo": "tomswain84/daskeyboardsite", "path": "privacy-policy.php", "commit": "756b7385dc6dbf660c0d7f2a6f146c959e3220a3", "license": "none (all rights reserved; test fixture only)"},
     "verdicts": {}, "notes": {}}
V = d["verdicts"]; N = d["notes"]
def s(k, v, n): V[k] = v; N[k] = n
s("eu-gdpr/controller", [13, 30, 31], "operator Metadot Corporation with address; 'Responsible acc. Art. 4 para. 7 … is the' block with phone and e-mail")
s("eu-gdpr/dpo", "?", "'contacting the Privacy Officer named in this Privacy Policy' (98, 107) but no officer is ever named or given a contact: a pointer to nothing; the profile rule counts speaking of a privacy officer")
s("eu-gdpr/purposes", [34, 47, 63, 65, 66, 67, 68, 77, 79, 85, 97, 106, 122], "to answer your questions; purposes list for browser data; cookies; analysis; newsletter; Disqus contact")
s("eu-gdpr/legal-basis", [19, 21, 22, 23, 24, 25, 26, 46, 48, 54, 70, 80, 85, 89, 94, 97, 102, 105, 124], "Art. 6 list and per-processing bases (consent, lit. f)")
s("eu-gdpr/legitimate-interests", [54, 70, 80, 89], "applies (lit. f); interests: stability and security, the listed collection purposes, cookie purposes, analytics")
s("eu-gdpr/recipients", [88, 89, 111, 112, 113, 120, 122], "Google Analytics, MailChimp (Rocket Science Group), Disqus")
s("eu-gdpr/transfers", [13], "applies (US storage, Google and MailChimp servers in the USA); safeguard named: Privacy Shield certificate (an adequacy framework, since invalidated)")
s("eu-gdpr/retention", [45, 77, 82, 89, 108], "deleted when no longer required; session cookies on leaving; GA 26 months; as long as subscribed")
s("eu-gdpr/rights", [128, 131, 132, 133, 134, 135, 136, 141], "10. Your Rights list and Art. 21 objection")
s("eu-gdpr/withdraw-consent", [49, 98, 107, 138], "revoke consent at any time; unsubscribe links and e-mail")
s("eu-gdpr/complaint", [143, 144], "right to complain to a supervisory authority (Hamburg Commissioner)")
s("eu-gdpr/requirement", [46, 81, 90, 119, 121], "optional fields marked, voluntary; username and e-mail required for comments; guest without registration loses functions; disabling cookies")
s("eu-gdpr/automated-decisions", [70, 141], "'We do not create user profiles'; objection also to profiling")
s("eu-gdpr/source", [122], "applies: Disqus transmits e-mail and IP address to us")
print(repr(d))
