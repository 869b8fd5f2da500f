@extends('layouts.app', [
    'title' => __('Privacy Policy'),
    'ogImage' => asset('/storage/og-image.jpeg'),
    'stickyNav' => 'sticky-top',
])

@section('content')
  @include('partial.lang', ['langPostfixURL' => url_path_without_locale()])
  <div class="container">
    <div class="text-center mt-2">
      <h1>隱私權保護政策</h1>
    </div>

    <p>非常歡迎您光臨「{{ config('app.name') }}」（以下簡稱本網站），為了讓您能夠安心使用本網站的各項服務與資訊，特此向您說明本網站的隱私權保護政策，以保障您的權益，請您詳閱下列內容：</p>


    <h3>一、隱私權保護政策的適用範圍</h3>
    <ul>
      隱私權保護政策內容，包括本網站如何處理在您使用網站服務時收集到的個人識別資料。隱私權保護政策不適用於本網站以外的相關連結網站，也不適用於非本網站所委託或參與管理的人員。
    </ul>

    <h3>二、個人資料的蒐集、處理及利用方式</h3>
    <ul>
      當您造訪本網站或使用本網站所提供之功能服務時，我們將視該服務功能性質，請您提供必要的個人資料，並在該特定目的範圍內處理及利用您的個人資料；非經您書面同意，本網站不會將個人資料用於其他用途。
      本網站在您使用服務信箱、問卷調查等互動性功能時，會保留您所提供的姓名、電子郵件地址、聯絡方式及使用時間等。
      於一般瀏覽時，伺服器會自行記錄相關行徑，包括您使用連線設備的IP位址、使用時間、使用的瀏覽器、瀏覽及點選資料記錄等，做為我們增進網站服務的參考依據，此記錄為內部應用，決不對外公佈。
      為提供精確的服務，我們會將收集的問卷調查內容進行統計與分析，分析結果之統計數據或說明文字呈現，除供內部研究外，我們會視需要公佈統計數據及說明文字，但不涉及特定個人之資料。
      您可以隨時向我們提出請求，以更正或刪除您的帳戶或本網站所蒐集的個人資料等隱私資訊。聯繫方式請見最下方聯繫管道。
    </ul>

    <h3>三、資料之保護</h3>
    <ul>
      本網站主機均設有防火牆、防毒系統等相關的各項資訊安全設備及必要的安全防護措施，加以保護網站及您的個人資料採用嚴格的保護措施，只由經過授權的人員才能接觸您的個人資料，相關處理人員皆簽有保密合約，如有違反保密義務者，將會受到相關的法律處分。
      如因業務需要有必要委託其他單位提供服務時，本網站亦會嚴格要求其遵守保密義務，並且採取必要檢查程序以確定其將確實遵守。
    </ul>

    <h3>四、網站對外的相關連結</h3>
    <ul>
      本網站的網頁提供其他網站的網路連結，您也可經由本網站所提供的連結，點選進入其他網站。但該連結網站不適用本網站的隱私權保護政策，您必須參考該連結網站中的隱私權保護政策。
    </ul>

    <h3>五、與第三人共用個人資料之政策</h3>
    <ul>
      本網站絕不會提供、交換、出租或出售任何您的個人資料給其他個人、團體、私人企業或公務機關，但有法律依據或合約義務者，不在此限。
      <br>
      前項但書之情形包括不限於：
      <br>
      <ul>
        <li>經由您書面同意。</li>
        <li>法律明文規定。</li>
        <li>為免除您生命、身體、自由或財產上之危險。</li>
        <li>與公務機關或學術研究機構合作，基於公共利益為統計或學術研究而有必要，且資料經過提供者處理或蒐集著依其揭露方式無從識別特定之當事人。</li>
        <li>當您在網站的行為，違反服務條款或可能損害或妨礙網站與其他使用者權益或導致任何人遭受損害時，經網站管理單位研析揭露您的個人資料是為了辨識、聯絡或採取法律行動所必要者。</li>
        <li>有利於您的權益。</li>
        <li>本網站委託廠商協助蒐集、處理或利用您的個人資料時，將對委外廠商或個人善盡監督管理之責。</li>
      </ul>
    </ul>

    <h3>六、Cookie之使用</h3>
    <ul>
      為了提供您最佳的服務，本網站會在您的電腦中放置並取用我們的Cookie，若您不願接受Cookie的寫入，您可在您使用的瀏覽器功能項中設定隱私權等級為高，即可拒絕Cookie的寫入，但可能會導至網站某些功能無法正常執行 。
    </ul>

    <h3>七、隱私權保護政策之修正</h3>
    <ul>本網站隱私權保護政策將因應需求隨時進行修正，修正後的條款將刊登於網站上。</ul>

    <h3>八、聯繫管道</h3>
    <ul>對於本站之隱私權政策有任何疑問，或者想提出變更、移除個人資料之請求，請Email至 {{ config('app.contact_email') }}</ul>

    <h3>Ezoic Services</h3>
    <ul>
      This website uses the services of Ezoic Inc. (“Ezoic”), including to manage third-party interest-based advertising.
      Ezoic may employ a variety of technologies on this website, including tools to serve content, display advertisements
      and enable advertising to visitors of this website, which may utilize first and third-party cookies.<br>
      A cookie is a small text file sent to your device by a web server that enables the website to remember information
      about your browsing activity. First-party cookies are created by the site you are visiting, while third-party
      cookies are set by domains other than the one you're visiting. Ezoic and our partners may place third-party cookies,
      tags, beacons, pixels, and similar technologies to monitor interactions with advertisements and optimize ad
      targeting. Please note that disabling cookies may limit access to certain content and features on the website, and
      rejecting cookies does not eliminate advertisements but will result in non-personalized advertising. You can find
      more information about cookies and how to manage them <a href="https://allaboutcookies.org/"
        target="_blank">here.</a><br>
      The following information may be collected, used, and stored in a cookie when serving personalized ads:
      <ul>
        <li>IP address</li>
        <li>Operating system type and version</li>
        <li>Device type</li>
        <li>Language preferences</li>
        <li>Web browser type</li>
        <li>Email (in a hashed or encrypted form)</li>
      </ul>
      Ezoic and its partners may use this data in combination with information that has been independently collected to
      deliver targeted advertisements across various platforms and websites. Ezoic’s partners may also gather additional
      data, such as unique IDs, advertising IDs, geolocation data, usage data, device information, traffic data, referral
      sources, and interactions between users and websites or advertisements, to create audience segments for targeted
      advertising across different devices, browsers, and apps. You can find more information about interest-based
      advertising and how to manage them <a href="https://youradchoices.com/" target="_blank">here.</a><br>
      You can view Ezoic’s privacy policy <a href="https://ezoic.com/privacy/" target="_blank">here</a>, or for additional
      information about Ezoic’s advertising and other partners, you can view Ezoic’s advertising partners <a
        href="https://www.ezoic.com/privacy-policy/advertising-partners/" target="_blank">here</a>.
    </ul>

  </div>
@endsection
@section('footer')
  @include('partial.footer')
@endsection
