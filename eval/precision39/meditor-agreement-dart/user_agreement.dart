const String userAgreementZh = '''Meditor用户协议

引言

本协议是Meditor(以下简称为本软件)与软件使用人(以下简称为“用户”或“您”)所达成的协议。为使用本软件，您应当阅读并遵守本《用户协议》(以下简称“本协议”)。请您成为本软件的用户以前，务必审慎阅读、充分理解各条款内容。
您使用本软件即视为您已仔细阅读并充分了解前述协议的内容，并同意接受上述协议的约束。除非您已阅读并接受本协议所有条款，否则您无权使用本软件所提供的服务。
如果您未满18周岁，请在法定监护人的陪同下阅读本协议。

一、个人资料

您使用本软件，不需要提供任何个人资料，本软件的所有功能均不需要您的任何隐私信息。您保存的数据信息仅存储在您的个人设备或个人云盘的账号上，本软件不会进行收集。

二、信息安全

本软件不需要您的任何隐私信息，所以也不存在泄露您的隐私信息的风险。您对于自己的个人数据享有完全的自主处理的权利。

三、限制利用原则

本软件不收集您的任何信息，所以在任何条件下均不会存在对您的个人信息进行利用的情况。

四、披露个人资料

本软件不收集您的任何信息，所以在任何条件下均不会存在对您的个人信息进行披露的情况。

五、软件分发

除开发者上架的平台以外，不允许任何人或组织以任何形式分享、分发本软件。如果您有本软件的定制、分发、批量采购等特殊需求，可以通过邮件或Telegram群组联系我们。

六、遵守法律和监管政策

您在使用本软件过程中应当遵守当地相关的法律法规和监管政策，并尊重当地的道德和风俗习惯。如果您的行为违反了当地法律法规或道德风俗，您应当为此独立承担责任。 您应避免因使用本软件而使本软件卷入政治和公共事件，否则本软件有权暂停或终止对您的服务。

七、免责

下列情况时本软件不需承担任何责任：
1. 不可抗力或意外事件等风险因素，导致本软件服务发生中断。
2. 任何由于计算机问题、黑客攻击、计算机病毒侵入或发作、因政府管制而造成的暂时性关闭等影响网络正常经营之不可抗力而造成的个人资料泄露、丢失、被盗用或被篡改等；
3. 用户安装本软件的计算机系统、硬件、软件或通信线路出现故障；
4. 用户通过非本软件授权的方式使用本服务；
5. 由于用户使用第三方服务(包括但不限于软件内的云同步功能)而导致的损失、数据丢失或损坏、以及因此产生的任何争议。
6. 用户操作不当导致的数据丢失或损坏；
7. 其他本软件无法控制或合理预见的情形；
您理解并同意，在使用本软件的过程中，可能会遇到网络连接或其他用户行为带来的风险，本软件不对任何信息的真实性、适用性、合法性承担责任，也不对因侵权行为给您造成的损害负责。

八、协议的生效与变更

你使用本软件的服务即视为您已阅读本协议并接受本协议的约束。 本软件有权在必要时修改本协议条款。您可以在最新版本的软件内相关页面查阅最新版本的协议条款。 本协议条款变更后，如果您继续使用本软件提供的服务，即视为您已接受修改后的协议。如果您不接受修改后的协议，应当停止使用本软件提供的服务。

九、服务的变更、中断、终止

本软件可能会对服务内容进行变更，也可能会中断、中止或终止服务。您理解并同意，本软件有权自主决定经营策略。 如发生下列任何一种情形，本软件有权不经通知而中断或终向您提供的服务：
1. 您违反相关法律法规或本协议的约定；
2. 按照法律规定或主管部门的要求；
3. 出于安全的原因或其他必要的情形。
您有责任自行备份存储在本软件中的数据。如果您的服务被终止，本软件可以从服务器上永久地删除您的数据，但法律法规另有规定的除外。服务终止后，本软件没有义务向您返还数据。

十、管辖与法律适用

本协议的成立、生效、履行、解释及纠纷解决，适用中华人民共和国大陆地区法律(不包括冲突法)。本协议签订地为中华人民共和国安徽省界首市。 若您和本软件之间发生任何纠纷或争议，首先应友好协商解决；协商不成的，您同意将纠纷或争议提交本协议签订地(即中华人民共和国安徽省界首市)有管辖权的人民法院管辖。 本协议所有条款的标题仅为阅读方便，本身并无实际涵义，不能作为本协议涵义解释的依据。 本协议条款无论因何原因部分无效或不可执行，其余条款仍有效，对双方具有约束力。

十一、如何联系我们

当您对本协议有任何疑问，可以发送邮件至
【moluopro@gmail.com】联系我们。您也可以通过Telegram群联系我们，群链接为【https://t.me/abandoft】。我们一般会在30日内予以答复。

本软件开发者对以上条款保有最终解释权。''';


