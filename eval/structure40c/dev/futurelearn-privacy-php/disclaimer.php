<!doctype html>
<html lang="en">

<head>
  <?php include('include_head.php'); ?>
  <link rel="stylesheet" type="text/css" href="css/html.css">
</head>

<body>
  <?php include('include_body_top.php'); ?>
  <div class="wrapper insidePages contactPage">
    <header class="siteHeader" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
      <?php include('include_top.php'); ?>
    </header>

    <main class="siteMain" aria-label="main" itemscope>

      <div class="inBanner">
        <div class="outer">
          <div class="container">
            <div class="titleBox wow fadeInUp" data-wow-delay="0s">
              <div class="title">Use & Disclaimer<span>使用條款&免責聲明</span></div>
            </div>
            <div class="breadcrumbBox">
              <ul class="breadcrumb" itemscope="" itemtype="https://schema.org/BreadcrumbList">
                <li itemprop="itemListElement" itemscope="" itemtype="//schema.org/ListItem">
                  <a href="index.php" itemprop="item">
                    <span itemprop="name">Home</span>
                  </a>
                  <meta itemprop="position" content="1">
                </li>
                <li itemprop="itemListElement" itemscope="" itemtype="//schema.org/ListItem">
                  <span itemprop="name">使用條款&免責聲明</span>
                  <meta itemprop="position" content="2">
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>

      <div class="mainBox">
        <section>
          <div class="container">
            <div class="editorOuter wow fadeInUp" data-wow-delay="0.2s">
              <div class="editor">
                歡迎來到 “<span class="title">台南市學無界實驗教育機構 FUTURELEARN</span>” , 為尊重您的隱私權。本「隱私權政策」的目的在告知您，我們對於個人資料的蒐集、處理、利用，皆符合個人資料保護法及其他相關隱私權規範要求說明。為讓您能夠安心的使用本網站的各項服務與資訊，特此向您說明本網站的隱私權保護政策，以保障您的權益，請您詳閱下列內容：<br /><br />
                隱私權保護政策的適用範圍<br />
                隱私權保護政策內容，包括本網站如何處理在您使用網站服務時收集到的個人識別資料。隱私權保護政策不適用於本網站以外的相關連結網站，也不適用於非本網站所委託或參與管理的人員。<br /><br />

                資料的蒐集與使用方式<br />
                為了在本網站上提供您最佳的互動性服務，可能會請您提供相關個人的資料，其範圍如下：<br />
                <ul class="style">
                  <li>本網站在您使用聯絡我們、會員註冊、電子郵件聯絡…等互動性功能時，會保留您所提供的姓名、電子郵件地址、電話…等聯絡方式及使用時間等。</li>
                  <li>於一般瀏覽時，伺服器會自行記錄相關行徑，包括您使用連線設備的IP位址、使用時間、使用的瀏覽器、瀏覽及點選資料記錄等，做為我們增進網站服務的參考依據，此記錄為內部應用，決不對外公布。</li>
                  <li>除非取得您的同意、回應您的詢問或其他法令之特別規定，本網站絕不會將您的個人資料揭露予第三人或使用於以上資料蒐集目的以外之其他用途。</li>
                  <li>在回應您的詢問及進行合理的客戶服務範圍下，您的個資可能會轉交本公司的服務夥伴或經銷商等第三者與您直接連繫。</li>
                </ul><br />
                資料之保護<br />
                網站主機均設有防火牆、防毒系統等相關的各項資訊安全設備及必要的安全防護措施，加以保護網站及您的個人資料採用嚴格的保護措施，只由經過授權的人員才能接觸您的個人資料，相關處理人員皆簽有保密合約，如有違反保密義務者，將會受到相關的法律處分。 如因業務需要有必要委託本網站相關單位提供服務時，本網站亦會嚴格要求其遵守保密義務，並且採取必要檢查程序以確定其將確實遵守。<br /><br />

                網站對外的相關連結<br />
                本網站的網頁提供其他網站的網路連結，您也可經由本網站所提供的連結，點選進入其他網站。但該連結網站不適用本網站的隱私權保護政策，您必須參考該連結網站中的隱私權保護政策<br /><br />

                Cookie之使用<br />
                為了提供您最佳的服務，本網站可能會在您的電腦中放置並取用我們的Cookie，若您不願接受Cookie的寫入，您可在您使用的瀏覽器功能項中設定隱私權等級為高，即可拒絕Cookie的寫入，但可能會導至網站某些功能無法正常執行。<br /><br />

                隱私權保護政策之修正<br />
                本網站隱私權保護政策將因應需求隨時進行修正，修正後的條款將刊登於網站上。<br /><br />

                免責聲明<br />
                任何瀏覽網站的人士，須自行承擔一切風險，本網站不會負責任何因瀏覽或使用本網站而引致之損失。本網站不會作出任何默示的擔保。<br /><br />

                本網站承諾力求網站內容之準確性及完整性，但內容如有錯誤或遺漏，本網站不會承擔任何賠償責任，所有本網站內容，將會隨時更改，而不作另行通知。<br /><br />

                本網站可隨時停止或變更網頁資料及有關條款而毋須事前通知用戶。<br /><br />

                本網站不會對使用或連結本網頁而引致任何損害(包括但不限於電腦病毒、系統固障、資料損失)、誹謗、侵犯版權或知識產權所造成的損失，包括但不限於利潤、商譽、使用、資料損失或其他無形損失，本網站不承擔任何直接、間接、附帶、特別、衍生性或懲罰性賠償。<br /><br />

                本公司可能會連接至其他機構所提供的網頁，本公司不會對這些網頁內容作出任何保證或承擔任何責任。使用者如瀏覽這些網頁，將要自己承擔後果。是否使用本網站之服務下載或取得任何資料應由用戶自行考慮且自負風險，因前開任何資料之下載而導致用戶電腦系統之任何損壞或資料流失，本網站不承擔任何責任。
              </div>
            </div>
          </div>
        </section>
      </div>

    </main>
    <?php include('include_footer.php'); ?>
  </div>
  <?php include('include_body_bottom.php'); ?>
</body>

</html>