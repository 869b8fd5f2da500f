<!DOCTYPE html>
<html class="term">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no" />
    <title>閎捷科技</title>
    <link href="image/favicon.ico" rel="shortcut icon">
    <link rel="stylesheet" href="css/style.css">
    <link rel="stylesheet" href="css/fontawesome-all.min.css">
    <script src="js/jquery-2.1.4.min.js"></script>
</head>
<body>
    <article id="wrap">
        <!-- Header -->
        <?php include "_header.php"; ?>
        <!-- Main -->
        <main class="container-wrap">
            <section class="banner-wrap">
                <img src="image/banner_term.jpg">
                <img src="image/banner_term_m.jpg">
            </section>
            <section class="inside-wrap">
                <div class="inside-main">
                    <h1>閎捷禁售商品</h1>
                    <div class="term-wrap">
                        <p>一、 當您預備刊登商品之前，必須注意您的商品是否與服務項目有所衝突，相關商品類型列出如下：</p>
                        <p><br></p>

                        <p>禁止類 ： 依據公共秩序、善良風俗或依法令禁止販售之商品一覽表。</p>
                        <p>色情或暴力出版品、電腦軟體</p>
                        <p>藥品</p>
                        <p>有度數的眼鏡</p>
                        <p>保育動物及海洋哺乳類動物產製品</p>
                        <p>武器彈藥，包括刀械、槍枝</p>
                        <p>警用物品</p>
                        <p>彩券</p>
                        <p>流通貨幣</p>
                        <p>禁止轉讓之權利證明文件，如會員證</p>
                        <p>政府核發之證件、證照或執照</p>
                        <p>行銷名單及相關蒐集或發信之工具</p>
                        <p>權利車</p>
                        <p>酒類</p>
                        <p>活體動物</p>
                        <p>毒品、相關產製品及吸毒用品</p>
                        <p>醫療器材</p>
                        <p>贓物</p>
                        <p>人體器官</p>
                        <p>有價證券，如股票</p>
                        <p>情趣用品</p>
                        <p>二手內褲 / 絲襪</p>
                        <p>剪標品</p>
                        <p>統一發票</p>
                        <p>他人物品</p>
                        <p>煙火、炮竹、桶裝瓦斯</p>
                        <p>遞延性商品(若包含需提供履約保證)</p>
                        <p><br></p>

                        <p>二、 商品資訊不良行為，經客服人員稽核或他人檢舉成立，將視情節依規定處置，如下：</p>
                        <p>刊登不實：刊登商品與實物明顯不同等其他不良刊登。</p>
                        <p>1. 刊登不實：刊登商品與實物明顯不同等其他不良刊登。</p>
                        <p>2. 商品名稱或商店名稱不當：未經授權刊登商品侵害他人專利品牌或委託人檢舉等其他不當行為。</p>
                        <p>3. 說明文字不雅：刊登文字或說明中有明顯之違反社會善良風俗或人身攻擊之字眼或其他不良文字等。</p>
                        <p>4. 刊登照片不當：圖片侵權、涉妨害風化、裸露、色情、暴力等或其他不適當圖片等。</p>
                    </div>
                </div>
            </section>
        </main>
        <!-- Footer -->
        <?php include "_footer.php"; ?>
    </article>
    <!-- JS -->
    <script src="js/script.js"></script>
</body>
</html>
