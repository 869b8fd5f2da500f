<!doctype html>
<html lang="zh-Hant">

<head>
    <?php include "header-title.php"; ?>
</head>

<body>
    <div class="wp whiteHeader">
        <?php include "header.php"; ?>
        <!-- main ======================================================================================= -->
        <main>
            <div class="banner-section background-cover position-relative z-1">
                <div class="banner background-cover position-relative" style="background-image:url(styles/images/privacy/banner.jpg)">
                    <div class="text text-white text-center position-absolute top-50 start-50 translate-middle w-100 px-4 z-1 pb-3">
                        <span class="tag d-block SourceSansPro font-16 les8 mb-3" data-aos="fade-up">MASTER OF SURGERY</span>
                        <h1 class="NotoSerifTC font-64 fw-bold position-relative les4 pb-3 pb-md-4 mb-3 mb-md-4" data-aos="fade-up" data-aos-delay="50">隱私權政策</h1>
                        <p class="font-20 les15 pt-md-2 mb-0 mb-md-3" data-aos="fade-up" data-aos-delay="100">透過嶄新技術，豐富經驗、實踐堅持值得信賴的專業</p>
                    </div>
                </div>
                <div class="submuenu d-none d-md-block container position-absolute z-1">
                    <div class="d-flex" data-aos="fade-up" data-aos-delay="150">
                        <a href="./" class="flex-center bg-D32C2C bg-hover-D94A4A text-white w70 h70 flex-shrink-0">
                            <i class="icon-home font-22"></i>
                        </a>
                        <div class="bg-white d-block d-md-flex flex-center flex-grow-1 position-relative">
                            <ul class="noneStyle position-absolute position-md-static d-md-flex les1">
                                <li class="position-relative px-4">
                                    <a class="d-block px-md-3 py-2 py-md-1 active" href="#">隱私權政策</a>
                                </li>
                            </ul>
                        </div>
                        <div class="bg-white d-none d-md-block w70 h70 flex-shrink-0">
                        </div>
                    </div>
                </div>
            </div>
            <div class="privacy-section bg-grayF7F7F7 px-4 pt-4 pb-5">
                <div class="pb-4">
                    <div class="container bg-white px-4 py-4 py-lg-5 p-xl-5 mb-lg-5">
                        <div class="px-xl-5 pt-md-2 mt-md-4">
                            <p class="font-20 fw-500 border-bottom-D8D8D8 lh18 les1 pb-4 pb-lg-5 mb-4 mb-lg-5" data-aos="fade-up">非常歡迎您造訪使用「張效煌醫師網站」（以下簡稱本網站），為了讓您能夠安心使用各項服務與資訊，特此向您說明隱私權保護政策，為保障您的權益，請您詳閱下列內容：</p>
                            <ul class="noneStyle style-1 pt-2">
                                <li class="d-lg-flex mb-4 mb-lg-5 pb-lg-2" data-aos="fade-up">
                                    <h2 class="font-20 fw-500 position-relative lh14 align-self-start pe-4 pb-2 mb-3 mb-md-4 mb-lg-0">隱私權保護政策的適用範圍</h2>
                                    <div class="font-16 lh18 ps-xl-5">
                                        <p>隱私權保護政策內容，包括本網站如何處理在您使用網站服務時所收集到的個人識別資料。隱私權保護政策不適用於本網站以外的相關連結網站，也不適用於非本網站所委託或參與管理之人員。</p>
                                    </div>
                                </li>
                                <li class="d-lg-flex mb-4 mb-lg-5 pb-lg-2" data-aos="fade-up">
                                    <h2 class="font-20 fw-500 position-relative lh14 align-self-start pe-4 pb-2 mb-3 mb-md-4 mb-lg-0">個人資料的蒐集、處理及利用方式</h2>
                                    <div class="font-16 lh18 ps-xl-5">
                                        <ul class="noneStyle red-dots">
                                            <li class="mb-3">當您造訪本網站或使用本網站所提供之功能服務時，我們將視該服務功能性質，請您提供必要的個人資料，並在該特定目的範圍內處理及利用您的個人資料；非經您書面同意，本網站不會將個人資料用於其他用途。</li>
                                            <li class="mb-3">本網站在您使用服務信箱、問卷調查等互動性功能時，會保留您所提供的姓名、電子郵件地址、聯絡方式及使用時間等。</li>
                                            <li class="mb-3">於一般瀏覽時，伺服器會自行記錄相關行徑，包括您使用連線設備的IP位址、使用時間、使用的瀏覽器、瀏覽及點選資料記錄等，做為我們增進網站服務的參考依據，此記錄為內部應用，決不對外公佈。</li>
                                            <li class="mb-3">為提供精確的服務，我們會將收集的問卷調查內容進行統計與分析，分析結果之統計數據或說明文字呈現，除供內部研究外，我們會視需要公佈統計數據及說明文字，但不涉及特定個人之資料。</li>
                                        </ul>
                                    </div>
                                </li>
                                <li class="d-lg-flex mb-4 mb-lg-5 pb-lg-2" data-aos="fade-up">
                                    <h2 class="font-20 fw-500 position-relative lh14 align-self-start pe-4 pb-2 mb-3 mb-md-4 mb-lg-0">資料之保護</h2>
                                    <div class="font-16 lh18 ps-xl-5">
                                        <p>本網站主機均設有防火牆、防毒系統、資訊安全設備及必要的安全防護措施，相關資訊處理人員，非經授權無法接觸到您的個人資料，如違反保密義務亦將會受到相關的法律處分。如因業務需要有必要委託其他單位提供服務時，本公司及本網站所屬之關係企業亦會嚴格要求其遵守保密義務，並且採取必要檢查程序以確定其亦確實遵守相關保密約定。</p>
                                    </div>
                                </li>
                                <li class="d-lg-flex mb-4 mb-lg-5 pb-lg-2" data-aos="fade-up">
                                    <h2 class="font-20 fw-500 position-relative lh14 align-self-start pe-4 pb-2 mb-3 mb-md-4 mb-lg-0">與第三人共用個人資
                                        料之政策</h2>
                                    <div class="font-16 lh18 ps-xl-5">
                                        <p class="mb-0">本網站絕不會提供、交換、出租或出售任何您的個人資料給其他個人、團體、私人企業或公務機關，但有法律依據或合約義務者，不在此限。</p>
                                        <p>前項但書之情形包括不限於：</p>
                                        <ul class="noneStyle red-dots">
                                            <li>經由您書面同意。</li>
                                            <li>法律明文規定。</li>
                                            <li>為免除您生命、身體、自由或財產上之危險。</li>
                                            <li>與公務機關或學術研究機構合作，基於公共利益為統計或學術研究而有必要，且資料經過提供者處理或蒐集著依其揭露方式無從識別特定之當事人。</li>
                                            <li>當您在網站的行為，違反服務條款或可能損害或妨礙網站與其他使用者權益或導致任何人遭受損害時，經網站管理單位研析揭露您的個人資料是為了辨識、聯絡或採取法律行動所必要者。</li>
                                            <li>有利於您的權益。</li>
                                            <li>本網站委託廠商協助蒐集、處理或利用您的個人資料時，將對委外廠商或個人善盡監督管理之責。</li>
                                        </ul>
                                    </div>
                                </li>
                                <li class="d-lg-flex mb-4 mb-lg-5 pb-lg-2" data-aos="fade-up">
                                    <h2 class="font-20 fw-500 position-relative lh14 align-self-start pe-4 pb-2 mb-3 mb-md-4 mb-lg-0">Cookie之使用</h2>
                                    <div class="font-16 lh18 ps-xl-5">
                                        <p>為了提供您最佳的服務，本網站會在您的電腦中放置並取用我們的Cookie，若您不願接受Cookie的寫入，您可在您使用的瀏覽器功能項中設定隱私權等級為高，即可拒絕Cookie的寫入，但可能會導至網站某些功能無法正常執行 。</p>
                                    </div>
                                </li>
                                <li class="d-lg-flex mb-4 mb-lg-5 pb-lg-2" data-aos="fade-up">
                                    <h2 class="font-20 fw-500 position-relative lh14 align-self-start pe-4 pb-2 mb-3 mb-md-4 mb-lg-0">隱私權保護政策之修正</h2>
                                    <div class="font-16 lh18 ps-xl-5">
                                        <p>本網站隱私權保護政策將因應需求隨時進行修正，修正後的條款將刊登於網站上。</p>
                                    </div>
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