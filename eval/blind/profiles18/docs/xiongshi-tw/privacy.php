<!doctype html>
<html lang="zh">

<head>
    <?php include "header-title.php"; ?>
</head>

<body>
    <div class="wp" id="privacy">
        <?php include "header.php"; ?>
        <!-- main ======================================================================================= -->
        <main class="main">
            <div class="inner">
                <div class="dec-section">
                    <div class="clouds">
                        <div data-aos="fade-in" data-aos-delay="150">
                            <img class="cloud cloud-1 lazyload" src="styles/images/common/preload.png" data-src="styles/images/terms/cloud-1.svg" alt="雄獅鉛筆廠股份有限公司">
                        </div>
                        <div data-aos="fade-in" data-aos-delay="350">
                            <img class="cloud cloud-2 lazyload" src="styles/images/common/preload.png" data-src="styles/images/terms/cloud-2.svg" alt="雄獅鉛筆廠股份有限公司">
                        </div>
                        <div data-aos="fade-in" data-aos-delay="250">
                            <img class="cloud cloud-3 lazyload" src="styles/images/common/preload.png" data-src="styles/images/terms/cloud-3.svg" alt="雄獅鉛筆廠股份有限公司">
                        </div>
                        <div data-aos="fade-in" data-aos-delay="200">
                            <img class="cloud cloud-4 lazyload" src="styles/images/common/preload.png" data-src="styles/images/terms/cloud-2.svg" alt="雄獅鉛筆廠股份有限公司">
                        </div>
                    </div>
                    <div class="birds">
                        <img class="bird-1 lazyload" src="styles/images/common/preload.png" data-src="styles/images/terms/bird-1.svg" alt="雄獅鉛筆廠股份有限公司" data-aos="fade-up" data-aos-delay="500">
                        <img class="bird-2 lazyload" src="styles/images/common/preload.png" data-src="styles/images/terms/bird-2.svg" alt="雄獅鉛筆廠股份有限公司" data-aos="fade-up" data-aos-delay="500">
                        <img class="bird-3 lazyload" src="styles/images/common/preload.png" data-src="styles/images/terms/bird-3.svg" alt="雄獅鉛筆廠股份有限公司" data-aos="fade-up" data-aos-delay="500">
                    </div>
                </div>
                <div class="section">
                    <ol class="breadcrumb pt-sm-5 mt-4 pb-1 mb-0" data-aos="fade-up">
                        <li><a href="./">首頁</a></li>
                        <li aria-current="page">隱私權保護政策</li>
                    </ol>
                    <h1 class="d-table notoSansTC font-40 les2 mx-auto mb-sm-4 pb-3" data-aos="fade-up" data-aos-delay="100">隱私權保護政策</h1>
                    <div class="block pt-sm-3 max1300">
                        <div class="edit notoSansTC" id="privacyEdit" style="color:#898989;letter-spacing:1px;">
                            <ul class="noneStyle">
                                <li class="mb-2 mb-sm-4 pb-2" data-aos="fade-up">
                                    <h2 class="d-block font-weight-500 font-18 mb-1 mb-sm-0" style="color:#4CCFDF;">一、想像力製造所網站隱私權保護政策聲明</h2>
                                    非常歡迎您來到「想像力製造所官方網站」（以下簡稱本網站），本網站是由『雄獅鉛筆廠股份有限公司』經營，為了讓您能夠安心的使用本網站的各項服務與資訊，特此向您說明本網站的隱私權保護政策，以保障您的權益。若您繼續使用本網站，就表示同意本網站所公布之現行隱私權保護政策。如果您不同意本聲明內容，請勿在本網站上提供您的資料。如果您選擇不在本網站上提供個人基本資料，您將無法使用部分內容。
                                </li>
                                <li class="mb-2 mb-sm-4 pb-2" data-aos="fade-up">
                                    <h2 class="d-block font-weight-500 font-18 mb-1 mb-sm-0" style="color:#4CCFDF;">二、隱私權保護政策的適用範圍</h2>
                                    隱私權保護政策的內容，包括本網站如何處理在您使用網站服務時收集到的個人識別資料。隱私權保護政策不適用於本網站以外的相關連結網站，也不適用於非本網站所委託或參與管理的人員。
                                </li>
                                <li class="mb-2 mb-sm-4 pb-2" data-aos="fade-up">
                                    <h2 class="d-block font-weight-500 font-18 mb-1 mb-sm-0" style="color:#4CCFDF;">三、個人資料的蒐集、處理及利用方式</h2>
                                    <p class="mb-0">當您瀏覽或使用我們提供的服務時，您可自行決定是否登錄、訂購商品、預約參觀行程、請求產品支援服務或註冊會員；當您選擇使用本服務時，我們可能要求您提供個人基本資料，例如姓名、性別、職業、家庭狀況、行動電話、住家地址、電話號碼、電子信箱、信用卡號碼、身分證統一編號、出生年月日或其他得以直接或間接識別您個人之資料。</p>
                                    <p class="mb-0">本網站蒐集您的個人資料，主要目的條列如下，惟為提供更優良的個別服務，本網站亦可能於下述目的外利用個人資料，但於利用時將另行公告。</p>
                                    <ul class="noneStyle circle-dots">
                                        <li>行銷。</li>
                                        <li>票券業務。</li>
                                        <li>會計與相關服務。</li>
                                        <li>廣告或商業行為管理。</li>
                                        <li>資(通)訊與資料庫管理。</li>
                                        <li>調查、統計與研究分析。</li>
                                        <li>消費者、客戶管理與服務。</li>
                                        <li>網路購物及其他電子商務服務。</li>
                                        <li>信用卡、現金卡、轉帳卡或電子票證業務。</li>
                                        <li>非公務機關依法定義務所進行個人資料之蒐集處理及利用。</li>
                                        <li>其他經營合於營業登記項目或組織章程所定之業務。</li>
                                    </ul>
                                </li>
                                <li class="mb-2 mb-sm-4 pb-2" data-aos="fade-up">
                                    <h2 class="d-block font-weight-500 font-18 mb-1 mb-sm-0" style="color:#4CCFDF;">四、個人資料之權利行使</h2>
                                    <p class="mb-0">依個人資料保護法第 3 條規定，除非有其他法令限制，您就您所提供之個人資料享有查詢或請求閱覽、請求製給複製本、請求補充或更正、請求停止蒐集處理或利用、請求刪除的權利。</p>
                                    <p class="mb-0">會員如欲行使上述權利，可與本網站客服連絡進行申請。</p>
                                </li>
                                <li class="mb-2 mb-sm-4 pb-2" data-aos="fade-up">
                                    <h2 class="d-block font-weight-500 font-18 mb-1 mb-sm-0" style="color:#4CCFDF;">五、資料安全及防護</h2>
                                    <p class="mb-0">本網站主機均設有防火牆、防毒系統等相關的各項資訊安全設備及必要的安全防護措施，以保護網站及您的個人資料。</p>
                                    <p class="mb-0">請妥善保密您的網路密碼及個人資料，不要將任何個人資料，尤其是網路密碼提供給任何人。在使用完本網站所提供的各項服務功能後，務必記得登出帳戶，若是與他人共享電腦或使用公共電腦，切記要關閉瀏覽器視窗。</p>
                                </li>
                                <li class="mb-2 mb-sm-4 pb-2" data-aos="fade-up">
                                    <h2 class="d-block font-weight-500 font-18 mb-1 mb-sm-0" style="color:#4CCFDF;">六、與第三人共用個人資料之政策</h2>
                                    <p class="mb-0">本網站絕不會提供、交換、出租或出售任何您的個人資料給其他個人、團體、私人企業或公務機關，但有法律依據或合約義務者，不在此限。</p>
                                    <p class="mb-0">前項但書之情形包括不限於：</p>
                                    <ul class="noneStyle circle-dots">
                                        <li>法律明文規定。</li>
                                        <li>經由您書面同意。</li>
                                        <li>有利於您的權益。</li>
                                        <li>為維護國家安全或增進公共利益。</li>
                                        <li>為免除您生命、身體、自由或財產上之危險。</li>
                                        <li>公務機關或學術研究機構基於公共利益為統計或學術研究而有必要，且資料經過提供者處理或蒐集著依其揭露方式無從識別特定之當事人。</li>
                                        <li>當您在本網站的行為，違反本網站的服務條款、可能損害或妨礙其他使用者的權益、導致任何人遭受損害時，經網站管理單位研析揭露您的個人資料是為了辨識、聯絡或採取法律行動所必要者。</li>
                                    </ul>
                                    <p class="mb-0">本網站委託廠商協助蒐集、處理或利用您的個人資料時，將對委外廠商或個人善盡監督管理之責。</p>
                                </li>
                                <li class="mb-2 mb-sm-4 pb-2" data-aos="fade-up">
                                    <h2 class="d-block font-weight-500 font-18 mb-1 mb-sm-0" style="color:#4CCFDF;">七、本網頁Cookie之使用</h2>
                                    為了提供您最佳的服務，本網站會使用cookie技術，以便於提供會員所需要的服務；cookie是網站伺服器用來和會員瀏覽器進行溝通的一種技術，它能在會員的電腦中隨機儲存字串，用以辨識區別使用者，您也可以將您的電腦設定為拒絕cookies或在接到cookies時發出警告，但可能會導致網站某些功能無法正常執行。
                                </li>
                                <li class="mb-2 mb-sm-4 pb-2" data-aos="fade-up">
                                    <h2 class="d-block font-weight-500 font-18 mb-1 mb-sm-0" style="color:#4CCFDF;">八、隱私權保護政策之修正</h2>
                                    本網站隱私權保護政策將因應相關法規修訂、本網站政策或其他環境變遷因素，隨時進行適當之修正，修正後的條款將公告於網站上。
                                </li>
                            </ul>
                        </div>

                    </div>
                </div>
            </div>

        </main>
        <!-- main ======================================================================================= -->

        <?php include "footer.php"; ?>
    </div>
    <?php include "footer-js.php"; ?>

</body>

</html>