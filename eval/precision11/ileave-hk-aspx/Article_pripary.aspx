<%@ Page Title="" Language="C#" MasterPageFile="~/Controls/leave.Master" AutoEventWireup="true" CodeBehind="Article_pripary.aspx.cs" Inherits="WEBUI.Pages.Article_pripary" %>
<asp:Content ID="Content1" ContentPlaceHolderID="ContentPlaceHolder1" runat="server">
    <div class ="col-xs-12" id="content_eng" runat="server" visible="false">
        <div class="col-lg-12; lsf-fontbold" style="margin-top:10px;">Privacy Policy Statement</div>
        &nbsp;&nbsp;&nbsp;&nbsp;It is the policy of Data World Solutions Limited to safeguard all information provided by customers (our customers and website users). Generally speaking, we do not collect any personal data from you. If Personal Data is collected in the process of making enquires or submitting applications for services provided by the Corporation, customers will be informed via the respective Information Collection Statements of our websites of such purposes and uses, including the extent of their transfer and disclosure; and the right of access to and correction of the collected Personal Data. 'Cookie' files that have been set up in the website are meant only to facilitate customer access during their next visit to the same website. Once we have obtained customer's Personal Data, they will be maintained securely on our system. Only the authorised staff, who have been properly trained, will be permitted to access such Personal Data.
        <br />&nbsp;&nbsp;&nbsp;&nbsp;Our general policy is not to disclose any personal data to any third parties except as required by law or with your prior consent. We may however from time to time send direct marketing materials promoting our Corporation's products and services to customers based on their Personal Data; but shall stop doing so when being advised in writing or by e-mail that they do not wish to receive further materials from us. Suitable opt-out facilities will be provided during the direct marketing process.
        <br />&nbsp;&nbsp;&nbsp;&nbsp;Should customers have any queries about our privacy policy, please e-mail us at info.solutions@dataworld.com.hk.
        <br />
        <br />
        <div class="col-lg-12; lsf-fontbold">Personal Information Collection Statement</div>
        &nbsp;&nbsp;&nbsp;&nbsp;The information collected from you will be used for the purpose of processing your enquiry or services applications. Our general policy is not to disclose any personal data to any third parties except as required by law or with your prior consent. You have the right to request access to and correction of information about you held by us. In case you wish to access or correct your personal data held by us, please email info.solutions@dataworld.com.hk
        <br />
        <br />
        <div class="col-lg-12; lsf-fontbold">English Version and Chinese Translation</div>
        &nbsp;&nbsp;This Privacy Policy Statement is written in English language with a Chinese translation. If there is any discrepancy or conflict between the English version and its Chinese translation, the English version prevails.
    </div>

    <div class ="col-xs-12" id="content_cn" runat="server" visible="false">
        <div class="col-lg-12; lsf-fontbold" style="margin-top:10px;">隐私政策声明</div>
        &nbsp;&nbsp;&nbsp;&nbsp;根据达讯顾问有限公司的政策，我们确保为客户（指我们的实际客户和网站用户）提供的所有信息将会保密。 一般而言，本公司不会收集阁下的个人资料。 如果客户就达讯顾问有限公司提供的服务提出咨询或提交申请时，需要在该过程中提交某些个人数据，在这种情况下，我们将通过网站内相关的"个人信息收集声明"通知客户，让客户知晓我们收集这些信息的目的与用途（包括这些信息传递与公布的范围），并且有权查看和更改这些个人信息。 网站设定了曲奇"Cookie"文件，目的仅为了使客户在下次登陆网站时更为方便。 我们获得客户的个人数据后，这些数据将被安全地储存在我们的电脑系统中。 只有获得授权的员工（他们是经过相关专业培训）才能够查阅这些个人数据。
        <br />&nbsp;&nbsp;&nbsp;&nbsp;本公司的总政策是，除非法律上要求或得到阁下事先的同意，否则绝不会向任何第三者披露任何个人资料。 不过，根据个人数据所载信息，我们可能会不时地向客户发送一些直接营销材料，推介我们的产品和服务。 如果客户通过书面文字或电子邮件告知，表示不愿再收到此类材料，我们将立即停止发送。 在直接营销过程中，我们会为客户提供"拒绝接收服务"的选择。
        <br />&nbsp;&nbsp;&nbsp;&nbsp;如果客户对我们的隐私政策有任何疑问，欢迎发送电子邮件到info.solutions@dataworld.com.hk。
        <br />
        <br />
        <div class="col-lg-12; lsf-fontbold">个人信息收集声明</div>
        &nbsp;&nbsp;&nbsp;&nbsp;您提供的信息将用于处理您的查询或服务申请。 本公司十分重视个人资料的保安问题。 本公司的总政策是，除非法律上要求或得到阁下事先的同意，否则绝不会向任何第三者披露任何个人资料。 您有权要求查阅或修改在我们记录里与您有关的信息。 在任何情况下，如果您希望查阅或修改您在我们记录里的个人信息，请发送电子邮件至 info.solutions@dataworld.com.hk。
        <br />
        <br />
        <div class="col-lg-12; lsf-fontbold">英文本及中文译本</div>
        &nbsp;&nbsp;&nbsp;&nbsp;本私隐政策声明以英文订立，并附有中文译本。 如果本私隐政策声明的中、英文本有任何不符或冲突，应以英文本为准。
    </div>


    <div class ="col-xs-12" id="content_tran" runat="server" visible="false">
        <div class="col-lg-12; lsf-fontbold" style="margin-top:10px;">隱私政策聲明</div>
        &nbsp;&nbsp;&nbsp;&nbsp;根據達訊顧問有限公司的政策，我們確保為客戶（指我們的實際客戶和網站用戶）提供的所有信息將會保密。一般而言，本公司不會收集閣下的個人資料。如果客戶就達訊顧問有限公司提供的服務提出咨詢或提交申請時，需要在該過程中提交某些個人數據，在這種情況下，我們將通過網站內相關的"個人信息收集聲明"通知客戶，讓客戶知曉我們收集這些信息的目的與用途（包括這些信息傳遞與公佈的範圍），並且有權查看和更改這些個人信息。網站設定了曲奇"Cookie"文件，目的僅為了使客戶在下次登陸網站時更為方便。我們獲得客戶的個人數據後，這些數據將被安全地儲存在我們的電腦系統中。只有獲得授權的員工(他們是經過相關專業培訓)才能夠查閱這些個人數據。
        <br />&nbsp;&nbsp;&nbsp;&nbsp;本公司的總政策是，除非法律上要求或得到閣下事先的同意，否則絕不會向任何第三者披露任何個人資料。不過，根據個人數據所載信息，我們可能會不時地向客戶發送一些直接營銷材料，推介我們的產品和服務。如果客戶通過書面文字或電子郵件告知，表示不願再收到此類材料，我們將立即停止發送。在直接營銷過程中，我們會為客戶提供"拒絕接收服務"的選擇。
        <br />&nbsp;&nbsp;&nbsp;&nbsp;如果客戶對我們的隱私政策有任何疑問，歡迎發送電子郵件到 info.solutions@dataworld.com.hk。
        <br />
        <br />
        <div class="col-lg-12; lsf-fontbold">個人信息收集聲明</div>
        &nbsp;&nbsp;&nbsp;&nbsp;您提供的信息將用於處理您的查詢或服務申請。本公司十分重視個人資料的保安問題。本公司的總政策是，除非法律上要求或得到閣下事先的同意，否則絕不會向任何第三者披露任何個人資料。您有權要求查閱或修改在我們記錄裡與您有關的信息。在任何情況下，如果您希望查閱或修改您在我們記錄裡的個人信息，請發送電子郵件至 info.solutions@dataworld.com.hk。
        <br />
        <br />
        <div class="col-lg-12; lsf-fontbold">英文本及中文譯本</div>
         &nbsp;&nbsp;&nbsp;&nbsp;本私隱政策聲明以英文訂立，並附有中文譯本。如果本私隱政策聲明的中、英文本有任何不符或衝突，應以英文本為準。
    </div>
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="contentjs" runat="server">
</asp:Content>