import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from mk import emit
M = "missing"; NA = "n/a"; Q = "?"
emit("docs/greenwalking-en/privacy-policy.md",
 {"repo": "Xennis/green-walking", "path": "web/privacy/privacy-policy.md", "commit": "adc9f0da42c0a276ff1b68d876dba929148a535b"},
 {
 "eu-gdpr/controller": ([19, 21, 22, 23, 24, 25, 89, 91, 92, 93, 94, 95], "Verantwortlicher Anbieter … ist: (19) / The party responsible … (the 'controller') … is: (89) with name, Hamburg address and e-mail in indented blocks (21-25, 91-95)"),
 "eu-gdpr/dpo": ([27, 29, 97, 99], "Datenschutzbeauftragte/r … ist: Fabian Rosenthal (27, 29) / The controller's data protection officer is: (97, 99)"),
 "eu-gdpr/purposes": ([5, 59, 75, 129], "processed … for the purpose of providing a functional and user-friendly app (5/75); In order to … improve the reliability and stability of the app, we depend on anonymized crash reports (59/129)"),
 "eu-gdpr/legal-basis": ([61, 131], "The legal basis for the data transfer is Art. 6 Para. 1 lit. a) GDPR (61/131)"),
 "eu-gdpr/legitimate-interests": (NA, "lit. f is named only as the condition of the right to object (43/113), not relied on"),
 "eu-gdpr/recipients": ([51, 59, 121, 129], "Firebase Crashlytics … provided by Google Ireland Limited (51/121); information is transferred to Google's servers in the USA (59/129)"),
 "eu-gdpr/transfers": ([53, 55, 57, 123, 125, 127], "transfer to the USA (59/129); safeguard named: certification under the EU-US Privacy Shield (53-57/123-127; a framework struck down in 2020, but named)"),
 "eu-gdpr/retention": ([47, 117], "deleted or blocked as soon as the purpose for its storage ceases to apply, unless statutory storage obligations (47/117)"),
 "eu-gdpr/rights": ([33, 35, 36, 37, 38, 43, 103, 105, 106, 107, 108, 113], "the rights list (33-38/103-108: access, rectification, erasure/restriction, portability) and the right to object (43/113)"),
 "eu-gdpr/withdraw-consent": ([63, 133], "the transfer rests on consent (61/131); deactivation in the Android settings: 'Here you can deactivate the sending of the relevant data' (63/133)"),
 "eu-gdpr/complaint": ([39, 109], "to file complaints with the supervisory authority (39/109)"),
 "eu-gdpr/requirement": ([61, 131], "you have the option of generally agreeing to the transmission of crash notifications (61/131): providing is optional"),
 "eu-gdpr/automated-decisions": (M, "none"),
 "eu-gdpr/source": (NA, "no data from others"),
 })
