@extends('SurpriseLabHome._layout.master')

@section('meta')
    <!-- Metadata -->
    <meta charset="UTF-8">
    <meta name="description" content="出沒時間、地點難以預測的體驗製造商。Surprise is Everywhere.">
    <meta name="format-detection" content="telephone=no, email=no, address=no">
    <meta property="og:type" content="website"/>
    <meta property="og:title" content="隱私權政策｜驚喜製造 SURPRISE LAB"/>
    <meta property="og:site_name" content="隱私權政策｜驚喜製造 SURPRISE LAB"/>
    <meta property="og:description" content="出沒時間、地點難以預測的體驗製造商。Surprise is Everywhere."/>
    <meta property="og:url" content="https://www.surpriselab.com.tw/"/>
    <meta property="og:image" content="https://www.surpriselab.com.tw/SurpriseLabHome/assets/images/general/opengraph.png"/>
    <meta property="og:image:type" content="image/png"/>
    <meta property="og:image:width" content="600"/>
    <meta property="og:image:height" content="315"/>

    <!-- Twitter Metadata -->
    <meta name="twitter:title" content="隱私權政策｜驚喜製造 SURPRISE LAB">
    <meta name="twitter:description" content="出沒時間、地點難以預測的體驗製造商。Surprise is Everywhere.">
    <meta name="twitter:image" content="https://www.surpriselab.com.tw/SurpriseLabHome/assets/images/general/opengraph.png">
    <meta name="twitter:card" content="summary_large_image">
@endsection
@section('style')
    <title>隱私權政策｜驚喜製造 SURPRISE LAB</title>

    <!-- Style -->
    <link rel="icon" href="/SurpriseLabHome/assets/images/favicon.png" type="image/x-icon">
    <link rel="stylesheet" href="/SurpriseLabHome/resources/css/plugins/bootstrap-5.1.3/bootstrap.min.css"/>

    <!-- Loading Style -->
    <link rel="stylesheet" type="text/css" href="/SurpriseLabHome/resources/css/plugins/imagesloaded/loading.css"/>

    <!-- Custom CSS -->
    <link rel="stylesheet" href="/SurpriseLabHome/resources/css/plugins/icomoon/style.css">
    <link rel="stylesheet" href="/SurpriseLabHome/resources/css/style.css?240924">
    <link rel="stylesheet" href="/SurpriseLabHome/resources/css/terms.css">
