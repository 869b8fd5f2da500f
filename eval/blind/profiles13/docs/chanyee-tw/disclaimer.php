<!doctype html>
<html lang="zh-TW">

<head>
  <?php include('include_head.php'); ?>
  <link rel="stylesheet" type="text/css" href="../css/html.css">
</head>

<body>
  <?php include('include_body_top.php'); ?>
  <div class="wrapper">
    <header class="siteHeader" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
      <?php include('include_top.php'); ?>
    </header>

    <main class="siteMain htmlBox wow" aria-label="main" itemscope>
      <div class="innerBanner">
        <div class="pic" style="background-image: url('../images/in/banner_contact.jpg');"></div>
        <div class="unitTitleBox">
          <h2 class="title wow fadeInUp" data-wow-delay="0s">USE & DISCLAIMER</h2>
        </div>
      </div>

      <div class="breadcrumbBox">
        <div class="container">
          <ul class="breadcrumb" itemscope="" itemtype="https://schema.org/BreadcrumbList">
            <li itemprop="itemListElement" itemscope="" itemtype="//schema.org/ListItem">
              <a href="index.php" title="index" itemprop="item">
                <span itemprop="name">首頁</span>
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

      <div class="mainBox">
        <div class="pageContent">
          <div class="html">
            <div class="container">
              <h1 class="pageTitle wow fadeInUp" data-wow-delay="0s">使用條款&免責聲明</h1>
            </div>
            <div class="content">
              <div class="container">
                <div class="editor wow fadeInUp" data-wow-delay="0.2s">
                  歡迎來到 <span class="title">承億建設</span> 為尊重您的隱私權。本「隱私權政策」的目的在告知您，我們對於個人資料的蒐集、處理、利用，皆符合個人資料保護法及其他相關隱私權規範要求說明。為讓您能夠安心的使用本網站的各項服務與資訊，特此向您說明本網站的隱私權保護政策，以保障您的權益，請您詳閱下列內容：<br /><br />

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

                  與第三人共用個人資料之政策
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>


    </main>
    <?php include('include_footer.php'); ?>
  </div>
  <?php include('include_body_bottom.php'); ?>
</body>

</html>