<%@ Page Title="" Language="C#" MasterPageFile="~/tweda1.master" AutoEventWireup="true" CodeFile="priviate.aspx.cs" Inherits="priviate" %>

<asp:Content ID="Content1" ContentPlaceHolderID="head" Runat="Server">
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" Runat="Server">
      <!-- Header Start -->
    <div class="container-fluid bg-primary py-5 mb-5 page-header">
        <div class="container py-5">
            <div class="row justify-content-center">
                <div class="col-lg-10 text-center">
                    <h1 class="display-3 text-white animated slideInDown">隱私條款</h1>
                    <nav aria-label="breadcrumb">
                        
                    </nav>
                </div>
            </div>
        </div>
    </div>
    <!-- Header End -->
    <!-- About Start -->
    <div class="container-xxl py-5">
        <div class="container">

                <div class="col-lg-6 wow fadeInUp" data-wow-delay="0.3s">
                    <h6 class="section-title bg-white text-start text-primary pe-3">Privacy Policy</h6>
                    <h1 class="mb-4">歡迎來到 西方文化酒店</h1>
                    <div><h3>1) 您根據《台灣消費者隱私保護法》享有的權利</h3>

<p>如果您是台灣居民，並已向我方提供個人資料，您享有以下權利：</p>

<ul>
	<li>要求查閱我方已收集且與您有關的個人資料；</li>
	<li>要求披露我方已收集及分享，且與您有關的個人資料；</li>
	<li>要求披露我方出於商業目的而披露的個人資料類別</li>
	<li>要求刪除您的個人資料；和</li>
	<li>要求退出銷售您個人資料的活動。</li>
</ul>

<p>即使您行使以上任何一項權利，也不會受到任何區別對待。您可以透過以下任何方式行使您的此等權利：</p>

<ul>
	<li>致電 02-12345656；</li>
	<li>填妥資料查閱要求表格（您可透過傳送電郵至 <a href="mailto:dataprivacyofficer@westcultural.com">dataprivacyofficer@westcultural.com</a> 要求索取此表格）；和/或</li>
	<li>向我們其中一間酒店的前台查詢如何行使此等權利。</li>
</ul>

<p>如果您選擇行使上述任何一項權利，我們或需要透過不同方式驗證您的身份，包括透過您的帳戶驗證，或向您確認我方持有與您相關的某些資料，直至達至合理滿意的程度。此外，我們或會要求您提供額外資料以驗證身份。</p>

<p>在過去 12 個月，我們分享了以下個人資料類別：</p>

<ul>
	<li>身份標識符</li>
	<li>商業資料</li>
	<li>網絡活動資料</li>
</ul>

<p>我們使用 Cookie 以自動收集有關您瀏覽我們網站時的活動資料。我們可能會與指定的第三方廣告或社交網站分享此等個人資料，以便作出廣告活動、市場研究和分析。以上部分指定第三方可能會將個人資料用於自身用途或向其他企業提供服務。即使我們並沒有收受款項，加州法律仍可能會將此等分享視為「銷售活動」。您可以點擊<a class="optanon-show-settings ">此處</a>或聯絡 <a href="mailto:dataprivacyofficer@westcultural.com">dataprivacyofficer@westcultural.com</a>，以退出此等自動分享活動。之後，我們將不再使用 Cookie 分享您的個人資料。如果您使用其他裝置或瀏覽器瀏覽我們的網站，我們未必能夠識別您。因此，您需要為每部用於瀏覽網站的裝置和瀏覽器分別提交退出活動要求。我們不會分享或「出售」未滿 16 歲人士的個人資料。</p>

<p>在某些情況下，您可以授權一名指定人士代表您提出要求。第三方代表可以在您的書面授權下代表您提出要求。第三方代表可以是個人或商業機構。如果您希望委任商業機構，此機構必須已向加州州務卿註冊經營業務。在提出要求時，第三方代表必須提供您的書面授權。如欲了解更多資訊，請傳送電郵至 <a href="mailto:dataprivacyofficer@eastcultural.com">dataprivacyofficer@westcultural.com</a>。</p>

<p>我們也會向作為加州居民的員工收集特定個人資料，包括：</p>

<ul>
	<li>身份標識符，例如：真實姓名、別名、郵寄地址、電郵地址、社會安全號碼、駕照號碼、身份證號碼、護照號碼、簽名、電話號碼，銀行戶口號碼和健康保險資料。</li>
	<li>專業背景或受僱相關資料。</li>
	<li>教育背景。</li>
</ul>

<p></p>

<h3>2) 您根據《台灣網路隱私保護法》享有的權利</h3>

<p>如果您是台灣居民，您可以要求索取第三方出於直接市場推廣目的而披露的您的個人資料。如需提出上述要求，請傳送電郵至 <a href="mailto:dataprivacyofficer@westcultural.com">dataprivacyofficer@westcultural.com</a>。</p>

<p><u>請勿追蹤訊號</u>：我們的網站設定為無法讀取或回應瀏覽器標題中的「請勿追蹤」設定或訊號。</p>

<p></p>

<p align="left" style="text-align:left"><span style="font-size:9.5pt">*「西方文化」、「文化西方酒店集團」、「我們」及「我方」指文華東方酒店集團有限公司以及其附屬公司（在世界各地與集團的酒店管理及營運直接相關），包括在以下司法管轄區的當地實體：在捷克共和國為 Mandarin Oriental Prague S.R.O.；在法國為 MOHG Hotel (Paris) SARL；在德國為 Mandarin Oriental Munich GmbH；在意大利為 Mandarin Oriental Hotel Management (BVI) Limited、Mandarin Oriental (UK) Limited 和 Mandarin Oriental Residences Management (UK) Limited；在摩洛哥為 MO Management SARL；在荷蘭為 Mandarin Oriental Corporation B.V.；在西班牙為 Mandarin Oriental Spain SL 和 Mandarin Oriental Spain Residences SL；在瑞士為 Mandarin Oriental (Switzerland) SA 和 Société pour l’Exploitation de Mandarin Oriental (Genève) SA；在土耳其為 Mandarin Oriental Otelcilik Limited Sirketi 和 MO Rezidans Hizmetleri Limited Sirketi；以及在英國為 Mandarin Oriental Hyde Park Limited、Mandarin Oriental (UK) Limited 和 Mandarin Oriental Residences Management (UK) Limited。文華東方酒店集團有限公司及如上所列的適用當地實體為「資料管控者」。數據管控者的聯絡資料如下：電郵地址為 </span><a href="mailto:dataprivacyofficer@westcultural.com" span="" style="font-size:9.5pt">dataprivacyofficer@westcultural.com</a><span style="font-size:9.5pt">，郵寄地址為台灣台北市信義區信義路三段100號。</span></p>

<%--<p></p>--%>

<p><strong>生效日期</strong>：2020 年 2 月 1 日</p></div>
                      
                   
                </div>
            
        </div>
    </div>
    <!-- About End -->
</asp:Content>