const String userAgreementEn = '''Meditor User Agreement

Introduction

This Agreement is an agreement between Meditor (hereinafter referred to as the Software) and the user of the Software (hereinafter referred to as the "User" or "You"). In order to use the Software, you should read and comply with this User Agreement (hereinafter referred to as "this Agreement"). Please be sure to read and fully understand the terms and conditions before becoming a user of the Software.
By using the Software, you are deemed to have carefully read and fully understood the foregoing Agreement and agree to be bound by the foregoing Agreement. Unless you have read and accepted all of the terms of this Agreement, you are not authorized to use the services provided by the Software.
If you are under 18 years of age, please read this Agreement with a legal guardian.

I. Personal Information

You do not need to provide any personal information to use the Software, and all functions of the Software do not require any private information from you. The data information you save is only stored on your personal device or personal cloud account and will not be collected by the Software.

II. Information Security

The software does not require any of your private information, so there is no risk of leaking your private information. You have the right to handle your own personal data completely independently.

III. Principle of Restricted Use

The software does not collect any information about you, so there is no use of your personal information under any conditions.

IV. Disclosure of personal information

The software does not collect any information about you, so there will be no disclosure of your personal information under any conditions.

V. Software Distribution

No person or organization is allowed to share or distribute the Software in any form other than the platform on which the Developer has placed it. If you have special needs for customization, distribution, bulk purchase, etc. of this software, you can contact us by email or Telegram group.

VI. Compliance with laws and regulatory policies

You should comply with relevant local laws and regulations and regulatory policies, and respect local morals and customs in the process of using the Software. If your behavior violates local laws and regulations or moral customs, you shall be independently responsible for it. You should avoid involving the Software in political and public events as a result of using the Software, otherwise the Software has the right to suspend or terminate its services to you.

VII. Exemption from Liability

The Software shall not be liable in the following cases.
1. force majeure or accidental events and other risk factors, resulting in the interruption of the Software's services.
2. any leakage, loss, theft or tampering of personal data due to computer problems, hacker attacks, computer virus intrusion or attack, temporary closure due to government control and other force majeure affecting the normal operation of the network.
3. failure of the computer system, hardware, software or communication line on which the User installed the Software.
4. the use of the Service by the User through means other than those authorized by the Software
5. loss, loss or damage of data, and any dispute arising therefrom, as a result of the User's use of third party services (including, but not limited to, the cloud synchronization function within the Software).
6. loss or damage of data caused by the user's improper operation.
7. other circumstances beyond the control of the Software or reasonably foreseeable.
You understand and agree that in the process of using the Software, you may encounter risks arising from network connections or other user actions, and that the Software shall not be responsible for the authenticity, suitability, or legality of any information, nor shall it be responsible for any damage caused to you by infringement.

VIII. Entry into force and change of agreement

Your use of the services of the Software shall be deemed that you have read this Agreement and accept the binding of this Agreement. The Software reserves the right to modify the terms of this Agreement when necessary. You may review the latest version of the Agreement Terms on the relevant page within the latest version of the Software. If you continue to use the services provided by the Software after the terms of this Agreement have been changed, you will be deemed to have accepted the amended Agreement. If you do not accept the modified agreement, you should stop using the services provided by the Software.

IX. Changes, interruptions and termination of services

The Software may make changes to the content of the Services, and may also interrupt, suspend or terminate the Services. You understand and agree that the Software has the right to decide its own business strategy. The Software has the right to interrupt or terminate the services provided to you without notice if any of the following circumstances occur: 1.
1. you violate the relevant laws and regulations or the agreement of this Agreement.
2. in accordance with the provisions of the law or the requirements of the competent authorities
3. for security reasons or other necessary circumstances.
You are responsible for backing up the data stored in the Software yourself. If your service is terminated, the Software may permanently delete your data from the server, except as otherwise provided by law or regulation. The Software is not obliged to return data to you after the termination of service.

X. Jurisdiction and Application of Law

The laws of the mainland of the People's Republic of China (excluding conflict of laws) shall apply to the establishment, validity, performance, interpretation and dispute resolution of this Agreement. This Agreement is entered into in Jieshou City, Anhui Province, People's Republic of China. If any dispute or controversy arises between you and the Software, it shall first be resolved through friendly negotiation; if negotiation fails, you agree to submit the dispute or controversy to the jurisdiction of the competent people's court in the place where this Agreement is signed (i.e. Jieshou City, Anhui Province, People's Republic of China). The headings of all terms and conditions of this Agreement are for convenience of reading only and have no actual meaning in themselves, and cannot be used as the basis for interpretation of the meaning of this Agreement. No matter the terms of this Agreement are partially invalid or unenforceable for any reason, the remaining terms remain valid and binding on both parties.

XI. How to Contact Us

When you have any questions about this agreement, you can send an email to
[moluopro@gmail.com] to contact us. You can also contact us through Telegram group, the group link is [https://t.me/abandoft]. We will generally respond within 30 days.

The developer of this software reserves the right of final interpretation of the above terms and conditions.''';