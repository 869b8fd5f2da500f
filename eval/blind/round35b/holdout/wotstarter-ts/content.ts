/** 用户服务协议 html 内容 */
export const userAgreementContent: string = `<div>
  <div class="group-infos">
    <p>
      本指引是本应用开发者（以下简称“开发者”）为处理你的个人信息而制定。
    </p>
  </div>
  <div class="group-infos">
    <div class="group-infos__hd">
      <h4 class="group-infos__title">开发者处理的信息</h4>
      <p class="group-infos__hd-privacyText">
        根据法律规定，开发者仅处理实现小程序功能所必要的信息。
      </p>
    </div>
    <ul class="privacy-config__list">
      <li>
        为了快速填写个人用户信息，开发者将在获取你的明示同意后，收集你的微信昵称、头像。
      </li>
      <li>
        为了匹配最近的服务商，开发者将在获取你的明示同意后，收集你的位置信息。
      </li>
      <li>开发者 收集你的地址，用于快速登记收件地址。</li>
      <li>开发者 收集你选中的照片或视频信息，用于上传业务相关的内容。</li>
      <li>
        为了业务中拍摄现场情况，开发者将在获取你的明示同意后，访问你的摄像头。
      </li>
      <li>
        为了快速完成用户注册，开发者将在获取你的明示同意后，收集你的手机号。
      </li>
      <li>开发者 收集你的身份证号码，用于完成身份认证及相关业务。</li>
      <li>
        为了快速登记车辆信息，开发者将在获取你的明示同意后，收集你的车牌号。
      </li>
      <li>开发者 收集你的邮箱，用于发送电子发票信息。</li>
      <li>开发者 获取你选择的位置信息，用于选择登记业务中选择所在未知。</li>
    </ul>
  </div>
  <div class="group-infos">
    <div class="group-infos__hd">
      <h4 class="group-infos__title">你的权益</h4>
      <p class="group-infos__hd-privacyText"></p>
    </div>
    <p class="group-infos_order">
      关于你的个人信息，你可以通过以下方式与开发者联系，行使查阅、复制、更正、删除等法定权利。
    </p>
    <p class="group-infos_order">
      若你在小程序中注册了账号，你可以通过以下方式与开发者联系，申请注销你在小程序中使用的账号。在受理你的申请后，开发者承诺在十五个工作日内完成核查和处理，并按照法律法规要求处理你的相关信息。
    </p>
    <p>
      <span style="margin-right: 10px">邮箱 : </span>
      <span style="overflow: hidden; word-break: break-all">changqzq@foxmail.com</span>
    </p>
  </div>
  <div class="group-infos">
    <div class="group-infos__hd">
      <h4 class="group-infos__title">开发者对信息的存储</h4>
      <p class="group-infos__hd-privacyText"></p>
    </div>
    <p class="group-infos_order">
      开发者承诺，除法律法规另有规定外，开发者对你的信息的保存期限应当为实现处理目的所必要的最短时间。
    </p>
  </div>
  <div class="group-infos">
    <div class="group-infos__hd">
      <h4 class="group-infos__title">信息的使用规则</h4>
      <p class="group-infos__hd-privacyText"></p>
    </div>
    <p class="group-infos_order">
      开发者将会在本指引所明示的用途内使用收集的信息
    </p>
    <p>
      <span class="privacyLabel group-infos_order">如开发者使用你的信息超出本指引目的或合理范围，开发者必须在变更使用目的或范围前，再次以</span>
      <span>隐私政策变更声明</span>
      <span class="privacyLabel">方式告知并征得你的明示同意。</span>
    </p>
  </div>
  <div class="group-infos">
    <div class="group-infos__hd">
      <h4 class="group-infos__title">信息对外提供</h4>
      <p class="group-infos__hd-privacyText"></p>
    </div>
    <p class="group-infos_order">
      开发者承诺，不会主动共享或转让你的信息至任何第三方，如存在确需共享或转让时，开发者应当直接征得或确认第三方征得你的单独同意。
    </p>
    <p class="group-infos_order">
      开发者承诺，不会对外公开披露你的信息，如必须公开披露时，开发者应当向你告知公开披露的目的、披露信息的类型及可能涉及的信息，并征得你的单独同意。
    </p>
  </div>
  <div class="group-infos">
    <div class="group-infos__hd">
      <h4 class="group-infos__title">
        你认为开发者未遵守上述约定，或有其他的投诉建议、或未成年人个人信息保护相关问题，可通过以下方式与开发者联系；或者向微信进行投诉。
      </h4>
      <p class="group-infos__hd-privacyText"></p>
    </div>
    <p>
      <span style="margin-right: 10px">邮箱 : </span>
      <span style="overflow: hidden; word-break: break-all">changqzq@foxmail.com</span>
    </p>
  </div>
  <p style="text-align: right; margin-top: 30px">更新日期：2025-04-20</p>
  <p style="text-align: right; margin-bottom: 20px">生效日期：2025-04-20</p>
</div>`
