import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/timlst-en/index.md",
 {"repo": "timlst/timlst.github.io", "path": "content/privacy/index.md", "commit": "8e0ae5e8bed4099c38eb85e2c3e906a40a6786f5"},
 {
 "eu-gdpr/controller": (M, "no controller named and no contact; netcup GmbH (17) is the hoster/processor; the page keeps a template's drafting notes (29-61)"),
 "eu-gdpr/dpo": (M, "none"),
 "eu-gdpr/purposes": ([13, 42, 43, 44, 45], "'This is necessary to display our website and to ensure stability and security' (13); 'Other purposes of data processing' list (42-45)"),
 "eu-gdpr/legal-basis": ([13, 21], "'legitimate interest within the meaning of Art. 6 para. 1 p. 1 lit. f DSGVO' (13, 21); 48 is drafting commentary"),
 "eu-gdpr/legitimate-interests": ([13, 21], "to display the website and ensure stability and security (13); 'not to have to maintain a server on our premises ourselves' (21)"),
 "eu-gdpr/recipients": ([15, 17, 21], "hoster netcup GmbH, 'the recipient of your personal data and acts as a processor' (15-21)"),
 "eu-gdpr/transfers": (NA, "server location Germany (21); nothing leaves the EEA"),
 "eu-gdpr/retention": ([25], "'The data will be deleted after 14 days.' (25)"),
 "eu-gdpr/rights": ([23], "'You have the right to object to the processing.' (23)"),
 "eu-gdpr/withdraw-consent": (M, "nothing on consent (no consent-based processing; the profile treats the item as unconditional)"),
 "eu-gdpr/complaint": (M, "the Bavarian authority (37) is named only in drafting commentary, no right to complain"),
 "eu-gdpr/requirement": ([27], "'not required by law or contract. The functionality of the website is not guaranteed without the processing.' (27)"),
 "eu-gdpr/automated-decisions": (M, "none"),
 "eu-gdpr/source": (NA, "log data from the visitor's browser (9)"),
 })