@endsection
@section('main')
    <main>

        <h1>隱私權政策｜驚喜製造 SURPRISE LAB</h1>

        <section class="surpri-section light-theme privacy-outter-wrap">
            <div class="container-xl">
                <div class="row">
                    <div class="offset-xl-3 col-xl-6 col-12">
                        <div class="privacy-wrap">
                            <div class="surpri-title brackets-regular layout-center style-regular">
                                <div class="title-wrap">
                                    <h2 class="title-en">PRIVACY</h2>
                                    <h5 class="title-ch">隱私權政策</h5>
                                </div>
                            </div>

                            <div class="privacy-content-wrap">
                                <p class="body-03">
                                    驚喜製造官方網站（以下稱「本網站」）為驚喜製造股份有限公司（以下稱「本公司」）所經營，本網站尊重您的隱私權，並致力於保護您的個人資料。於使用驚喜製造官方網站前，請您詳細閱讀本條之「隱私權政策」（以下稱「本政策」），並隨時注意本網站所公告之相關修改或變更，本公司有權於任何時間修改或變更本隱私權政策之內容。當您使用本網站時，或於任何修改、變更後繼續使用本網站，皆表示您已閱讀、瞭解並同意接受本政策，或該修改、變更後之內容，及同意依據本政策蒐集、處理與利用您的個人資料；如果您無法遵守或不同意本政策之內容，或您所屬的國家、地區排除本政策內容之全部或一部時，請您立即停止使用驚喜製造官方網站。此外，驚喜製造股份有限公司於未經您許可的情形下，絕不會將您的個人資料提供予任何第三方。<br>
                                    <br>
                                    若您為未滿二十歲或無完全行為能力，除應符合上述規定外，請於您的法定代理人或監護人閱讀、瞭解並同意本政策及其後修改、變更後之所有內容後，方得使用或繼續使用本網站，否則請立即停止使用。當您使用或繼續使用驚喜製造官方網站時，即視為您的法定代理人或監護人已閱讀、瞭解並同意接受本政策及其後修改、變更之所有內容。個人資料之類別：當您使用本網站之服務，本公司會請您提供您下列類別的個人資料，如：
                                </p>
                                <p class="body-03">
                                    辨識個人者（例如：姓名、住址、電子郵件信箱、行動電話）、<br>
                                    辨識財務者（例如：信用卡或簽帳卡之號碼、銀行帳戶之號碼與姓名）、<br>
                                    生活格調（例如：使用消費品之種類及服務之細節、個人之消費模式）、<br>
                                    資料主體所取得之財貨或服務（例如：貨物或服務之有關細節）、<br>
                                    財務交易（例如：收付金額、支付方式、往來紀錄）、<br>
                                    資料主體之商業活動（例如：商業種類、提供或使用之財貨或服務、商業契約）、<br>
                                    約定或契約（例如：關於交易、商業、法律或其他契約、代理）、<br>
                                    未分類之資料（例如：用餐意見、無法歸類之檔案、報告），<br>
                                    及其他任何得以直接或間接方式識別個人之資料等。<br>
                                </p>
                                <p class="body-03">
                                    惟請注意，您於驚喜製造官方網站中進行交易時，所輸入之信用卡卡號、有效日期及授權碼，均僅儲存於您個人之行動裝置中，本網站將不會蒐集、處理或利用您上述個人資料。<br>
                                    <br>
                                    個人資料之利用：當您在驚喜製造官方網站登錄個人資料以進行相關交易時，所留下的個人資料包括但不限於姓名、電子郵件地址、手機號碼及發票寄送地址等，將在本網站妥當的保存，所蒐集信用卡資訊或銀行資訊，均經使用安全的SSL加密協議處理，可確保您的隱私。<br>
                                    <br>
                                    不提供個人資料之影響：您可自由選擇是否提供您上述的個人資料，但當您不同意提供時，您將無法享有驚喜製造官方網站所提供之服務。凡購買本網站供的服務或產品，本公司可能會透過電子郵件傳送您於驚喜製造官方網站的購買活動，包括但不限於消費者的帳戶、聯絡資訊或查詢、購買優惠的紀錄。您可選擇是否接收電子郵件，但當您不同意接收時，您將無法享有驚喜製造官方網站提供之服務。<br>
                                    <br>
                                    個人資料利用之地區：本公司之個人資料主機、相關網路伺服器主機所在地及本公司驚喜製造官方網站相關服務或商品發行或行銷地區，為您個人資料利用之地區。<br>
                                    <br>
                                    您對個人資料之權利：在不違反相關法律的情況下，於本公司確認該個人資料為您本人所有後，您可以聯絡本公司驚喜製造官方網站，或將您的需求郵寄至本公司的電子郵件信箱，以行使下列之權利：(1)查詢、閱覽、補充或更正您的個人資料。(2)停止蒐集、處理或利用您的個人資料。(3)刪除您的個人資料。(4)提供您個人資料的複製本。(5)停止寄發給驚喜製造官方網站相關廣告及行銷活動。但請注意，若您已於各該實際交易中提供您的個人資料給商家或交易對象，除法律另有規定之情形外，有關您的上述權利，應向各該商家或交易對象行使。<br>
                                    <br>
                                    除下列情形外，本公司不會任意將用戶的個人資料出售、轉讓或揭露予任何第三人：(1)本公司在與其他第三人合辦或協辦活動時，與該第三人共用、傳遞您的資料，才能夠提供您要求的產品或服務。惟驚喜製造官方網站會於各該活動頁面明確告知您的個人資料將因參與該活動而提供予合辦或協辦之第三人，如您選擇參與該活動，即表示您瞭解並同意將該個人資料為各該活動之目的提供予合辦或協辦之第三人。(2)本公司驚喜製造官方網站將因法律規定、法院命令、行政調查或其他法律程序的要求而提供您的資料，惟在此情形下，該資料只會單純提供予調查單位，並受中華民國相關法律的保護。(3)為了調查和防止非法活動、涉嫌詐欺、對人身安全有潛在威脅的狀況。(4) 對本公司驚喜製造官方網站服務條款的違反，或站或本公司被其他公司收購或合併，我們有權利將您的個人資料移轉給該公司。如果發生這種情況，本公司會在您的個人資料被移轉且將適用不同的隱私權政策前通知您。<br>
                                    <br>
                                    本公司驚喜製造官方網站有權視實際情形修訂本政策，本政策有重大變更時，本網站將張貼公告，您有義務隨時注意本政策有無更新或修訂。如您不同意所變更之內容，得隨時選擇退出相關服務，並請您立即停用驚喜製造官方網站之服務，如您繼續使用本網站，即表示您同意本政策變更之內容。
                                </p>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </section>

        <!-- Modal - Notice -->
        @include('SurpriseLabHome._noticeModal')

    </main>
@endsection
@section('script')
    <!-- Plugins -->
    <script src="/SurpriseLabHome/resources/js/plugins/jquery-3.3.1.min.js"></script>
    <script src="/SurpriseLabHome/resources/js/plugins/bootstrap-5.1.3/bootstrap.min.js"></script>

    <!-- AOS -->
    <script src="/SurpriseLabHome/resources/js/plugins/aos-2.0.0/aos.js"></script>

    <!-- Loading Animation JS -->
    <script src="/SurpriseLabHome/resources/js/plugins/imagesloaded/imagesloaded.pkgd.min.js"></script>

    <!-- Custom -->
    <script src="/SurpriseLabHome/resources/js/main.js?240924"></script>
    <script src="/SurpriseLabHome/resources/js/preload.js"></script>
@endsection



    

    