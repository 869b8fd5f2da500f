<?php include("../header.php") ?>
<script>
	document.getElementById("title").innerHTML="私隱政策 | AFTT盛寶金融";
</script>
<!-- banner -->
		<div class="container-fluid " style="padding-top:76px;">
		  <div class="container maket_header">
				<div class="row">
					<div class="col-sm-12 p_center" >
						<h2 class="mb-3">私隱政策</h2>
					
                    <div class="rte--output">
  <p class="text--body">
    盛寶金融香港有限公司（以下簡稱“盛寶金融”）致力於網上或其他方面保護您的隱私，而業務成功之處取決於維護客戶對我們的信任。 本隱私政策旨在提供我們為客戶收集個人信息類型的摘要、如何使用、傳輸/披露和儲存這些信息。
    該政策不包括可通過我們網站上提供的鏈接之任何第三方網站。
  </p>
  <h3 class="heading--section">
    (A) 收集數據
  </h3>
  <p class="text--body">
    客戶和網站用戶一般收集兩類信息，其中包括：
  </p>
  <ul>
    <li class="text--body">
      個人信息，包括但不限於客戶姓名、住址、身份證明和/或護照號碼、出生日期、電郵地址、工作詳情、與財務狀況有關的信息、投資經歷（統稱為『個人信息』）及
    </li>
    <li class="text--body">
      與我們網站用戶有關的流量模式信息。
    </li>
  </ul>
  <p class="text--body">
    客戶申請盛寶金融交易賬戶時 （包括模擬賬戶）以及在過程中與盛寶代表進行的任何溝通收集個人信息。盛寶金融將把收集的個人信息限制在必要的範圍內，以便我們為您提供所需的產品和服務。
  </p>
  <p class="text--body">
    盛寶金融還可能不時收集其他信息，例如通過用於研究和反饋目的之客戶調查，以不斷改進我們提供服務和產品的質量。 網上收集的個人信息可以與客戶通過實物副本或其他來源提供給盛寶金融的其他信息合併，同時也可通過監控或其他方式間接收集信息，如記錄電話和監控電郵。
    在這些情況下，盛寶 不會連續或例行查閱信息，但可能用於合規或安全目的。
  </p>
  <p class="text--body">
    流量模式信息包括用戶訪問的網頁信息，頻繁使用我們網站和/或交易平台的用戶數量等。這些信息是匿名的，只能以匯總形式使用。 我們還通過『Cookies』收集信息並將在下面進一步解釋。
  </p>
  <h4 class="heading--section">
    (B) 收集、處理和披露個人資料目的
  </h4>
  <h3 class="heading--3">
    收集
  </h3>
  <p class="text--body">
    一般來說，收集個人資料和匯總資料目的如下：
  </p>
  <ul>
    <li class="text--body">
      為客戶提供我們的產品和/或服務，其中應包括：
    </li>
    <ul style="margin-left:40px">
      <li class="text--body">
        執行或管理客戶要求和/或授權的任何交易；
      </li>
      <li class="text--body">
        維護、服務和/或終止客戶賬戶；
      </li>
    </ul>
    <li class="text--body">
      加強網站內容和用戶體驗，並通知客戶其加強/升級/更新
    </li>
    <li class="text--body">
      為營銷目的傳播/分發有關產品和/或服務的信息，這些信息與提供給客戶的產品和/或服務相似或相關。 （客戶始終能夠通過取消訂閱設備聯繫我們停止接收此類信息，或者與我們聯繫。）
    </li>
    <li class="text--body">
      出於法律和合規原因，我們根據適用的法律，其中應包括：
    </li>
    <ul style="margin-left:40px">
      <li class="text--body">
        開戶和持續監控的盡職調查程序；
      </li>
      <li class="text--body">
        配合內部風險管理程序，審計/財務會計和管理報告目的的其他監督和合規程序;
      </li>
      <ul style="margin-left:40px">
        <li class="text--body">
          處理銀行提款和/或存款；
        </li>
        <li class="text--body">
          行使合法權利；
        </li>
      </ul>
    </ul>
    <li class="text--body">
      將信息披露給執法機構和其他有關當局以預防犯罪和偵查;
    </li>
  </ul>
  <h3 class="heading--3">
    處理和披露
  </h3>
  <p class="text--body">
    盛寶金融可能會在以下情況下分享、處理和披露個人信息：
  </p>
  <ul>
    <li class="text--body">
      向我們的母公司和/或集團公司披露信息，這些公司和/或集團公司被允許使用，處理和/或披露個人信息以實現有效的商業或法律目的，其中包括：
    </li>
    <ul style="margin-left:40px">
      <li class="text--body">
        執行或管理客戶要求和/或授權的任何交易；
      </li>
      <li class="text--body">
        維護、服務和/或終止客戶賬戶；
      </li>
    </ul>
    <li class="text--body">
      除商業合作夥伴或第三方服務提供商以必要知情的方式向合作夥伴或第三方服務提供商披露誰將受保密協議約束的程度，除非法律另有允許 - 這可能包括驗證您的身份和通過相關政府機構，信用報告機構和/或任何其他機構提供的證明文件的真實性；
    </li>
    <li class="text--body">
      向盛寶金融的法律顧問、會計師、審計師和任何其他專業顧問披露信息；
    </li>
    <li class="text--body">
      向客戶賬戶中的法律/受益人披露信息，包括以受託人、授權代表和/或法定身份行事的人員；
    </li>
    <li class="text--body">
      根據法律和/或任何適用的法律要求（包括防止任何欺詐、非法或非法交易、索賠或責任）向政府、監管和/或執法機構披露和/或遵守任何法律和/或監管調查的司法程序和援助；
    </li>
  </ul>
  <p class="text--body">
    請注意，盛寶金融也可能因商業目的與第三方服務提供商以共同或匿名形式分享和/或披露非個人和非個人信息。
  </p>
  <p class="text--body">
    盛寶金融不會將營銷目的分享、處理或披露個人信息給業務合作夥伴或第三方服務提供商。
  </p>
  <h3 class="heading--section">
    (C) 海外轉移個人信息
  </h3>
  <p class="text--body">
    若盛寶金融需要在香港境外轉移個人信息（例如數據存儲、數據管理和/或合併目的），無論是向母公司、集團公司、業務合作夥伴或第三方服務提供商或簡單地轉交給數據存儲設施，盛寶須應照數據
    （私隱）條例（第486章）「私隱條例」的規定，並確保適用於個人資料的保障標準與個人資料（私隱）條例所規定的保障相若。
  </p>
  <h3 class="heading--section">
    (D) 同意
  </h3>
  <p class="text--body">
    根據法律要求，盛寶金融（包括其僱員、董事和/或代表）必須嚴格保密個人信息，除本隱私政策規定的情況外，未經您事先同意，我們不會洩露任何個人信息這樣做，除非法律另有規定。
  </p>
  <p class="text--body">
    一般來說，當盛寶金融在向您提供服務和/或產品以及您向我們提供此類個人信息的過程中要求提供個人信息時，暗示閣下同意向我們提供您的個人信息以便提供所需的服務和/或產品。
  </p>
  <p class="text--body">
    在某些情況下和根據適用法律的要求，我們會在收集您的個人信息時徵求您的明確同意。特別是需要獲得新的同意才能使用您的個人信息的新用途。
  </p>
  <p class="text--body">
    通過向我們提供與第三方有關的個人信息（例如（但不限於）您的配偶，子女和/或父母的信息），您聲明並保證獲得第三方的同意以收集，使用和/或披露此處列出的個人信息。
  </p>
  <p class="text--body">
    您可以隨時通過聯繫我們取消您的同意。但請注意，如果您撤回對本隱私政策中規定的任何或所有目的的同意，並且取決於您的提款請求的性質，這可能（實質上或其他方面）影響盛寶金融能夠為閣下所提供其服務的方式和/或產品。
  </p>
  <h3 class="heading--section">
    (E) 保留
  </h3>
  <p class="text--body">
    只要有必要履行其收集的目的，或根據適用法律的要求或許可，個人信息將被保留。盛寶金融一旦有理由認為收集個人信息的目的不再有效且不再需要保留，盛寶金融就不再保留個人信息或刪除個人信息與特定客戶關聯的方式
    出於法律或商業目的。
  </p>
  <h3 class="heading--section">
    (F) 準確性和糾正
  </h3>
  <p class="text--body">
    盛寶金融盡力確保您的個人信息盡可能準確和最新。我們通常每年向客戶發出提醒通知我們其個人信息或商業信息的任何更改。 但若閣下打算更正、修改或更新您的個人信息或商業信息（針對我們的企業客戶），歡迎隨時與我們聯繫。
    請填寫此
    <a href="/legal/privacy-policy.php">
      表格
    </a>
    與我們聯繫並且提出要求。如果需要帮助, 客戶應聯絡客戶代表，而非客戶的個人應電郵至
    <a href="mailto:HKCompliance@AFTTmarkets.com.hk.">
      HKCompliance@AFTTmarkets.com.hk.
    </a>
  </p>
  <h3 class="heading--section">
    (G) 訪問權限
  </h3>
  <p class="text--body">
    閣下亦有權取得個人信息的某些訪問權限。請填寫此表格
    <a>
    </a>
    <a href="/legal/privacy-policy.php">
      表格
    </a>
    與我們聯繫並要提出請求；您的請求將在 三十天內得到確認並採取行動。 若由任何原因我們無法接受您的請求，您將收到相關通知。
  </p>
  <p class="text--body">
    請注意，盛寶金融有權對此服務收取合理的管理費用，而您將在我們根據請求採取行動之前被告知有關費用。
  </p>
  <h3 class="heading--section">
    (H) 安全保障
  </h3>
  <p class="text--body">
    盛寶金融已經制定了各種安全程序、技術和組織措施來保護您的個人信息。 為了防止外部攻擊，我們採用強大的防火牆和安全措施來檢測、隔離和防止黑客入侵和其他惡意軟件入侵電腦系統。
  </p>
  <p class="text--body">
    盛寶金融員工還會參與定期的安全意識計劃，以提高信息安全意識，讓員工能夠識別並適當應對安全風險。
  </p>
  <p class="text--body">
    我們會盡一切合理的努力來保護您的個人信息。 但互聯網的使用並非完全安全，因此我們無法保證從您或通過互聯網向您傳輸的任何個人信息的安全性或完整性。請注意，閣下有責任始終確保您的訪問權保密和安全。
  </p>
  <h3 class="heading--section">
    (I) 更新隱私政策
  </h3>
  <p class="text--body">
    本隱私政策會隨時或在需要時進行修改，並應從本網站發布的時間開始。繼續使用我們的網站將被視為接受更新後的隱私政策，但在收集更多個人信息之前或希望為了新的目的使用或披露您的個人信息之前，我們會事先徵求閣下同意。
  </p>
  <h3 class="heading--section">
    (J) 使用COOKIES
  </h3>
  <p class="text--body">
    盛寶金融使用cookies來收集信息。 Cookie是由字母和數字組成的文本文件，可讓我們將您的瀏覽器/設備與其他用戶的瀏覽器/設備區分開來。此文件存儲在您計算機的硬盤上，用於在訪問網站時保留記錄。
  </p>
  <p class="text--body">
    我們目前利用Cookie來幫助管理網站和您的用戶體驗。這些cookies可用於收集非個人用戶活動概要分析、管理個人偏好、向您提供相關或及時的信息或提供重點廣告。
  </p>
  <p class="text--body">
    在我們網站上設置的包括第三方cookies採用會話或持久cookie的形式，並可以使用不同的技術，如JavaScript或Flash。如果您想“退出”網站設置的Cookie，可以根據瀏覽器設置以Cookie為單位完成此操作。但您可能會發現它可能會限制站點操作或功能。請訪問aboutcookies.org以獲取有關如何管理Cookie的更多信息和說明。
  </p>
  <p class="text--body">
    盛寶金融不使用cookie來檢索最初未發送到cookie中的信息。我們不會在未經您的同意的情況下將通過cookies傳輸的信息用作任何直接促銷或營銷目的。
  </p>
  <h3 class="heading--section">
    (K) 歐盟通用數據保護條例（EU GDPR）
  </h3>
  <p class="text--body">
    除了“私隱條例”規定的義務之外，盛寶金融還遵守歐盟GDPR規定的對歐盟個人的義務。 作為盛寶銀行集團一部分的盛寶金融與盛寶銀行A / S一起採用適當的內部和外部數據保護政策。
    盛寶銀行的隱私政策可以在這裡找到：
    <a>
    </a>
    <a href="/legal/privacy-policy.php">
     隱私政策
    </a>
  </p>
  <p class="text--body">
    如果歐盟GDPR要求對歐盟個人的個人數據提供比PDPO更高的保護，則應遵守這更嚴格的要求。
  </p>
  <p class="text--body">
    根據歐盟GDPR第27條，盛寶金融已指定盛寶銀行A / S為我們歐盟的代表。
  </p>
  <h3 class="heading--section">
    (L) 管轄法律
  </h3>
  <p class="text--body">
    本隱私政策僅根據香港法律起草。 我們並不表示或保證本隱私政策符合任何其他司法轄區的隱私法律，因此您不應因此解釋本隱私政策。
  </p>
  <p class="text--body">
    如本文件的英文版與中文版有任何差異，則以英文版為準。
  </p>
  <h3 class="heading--section">
    (M) 聯繫我們
  </h3>
  <p class="text--body">
    如果您對本隱私政策有任何意見和/或疑問，或者您希望就我們收集，使用和/或披露您的個人信息進行具體投訴，請與我們聯絡：
  </p>
  <p class="text--body">
    資料保護主任
    <br>
    盛寶金融香港有限公司
    <br>
    中環皇后大道中12號
    <br>
    上海商業銀行大廈19樓
  </p>
  <p class="text--body">
    電郵：
    <a href="mailto:HKCompliance@AFTTmarkets.com.hk">
      HKCompliance@AFTTmarkets.com.hk
    </a>
    <br>
    電話：(852) 3760 1388
    <br>
    傳真：(852) 3760 1300
  </p>
  <h3 class="heading--section">
    (N) 免責聲明
  </h3>
  <p class="text--body">
    我們的網站可能包含其他網站的鏈接。 請注意，我們不會對其他網站的隱私慣例負責，並建議閱讀您其網站訪問的收集個人信息隱私聲明。
  </p>
</div>
                    
               
					</div>
					
				</div>
			</div>
		</div>

<?php include("../footer.php") ?>
<script type="text/javascript">
$('.app_ys li').click(function() {
        $(this).siblings('li').removeClass('active');
        $(this).addClass('active');    
});
$(document).ready(function() {
  $('.app_ys li').click(function() {
    var index = $(this).index(); // 获取悬停的li的索引
    $('#image-viewer img').hide(); // 先隐藏所有的图片
    $('#image-viewer img').eq(index).show(); // 显示对应索引的图片
  });
});
</script>	