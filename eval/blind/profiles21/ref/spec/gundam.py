{"file": "docs/gundam-hk/privacy.php",
 "source": {"repo": "solastarnova/Gundam", "path": "views/static/zh_HK/privacy.php", "commit": "a767f3a5fa1be1b36784f56ef99440666a6632b4"},
 "v": {
  "tw-pdpa/agency": ("missing", "No name of the shop or company anywhere."),
  "tw-pdpa/purposes": ([12, 14, 15, 16, 17, 18, 19], "使用方式 list: personalise, improve the site, customer service, transactions, offers, e-mails."),
  "tw-pdpa/categories": ([7], "姓名，電子郵件地址，郵寄地址，電話號碼或信用卡資訊."),
  "tw-pdpa/period": ([27], "交易後…信用卡、安全碼、財務等不會儲存於我們的伺服器上 (the event ending storage, financial data only). Generous."),
  "tw-pdpa/area": ("missing", "Secure servers, payment gateway database: no place."),
  "tw-pdpa/recipients": ([26, 38], "支付閘道供應商; 受信任的第三方協助我們經營我們的網站; release to comply with law."),
  "tw-pdpa/methods": ("missing", "SSL transmission (26) and cookies for the cart (33): transmission/storage only, no means of use."),
  "tw-pdpa/rights": ("missing", "No rights."),
  "tw-pdpa/effect-of-not-providing": ("missing", "7 says one can visit anonymously; not the effect of withholding data."),
  "tw-pdpa/source": ("n/a", "No indirect collection."),
 }}
