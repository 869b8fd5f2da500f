<%@ Page Title="" Language="C#" MasterPageFile="~/Site1.Master" AutoEventWireup="true" CodeBehind="WebForm3.aspx.cs" Inherits="HomeWork003.WebForm3" %>
<asp:Content ID="Content1" ContentPlaceHolderID="head" runat="server">
    <style>
        .pTitle {
            color: red;
            margin: 30px 0 10px 0;
        }
    </style>
</asp:Content>

<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" runat="server">
    <div style="padding: 5%; width:65%;margin:0 auto;">

        <h1>隱私權保護宣言</h1>

        <p>財團法人金融聯合徵信中心隱私權保護宣言</p>
        <p>親愛的朋友，歡迎您蒞臨「財團法人金融聯合徵信中心全球資訊網」（以下
              簡稱「聯徵中心全球資訊網」），為了尊重您個人的隱私權，因此制訂了隱
              私權保護宣言。對於「聯徵中心全球資訊網」如何蒐集、利用及保護您所
              提供的個人資料，請詳細閱讀下列內容：
        </p>

        <p class="pTitle">隱私權保護宣言的適用範圍</p>
        <p>以下的隱私權保護宣言，適用於您在使用「聯徵中心全球資訊網」網站服
            務時，所涉及的個人資料蒐集、利用與保護。其餘經由「聯徵中心全球資
            訊網」連結之各網站均有其專屬之隱私權保護政策，您在這些網站之個人
            資料保護，適用各該網站的隱私權保護公告，「聯徵中心全球資訊網」不負
            任何連帶責任。
        </p>

        <p class="pTitle">隱私權保護宣言的適用範圍</p>
        <p>．單純在「聯徵中心全球資訊網」網站的瀏覽及檔案下載行為，本網站並不會蒐集任何有關個人的身分資料。

        </p>
        <p>．利用「聯徵中心全球資訊網」所提供的意見信箱，需申請人提供個人資
             料時，本中心會依辦理案件需求請您提供真實之姓名、身分證字號、聯
             絡電話、e-mail、通訊住址等個人之資料。
        </p>
        <p>．網站會記錄使用者上站的 IP 位址、上網時間以及在網站內所瀏覽的網頁
             等資料，以提供網站管理單位內部作網站流量和網路行為調查的總量分
             析，以利提昇本網站之服務品質，且「聯徵中心全球資訊網」僅對全體
             使用者行為總和進行分析，並不會對個別使用者進行分析。
        </p>

        <p class="pTitle">資料分享及公開方式</p>
        <p>「聯徵中心全球資訊網」絕不會任意出售、交換、或出租任何您的個人資料給其他團體、個人或私人企業。但有下列情形者除外：</p>
        <p>1.配合司法單位調查。</p>
        <p>2.配合相關機關依職權調查或使用。</p>
        <p>3.基於法律規定而揭露。</p>
        <p>4.為管理、維護及改進網站服務。</p>

        <p class="pTitle">隱私權保護宣言之諮詢</p>
        <p>如果您對「聯徵中心全球資訊網」的隱私權保護宣言有任何疑問，歡迎與我們聯絡。</p>
    </div>

</asp:Content>
