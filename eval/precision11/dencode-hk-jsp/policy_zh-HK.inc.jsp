<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"
%><h3>流量分析</h3>
<p>本網站使用流量分析服務 (Google Analytics) 進行流量分析。</p>
<p>此類流量分析工具使用 Cookie 來收集流量數據。</p>
<p>詳情請查看 <a href="https://policies.google.com/technologies/partner-sites?hl=zh-HK" target="_blank">Google 如何使用從使用 Google 服務的網站或應用程式中收集的資訊 – 隱私權與條款 – Google</a>。</p>

<h3>廣告</h3>
<p>本網站使用第三方廣告服務 (Google AdSense) 刊登第三方發布商和廣告聯播網發布的廣告。</p>
<p>此類廣告服務使用 Cookie 來顯示使用者感興趣的商品和服務的廣告。</p>
<p>詳情請查看 <a href="https://policies.google.com/technologies/ads?hl=zh-HK" target="_blank">廣告 – 隱私權與條款 – Google</a>。</p>
