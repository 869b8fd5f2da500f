@extends('layouts.app')
@section('content');
<div class="container">
      <div class="row" style="margin-top:50px;">
      <div class="container">
      <span style="font-weight:bold; color:#5F9EA0; font-size:24px;">ETicket售票系統隱私權政策</span><br><br>
      <span style="font-weight:bold; color:#5F9EA0; font-size:20px;">一、適用範圍</span><br><br>
      <p font size="5"> 鏈券股份有限公司（下稱「本公司」）為了使您瞭解本公司以及ETicket售票系統（下稱「本系統」）對於個人資料的保護與尊重以及我們將如何利用您的個人資料，特別依據本系統會員服務條款，制定隱私權政策。</p>
      <hr>
      <span style="font-weight:bold; color:#5F9EA0; font-size:20px;">二、資料蒐集之目的</span><br><br>
      <li> 當您註冊成為ETicket會員時，我們會向您要求登入名稱以及電子郵件信箱。您同意我們蒐集您的身分資料，包括您的姓名、身分證字號、國籍、電子郵箱地址、出生年月日、性別、電子錢包。我們可能需要驗證您提供的資料，並根據本政策儲存與利用上述資料（以下稱「個人資料」）。</li>
      <li> 當您報名ETicket上的活動時，根據主辦單位的需要及活動性質，我們可能會向您要求提供姓名、身分證字號、出生年月日、地址、電話號碼、電子郵件信箱、性別、休閒活動或興趣、職業，或其他主辦單位可能要求的資料（以下稱「活動個資」）。</li>
      <li> 為提供您正確、迅速的服務，當您使用ETikcet服務時(例如申請帳戶異動、提供意見回饋，或參與我們的行銷活動等)，您將需提供會員帳號資料、個人聯繫方式或其他資訊。</li>
      <li>我們將整合您的使用資料與技術資料以及您個人資料中的非個人識別資訊。這些整合資訊在整合的狀態下，將視同您個人資料進行處理。 </li>
      <hr>
      <span style="font-weight:bold; color:#5F9EA0; font-size:20px;">三、資料使用之目的與方式</span><br><br>
      <ol>我們收集到個人資料、使用與技術資料、活動個資等，將用於以下用途：
      <li>您所提供的個人資料，將用來識別會員身分、與您聯繫、完成交易、寄送發票、通知行銷活動、提供ETicket服務或其他與ETicket服務相關更新通知。</li>
      <li>您在ETicket的個人資料、使用與技術資料及其他相關資料，將提供我們內部稽核、研究分析，作為改進ETicket服務、促進與使用者溝通或開發新服務之用。</li>
      <li>您的活動個資將交給活動主辦單位，由活動主辦單位進一步使用於您所參加的活動。</li>
      </ol>
      <li>未經您的同意，我們不會將您的個人資料和活動資料使用於本政策所未明訂之目的，或將您的個人資料和活動資料提供給無關的第三方。</li>
      <li>但我們可能與第三方共用綜合性的非個人資料。「綜合性非個人資料」是指記錄有關用戶的並被分組收集的資料，這些資料在經過分組後不再反映或可識別某個特定的使用者。</li>
      <li>上述資訊之處理與利用，可能由本公司之關係企業或其他合作夥伴進行，或於境外發生。除非當地法律另有規定，我們不會將您的個人資料或活動個資做其他用途。我們亦不會未經您事先同意向第三者透露您的個人資料，但因國家重大利益或為配合執法機關調查而根據法律而需要透露者除外。</li>
      <hr>
      <span style="font-weight:bold; color:#5F9EA0; font-size:20px;">四、如何使用您的資訊</span><br><br>
      <li>您本人可要求暫停使用或刪除屬於您的個人資料；但一經暫停或刪除，您將無法繼續使用ETicket的服務</li>
      <li>若您提出變動、更新或刪除個人資料的請求，有妨害國家重大利益、妨害公務機關執行法定職務、妨害第三人重大利益之虞，我們有權拒絕您的請求。</li>
      <hr>      
      <span style="font-weight:bold; color:#5F9EA0; font-size:20px;">五、個人資料安全</span><br><br>
      <li>您的個人資料與活動個資將儲存於我們的伺服器，並進行處理。為保護您的隱私，我們會採取必要之技術及措施保護您的個人資料與活動個資。僅於必要知悉的情況下，我們的員工、代理人及活動的主辦單位方得使用您的個人資訊與活動個資。</li>
      <li>我們僅基於上述目的儲存您的個人資料。因此，我們將在您終止使用ETicket服務時刪除您的個人資料。</li>
      <li>我們僅於提供您所參加活動相關資訊與服務的期間內儲存您的活動個資。</li>
      <li>您的個人資料與活動個資（例如註冊帳號及密碼等），請妥善保管，避免外洩。於個人或非個人電腦/電子裝置上使用我們的線上服務後，必要時請登出或關閉App/軟體與瀏覽器視窗，以免您的個人資料與活動個資遭人盜用。</li>
      <li>您的付費資訊(含信用卡、電子錢包資料)，請妥善保管，避免為他人之不法用途。</li>
      <li>ETicket網站有可能包含其他非我們網站或網頁連結，若您提供該網站您的個人資料，我們不負任何責任。</li>
      <li>您同意在ETicket相關網站進行之消費時所留存的資料與事實相符，如嗣後發現你的個人資料或活動個資遭他人非法使用或有任何異常時，應即時通知我們。</li>
      <li>您同意於使用服務時，所提供及使用之資料皆為合法，並無侵害第三人權利、違反第三方協議或涉及任何違法行為。如因使用ETicket服務而致第三人損害，除我們故意或重大過失外，我們並不負擔相關賠償責任。</li>
      <hr>
      <span style="font-weight:bold; color:#5F9EA0; font-size:20px;">六、隱私權與個人資料保護政策</span><br><br>
      <li>我們將不定時更新隱私權與個人資料保護政策，並遵循當地隱私權與個人資料保護相關法令，當我們做出重大修改時，會於官方網站公布相關事宜。</li>
      <li>如果您對我們的隱私權或個人資料保護政策有任何問題，請聯絡<a class="btn btn-light btn-sm" data-toggle="tooltip" data-placement="bottom" title="send now!" target="_blank" href="https://mail.google.com/mail/?view=cm&fs=1&to=ETicket@gmail.com">ETicket@gmail.com</a></li>

