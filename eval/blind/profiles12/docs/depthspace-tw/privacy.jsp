<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<!DOCTYPE html>
<html>
<head>
<title>隱私權保護政策</title>
<jsp:include page="head.jsp" />
<style>
h3.heading, h2.heading {
    font-size: 43px;
}
p.text {
    max-width: 700px;
    margin: auto;
}
</style>
</head>
<body>
<jsp:include page="../indexpage/header.jsp" />
<jsp:include page="../indexpage/headpic.jsp" />
<!-- main -->
    <section class="packages pt-5">
      <div class="container py-lg-4 py-sm-3">
        <h2 class="heading text-capitalize text-center">隱私權保護政策</h2>
        <p class="text text-justify fw-bolder mt-4" style="font-size: 1.2em">
          尊敬的 DepthSpace 用戶：
        </p>
        <p class="text mt-3 mb-3 text-justify">
          DepthSpace
          重視您的個人隱私，將依照本隱私權保護政策（下稱「本政策」）之規定，收集、處理、利用及保護您的個人資料。本政策說明我們如何處理您的個人資料，包括以下內容：
        </p>
        <p class="text text-justify fw-bolder" style="font-size: 1.2em">
          1. 適用範圍
        </p>
        <p class="text mt-3 mb-3 text-justify">
          本政策適用於您在使用 DepthSpace 服務時，所提供的個人資料處理與保護。
        </p>
        <p class="text text-justify fw-bolder" style="font-size: 1.2em">
          2. 個人資料之蒐集及處理
        </p>
        <p class="text mt-3 mb-3 text-justify">
          當您使用 DepthSpace 服務時，我們將收集您的以下個人資料：
          <br />1. 當您註冊 DepthSpace
          帳戶時，我們將蒐集您的姓名、電子郵件地址、手機號碼等基本資料。
          <br />2. 當您使用 DepthSpace
          服務進行交易時，我們將蒐集您的付款資訊、訂單明細、交易金額等資訊。
          <br />3. 當您使用 DepthSpace
          服務時，我們將蒐集您的IP位址、操作系統、瀏覽器類型等資訊。 <br />4.
          當您與我們聯繫或向我們提供其他類型的資料時，我們將蒐集這些資料。
        </p>
        <p class="text text-justify fw-bolder" style="font-size: 1.2em">
          3. 個人資料之利用
        </p>
        <p class="text mt-3 mb-3 text-justify">
          我們將利用您的個人資料，以提供您所需之服務、解決問題、維護安全、改善使用體驗等目的，包括但不限於以下方式：
          <br />1. 進行訂單處理、付款驗證及商品運送。 <br />2.
          提供客戶支援、回應您的詢問、解決問題等。 <br />3.
          進行市場研究、分析、改善、開發及維護 DepthSpace 的產品與服務。 <br />4.
          與第三方共用資訊以提供您更好的服務。
        </p>
        <p class="text text-justify fw-bolder" style="font-size: 1.2em">
          4. 資料安全與保護
        </p>
        <p class="text mt-3 mb-3 text-justify">
          我們採取適當的技術與組織措施，以保護您的個人資料不受未經授權的存取、使用或洩漏。我們會使用加密技術以保護您的資料在傳輸過程中的安全性，以及存儲於我們的系統中的資料。
        </p>
        <p class="text mt-3 mb-3 text-justify">
          然而，請注意，雖然我們已經採取了各種措施保護您的資料，但是在網際網路上傳輸的資料並不能保證完全安全。因此，我們無法保證您傳輸至我們的網站的資料是完全安全的。您應該意識到，任何傳輸至我們網站的資料皆有可能被他人查閱、攔截或篡改。
        </p>
        <p class="text text-justify fw-bolder" style="font-size: 1.2em">
          5. Cookie 與網站分析
        </p>
        <p class="text mt-3 mb-3 text-justify">
          我們可能會使用 Cookie
          或類似技術來收集您的使用經驗和喜好，以改進我們的網站、產品和服務。Cookie
          是一個包含小量資料的文字檔案，當您訪問我們的網站時會儲存在您的電腦或行動裝置中。Cookie
          可以幫助我們記住您的設定、保存您的登入狀態、分析您的使用習慣以及提供個人化的內容和廣告。
        </p>
        <p class="text mt-3 mb-3 text-justify">
          此外，我們可能會使用網站分析服務來收集有關訪客使用我們網站的資訊，例如訪問次數、訪問時間、訪問的頁面等等。這些資訊將幫助我們分析我們網站的使用情況，並進一步改善我們的產品和服務。
        </p>
        <p class="text text-justify fw-bolder" style="font-size: 1.2em">
          6. 隱私權政策的變更
        </p>
        <p class="text mt-3 mb-3 text-justify">
          我們保留修改或更新本隱私權保護政策的權利，並會在本網站上張貼任何更新版本的隱私權政策。如果我們對隱私權政策進行了重大更改，我們還可能會通過其他方式通知您，例如通過電子郵件或在我們的網站上發布通知。
        </p>
        <p class="text text-justify fw-bolder" style="font-size: 1.2em">
          7. 資料安全措施
        </p>
        <p class="text mt-3 mb-3 text-justify">
          我們將採取合理的技術和組織措施來保護您的個人資料的安全性，防止未經授權的存取、使用、修改、披露或毀損。然而，由於網際網路的開放性，我們無法保證您的個人資料完全不會被泄漏、竊取或被更改，因此您應謹慎選擇您將個人資料提供給我們的方式。
        </p>
      </div>
    </section>
    <!-- main -->
    <jsp:include page="../indexpage/footer.jsp" />
</body>
</html>