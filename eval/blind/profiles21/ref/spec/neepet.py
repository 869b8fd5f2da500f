{"file": "docs/neepet-tw/privacy.php",
 "source": {"repo": "Crashoxo/NeePetProject", "path": "privacy.php", "commit": "bb3a58d586da30f2139dc98213cbb97c361ecf02"},
 "v": {
  "tw-pdpa/agency": ([80], "寵愛NEE…本網站: the brand presented as the site's own (no company); 110 names ALLSTARS星光商城 (a leftover of another site). Generous, brand reading as course3d-tw in profiles20."),
  "tw-pdpa/purposes": ([104], "為了提供您最佳的服務，本網站會…取用我們的 Cookie. Thin."),
  "tw-pdpa/categories": ("missing", "Only 會員的個人資料 and cookies; no concrete kind of data."),
  "tw-pdpa/period": ("missing", "No period."),
  "tw-pdpa/area": ("missing", "No place."),
  "tw-pdpa/recipients": ("missing", "86 not given to unrelated third parties without consent: the recipients are not named; 92 internal authorised staff."),
  "tw-pdpa/methods": ("missing", "No means of use."),
  "tw-pdpa/rights": ("missing", "No Art. 3 right; 110 questions to a customer-service mailbox whose address is not given."),
  "tw-pdpa/effect-of-not-providing": ([104], "拒絕 Cookie 的寫入…可能會導至網站某些功能無法正常執行."),
  "tw-pdpa/source": ("n/a", "No indirect collection."),
 }}
