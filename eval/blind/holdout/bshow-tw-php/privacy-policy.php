<h2>
	隱私權保護</h2>
<hr />
<p>
	<span style="font-size:14px;">【隱私權政策】</span>
</p>
<p>
	<span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">本網站十分重視您的隱私權保護，將依個人資料保護法及本隱私權政策蒐集、處理及利用您的個人資料，並提供您對個人資料權利之行使與保護。 </span>
</p>
<p>
</p>
<div>
	<span style="font-size:14px;">【<span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">本隱私權政策適用之範圍 </span>】</span>
</div>
<div>
</div>
<div>
	<span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">本隱私權政策及其所包含之告知事項，僅適用於本網站。本網站內可能包含許多連結、或其他合作夥伴所提供的服務，各連結網站或合作夥伴網站的隱私權聲明及與個人資料保護有關之告知事項，請參閱該連結網站或合作夥伴網站。 </span>
</div>
<div>
</div>
<div>
</div>
<div>
	<span style="font-size:14px;">【<span style="font-family: Arial; white-space: pre-wrap;">個人資料蒐集</span>】</span>
</div>
<div>
</div>
<div>
	<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">當您瀏覽本網站時，不會主動要求輸入個人資料。 </span></span>
</div>
<div>
	<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">當您完成購物流程或參加其他活動時，網站會要求您登錄個人資料，以便完成交易與相關服務。 </span></span>
</div>
<div>
	<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">為了保障各位會員權益，第一次光臨本網站消費的顧客，只要確認完成交易後，即會自動升級為會員。 請確認您所提供的個人資料真實準確，本公司不會承擔您資料中所提供不準確或不完整資訊所造成之損害或錯誤，此 將須自行負責。</span></span>
</div>
<div>
	<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">如果您拒絕提供個人資料，可能無法充分利用本網站某些服務。 請妥善保管您的會員帳號及密碼，不要將上述資料提供給任何人或允許任何人以您的個人資料申請或使用帳號、密 碼，本公司不會承擔任何不當使用密碼之責任。 </span></span>
</div>
<div>
	<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">如果您與他人共用電腦或使用公共電腦，請記得關閉瀏覽器，以防他人看到上述資料取得您帳號的方法。 訂閱電子報只需提供Email帳號，使用者想取消訂閱，可聯繫相應網站之客服協助取消訂閱。</span></span>
</div>
<div>
</div>
<div>
</div>
<div>
	<div>
		<span style="font-size:14px;">【<span style="font-family: Arial; white-space: pre-wrap;">個人資料類別</span>】</span>
	</div>
	<div>
	</div>
	<div>
		<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">識別類（姓名、職稱、地址、聯絡電話、電子郵件信箱）</span></span>
	</div>
	<div>
		<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">特徵類（年齡、性別、出生年月日等）</span></span>
	</div>
	<div>
		<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">社會情況類（興趣、休閒、生活格調、消費模式等）</span></span>
	</div>
	<div>
		<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">教育、技術或其他專業類（學歷）、受僱情形類（任職公司、職務等）</span></span>
	</div>
	<div>
		<span style="font-size:12px;"><span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">其他（為完成收款或付款所需之資料、往來電子郵件、網站留言、系統自動紀錄之軌跡資訊及其他得以直接或間接識別，使用者身分之個人資料等），惟將以實際本公司取得之個人資料為限。</span></span>
	</div>
	<div>
	</div>
	<div>
	</div>
