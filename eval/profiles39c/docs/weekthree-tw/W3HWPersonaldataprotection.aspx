<%@ Page Title="" Language="C#" MasterPageFile="~/W3HW.Master" AutoEventWireup="true" CodeBehind="W3HWPersonaldataprotection.aspx.cs" Inherits="CSharpLessonWeekThreeHW.W3HWPersonaldataprotection1" %>

<asp:Content ID="Content1" ContentPlaceHolderID="head" runat="server">
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" runat="server">
    <div class="contents">
        <div id="post-115" class="page post-115 type-page status-publish hentry">

            <article itemscope="" itemtype="https://schema.org/WebPage">
                <h1 itemprop="headline name">WeekThreeHomeWork個人資料保護暨資訊安全宣言</h1>
                <div itemprop="author" itemscope="" itemtype="https://schema.org/Person">
                    <meta itemprop="url" content="https://www.fl.nctu.edu.tw/author/user/">
                    <meta itemprop="name" content="user">
                </div>
                <meta itemprop="dateModified" content="2021-02-19">

                <meta itemprop="datePublished" content="2020-08-07">

                <div class="clear"></div>

                <meta itemprop="image" content="https://www.fl.nctu.edu.tw/wp-content/themes/bunnypresslite/images/noimg.jpg">
                <div itemprop="mainContentOfPage" class="post-content page-content">
                    <p>
                        <span class="fontstyle0">WeekThreeHomeWork個人資料保護暨資訊安全宣言<br>
                        </span><span class="fontstyle0">104 年 3 月 12 日 第 1 次個人資料保護暨資訊安全推動委員會通過<br>
                        </span><span class="fontstyle0">一、 </span><span class="fontstyle0">WeekThreeHomeWork將遵守個人資料保護法（以下簡稱個資法）及其他相關法令規範，<br>
                            採取適切之個人資料保護暨資訊安全維護措施。<br>
                        </span><span class="fontstyle0">二、 </span><span class="fontstyle0">WeekThreeHomeWork之運作，將尊重當事人之權益，依誠實及信用方法，以合理<br>
                            合法安全之方式，於特定目的範圍內蒐集、處理或利用個人資料；如<br>
                            須為特定目的外之利用時，應告知並取得當事人之書面同意。<br>
                            三、 WeekThreeHomeWork將盡力維護當事人提供之個人資料為正確且最新之狀態，並避免<br>
                            個人資料被竊取、洩漏、竄改或受到其他侵害， 同時加強本校相關設<br>
                            備安全及採取必要之防護措施， 以保護所蒐集、處理及利用之個人資<br>
                            料。<br>
                            四、 WeekThreeHomeWork將尊重當事人對其個人資料所行使之權利，包括查詢或請求閱<br>
                            覽、請求製給複製本、請求補充或更正、請求停止蒐集、處理或利用<br>
                            及請求刪除，並依個資法相關規定迅速回應當事人。<br>
                            五、 WeekThreeHomeWork將致力提升個人資料保護之安全意識與強化各項資訊安全管理措<br>
                            施，每年不定期辦理個人資料保護與資訊安全之教育訓練或認知宣<br>
                            導。<br>
                            六、 WeekThreeHomeWork訂定個人資料保護與資訊安全管理相關作業規範， 持續發展及實<br>
                            施個人資料保護管理工作，以確保政策得以落實。<br>
                            七、WeekThreeHomeWork於委託蒐集、處理及利用個人資料時，應妥善監督受託單位，明<br>
                            訂個人資料安全保護責任及保密等規定，並列入契約，要求受託單位<br>
                            遵守並定期予以查核。<br>
                            八、 本宣言由個人資料保護暨資訊安全推動委員會通過後實施，修正時亦<br>
                            同。</span>
                    </p>
                    <div class="clear"></div>

                </div>
            </article>

        </div>



    </div>
</asp:Content>
