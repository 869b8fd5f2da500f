<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>隱私條款</title>

    <!-- ======================== link font or icon setting =============================  -->
    <link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/5.15.3/css/all.min.css">
    <!-- <link href="https://fonts.googleapis.com/css2?family=Montserrat:wght@400;500;700;900&display=swap" rel="stylesheet"> -->
    <link href="https://cdnjs.cloudflare.com/ajax/libs/animate.css/3.7.2/animate.min.css" rel="stylesheet">


    <!-- ======================== CSS setting =============================  -->
    <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.1.0/dist/css/bootstrap.min.css" rel="stylesheet">
    <link href="./css/style.css" rel="stylesheet">


    <!-- ======================== JS setting =============================  -->
    <script crossorigin="anonymous" src="https://kit.fontawesome.com/c8e4d183c2.js"></script>
    <script src="https://cdnjs.cloudflare.com/ajax/libs/jquery/3.6.0/jquery.min.js"></script>
    <script src="./js/loading.js"></script>
    <script src="https://unpkg.com/aos@2.3.1/dist/aos.js"></script>

    <style>
        .header-nav {
            position: relative;
        }

        /* 頁籤 */

        .Bookmark {
            width: 80%;
            margin: 20px auto;
        }

        .Bookmark a:not(:last-child),
        .Bookmark span {
            font-size: 16px;
            color: #000;
            text-decoration: none;
            margin: 5px;
        }

        .Bookmark a:last-child {
            font-size: 16px;
            color: rgb(155, 155, 155);
            text-decoration: none;
            margin: 5px;
        }

        /* 內容 */

        .Privacy {
            width: 80%;
            margin: 10px auto;
            border: 1px solid #607d8b;
            border-radius: 5px;
            font-size: 16px;
            line-height: 3rem;
        }
    </style>
</head>

<body>
    <?php include('./header.php') ?>

    <div class="Bookmark">
        <a href="./index.php">寵愛NEE</a>
        <span>/</span>
        <a href="">隱私條款</a>
    </div>
    <section class="Privacy">
        <h1><b>隱私條款</b></h1>
        <div class="mb-3">
            <b>隱私權聲明</b>
            <div>
                寵愛NEE非常感謝您瀏覽本網站， 我們非常重視每位會員的隱私權且遵循 「個人資料保護法」之規定， 因此制訂了隱私權保護政策，我們希望您清楚瞭解我們使用資訊 的方式，以及我們保障您隱私權的各種措施。
            </div>
        </div>
        <div class="mb-3">
            <b>個人資料之安全</b>
            <div>
                本公司重要的經營理念，在未經會員同意之下，絕不會將會員的個人資料提供予任何與本公司服務無關之第三人。 提醒您，若是與他人共享電腦或使用公共電腦，切記要關閉瀏覽器視窗。
            </div>
        </div>
        <div class="mb-3">
            <b>資料安全</b>
            <div>
                為保護網站及您的個人資料，本網站主機均設有防火牆、防毒系統等相關的各項資訊安全設備 及必要的安全防護措施， 只由經過授權的人員才能接觸您的個人資料，相關處理人員皆簽有保密合約，如有違反保密義務者，將會受到相關的法律處分。
            </div>
        </div>
        <div class="mb-3">
            <b>網站對外的相關連結</b>
            <div>
                本網站的網頁提供其他網站的網路連結，您也可經由本網站所提供的連結，點選進入其他網站 。 但該連結網站不適用本網站的隱私權保護政策，您必須參考該連結網站中的隱私權保護政策 。
            </div>
        </div>
        <div class="mb-3">
            <b>Cookie之使用</b>
            <div>
                為了提供您最佳的服務，本網站會在您的電腦中放置並取用我們的 Cookie， 若您不願接受 Cookie 的寫入，您可在您使用的瀏覽器功能項中設定隱私權等級為高， 即可拒絕 Cookie 的寫入，但可能會導至網站某些功能無法正常執行 。
            </div>
        </div>
        <div class="mb-3">
            <b>隱私權保護政策修訂</b>
            <div>
                本網站隱私權保護政策為因應社會環境及法令規章的變遷與科技的進步，本公司基於保護顧客之個人資料為考量， 於必要時有權修訂本隱私權保護政策，修正之政策將將刊登於網站上， 公布後即生效。 若您對自己在ALLSTARS星光商城的隱私權有任何問題，請洽詢ALLSTARS星光商城客服信箱。
            </div>
        </div>
    </section>

    <?php include('./footer.php') ?>


    <script src="./js/js.js"></script>
    <script src="./js/shop.js"></script>
</body>

</html>