</div>
<div>
	<div>
		<span style="font-size:14px;">【<span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">個人資料利用</span>】</span>
	</div>
	<div>
	</div>
	<div>
		<span style="color: rgb(0, 0, 0); font-family: Arial; font-size: 13px; white-space: pre-wrap;">本網站所蒐集足以識別使用者身分的個人資料，均僅供本網站於其內部、依照蒐集之目的進行處理和利用，除非事先說明、或為完成提供服務或履行合約義務之必要、或依照相關法令規定或有權主管機關之命令或要求，否則本網站不會將足以識別使用者身分的個人資料提供給第三人（包括境內及境外）、或移作蒐集目的以外之使用。本公司之員工，僅於其為您提供產品或服務之需求範圍內，對於您的個人資料得為有限之接觸。本公司及本公司委外之協力廠商（例如：商品供應商、提供物流、金流或活動贈品、展示品之廠商）；如為本公司與其他廠商共同蒐集者，將於該共同蒐集之活動中載明。在會員有效期間內，以及法令所定應保存之期間內，本網站會持續保管、處理及利用。</span>
	</div>
	<div>
	</div>
	<div>
	</div>
	<div>
		<div>
			<span style="font-size:14px;">【行使個人資料權利方式】</span>
		</div>
		<div>
		</div>
		<div>
			<span style="color: rgb(0, 0, 0); font-family: Arial; font-size: 13px; white-space: pre-wrap;">依個人資料保護法第條規定，您就您的個人資料享有查詢或請求閱覽、請求製給複製本、請求補充或更正、請求停止蒐集、處理或利用、請求刪除之權利。您可以透過寄送電子郵件至（igokochi525@gmail.com ）（為避免電子郵件系統漏信或其他原因無法收悉，以本公司回覆收悉為準）方式行使上開權利，本公司將於收悉您的請求後，儘速處理。</span>
		</div>
	</div>
	<div>
	</div>
</div>
<div>
</div>
<div>
	<div>
		<span style="font-size:14px;">【個人資料蒐集、處理及利用說明】</span>
	</div>
	<div>
	</div>
	<div>
		<span style="color: rgb(0, 0, 0); font-family: Arial; font-size: 13px; white-space: pre-wrap;">本公司可能透過Facebook或類似社群服務系統，於取得您的同意後，將部分本網站的資訊發布於您的社群活動資訊頁面，若您不同意該等訊息之發布，請您勿點選同意鍵，或於事後透過各該社群服務之會員機制移除該等資訊或拒絕本網站繼續發布相關訊息。若有任何問題，仍可與本公司聯絡，本公司將協助您確認、處理相關問題。 若您所填寫之送貨地址、聯絡人、聯絡方式等非您本人之個人資料，您同意已取得各該當事人之同意提供予本公司，並已代本公司就前開法定告知事項予以告知。 除依法應提供予司法、檢調機關、相關主管機關，或與本公司協力廠商為執行相關活動必要範圍之利用外，本公司將不會任意將您的個人資料提供予第三人。 當本公司或本網站全部或部分分割、獨立子公司經營、被其他第三者購併或收購資產，導致經營權轉換時，本公司會於事前將相關細節公告於本網站，且本公司或本網站所擁有之全部或部分使用者資訊亦可能在經營權轉換的狀況下移轉給第三人。惟限於與該經營權轉換服務相關之個人資料。若本公司或本網站部分營運移轉予第三人，您仍為本公司會員，若您不希望本公司後續利用您的個人資料，您可以依本隱私權政策向本公司行使權利。</span>
	</div>
	<div>
	</div>
	<div>
		<span style="font-size:14px;">【<span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">Cookie</span>】</span>
	</div>
	<div>
	</div>
	<div>
		<span style="color: rgb(0, 0, 0); font-family: Arial; font-size: 13px; white-space: pre-wrap;">為便於日後的辨識，當您使用本網站服務時，本公司可能會在您的電腦上設定與存取Cookie。您可以透過設定您的個人電腦或上網設備，決定是否允許Cookie技術的使用，若您關閉Cookie時，可能會造成您使用本網站服務時之不便利或部分功能限制。 </span>
	</div>
	<div>
	</div>
</div>
<div>
</div>
<div>
	<div>
		<span style="font-size:14px;">【<span style="color: rgb(0, 0, 0); font-family: Arial; white-space: pre-wrap;">隱私權政策之修改</span>】</span>
	</div>
	<div>
	</div>
	<div>
		<span style="color: rgb(0, 0, 0); font-family: Arial; font-size: 13px; white-space: pre-wrap;">本公司有權隨時修改本隱私政策及本網站各項內容之權利，將於網站同一位置公告更改聲明外，不會再對會員進行個別通知。若您對本隱私權保護政策有任何問題或不同意該等變更或修改，可直接聯繫客服信箱。</span>
	</div>
</div>
<div>
</div>
<div>
</div>