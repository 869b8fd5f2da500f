<%@ Page Title="" Language="C#" MasterPageFile="~/Site1.Master" AutoEventWireup="true" CodeBehind="WebForm2.aspx.cs" Inherits="HomeWork003.WebForm2" %>
<asp:Content ID="Content1" ContentPlaceHolderID="head" runat="server">
    <style>
        .pTitle{
            color:red;
            margin:50px 0 10px 0;
        }
    </style>
</asp:Content>

<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" runat="server">
    <div style="padding: 5%; width:65%;margin:0 auto;">

        <h1>隱私權保護宣告</h1>
        <p>
            親愛的朋友，感謝您蒞臨「法務部全球資訊網」，為了尊重您個人的隱私權，因此制訂了隱私權保護宣告。對於「法務部全球資訊網」如何蒐集、應用及保護您所提供的個人資訊，請詳細閱讀下列內容：隱私權保護宣告的適用範圍
        </p>
        <p>以下的隱私權宣告，適用於您在使用「法務部全球資訊網」網站服務時，所涉及的個人資料蒐集、運用與保護。</p>

        <p class="pTitle">個人資料之蒐集及使用方式</p>

        <p>‧「法務部全球資網」絕不會任意出售、交換、或出租任何您的個人資料給其他團體、個人或私人企業。但有下列情形者除外：</p>
        <p>1.配合司法單位合法的調查。</p>
        <p>2.配合相關職權機關依職務需要之調查或使用。</p>
        <p>3.基於善意相信揭露為法律需要，或為維護和改進網站服務而用於管理。</p>


        <p class="pTitle">個人資料之保全</p>
        <p>「法務部全球資訊網」網站任何個人資料的網路傳遞皆經過SSL的加密機制，以確保資料在傳輸過程中不被第三者非法擷取。</p>

        <p class="pTitle">隱私權保護宣告之諮詢</p>
        <p>如果您對「法務部全球資訊網」的隱私權保護宣告有任何疑問，歡迎與我們聯絡。</p>
    </div>



</asp:Content>
