<!DOCTYPE html>
<html lang="zh-tw">
<head>
    <meta charset="utf-8">
    <meta name="description" content="Achieve is Crowdfunding platform in Asia, which the goal is helping people make their dream come true.  Achieve 是一個群眾集資平台。立志於幫助人們實現夢想。">
    <meta name="keywords" content="crowdfunding, platform, dream, help">
    <meta name="author" content="楊雲翔">
    <meta property="og:site_name" content="Achieve">
    <meta property="og:locale" content="zh_TW">
    <meta property="og:title" content="關於我們 | Achieve">
    <meta property="og:description" content="Achieve is Crowdfunding platform in Asia, which the goal is helping people make their dream come true.  Achieve 是一個群眾集資平台。立志於幫助人們實現夢想。">
    <meta property="og:image" content="./images/achieve.png">
    <meta property="og:type" content="website">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">

    <title>關於我們 | Achieve</title>
    <link rel="Shortcut Icon" type="image/x-icon" href="../images/icon.png" />
    <link rel="stylesheet" href="../styles/main.css">
    <link rel="stylesheet" href="../styles/util.css">
    <link rel="stylesheet" href="../styles/basis.css">

   
</head>
<body>
    <header class="headerpage">
    </header>
    <div class="container vertical-items m-t-50">
        <h2>一、隱私權保護政策的適用範圍</h2>
        <p>隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看</p>
        <h2>二、個人資料的蒐集、處理及利用方式</h2>
        <p>隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看</p>
        <h2>三、資料之保護</h2>
        <p>隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看</p>
        <h2>四、網站對外的相關連結</h2>
        <p>隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看</p>
        <h2>五、與第三人共用個人資料之政策</h2>
        <p>隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看</p>
        <h2>六、Cookie之使用</h2>
        <p>隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看</p>
        <h2>七、隱私權保護政策之修正</h2>
        <p>隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看隨便啦打那麼多你又不會看</p>
        
    </div>
    
    <footer class="footerpage">
    </footer>
    <script src="../js/jquery-3.6.0.js"></script>
    <script src="../js/all.js"></script>
</body>
</html>