<!DOCTYPE html>
<html lang="zh-TW">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="icon" type="image/webp" href="imgs/icon.webp">
    <title>AGoodCam - 使用條款</title>
    <link rel="stylesheet" href="css/style.css">
</head>
<body>
    <div class="container legal-container">
        <header>
            <h1>AGoodCam</h1>
            <p>使用條款</p>
        </header>
        
        <main class="legal-content">
            <section>
                <h2>1. 條款接受</h2>
                <p>歡迎使用AGoodCam（以下簡稱「本服務」）。本服務由AGoodCam團隊（以下簡稱「我們」）提供。一旦您使用本服務，即表示您同意遵守這些使用條款。如果您不同意這些條款，請勿使用本服務。</p>
            </section>
            
            <section>
                <h2>2. 年齡限制</h2>
                <p><strong>本服務僅供年滿18歲或您所在國家/地區法定成年年齡的用戶使用。</strong>如果您未滿18歲或您所在國家/地區的法定成年年齡，請立即停止使用本服務。我們保留要求用戶證明年齡的權利。</p>
            </section>
            
            <section>
                <h2>3. 服務描述</h2>
                <p>AGoodCam是一個匿名隨機視訊聊天平台，讓用戶可以與全球陌生人進行一對一的視訊聊天。我們不保證聊天的品質或內容，也不對用戶之間的互動負責。</p>
            </section>
            
            <section>
                <h2>4. 用戶行為規範</h2>
                <p>使用本服務時，您同意不會：</p>
                <ul>
                    <li>發布、展示或傳輸任何非法、有害、威脅、辱罵、騷擾、誹謗、粗俗、淫穢或其他不適當的內容</li>
                    <li>展示或傳輸任何色情、暴力或其他不適當的內容</li>
                    <li>騷擾、威脅或傷害其他用戶</li>
                    <li>冒充任何人或實體，或虛假陳述您與任何人或實體的關係</li>
                    <li>違反任何適用的法律、法規或規則</li>
                    <li>未經同意記錄、截圖或分享與其他用戶的互動</li>
                    <li>利用本服務進行商業活動或推廣</li>
                </ul>
            </section>
            
            <section>
                <h2>5. 隱私和數據</h2>
                <p>我們重視您的隱私。使用本服務時，您同意我們按照我們的<a href="privacy.php">隱私政策</a>收集和使用您的信息。請注意，雖然我們不記錄聊天內容，但我們無法保證其他用戶不會記錄您的視訊或聊天。</p>
            </section>
            
            <section>
                <h2>6. 免責聲明</h2>
                <p>本服務按「現狀」和「可用性」提供，不做任何明示或暗示的保證。我們不保證服務不會中斷、及時、安全或無錯誤。您使用本服務的風險完全由您自己承擔。</p>
                <p>我們不對用戶之間的互動負責，也不對用戶可能遇到的任何不良內容負責。我們鼓勵用戶遇到不適當內容時立即使用「跳過」功能。</p>
            </section>
            
            <section>
                <h2>7. 責任限制</h2>
                <p>在法律允許的最大範圍內，AGoodCam及其管理者、員工或代理人在任何情況下均不對因使用或無法使用本服務而導致的任何直接、間接、偶然、特殊、懲罰性或後果性損害負責。</p>
            </section>
            
            <section>
                <h2>8. 條款修改</h2>
                <p>我們保留隨時修改這些條款的權利。修改後的條款將在發布時立即生效。繼續使用本服務即表示您接受修改後的條款。</p>
            </section>
            
            <section>
                <h2>9. 終止</h2>
                <p>我們保留在任何時候因任何原因終止或限制您使用本服務的權利，無需事先通知。</p>
            </section>
            
            <section>
                <h2>10. 適用法律</h2>
                <p>這些條款受中華民國法律管轄，任何因這些條款引起的爭議將提交中華民國有管轄權的法院解決。</p>
            </section>
            
            <section>
                <h2>11. 聯絡我們</h2>
                <p>如果您對這些條款有任何疑問，請通過<a href="contact.php">聯絡頁面</a>與我們聯繫。</p>
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