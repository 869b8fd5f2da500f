<x-guest-layout>
    <div class="pt-4 bg-gray-100">
        <div class="min-h-screen flex flex-col items-center pt-6 sm:pt-0">
            <div>
                <a href="{{ route('dashboard') }}"><img src="/img/picture/index/logo.png" class="block h-16 w-auto"></a>
            </div>

            <div class="w-full sm:max-w-2xl mt-6 p-6 bg-white shadow-md overflow-hidden sm:rounded-lg prose">
                <div class="block-inner">
                    <h1 class="CustomPage-title"> 隱私權政策 </h1>
                    <div class="CustomPage-content">
                       <p style="padding: 0px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">LARAVEL（以下簡稱「本網站」）重視您在網路上的隱私權。為了讓您瞭解當您造訪我們的網站時，所享有關於個人資料（個人資料是指得以識別您的身分且未公開的資料，如姓名、地址、電子郵件地址或電話號碼）保護的權利，我們將逐項說明如下，若有任何意見或疑問，歡迎您與我們聯絡。</p>
                       <h3 style="padding: 0px; margin-top: 25px; margin-right: 0px; margin-left: 0px; outline: none; list-style: none; border: 0px none; line-height: 1.6; font-family: 微軟正黑體, &quot;Microsoft JhengHei&quot;, Helvetica; color: rgb(51, 51, 51);">隱私權政策適用範圍</h3>
                       <p style="padding: 0px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">隱私權政策適用於您使用本網站服務時所提供的個人資料。您經由本網站所提供的連結點選進入其他網站時，您在該網站中不適用本網站的隱私權保護政策。</p>
                       <h3 style="padding: 0px; margin-top: 25px; margin-right: 0px; margin-left: 0px; outline: none; list-style: none; border: 0px none; line-height: 1.6; font-family: 微軟正黑體, &quot;Microsoft JhengHei&quot;, Helvetica; color: rgb(51, 51, 51);">我們在何種情況下蒐集您的資料</h3>
                       <p style="padding: 0px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">本網站為了更準確的提供您服務或回覆您的問題，因而需要請您在下列情況下提供個人相關資料：</p>
                       <ol style="padding: 0px; margin-right: 0px; margin-bottom: 20px; margin-left: 15px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside decimal; border: 0px none;">當您要加入本網站會員以獲得我們的會員服務時，或</li>
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside decimal; border: 0px none;">當您要向本網站洽詢服務訊息時，或</li>
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside decimal; border: 0px none;">當您要參加我們所舉辦的活動，並採取線上報名時，或</li>
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside decimal; border: 0px none;">當您要向本網站索取服務時，不論該服務是有價或無價。</li>
                       </ol>
                       <h3 style="padding: 0px; margin-top: 25px; margin-right: 0px; margin-left: 0px; outline: none; list-style: none; border: 0px none; line-height: 1.6; font-family: 微軟正黑體, &quot;Microsoft JhengHei&quot;, Helvetica; color: rgb(51, 51, 51);">我們如何運用您所登錄的個人資料</h3>
                       <p style="padding: 0px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">我們所收集的個人資料，主要用途是使我們得以更準確的提供產品或服務給客戶、滿足客戶的需求、或通知客戶有關本網站最新的產品與服務。我們亦可能為內部目的使用個人資料，例如：稽核、資料分析及研究等，以改進我們的產品、服務、網頁呈現方式、及與客戶的溝通管道。本網站在未經您同意前，絕不會將您所登錄的個人資訊揭露、租借或轉售給第三者，或是將您的資料使用於未事先告知您的其他用途。</p>
                       <h3 style="padding: 0px; margin-top: 25px; margin-right: 0px; margin-left: 0px; outline: none; list-style: none; border: 0px none; line-height: 1.6; font-family: 微軟正黑體, &quot;Microsoft JhengHei&quot;, Helvetica; color: rgb(51, 51, 51);">關於您個人資料的修改與刪除</h3>
                       <p style="padding: 0px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">當您在本網站註冊成為會員後，您可以隨時利用您的ID和密碼更改或刪除您原先提供的資料，以確保其正確性。</p>
                       <h3 style="padding: 0px; margin-top: 25px; margin-right: 0px; margin-left: 0px; outline: none; list-style: none; border: 0px none; line-height: 1.6; font-family: 微軟正黑體, &quot;Microsoft JhengHei&quot;, Helvetica; color: rgb(51, 51, 51);">我們何時必須將您的資訊揭露</h3>
                       <p style="padding: 0px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">本網站不會在未經您同意的狀況下向任何人或公司出售或出借您的個人資料。但在某些情況下會有例外。這些狀況包括（但不限於）：</p>
                       <ul style="padding: 0px; margin-right: 0px; margin-bottom: 20px; margin-left: 15px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside none disc; border: 0px none;">當您在本網站的行為已違反本網站的服務條款，或可能損害或妨礙本網站權益，或您的行為已導致任何人遭受損害，只要我們相信揭露您的個人資料是為了辨識、聯絡或採取法律行動所必要者。</li>
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside none disc; border: 0px none;">司法單位或其他有權機關因公眾安全，要求本網站公開特定個人資料時，本網站將視司法單位合法正式的程序，以及對本網站所有使用者安全考量下做可能必要的配合時。</li>
                       </ul>
                       <h3 style="padding: 0px; margin-top: 25px; margin-right: 0px; margin-left: 0px; outline: none; list-style: none; border: 0px none; line-height: 1.6; font-family: 微軟正黑體, &quot;Microsoft JhengHei&quot;, Helvetica; color: rgb(51, 51, 51);">關於Cookie的使用</h3>
                       <p style="padding: 0px; outline: none; list-style: none; border: 0px none;"><span style="color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">本網站有可能在您的電腦設定並取用本網站Cookies，以提供貼心便利的各項服務。Cookie是網站伺服器用來和使用者瀏覽器進行溝通的一種技術，它可能在使用者的電腦中儲存某些資訊，但是使用者可以經由瀏覽器的設定，取消或限制此項功能，此項功能的取消將會造成您不能正常使用本網站的部份主要功能。如果您想知道如何設定、取消或限制此項功能，可以用電子郵件和我們聯絡。</span></p>
                       <h3 style="padding: 0px; margin-top: 25px; margin-right: 0px; margin-left: 0px; outline: none; list-style: none; border: 0px none; line-height: 1.6; font-family: 微軟正黑體, &quot;Microsoft JhengHei&quot;, Helvetica; color: rgb(51, 51, 51);">帳號及個人資料隱私保護</h3>
                       <ul style="padding: 0px; margin-right: 0px; margin-bottom: 20px; margin-left: 15px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside none disc; border: 0px none;">為保障您的隱私及安全，您的帳號資料會用密碼保護。</li>
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside none disc; border: 0px none;">當您要編輯會員資料等部分擁有個人資料及隱私頁面時，本網站會要求您輸入帳號識別資料確認身分。</li>
                          <li style="padding: 0px; margin: 0px 0px 5px; outline: none; list-style: outside none disc; border: 0px none;">為確保您的帳號及個人資料安全無虞，本網站除了致力推廣各項安全機制外，同時也請您務必要定期更新您的作業系統並注意防毒。</li>
                       </ul>
                       <h3 style="padding: 0px; margin-top: 25px; margin-right: 0px; margin-left: 0px; outline: none; list-style: none; border: 0px none; line-height: 1.6; font-family: 微軟正黑體, &quot;Microsoft JhengHei&quot;, Helvetica; color: rgb(51, 51, 51);">隱私權條款的修改</h3>
                       <p style="padding: 0px; outline: none; list-style: none; border: 0px none; color: rgb(51, 51, 51); font-family: &quot;Droid Sans&quot;, 微軟正黑體, &quot;Microsoft JhengHei&quot;, Arial, Verdana, sans-serif; font-size: 16px;">由於科技發展的迅速，相關法規訂定未臻完備，以及未來可能難以預見的環境變遷等因素，本網站將會視需要修改我們在網站上所提供的隱私權說明，以落實保障您隱私權之立意。當我們完成隱私權條款修改時，我們會立即將其刊登於本網站的網站中，並以醒目標示提醒您前往點選閱讀。</p>
                    </div>
                 </div>
            </div>
        </div>
    </div>
</x-guest-layout>
