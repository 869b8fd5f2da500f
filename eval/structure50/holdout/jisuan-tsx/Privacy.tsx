import React from 'react';

const Privacy: React.FC = () => {
  return (
    <div className="max-w-3xl mx-auto prose prose-zinc">
      <h1>隐私政策 (Privacy Policy)</h1>
      <p>本网站尊重并保护用户隐私。</p>
      
      <h2>信息收集</h2>
      <p>本网站不主动收集任何可识别个人身份的信息。所有计算均在用户浏览器本地完成。</p>
      
      <h2>Cookies</h2>
      <p>本网站可能使用第三方服务（如 Google AdSense）投放广告，这些服务可能使用 Cookies 或类似技术以提供个性化广告。</p>
      
      <h2>第三方服务</h2>
      <p>Google 作为第三方供应商，会使用 Cookies 来根据用户之前访问本网站或其他网站的情况展示广告。</p>
      <p>用户可以通过 Google 广告设置页面选择停用个性化广告。</p>
      
      <h2>信息安全</h2>
      <p>本网站不会存储、出售、共享用户的任何个人数据。</p>
      
      <h2>政策更新</h2>
      <p>隐私政策可能会不定期更新，更新内容将在本页面公布。</p>
    </div>
  );
};

export default Privacy;