</div>
</div>
</div>
      <div class="text-white bg-dark p-4" style="position:relative ;top:300px ">
          <div class="row text-center col-12">
            <div class="col-sm-12 col-md-12 col-lg-12 col-12">
            <ul class="nav">
    <li class="nav-item col-2 col-md-2 col-lg-2">
    </li>
    <li class="nav-item col-2 col-md-2 col-lg-2">
      <a class="nav-link" href="">購票流程說明</a>
    </li>
    <li class="nav-item col-2 col-md-2 col-lg-2">
      <a class="nav-link" href="{{url('clause')}}">服務條款</a>
    </li>
    <li class="nav-item col-2 col-md-2 col-lg-2">
      <a class="nav-link" href="{{url('privacy')}}">隱私權政策</a>
    </li>
    <li class="nav-item col-2 col-md-2 col-lg-2">
      <a class="nav-link" href="{{url('aboutus')}}">關於我們</a>
    </li>
    <li class="nav-item col-2 col-md-2 col-lg-2">
    </li>
  </ul>
          </div>
      </div>
<br>
      <div class="row text-center">
        <div class="col-4 col-md-4 col-lg-4">
          <a data-toggle="tooltip" data-placement="bottom" title="關於我們" target="_blank" href="#"><strong>ETicket票務平台</strong></a>
        </div>
        <div class="col-4 col-md-4 col-lg-4">
          <span data-toggle="tooltip" data-placement="bottom" title="(Mon-Fri 9:30am–8:00pm Sat.11:00am-7:00pm)">客服專線: 02-22227777</span>
        </div>
        <div class="col-4 col-md-4 col-lg-4">
            <a data-toggle="tooltip" data-placement="bottom" title="send now!" target="_blank" href="https://mail.google.com/mail/?view=cm&fs=1&to=ETicket@gmail.com">客服信箱: ETicket@gmail.com</a>
        </div>
        </div>
    <br>
    <footer class="text-center">
      <div class="container">
        <div class="row">
          <div class="col-12">
            <p>CopyrightcETicket Corporation. All Rights Reserved.</p>
          </div>
        </div>
      </div>
    </footer>  
    </div>
@endsection