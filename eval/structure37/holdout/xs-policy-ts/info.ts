export function policyInfo() {
  const info_zh = `
      <p><strong>引言</strong><p>
      <p><strong>新算技术</strong>（以下简称“本公司”）深知个人信息对您的重要性，并会尽全力保护您的隐私权。我们希望通过本隐私政策，向您说明我们如何收集、使用、储存和分享您的个人信息，以及您享有的权利。本政策适用于您访问和使用 xs-code.com 网站时的所有行为。<p>

      <p><strong>个人信息的收集</strong><p>
      <p><strong>1.访问信息：</strong>当您访问本公司网站时，您无需透露任何个人信息。我们可能会收集您的域名和浏览行为（如访问时间、页面浏览量等），这些信息将用于统计分析，以优化我们的网站内容和用户体验。<p>
      <p><strong>2.自愿提供的信息：</strong>在某些情况下，您可能需要向我们提供个人信息（如姓名、邮寄地址、电子邮件地址和兴趣）。这些信息将被存储并用于市场调研、订单处理、最新消息发布以及营销活动。本公司可能会与其关联公司共享这些信息，但不会将其出售给第三方。<p>
      <p><strong>3.Cookies的使用：</strong>我们使用Cookie技术为您提供更个性化的服务。Cookie 是一种小型数据文件，当您访问我们的网站时会被存储在您的设备上。通过Cookies，我们能够在您回访时根据您的偏好定制网站内容。您可以通过浏览器设置管理或拒绝Cookies。<p>
      <p><strong>4.在线调查：</strong>本公司可能会不定期进行在线调查，以更好地了解访客的需求和偏好。我们将尽力在调查时明确告知您所收集信息的用途。<p>

      <p><strong>个人信息的使用和共享</strong><p>
      <p><strong>使用目的：</strong>我们收集的个人信息将用于以下目的：<p>
      <li></span>￮ &nbsp; &nbsp;处理您的询问和订单；<li>
      <li></span>￮ &nbsp; &nbsp;发送最新消息、产品信息和综合目录；</li>
      <li></span>￮ &nbsp; &nbsp;发送最新消息、产品信息和综合目录；</li>
      <p></span>￮ &nbsp; &nbsp;进行市场调研和营销活动。</p>

      <p><strong>信息共享</strong>2.在法律允许的范围内，本公司可能会将您的个人信息与其关联公司共享，以实现前述使用目的。本公司承诺不会将您的个人信息出售给任何第三方。<p>

      <p><strong>您的权利</strong></p>
      <p>根据《中华人民共和国个人信息保护法》，您对自己的个人信息享有以下权利：</p>
      <p><strong>1.知情权:</strong>您有权了解我们如何收集和使用您的个人信息。</p>
      <p><strong>2.访问权：</strong>您可以随时访问并更新您的个人信息。</p>
      <p><strong>3.删除权：</strong>在特定情况下，您有权要求我们删除您的个人信息。</p>
      <p><strong>4.撤回同意权：</strong>您可以随时撤回对我们收集和使用您个人信息的同意。</p>

      <p><strong>信息安全</strong></p>
      <p>我们将采取适当的技术措施和管理措施，以保护您的个人信息不被未经授权的访问、披露、使用、修改或损坏。然而，互联网环境并非绝对安全，我们无法确保信息的完全安全。</p>
      <p><strong>第三方链接</strong></p>
      <p>本网站可能包含指向第三方网站的链接。这些第三方网站可能有其独立的隐私政策和内容，本公司对这些网站不承担任何责任。</p>
      <p><strong>信息安全</strong></p>
      <p>我们将采取适当的技术措施和管理措施，以保护您的个人信息不被未经授权的访问、披露、使用、修改或损坏。然而，互联网环境并非绝对安全，我们无法确保信息的完全安全。</p>
      <p><strong>政策更新</strong></p>
      <p>我们可能会根据法律法规的变化或业务需求不时更新本隐私政策。若有重大变更，我们会在网站上发布更新通知。</p>
      <p>本政策自发布之日起生效。</p>
      <p><strong>新算技术</strong></p>
      <p><strong>发布日期：2024/08/19</strong></p>
      `;
  const info_en = `
      <p><strong>Policy Introduction</strong><p>
      <p><strong>Xinsuan Technology</strong>(hereinafter referred to as "the Company") recognizes the importance of your personal information and is committed to protecting your privacy. Through this Privacy Policy, we want to inform you about how we collect, use, store and share your personal information and what your rights are. This policy applies to everything you do when you visit and use the xs-code.com website.<p>

      <p><strong>Collection of Personal Information</strong><p>
      <p><strong>1. Access Information:</strong>When you visit our website, you are not required to provide any personal information. We may collect your domain name and browsing patterns (e.g., access time, page views, etc.) and use this information for statistical analysis to help us improve our website content and user experience.<p>
      <p><strong>2. Information Voluntarily Provided: </strong>In some cases, you may be asked to provide us with personal information (such as name, mailing address, email address, and interests). This information is stored and used for market research, order processing, current news releases, and marketing activities. We may share this information with our affiliates, but we will not sell it to third parties.<p>
      <p><strong>3. Use of Cookies: </strong>We use cookie technology to provide you with a more personalized service. Cookies are small files that are stored on your device when you visit our website. Cookies allow us to tailor the content of our website to your preferences when you return. You can manage or reject cookies through your browser settings.<p>
      <p><strong>4. Online surveys:</strong> From time to time, we may conduct online surveys to better understand the needs and preferences of our visitors. We strive to clearly inform you of the purpose of the information collected at the time of the survey.<p>

      <p><strong>Use and Disclosure of Personal Information</strong><p>
      <p><strong>1. Purposes of Use: </strong>The personal information we collect is used for the following purposes:<p>
      <li></span>￮ &nbsp; &nbsp;To process your inquiries and orders.<li>
      <li></span>￮ &nbsp; &nbsp;Sending you the latest news, product information and comprehensive catalogs.</li>
      <p></span>￮ &nbsp; &nbsp;Conduct market research and marketing activities.</p>

      <p><strong>2. Sharing Information: </strong>To the extent permitted by law, the Company may share your personal information with its affiliates for the purposes set forth above. The Company will not sell your personal information to third parties.<p>

      <p><strong>Your rights</strong></p>
      <p>According to the Law of the People's Republic of China on the Protection of Personal Information, you have the following rights with respect to your personal information:</p>
      <p><strong>1. The right to information: </strong>You have the right to know how we collect and use your personal information.</p>
      <p><strong>2. Right of Access: </strong>You may access and update your personal information at any time.</p>
      <p><strong>3. Right to erasure: </strong>You have the right to ask us to delete your personal information under certain circumstances.</p>
      <p><strong4. Right to withdraw consent: </strong>You may withdraw your consent to our collection and use of your personal information at any time.</p>

      <p><strong>Information Security</strong></p>
      <p>We will take appropriate technical and administrative measures to protect your personal information from unauthorized access, disclosure, use, alteration or damage. However, the Internet environment is not completely secure and we cannot guarantee complete security of information.</p>
      <p><strong>Third Party Links</strong></p>
      <p>This website may contain links to third-party websites. These third-party sites may have their own separate privacy policies and content, and the Company is not responsible for these sites.</p>
      <p><strong>Policy Updates</strong></p>
      <p>We may update this Privacy Policy from time to time in response to changes in laws and regulations or business needs. If there are material changes, we will post a notice of the update on our website.</p>
      <p><strong>This policy will be effective from the date of posting.</strong></p>
      <p><strong>Xinsuan Technology</strong></p>
      <p><strong>Published Date: 08/19/2024</strong></p>
  `;
  return { info_zh, info_en };
}
