/**
 * @Author: aric 1290657123@qq.com
 * @Date: 2024-11-25 17:36:38
 * @LastEditors: aric 1290657123@qq.com
 * @LastEditTime: 2024-11-25 17:39:20
 */

const locales = {
  'zh-CN': `<h1 class="text-center">用户服务协议</h1>
      <section>
        <h2>引言</h2>
        <p>
          为使用本网站提供的服务（以下简称“本服务”），您应当阅读并遵守本《用户服务协议》（以下简称“本协议”）。请您仔细阅读本协议的各项条款，并确保完全理解。如果您未满18周岁，或不具备完全的民事行为能力，请在法定监护人的陪同下阅读本协议。若您不同意本协议任何内容，或无法准确理解相关条款，请立即停止使用本服务。
        </p>
      </section>
      <section>
        <h2>一、协议范围</h2>
        <ul>
          <li>
            本协议是您与本网站及其所属的上海趣申请科技有限公司（以下简称“我们”或“公司”）之间，关于使用本服务所订立的协议，适用于所有通过本服务提供的内容、服务及未来新增功能。
          </li>
          <li>
            本协议适用于用户通过本服务注册、使用、获取本公司提供的产品和服务，无论该产品或服务是否由公司自身或公司授权第三方提供。
          </li>
        </ul>
      </section>
      <section>
        <h2>二、账户管理</h2>
        <ul>
          <li>
            用户在使用本服务前需创建账户，并提供真实、准确、完整的注册信息。用户需对其账户下的所有活动负责，包括但不限于登录密码的保密工作。
          </li>
          <li>
            若用户发现任何未经授权使用其账户的行为，或任何其他安全漏洞，应立即通知公司。对于因用户自身原因造成的账户及密码泄露所导致的损失，公司不承担任何责任。
          </li>
          <li>
            用户不得以任何非法目的或违反本协议的方式使用账户，包括但不限于盗用他人账户、冒充他人身份等行为。公司有权对违规账户采取暂停或永久封禁措施。
          </li>
        </ul>
      </section>
      <section>
        <h2>三、服务声明</h2>
        <ul>
          <li>用户有权根据本协议自由使用通过本服务生成的内容，前提是该内容不违反法律法规及本协议的其他规定。</li>
          <li>公司保留对服务内容、功能进行升级、调整或终止的权利，用户继续使用服务即视为同意并接受相关变更。</li>
        </ul>
      </section>
      <section>
        <h2>四、用户行为规范</h2>
        <dl>
          <dt>
            用户在使用本服务时，应当遵守国家相关法律法规，不得利用本服务从事违法或不正当活动，包括但不限于以下行为：
          </dt>
          <dd>
            发布或传播任何违反宪法、危害国家安全、损害国家荣誉、宣扬恐怖主义、煽动民族仇恨、散布谣言或淫秽色情的内容；
          </dd>
          <dd>使用本服务进行欺诈、侵犯他人隐私、侵害知识产权等违法行为；</dd>
          <dd>故意传播计算机病毒、恶意软件，或其他可能破坏网络安全的行为；</dd>
          <dd>未经授权获取、修改或删除网络中的任何数据、应用程序或系统功能。</dd>
        </dl>
      </section>
      <section>
        <h2>五、支付条款</h2>
        <ul>
          <li>
            用户在本服务平台进行的所有支付行为，需通过公司指定的支付网关（如支付宝、微信支付等）完成。用户应确保支付信息的准确性，因信息错误导致的支付失败或损失，公司不承担责任。
          </li>
          <li>
            公司对用户在支付过程中可能产生的任何问题，如支付延迟、失败或其他错误，将在接到用户反馈后及时处理，但不承担因第三方支付平台引起的损失。
          </li>
          <li>用户在支付过程中产生的争议应通过与支付平台直接沟通解决。如因用户自身行为导致纠纷，公司不承担责任。</li>
          <li>
            公司对产品或服务的退换货、退款政策将依据《中华人民共和国消费者权益保护法》进行执行，用户可根据相关政策申请退款。
          </li>
        </ul>
      </section>
      <section>
        <h2>六、网络隐私协议</h2>
        <ul>
          <li>
            <strong>个人信息的收集与使用</strong>
            公司会依法收集用户的个人信息，包括但不限于姓名、联系方式、支付信息等。这些信息将用于提供服务、改善用户体验、保障交易安全等目的。公司承诺遵守《中华人民共和国个人信息保护法》和相关法律规定，确保用户个人信息的安全。
          </li>
          <li>
            <strong>信息的共享、转让与公开披露</strong>
            除非法律另有规定或征得用户的明确同意，公司不会向任何无关第三方共享、转让或公开披露用户的个人信息。但以下情形除外：
            <ul>
              <li>遵守法律法规的要求或司法、行政机关的强制性要求；</li>
              <li>为保障国家安全、公共利益所必须；</li>
              <li>经用户明确授权的第三方合作方，需履行保密义务。</li>
            </ul>
          </li>
          <li>
            <strong>信息存储与安全</strong>
            用户的个人信息将安全地存储在公司服务器上，公司采取合理的技术和管理手段，防止信息的丢失、误用、未经授权的访问或泄露。用户需对其账户信息保密，若因个人原因造成信息泄露，公司不承担相关责任。
          </li>
          <li>
            <strong>用户权利</strong>
            用户有权根据法律法规随时访问、更正或删除其个人信息。如用户决定停止使用本服务，可联系公司删除其账户及所有相关信息。公司在法律规定的时间内响应并处理用户的相关请求。
          </li>
        </ul>
      </section>
      <section>
        <h2>七、知识产权声明</h2>
        <ul>
          <li>
            本服务中涉及的所有内容，包括但不限于文本、图片、音频、视频等，均为公司或相关权利人所有，受《中华人民共和国著作权法》等法律保护，未经授权，用户不得擅自使用或修改。
          </li>
          <li>
            用户输入或生成的内容如涉及知识产权问题，用户应保证其拥有合法的著作权或使用授权，不得侵犯第三方合法权益。若用户的行为导致第三方索赔，用户应承担全部责任，并赔偿公司因此遭受的所有损失。
          </li>
        </ul>
      </section>
      <section>
        <h2>八、免责与责任限制</h2>
        <ul>
          <li>
            用户因使用本服务而产生的任何直接或间接损失，公司不承担任何责任。包括但不限于服务中断、数据丢失、第三方攻击、不可抗力等情况造成的损失。
          </li>
          <li>
            用户使用本服务时，因违反本协议或法律法规而导致的任何第三方索赔、损失或法律责任，用户应全额赔偿公司，并使公司免受损害。
          </li>
          <li>
            对于因网络连接不稳定、支付平台故障或不可抗力等原因造成的服务中断或支付失败，公司将尽力协助解决，但不承担因此产生的任何责任。
          </li>
        </ul>
      </section>
      <section>
        <h2>九、协议变更与终止</h2>
        <ul>
          <li>
            公司有权根据业务需要或法律变化，随时修改本协议条款，修改后的协议将在本网站上公布并立即生效。若用户不同意修改内容，应立即停止使用本服务，否则视为接受修改后的协议。
          </li>
          <li>
            若用户违反本协议，或公司根据自身判断认为用户行为可能给公司带来风险，公司有权随时暂停或终止向用户提供服务，并注销其账户。
          </li>
        </ul>
      </section>
      <section>
        <h2>十、争议解决</h2>
        <ul>
          <li>本协议的订立、执行和解释及争议的解决均适用中华人民共和国法律。</li>
          <li>
            因本协议引起的争议，各方应尽量通过友好协商解决，协商不成的，任何一方可提交上海仲裁委员会仲裁，仲裁裁决为最终裁决，对双方具有法律约束力。
          </li>
        </ul>
      </section>
      <section>
        <h2>十一、附则</h2>
        <p>如本协议中的任何条款被认定为无效或不可执行，不影响其他条款的有效性和可执行性。</p>
        <p>本协议的最终解释权归上海趣申请科技有限公司所有。</p>
      </section>`,
  'en-US': `<h1 class="text-center">User Service Agreement</h1>
<section>
  <h2>Introduction</h2>
  <p>
    To use the services provided by this website (hereinafter referred to as "the Service"), you should read and comply with this *User Service Agreement* (hereinafter referred to as "this Agreement"). Please carefully read all the terms and ensure full understanding. If you are under 18 years old or lack full civil capacity, please read this Agreement under the supervision of a legal guardian. If you disagree with any part of this Agreement or cannot fully understand its provisions, please stop using the Service immediately.
  </p>
</section>
<section>
  <h2>1. Scope of the Agreement</h2>
  <ul>
    <li>
      This Agreement is an agreement between you and this website and its owning company, Shanghai QuShenQing Technology Co., Ltd. (hereinafter referred to as "we" or "the Company"), regarding the use of the Service. It applies to all content, services, and future features provided through the Service.
    </li>
    <li>
      This Agreement applies to all activities through which users register, use, or access products and services provided by the Company, regardless of whether they are directly offered by the Company or authorized third parties.
    </li>
  </ul>
</section>
<section>
  <h2>2. Account Management</h2>
  <ul>
    <li>
      Before using the Service, users must create an account and provide true, accurate, and complete registration information. Users are responsible for all activities under their account, including but not limited to keeping their login password confidential.
    </li>
    <li>
      If users detect any unauthorized use of their account or other security breaches, they should notify the Company immediately. The Company bears no responsibility for losses resulting from account or password leaks caused by users' own actions.
    </li>
    <li>
      Users may not use their accounts for any illegal purposes or actions that violate this Agreement, including but not limited to stealing others' accounts or impersonating others. The Company reserves the right to suspend or permanently ban accounts found to be in violation.
    </li>
  </ul>
</section>
<section>
  <h2>3. Service Statement</h2>
  <ul>
    <li>
      Users have the right to freely use content generated through the Service, provided that such use does not violate laws, regulations, or other provisions of this Agreement.
    </li>
    <li>
      The Company reserves the right to upgrade, adjust, or terminate service content or features. Continued use of the Service indicates acceptance of such changes.
    </li>
  </ul>
</section>
<section>
  <h2>4. User Code of Conduct</h2>
  <dl>
    <dt>
      When using the Service, users must comply with relevant national laws and regulations and refrain from engaging in illegal or improper activities, including but not limited to:
    </dt>
    <dd>
      Publishing or spreading content that violates the Constitution, endangers national security, damages national honor, promotes terrorism, incites ethnic hatred, spreads rumors, or contains obscene or pornographic material;
    </dd>
    <dd>Using the Service for fraud, privacy infringement, intellectual property violations, or other illegal actions;</dd>
    <dd>
      Intentionally spreading computer viruses, malicious software, or engaging in other actions that may compromise network security;
    </dd>
    <dd>
      Accessing, modifying, or deleting any network data, applications, or system functions without authorization.
    </dd>
  </dl>
</section>
<section>
  <h2>5. Payment Terms</h2>
  <ul>
    <li>
      All payments on this platform must be completed through payment gateways designated by the Company (e.g., Alipay, WeChat Pay). Users are responsible for ensuring the accuracy of payment information. The Company is not liable for payment failures or losses due to inaccurate information.
    </li>
    <li>
      The Company will address issues arising during the payment process, such as delays or failures, upon receiving user feedback, but it is not liable for losses caused by third-party payment platforms.
    </li>
    <li>
      Disputes arising during payments should be resolved directly with the payment platform. The Company assumes no responsibility for disputes caused by users' own actions.
    </li>
    <li>
      Refunds, exchanges, and return policies are implemented in accordance with the *Consumer Protection Law of the People's Republic of China*. Users may request refunds per the applicable policies.
    </li>
  </ul>
</section>
<section>
  <h2>6. Privacy Policy</h2>
  <ul>
    <li>
      <strong>Collection and Use of Personal Information:</strong> The Company collects personal information, such as names, contact details, and payment information, as required by law. This information is used to provide services, improve user experience, and ensure transaction security. The Company complies with the *Personal Information Protection Law of the People's Republic of China* and related regulations to safeguard users' personal information.
    </li>
    <li>
      <strong>Sharing, Transfer, and Disclosure:</strong> The Company does not share, transfer, or disclose users' personal information to unrelated third parties unless legally required or expressly authorized by users. Exceptions include:
      <ul>
        <li>Compliance with laws or mandatory requests from judicial or administrative authorities;</li>
        <li>Safeguarding national security or public interests;</li>
        <li>Authorized third-party partners who are bound by confidentiality obligations.</li>
      </ul>
    </li>
    <li>
      <strong>Storage and Security:</strong> Users' personal information is securely stored on Company servers, protected by reasonable technical and administrative measures. Users are responsible for maintaining account security. The Company is not liable for information leaks caused by users' own actions.
    </li>
    <li>
      <strong>User Rights:</strong> Users have the right to access, correct, or delete their personal information as permitted by law. Users may contact the Company to delete their accounts and all related information if they stop using the Service. The Company will respond within the legally prescribed timeframe.
    </li>
  </ul>
</section>
<section>
  <h2>7. Intellectual Property Rights</h2>
  <ul>
    <li>
      All content within the Service, including but not limited to text, images, audio, and videos, is owned by the Company or relevant rights holders and is protected by the *Copyright Law of the People's Republic of China*. Users may not use or modify such content without authorization.
    </li>
    <li>
      If user-generated content involves intellectual property issues, users must ensure they own the legal copyrights or usage rights. Users are liable for third-party claims arising from their actions and must compensate the Company for any resulting losses.
    </li>
  </ul>
</section>
<section>
  <h2>8. Disclaimer and Liability Limitation</h2>
  <ul>
    <li>
      The Company is not liable for any direct or indirect losses incurred from using the Service, including service interruptions, data loss, third-party attacks, or force majeure events.
    </li>
    <li>
      Users are responsible for compensating the Company for any third-party claims, losses, or liabilities caused by their violation of this Agreement or applicable laws.
    </li>
    <li>
      The Company will assist in resolving service interruptions or payment failures caused by network instability, payment platform issues, or force majeure but is not liable for related losses.
    </li>
  </ul>
</section>
<section>
  <h2>9. Changes and Termination</h2>
  <ul>
    <li>
      The Company reserves the right to modify this Agreement at any time due to business needs or legal changes. Updated terms will be published on the website and take effect immediately. If users disagree with the changes, they must stop using the Service; otherwise, continued use indicates acceptance.
    </li>
    <li>
      If users violate this Agreement or the Company deems their actions risky, the Company may suspend or terminate services and delete their accounts.
    </li>
  </ul>
</section>
<section>
  <h2>10. Dispute Resolution</h2>
  <ul>
    <li>
      The formulation, execution, and interpretation of this Agreement, as well as dispute resolution, are governed by the laws of the People's Republic of China.
    </li>
    <li>
      Disputes arising from this Agreement should be resolved through amicable negotiation. If unsuccessful, either party may submit the dispute to the Shanghai Arbitration Commission for arbitration, whose decision is final and binding.
    </li>
  </ul>
</section>
<section>
  <h2>11. Miscellaneous</h2>
  <p>
    If any term of this Agreement is deemed invalid or unenforceable, the validity and enforceability of the remaining terms remain unaffected.
  </p>
  <p>The final interpretation of this Agreement belongs to Shanghai QuShenQing Technology Co., Ltd.</p>
</section>
`
};

export default locales;
