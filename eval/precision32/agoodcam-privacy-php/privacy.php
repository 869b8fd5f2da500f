<!DOCTYPE html>
<html lang="zh-TW">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="icon" type="image/webp" href="imgs/icon.webp">
    <title>AGoodCam - 隱私政策</title>
    <link rel="stylesheet" href="css/style.css">
</head>
<body>
    <div class="container legal-container">
        <header>
            <h1>AGoodCam</h1>
            <p>隱私政策</p>
        </header>
        
        <main class="legal-content">
            <section>
                <h2>1. 引言</h2>
                <p>AGoodCam（以下簡稱「我們」）致力於保護您的隱私。本隱私政策說明我們如何收集、使用和保護您在使用我們的服務時提供的信息。</p>
                <p>請仔細閱讀本隱私政策。使用我們的服務即表示您同意本隱私政策中描述的數據處理實踐。</p>
            </section>
            
            <section>
                <h2>2. 收集的信息</h2>
                <p>我們可能收集以下類型的信息：</p>
                <h3>2.1 自動收集的信息</h3>
                <ul>
                    <li>IP地址（僅用於服務功能和安全目的）</li>
                    <li>瀏覽器類型和版本</li>
                    <li>訪問日期和時間</li>
                    <li>設備信息（僅用於服務功能）</li>
                </ul>
                
                <h3>2.2 您提供的信息</h3>
                <ul>
                    <li>我們<strong>不</strong>要求您註冊或提供個人身份信息</li>
                    <li>我們<strong>不</strong>收集或存儲您的姓名、電子郵件或其他個人身份信息</li>
                </ul>
            </section>
            
            <section>
                <h2>3. 聊天內容和視訊</h2>
                <p><strong>重要說明：</strong></p>
                <ul>
                    <li>我們<strong>不</strong>記錄、存儲或監控您的視訊聊天</li>
                    <li>我們<strong>不</strong>保存您的文字聊天記錄</li>
                    <li>所有通信是點對點的，在可能的情況下直接在用戶之間傳輸</li>
                </ul>
                <p>但是，請注意，我們無法控制其他用戶的行為。其他用戶可能會在未經您同意的情況下記錄或截取您的視訊或聊天內容。使用本服務時請謹慎，不要分享您不希望被記錄的內容。</p>
            </section>
            
            <section>
                <h2>4. 使用收集的信息</h2>
                <p>我們使用收集的信息：</p>
                <ul>
                    <li>提供和維護服務</li>
                    <li>改善、個性化和擴展我們的服務</li>
                    <li>理解和分析您如何使用我們的服務</li>
                    <li>開發新產品、服務、功能和特性</li>
                    <li>防止欺詐或濫用我們的服務</li>
                </ul>
            </section>
            
            <section>
                <h2>5. Cookies和類似技術</h2>
                <p>我們使用cookies和類似技術來維護服務功能和改善用戶體驗。您可以通過瀏覽器設置控制cookies，但禁用某些cookies可能會影響服務的功能。</p>
                <p>我們使用的cookies類型：</p>
                <ul>
                    <li><strong>必要cookies：</strong>維持服務基本功能所需</li>
                    <li><strong>功能cookies：</strong>記住您的設置和偏好</li>
                    <li><strong>分析cookies：</strong>幫助我們了解用戶如何使用服務（匿名統計）</li>
                </ul>
            </section>
            
            <section>
                <h2>6. 信息共享</h2>
                <p>我們不會出售或出租您的個人信息。我們可能在以下情況下共享信息：</p>
                <ul>
                    <li>遵守法律要求或回應合法請求</li>
                    <li>保護我們的權利、財產或安全，或保護用戶或公眾的權利、財產或安全</li>
                    <li>調查潛在違反我們服務條款的行為</li>
                </ul>
            </section>
            
            <section>
                <h2>7. 數據安全</h2>
                <p>我們採取合理的措施保護您的信息不被未授權訪問、使用或披露。然而，沒有任何互聯網傳輸或電子存儲方法是100%安全的。</p>
            </section>
            
            <section>
                <h2>8. 兒童隱私</h2>
                <p>我們的服務不面向18歲以下的人士。我們不會故意收集18歲以下兒童的個人信息。如果您發現我們可能收集了兒童的個人信息，請聯絡我們，我們將採取措施刪除這些信息。</p>
            </section>
            
            <section>
                <h2>9. 國際數據傳輸</h2>
                <p>您的信息可能會被傳輸到並維護在您所在國家/地區以外的計算機上。使用我們的服務即表示您同意這種信息傳輸。</p>
            </section>
            
            <section>
                <h2>10. 政策變更</h2>
                <p>我們可能會不時更新本隱私政策。我們會在網站上發布更新的政策，並更新頁面底部的"最後更新日期"。繼續使用我們的服務即表示您接受更新後的政策。</p>
            </section>
            
            <section>
                <h2>11. 聯絡我們</h2>
                <p>如果您對本隱私政策有任何疑問，請通過<a href="contact.php">聯絡頁面</a>與我們聯繫。</p>
            </section>
            
            <div class="legal-footer">
                <p>最後更新日期：<?php echo date("Y-m-d"); ?></p>
                <button onclick="window.location.href='/'" class="back-btn">返回首頁</button>
            </div>
        </main>
        
        <footer>
            <p>&copy; <?php echo date("Y"); ?> AGoodCam. All Rights Reserved.</p>
            <div class="footer-links">
                <a href="terms.php">使用條款</a> | 
                <a href="privacy.php">隱私政策</a> | 
                <a href="about.php">關於我們</a> | 
                <a href="contact.php">聯絡我們</a>
            </div>
        </footer>
    </div>
</body>
</html> 