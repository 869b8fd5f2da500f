<div class="container mx-auto mt-5 mb-2">
    <h2 class="mt-4 mb-2 text-info">隱私條款</h2><br>

    <div>
        <p5 class="mt-2 text-secondary fw-bold border-bottom">我們收集什麼樣的資訊？</p5>
        <p class="text-dark mb-1 mt-1">當您在我們的網站上註冊、下訂單、訂閱我們的資訊或回應調查時，我們會收集您的資訊，下定單，訂閱我們的資訊，或者回應的一項調查顯示。</p>
        <p class="text-dark">訂貨時或在我們的網站上註冊，在適當情況下，你可能會被要求輸入您的姓名，電子郵件地址，郵寄地址，電話號碼或信用卡資訊。您也可以匿名造訪我們的網站。</p><br>
    </div>

    <div>
        <p5 class="mt-2 text-secondary fw-bold border-bottom">我們如何使用您的資訊？</p5>
        <p class="text-dark mb-0 mt-1">我們向您收集的資訊可能以下列方式使用：</p>
        <ul>
            <li class="mb-1">個性化您的體驗（您的資訊有助於我們更好地回應您的個人需求）</li>
            <li class="mb-1">改進我們的網站（我們持續根據收到的資訊與反饋改進網站與產品）</li>
            <li class="mb-1">提升客戶服務（您的資訊有助於我們更有效地回應客戶服務請求與支援需求）</li>
            <li class="mb-1">要處理交易（您的資訊，不論公開或私人，不會被出售，交換，轉讓，或以任何理由，任何其他公司未經用戶同意，除提供所購買的產品或服務要求的明確目的。）</li>
            <li class="mb-1">方便我們提供優惠，調查或改善其他網站功能</li>
            <li class="mb-1">定期發送電子郵件（您提供的電子郵件地址，訂單處理，只會被用來向您發送資訊及與您訂單相關的更新。）</li>
        </ul>
    </div>

    <div class="mb-4">
        <p5 class="mt-2 text-secondary fw-bold border-bottom">我們如何保護您的資訊？</p5>
        <p class="text-dark mb-1 mt-1">我們實施各項安全措施，在您下單、輸入、提交或造訪個人資訊時，維護您個人資訊的安全。</p>
        <p class="text-dark mb-1">我們使用安全的伺服器。所有敏感／信用卡資訊均透過 SSL 技術加密傳輸至我們的支付閘道供應商資料庫，僅具特殊存取權限的系統可讀取，並須對資訊保密。</p>
        <p class="text-dark mb-1">交易後，您的私人資訊（信用卡、安全碼、財務等）不會儲存於我們的伺服器上。</p>
    </div>

    <div class="mb-4">
        <p5 class="mt-2 text-secondary fw-bold border-bottom">我們使用cookies？</p5>
        <p class="text-dark mb-1 mt-1">（Cookies是一個網站或其服務提供者傳輸至您電腦硬碟、經由網頁瀏覽器（如果你允許的話），使站點或服務供應商系統確認您的瀏覽器和捕捉並記憶某些資訊的小型檔案。</p>
        <p class="text-dark mb-1">我們使用cookie來幫助我們記住並處理您的購物車中的物品。</p>
    </div>

    <div class="mb-4">
        <p5 class="mt-2 text-secondary fw-bold border-bottom">我們會對外透露任何資訊嗎？</p5>
        <p class="text-dark mb-1 mt-1">我們不會出售，交易，或以其他方式轉讓向外界您的個人身分資訊。此不包含受信任的第三方協助我們經營我們的網站，開展我們的業務，或為您服務，只要各方同意對這些資訊保密。我們也可能在認為適當時釋出您的資訊，以遵守法律、執行網站政策或保護我們或他人之權利、財產或安全。</p>
        <p class="text-dark mb-1">然而，非個人身分識別的訪客資訊可提供給其他方，市場營銷，廣告或其他用途。</p>
    </div>

    <div class="mb-4">
        <p5 class="mt-2 text-secondary fw-bold border-bottom">第三方連結</p5>
        <p class="text-dark mb-1 mt-1">有時候，我們在網站，可能會提供第三方的產品或服務。這些第三方網站有單獨的和獨立的隱私政策。因此，我們沒有責任或義務，這些連結網站的內容與活動。儘管如此，我們力圖保護的完整性我們的網站，並歡迎任何反饋這些網站。</p>
    </div>

    <div class="mb-4">
        <p5 class="mt-2 text-secondary fw-bold border-bottom">符合兒童線上隱私保護法</p5>
        <p class="text-dark mb-1 mt-1">我們遵守 COPPA（兒童線上隱私保護法）的要求，我們不收集任何未滿13歲人士的資料。我們的網站、產品和服務對象都是至少13歲或以上的人。</p>
    </div>

    <div class="mb-4">
        <p5 class="mt-2 text-secondary fw-bold border-bottom">僅線上隱私權保護政策</p5>
        <p class="text-dark mb-1 mt-1">本線上隱私政策僅適用於透過我們網站收集的資訊，不包含離線收集的資訊。</p>
    </div>

    <div class="mb-4">
        <p5 class="mt-2 text-secondary fw-bold border-bottom">您的同意</p5>
        <p class="text-dark mb-1 mt-1">使用我們的網站，即表示您同意我們網站的隱私政策。</p>
    </div>
</div>
