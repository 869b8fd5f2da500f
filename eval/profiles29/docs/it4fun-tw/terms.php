<!DOCTYPE HTML>
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale = 1.0, user-scalable = no">
    <title>Young Talent - 網站使用條款</title>    
    <meta property="og:title" content="Young Talent - 網站使用條款" />
    <meta property="og:description" content="年輕，就是你的優勢！我們是專屬於學生的工作職缺網站！累積工作經驗，從現在開始。我們有經過認證的工作職缺，把關的安全工作環境讓你的起步就是比別人快！" />
    <meta property="og:url" content="<?php echo site_url()?>" />
    <meta property="og:image" content="<?php echo site_url()?>assets/templates/images/pic/og_image.jpg" />   
    
    <link rel="stylesheet" href="<?php echo site_url()?>assets/templates/css/reset.css" type="text/css" media="all" >
    <link rel="stylesheet" href="<?php echo site_url()?>assets/templates/css/terms.css" type="text/css" media="all" >
    <link rel="stylesheet" href="<?php echo site_url()?>assets/templates/css/mysite.css" type="text/css" media="all" >
    <script type="text/javascript" src="<?php echo site_url()?>assets/templates/Scripts/lib/jquery-1.9.1.js"></script>
    <script type="text/javascript" src="<?php echo site_url()?>assets/templates/Scripts/terms.js"></script>
</head>

<body>
    <div id="maincontain">
        <div id="contentbox">
            <?php $this->load->view('_blocks/_header')?>
            <div id="bodybox01">
                <p class="title">網站使用條款</p>
                <p class="item">1.本條款適用之範圍</p>
                <p class="desc">
                請您在於使用本網站服務前，確認您已審閱並同意本隱私權政策所列全部條款，若您不同意全部或
                部分者，則請勿使用本網站服務。<br/><br/>
                本隱私權政策僅適用於本網站對您個人資料所為蒐集、處理與利用，不及於其他⾮非本公司所有或控
                制之其他公司或個人。您可能經由本網站連結⾄至第三人所經營之網站，各該網站所為之個人資料蒐
                集係依其網站之隱私權政策規定處理，與本公司無涉。
                </p>

                <p class="item">2.個人資料保護法應告知事項</p>
                <p class="desc">(1)蒐集機關名稱：新加坡商艾得克有限公司台灣分公司 PeopleSearch (Taiwan) Pte Ltd - Taiwan
                    Branch <br/>
                    (2)蒐集目的：提供本公司相關服務、行銷、契約、類似契約或其他法律關係事務、消費者、客戶管
                    理與服務、人力顧問服務、廣告和商業⾏行為管理業務、其他經營合於營業登記項目或組織章程所定
                    之業務 。<br/>
                    (3)個人資料類別：識別類（姓名、職稱、地址、聯絡電話、電子郵件信箱）、特徵類（年齡、性
                    別、出生年月日等）、社會情況類（興趣、休閒、生活格調、消費模式等）、教育、技術或其他專
                    業類（學歷）、受僱情形類（任職公司、職務等）、其他（往來電子郵件、網站留言、系統⾃自動紀
                    錄之軌跡資訊等），惟將以實際本公司取得之個人資料為限。 <br/>
                    (4)個人資料利用期間：本網站會員有效期間及終止後六個月；若⾮非會員則於該蒐集個人資料之目的
                    消失後六個月。<br/>
                    (5)個人資料利用地區：本公司執行業務所在地，目前為台灣地區。<br/>
                    (6)個人資料利用對象：本公司及本公司委外之協力廠商；如為本公司與其他廠商共同蒐集者，將於
                    該共同蒐集之活動中載明。<br/>
                    (7)個人資料利用方式：依蒐集目的範圍及本隱私權政策進行利用。<br/>
                    (8)行使個人資料權利方式：依個人資料保護法第3條規定，您就您的個人資料享有查詢或請求閱覽、
                    請求製給複製本、請求補充或更正、請求停止蒐集、處理或利用、請求刪除之權利。<br/>
                    (9)個人資料選填說明：若本公司於蒐集個人資料時，相關網頁或文件載明為選填者，僅為提供您使
                    用本網站更佳體驗，不影響您使用本網站之權益。<br/>
                </p>

                <p class="item">3.個人資料蒐集、處理及利用說明</p>
                <p class="desc">本公司可能透過Facebook或類似社群服務系統，於取得您的同意後，將部分本網站的資訊發布於您
                的社群活動資訊頁面，若您不同意該等訊息之發布，請您勿點選同意鍵，或於事後透過各該社群服
                務之會員機制移除該等資訊或拒絕本網站繼續發布相關訊息。若有任何問題，仍可與本公司聯絡，
                本公司將協助您確認、處理相關問題。<br/>
                除依法應提供予司法、檢調機關、相關主管機關，或與本公司協力廠商為執⾏行相關活動必要範圍之
                利用外，本公司將不會任意將您的個人資料提供予第三人。當本公司或本網站全部或部分分割、獨
                立子公司經營、被其他第三者購併或收購資產，導致經營權轉換時，本公司會於事前將相關細節公
                告於本網站，且本公司或本網站所擁有之全部或部分使用者資訊亦可能在經營權轉換的狀況下移轉
                給第三人。惟限於與該經營權轉換服務相關之個人資料。若本公司或本網站部分營運移轉予第三人，
                您仍為本公司會員，若您不希望本公司後續利用您的個人資料，您可以依本隱私權政策向本公司行
                使權利。</p>

                <p class="item">4. Cookie技術</p>
                <p class="desc">為便於日後的辨識，當您使用本網站服務時，本公司可能會在您的電腦上設定與存取Cookie。 您可
                以透過設定您的個人電腦或上網設備，決定是否允許Cookie技術的使用，若您關閉Cookie時，可能
                會造成您使用本網站服務時之不便利或部分功能限制。</p>

                <p class="item">5.保密與安全性</p>
                <p class="desc">本公司之員工，僅於其為您提供產品或服務之需求範圍內，對於您的個人資料得為有限之接觸。為
                了保護您的帳戶及個人資料的安全，請您不要任意將個人帳號、密碼提供予第三人或允許第三人以
                您的個人資料申請帳號、密碼，否則，相關責任由您自行負擔。若您的帳號、密碼有外洩之虞，請
                您立即更改密碼，或通知本公司暫停該帳號（本公司可能會要求核對您的個人資料）。網際網路並
                不是一個安全的資訊傳輸環境，請您在使用本網站時，避免將敏感的個人資料提供予他人或在網站
                上公開揭露。</p>

                <p class="item">6.未成年人保護!</p>
                <p class="desc">本網站並非特別為未成年人/兒童設計，未成年人使用本網站時，若同意本網站蒐集、利用其個人資
                訊時，應在法定代理人或監護人之同意下為之。法定代理人或監護人得隨時請求本公司停止特定帳
                號及其相關之個人資料之蒐集、處理及利用行為。</p>

                <p class="item">7.隱私權政策之修改</p>
                <p class="desc">隱私權政策如經修改，本網站將以您所提供之電子郵件或簡訊通知您相關之重大變更，並於本網站
                公告。若您不同意該等變更或修改，請停止繼續使⽤用本網站服務，並依本隱私權政策規定通知本公
                司停止蒐集、處理及利⽤用您的個人資料。</p>
                <br/><br/><br/>
            </div>
            
            <div id="bodybox02">
                <?php $this->load->view('_blocks/_facebook')?>
            </div>
        </div>
        <?php $this->load->view('_blocks/_footer')?>
    </div>
    <!-- *** -->
    <div id="wall"></div>
</body>
</html>

