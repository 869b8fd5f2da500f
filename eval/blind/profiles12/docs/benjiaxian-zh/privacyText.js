export const html = `
<h3 style="text-align:center">本家鲜隐私权政策</h3>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">引言</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">本家鲜(以下简称为&quot;我们&quot;）尊重并保护所有使用本家鲜服务用户的个人隐私权。为同时给您提供更准确、有个性化的服务和更安全的互联网环境, 我们依据《中华人民共和国网络安全法》、《信息安全技术个人信息安全规范》(GB / T35273 - 2017）以及其他相关法律法规和技术规范明确了我们收集 / 使用 / 对外提供个人信息的原则, 进一步阐述了关于您个人信息的相关权利。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">本政策与您所使用的我们的产品与 / 或服务息息相关, 您在下载、安装、启动、浏览、注册、登录、使用我们的产品与 / 或服务（以下统称&quot;使用我们的产品与/或服务&quot;)时, 我们将按照本政策的约定处理和保护您的个人信息。我们尽量以简明扼要的表述向您解释本政策所涉及的技术词汇, 以便于您理解。本政策中与您权益(可能)存在重大关系的条款, 我们已使用加粗字体予以区别, 请您重点查阅，在确认充分理解并同意后再开始使用。如对本政策内容有任何疑问、意见或建议, 您可通过本家鲜系统提供的各种联系方式与我们联系。</p>

<h4 style="padding: 1em; 1.5em;">第一部分、定义</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">本家鲜: 指本家鲜运营服务总系统（域名为www.bjx.com）网站及本家鲜客户端。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">服务提供者: 指本家鲜的互联网信息及软件技术服务提供者杭州安厨网络技术有限公司。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">个人信息: 指以电子或者其他方式记录的能够单独或者与也信息结合识别特定自然人身份或者反映特定自然人活动情况的各种信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">个人敏感信息: 指包括身份证件号码、个人生物识别信息、银行账号、财产信息、行踪轨迹、交易信息、14岁以下（含）儿童信息等的个人信息（我们将在本隐私权政策中对具体个人敏感信息以粗体进行显著标识）。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">个人信息删除: 指在实现日常业务功能所涉及的系统中去除个人信息的行为, 使其保持不可被检索、访间的状态。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">儿童: 指不满十四周岁的未成年人。</p>

<h4 style="padding: 1em; 1.5em;">第二部分、隐私权政策</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">本隐私权政策部分将帮助您了解以下内容:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">一、我们如何收集和使用您的信息</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">二、我们如何使用Cookie和同类技术</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">三、我们如何共享、转让、公开披露您的信息</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">四、我们如何保护您的信息</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">五、您如何管理您的信息</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">六、我们如何处理未成年人的信息</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">七、您的信息如何在全球范围转移</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">八、本隐私权政策如何更新</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">九、如何联系我们</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">&nbsp;</p>

<h4 style="padding: 1em; 1.5em;">一、我们如何收集和使用您的信息</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们会遵循正当、合法、必要的原则, 出于本政策所述的以下目的, 收集和使用您在使用我们服务过程中主动提供或因使用我们产品和 / 或服务而产生的个人信息。如果我们要将您</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">的个人信息用于本政策未载明的其它用途, 或基于特定目的将收集而来的信息用于其他目的, 我们将以合理的方式向您告知, 并在使用前再次征得您的同意:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.账号注册及登录</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.1当您注册及登录时, 如您使用一键登录的功能, 基于我们与通信运营商的合作, 我们会收集您的【手机号码和手机运营商信息】, 以便为您提供快捷的登录服务。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.2您还可以根据自身需求选择填写或更改性别、出生年月日、、地区及个人介绍来完善您的信息, 但如您不提供此类信息, 不会影响您使用本产品或其他相关服务。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.向您提供产品和 / 或服务</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.1信息浏览、订单备注、分享等功能。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.1.1当您使用浏览商品、订单备注等功能时, 我们会请求您授权照片、相机、麦克风权限。您如果拒绝授权提供, 将无法使用相应功能, 但不影响您正常使用本家鲜的其他功能。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.1.3当您使用分享功能时, 您发布的文字、照片、视频、音频、评论、分享记录信息会存储在我们的服务器中, 因为存储是实现这一功能所必需的。我们会以加密的方式存储, 您也可以随时删除这些信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.2安全运行。为了保障软件与服务的安全运行, 我们会收集您的设备型号、设备名称、设备唯一标识符、浏览器类型和设置、语言设置、操作系统和应用程序版本、登录IP地址、接入网络的方式、网络质量数据、移动网络信息（包括运营商名称) 、产品版本号。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.3搜索功能。当您使用本家鲜搜索功能时, 我们会收集您查询的关键词、查询记录和访问时间、评论和互动记录。收集此信息可以向您提供您所需要的内容和可能更感兴趣的服务, 同时亦可以改进我们的产品和服务。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.4定位功能。当您开启设备定位功能并使用本家鲜基于位置提供的相关服务（含发布功能的定位标签、附近功能）时, 我们可能会收集有关您的GPS位置信息。GPS位置信息属于个人敏感信息, 拒绝提供该信息您将无法使用上述基于位置提供的相关服务, 但不影响您正常使用本家鲜的其他功能。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.4通讯功能。当您使用通讯功能时，在获得您允许的情况下，会调用手机拨打功能，在通讯过程中您的电话号码等隐私信息会进行虚拟处理，避免您的真实电话号码等信息被通讯方看到。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3客服及争议处理</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.1当您与我们联系或提出售中售后、争议纠纷处理申请时, 为了保障您的账户及系统安全, 我们需要您提供必要的个人信息以核验您的用户身份。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.2为便于与您联系、尽快帮助您解决问题或记录相关问题的处理方案及结果, 我们可能会保存您与我们的通信 / 通话记录及相关内容（包括账号信息、购买信息、您为了证明相关事实提供的其他信息, 或您留下的联系方式信息), 如果您针对具体订单进行咨询、投诉或提供建议的, 我们会使用您的账号信息和订单信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.3为了提供服务及改进服务质量的合理需要, 我们还可能使用的您的其他信息, 包括您与客服联系时您提供的相关信息, 您参与问卷调查时向我们发送的问卷答复信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4其他</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.1若你提供的信息中含有其他用户的个人信息, 在向本家鲜提供这些个人信息之前, 您需确保您已经取得合法的授权。若其中涉及儿童个人信息的, 您需在发布前取得对应儿童监护人的同意, 前述情形下监护人有权通过本政策第九条的途径联系我们, 要求更正或删除涉及儿童个人信息的内容。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.2若我们将信息用于本政策未载明的其他用途, 或者将基于持定目的收集而来的信息用于其他目的, 或者我们主动从第三方处获取您的个人信息, 均会事先获得您的同意。若我们从第三方处间接获取您的信息的, 我们会在收集前明确以书面形式要求该第三方在已依法取得您同意后收集个人信息, 并向您告知共享的信息内容, 且涉及敏感信息的在提供给我们使用前需经过您的明确确认, 要求第三方对个人信息来源的合法性和合规性作出承诺, 如第三方有违反行为的, 我们会明确要求对方承担相应法律责任; 同时, 我们的专业安全团队对个人信息会进行安全加固(包括敏感信息报备、敏感信息加密存储、访问权限控制等）。我们会使用不低于我们对自身用户个人信息同等的保护手段与措施对间接获取的个人信息进行保护。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.3征得授权同意的例外。您充分理解并同意, 我们在以下情况下收集、使用您的个</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">人信息无需您的授权同意, 且我们可能不会响应您提出的更正 / 修改、删除、注销、撤回同意、索取信息的请求:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（1）与国家安全、国防安全有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（2）与公共安全、公共卫生、重大公共利益有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（3）与犯罪侦查、起诉、审判和判决执行等司法或行政执法有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（4）出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（5）您自行向社会公众公开的个人信息;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（6）从合法公开披露的信息中收集个人信息的, 如合法的新闻报道、政府信息公开等渠道。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（7) 根据与您签订和履行相关协议或其他书面文件所必需的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（8）用于维护所提供的产品及 / 或服务的安全稳定运行所必需的, 例如发现、处置产品及 / 或服务的故障;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（9）为合法的新闻报道所必需的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">(10）学术研究机构基于公共利益开展统计或学术研究所必要, 且对外提供学术研究或描述的结果时, 对结果中所包含的个人信息进行去标识化处理的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">（11）法律法规规定的其他情形。请知悉, 根据适用的法律, 若我们对个人信息采取技术措施和其他必要措施进行处理, 使得数据接收方无法重新识别特定个人且不能复原, 或我们可能会对收集的信息进行去标识化地研究、统计分析和预测, 用于改善本家鲜的内容和布局, 为商业决策提供产品或服务支撑, 以及改进我们的产品和服务（包括使用匿名数据进行机器学习或模型算法训练), 则此类处理后数据的使用无需另行向您通知并征得您的同意。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.4如我们停止运营本家鲜产品或服务, 我们将及时停止继续收集您个人信息的活动, 将停止运营的通知以逐一送达或公告的形式通知您, 并对我们所持有的与已关停业务相关的个人信息进行删除或匿名化处理。涉及儿童个人信息的, 我们会并将停止运营的通知及时告知儿童监护人。</p>

<h4 style="padding: 1em; 1.5em;">二、我们如何使用Cookie和同类技术</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1 Cookie</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">为确保网站正常运转、为您获得更轻松的访问体验、向您推荐您可能感兴趣的内容, 我们会在您的计算机或移动设备上存储Cookie、Flash Cookie, 或浏览器(或关联应用程序）提供的其他通常包含标识符、站点名称以及一些号码和字符的本地存储(统称&quot;Cookie&quot;) 。借助于Cookie, 网站能够存储您的偏好或购物车内的商品等数据。如果您的浏览器或浏览器附加服务允许, 您可修改对Cookie的接受程度或拒绝我们的Cookie。有关详情, 请参见AboutCookies.org。但如果您这么做, 在某些情况下可能会影响您安全访问我们的网站, 且可能需要在每一次访问我们的网站时更改用户设置。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2 Cookie同类技术</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">除 Cookie外, 我们还会在网站上使用网站信标、像素标签、ETag等其他同类技术。例如, 我们向您发送的电子邮件可能含有链接至我们网站内容的地址链接, 如果您点击该链接, 我们则会跟踪此次点击, 帮助我们了解您的产品或服务偏好, 以便于我们主动改善客户服务体验。网站信标通常是一种嵌入到网站或电子邮件中的透明图像。借助于电子邮件中的像素标签, 我们能够获知电子邮件是否被打开。如果您不希望自己的活动以这种方式被追踪, 则可以随时从我们的寄信名单中退订。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">ETag（实体标签）是在互联网浏览器与互联网服务器之间背后传送的HTTP协议标头, 可代替Cookie。ETaq可以帮助我们避免不必要的服务器负载, 提高服务效率, 节省资源、能源, 同时, 我们可能通过ETaq来记录您的身份, 以便我们可以更深入地了解和改善我们的产品或服务。大多数浏览器均为用户提供了清除浏览器缓存数据的功能, 您可以在浏览器设置功能中进行相应的数据清除操作。但请注意, 如果停用ETag, 您可能无法享受相对更佳的产品或服务体验。</p>

<h4 style="padding: 1em; 1.5em;">三、我们如何共享、转让、公开披露您的信息</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1共享</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们不会与本家鲜系统服务提供者以外的公司、组织和个人共享您的个人信息, 但以下情况除外:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.1在法定情形下的共享: 我们可能会根据法律法规规定、诉讼、争议解决需要, 或按行政、司法机关依法提出的要求, 对外共享您的个人信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.2在获取明确同意的情况下共享: 获得您的明确同意后, 我们会与其他方共享您的个人信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.3在您主动选择情况下共享: 您通过本家鲜系统兑换商品或服务, 我们会根据您的选择, 将您的兑换信息中与交易有关的必要信息共享给相关商品或服务的提供者, 以实现您的交易及售后服务需求。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.4与关联公司间共享: 为便于我们基于本家鲜系统账户向您提供产品和服务, 推荐您可能感兴趣的信息, 识别会员账号异常, 保护本家鲜关联公司或其他用户或公众的人身财产安全免遭侵害, 您的个人信息可能会与我们的关联公司和 / 或其指定的服务提供商共享。我们只会共享必要的个人信息, 且受本隐私政策中所声明目的的约束, 如果我们共享您的个人敏感信息或关联公司改变个人信息的使用及处理目的, 将再次征求您的授权同意。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.5与授权合作伙伴共享: 我们可能委托授权合作伙伴为您提供某些服务或代表我们履行职能, 我们仅会出于本隐私权政策声明的合法、正当、必要、特定、明确的目的共享您的信息, 授权合作伙伴只能接触到其履行职责所需信息, 且不得将此信息用于其他任何目的。对于涉及儿童个人信息的, 我们不允许合作伙伴进行转委托。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2转让</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们不会将您的个人信息转让给任何公司、组织和个人, 但以下情况除外:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.1在获取明确同意的情况下转让: 获得您的明确同意后, 我们会向其他方转让您的个人信息;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.2在本家鲜服务提供者发生合并、收购或破产清算情形, 或其他涉及合并、收购或破产清算情形时, 如涉及到个人信息转让, 我们会要求新的持有您个人信息的公司、组织继续受本政策的约束, 否则我们将要求该公司、组织和个人重新向您征求授权同意。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3公开披露</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们仅会在以下情况下, 公开披露您的个人信息:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.1获得您明确同意或基于您的主动选择, 我们可能会公开披露您的个人信息;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.2如果我们确定您出现违反法律法规或严重违反本家鲜系统相关协议及规则的情况, 或为保护本家鲜系统用户或公众的人身财产安全免遭侵害, 我们可能依据法律法规或征得您同意的情况下披露关于您的个人信息, 包括相关违规行为以及本家鲜系统已对您采取的措施。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4共享、转让、公开披露个人信息时事先征得授权同意的例外</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">以下情形中, 共享、转让、公开披露您的个人信息无需事先征得您的授权同意:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.1与国家安全、国防安全有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.2与公共安全、公共卫生、重大公共利益有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.3与犯罪侦查、起诉、审判和判决执行等司法或行政执法有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.4出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.5您自行向社会公众公开的个人信息;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4.6从合法公开披露的信息中收集个人信息的, 如合法的新闻报道、政府信息公开等渠道。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">请知悉, 根据适用的法律, 若我们对个人信息采取技术措施和其他必要措施进行处理, 使得数据接收方无法重新识别特定个人且不能复原, 则此类处理后数据的共享、转让、公开披露无需另行向您通知并征得您的同意。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们如何保护您的信息</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1我们已采取符合业界标准、合理可行的安全防护措施保护您的信息, 防止个人信息遭到未经授权访问、公开披露、使用、修改、损坏或丢失。例如, 在您的浏览器与服务器之间交换数据时受 SSL协议加密保护; 我们同时对本家鲜网站提供HTTPS协议安全浏览方式; 我们会使用加密技术提高个人信息的安全性; 我们会使用受信赖的保护机制防止个人信息遭到恶意攻击; 我们会部署访问控制机制, 尽力确保只有授权人员才可访问个人信息; 以及我们会举办安全和隐私保护培训课程, 加强员工对于保护个人信息重要性的认识。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们指定了专人负责儿童个人信息的保护, 严格设定信息访问权限, 对可能接触到儿童个人信息的工作人员采取最小够用授权原则, 并采取技术措施对工作人员处理几童个人信息的行为进行记录和管控, 避免违法复制、下载儿童个人信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2我们有行业先进的以数据为核心、围绕数据生命周期进行的数据安全管理体系, 从组织建设、制度设计、人员管理、产品技术等方面多维度提升整个系统的安全性。目前, 我们的重要信息系统已经通过网络安全等级保护的三级以上测评和ISO27001认证。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3我们会采取合理可行的措施, 尽力避免收集无关的个人信息。我们只会在达成本政策所述目的所需的期限内保留您的个人信息, 除非法律有强制的存留要求, 例如《中华人民共和国电子商务法》要求商品和服务信息、交易信息保存时间自交易完成之日起不少于三年。而我们判断前述期限的标准包括:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.1完成与您相关的交易目的、维护相应交易及业务记录、应对您可能的查询或投诉;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.2保证我们为您提供服务的安全和质量;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.3您是否同意更长的留存期间;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3.4是否存在保留期限的其他特别约定。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">在您的个人信息超出保留期间后, 我们会根据适用法律的要求删除您的个人信息, 或使其匿名化处理。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4互联网并非绝对安全的环境, 使用本家鲜系统服务时, 我们强烈建议您不要使用非本家鲜系统推荐的通信方式发送您的信息。您可以通过我们的服务建立联系和相互分享。当您通过我们的服务创建交流、交易或分享时, 您可以自主选择沟通、交易或分享的对象, 作为能够看到您的交易内容、联络方式、交流信息或分享内容等相关信息的第三方。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">在使用本家鲜服务进行网上交易时, 您不可避免地要向交易对方或潜在的交易对方披露自己的个人信息, 如联络方式或联系地址。请您妥善保护自己的个人信息, 仅在必要的情形下向他人提供。如您发现自己的个人信息尤其是您的账户或密码发生泄露, 请您立即联络本家鲜客服, 以便我们根据您的申请采取相应措施。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">请注意, 您在使用我们服务时自愿共享甚至公开分享的信息, 可能会涉及您或他人的个人信息甚至个人敏感信息。请您更加谨慎地考虑, 是否在使用我们的服务时共享甚至公开分享相关信息。请使用复杂密码, 协助我们保证您的账号安全。我们将尽力保障您发送给我们的任何信息的安全性。如果我们的物理、技术或管理防护设施遭到破坏, 导致信息被非授权访问、公开披露、篡改或毁坏, 导致您的合法权益受损, 我们将承担相应的法律责任。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">5我们将不定期更新并公开安全风险、个人信息安全影响评估报告等有关内容, 您可通过本家鲜公告方式获得。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6在不幸发生个人信息安全事件后, 我们将按照法律法规的要求向您告知: 安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、您可自主防范和降低风险的建议、对您的补救措施等。事件相关情况我们将以邮件、信函、电话、推送通知等方式告知您, 难以逐一告知个人信息主体时, 我们会采取合理、有效的方式发布公告。我们已制定儿童个人信息安全事件应急预案, 定期组织内部相关人员进行应急响应培训和应急演练, 使其掌握岗位职责和应急处置策略和规程。在不幸发生儿童个人信息安全事件后, 我们将按照法律法规的要求, 及时向儿童及其监护人告知: 安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、儿童及其监护人可自主防范和降低风险的建议、对儿童及其监护人的补救措施等。我们将及时将事件相关情况以APP推送通知、发送邮件 / 短消息等方式告知儿童及其监护人。难以逐一告知时, 我们会采取合理、有效的方式发布相关警示信息。同时, 我们还将按照监管部门要求, 主动上报儿童个人信息安全事件的处置情况。若儿童及其监护人的合法权益受损, 我们将依法承担相应的法律责任。同时, 我们还将按照监管部门要求, 上报个人信息安全事件的处置情况。</p>

<h4 style="padding: 1em; 1.5em;">五、您如何管理您的信息</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">您可以通过以下方式访问及管理您的信息:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1查询、更正和补充您的信息</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.1有权查询、更正或补充您的信息。您可以通过以下方式自行进行: 登录本家鲜, 进入&ldquo;本家鲜 - 我的&rdquo;，点击个人账户设置后查询、更正个人资料及个人账户相关信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.2登录微信小程序本家鲜客户端, 进入&quot;我的本家鲜-收货地址&quot;对个人资料、账户与安全及我的收货地址等信息进行查询、更正或补充。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1.3登录本家鲜并选择联系客服, 或登录微信小程序本家鲜客户端并选择&quot;我的本家鲜-在线客服&quot;寻求帮助, 协助您查询、更正或补充您的信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2删除您的信息</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">在以下情形中, 您可以向我们提出删除个人信息的请求:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.1如果我们处理个人信息的行为违反法律法规;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.2如果我们收集、使用您的个人信息, 却未征得您的明确同意;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.3如果我们处理个人信息的行为严重违反了与您的约定;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.4如果您不再使用我们的产品或服务, 或您主动注销了账号;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2.5如果我们永久不再为您提供产品或服务。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">若我们决定响应您的删除请求, 我们还将同时尽可能通知从我们处获得您的个人信息的主体, 并要求其及时删除（除非法律法规另有规定, 或这些主体已独立获得您的授权) 。当您或我们协助您删除相关信息后, 因为适用的法律和安全技术, 我们可能无法立即从备份系统中删除相应的信息, 我们将安全地存储您的个人信息并将其与任何进一步处理隔离, 直到备份可以清除或实现匿名。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3改变您授权同意的范围</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">个业务功能需要一些基本的个人信息才能得以完成(见本隐私权政策&quot;第一部分&quot;) 。除此之外, 您可以在&quot;我的-账号管理&quot;中设置或与本家鲜客服联系或改变您的智能移动设备的设置等方式给予或收回您的授权同意。当您收回同意后, 我们将不再处理相应的个人信息。但您收回同意的决定, 不会影响此前基于您的授权而开展的个人信息处理。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4约束信息系统自动决策</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">在某些业务功能中, 我们可能仅依据信息系统、算法等在的非人工自动决策机制做出决定。如果这些决定显著影响您的合法权益, 您有权要求我们做出解释, 我们也将在不侵害2.商业秘密或其他用户权益、社会公共利益的前提下提供申诉方法。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">5响应您的上述请求</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">为保障安全, 您可能需要提供书面请求, 或以其他方式证明您的身份。我们可能会先要求您验证自己的身份, 然后再处理您的请求。们将在15天内做出答复。如您不满意, 还可以通过本家鲜客服发起投诉。对于您合理的请求, 我们原则上不收取费用, 但对多次重复、超出合理限度的请求, 我们将酌情收取一定费用。对于与您的身份不直接关联的信息、无端重复信息, 或者需要过多技术手段（例如, 需要开发新系统或从根本上改变现行惯例）、给他人合法权益带来风险或者不切实际的请求, 我们可能会予以拒绝。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6以下情形中, 按照法律法规要求, 我们将无法响应您的请求:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6.1与国家安全、国防安全有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6.2与公共安全、公共卫生、重大公共利益有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6.3与犯罪侦查、起诉、审判和执行判决等有关的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6.4有充分证据表明个人信息主体存在主观恶意或滥用权利的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6.5响应您的请求将导致您或其他个人、组织的合法权益受到严重损害的;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6.6涉及商业秘密的。</p>

<h4 style="padding: 1em; 1.5em;">六、我们如何处理未成年人的信息</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">在电子商务活动中我们推定您具有相应的民事行为能力。如您为未成年人, 我们要求您请您的父母或其他监护人仔细读本隐私权政策, 并在征得您的父母或其他监护人同意的前提下使用我们的服务或向我们提供信息。如果我们识别出您是儿童用户的, 我们将通知您的监护人要求您的监护人同意儿童个人信息收集使用规则。对于经父母或其他监护人同意使用我们的产品或服务而收集儿童个人信息的情况, 我们只会在法律法规允许、父母或其他监护人明确同意或者保护儿童所必要的情况下使用、共享、转让或披露此信息。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">您是儿童的父母或其他监护人, 请您关注您监护的儿童是否是在取得您的授权同意之后使用我们的服务的。如您对您所监护的儿童的个人信息有疑问, 请通过第九节中的联系方式与我们联系。</p>

<h4 style="padding: 1em; 1.5em;">七、您的信息如何在全球范围转移</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们在中华人民共和国境内运营中收集和产生的个人信息, 存储在中国境内, 以下情形除外:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1、适用的法律有明确规定;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2、获得您的明确授权;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3、您通过互联网进行跨境交易等个人主动行为。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">针对以上情形, 我们会确保依据本隐私权政策对您的个人信息提供足够的保护。</p>

<h4 style="padding: 1em; 1.5em;">八、本隐私权政策如何更新</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们的隐私权政策可能变更。未经您明确同意, 我们不会限制您按照本隐私权政策所应算有的权利。我们会在专门页面上发布对隐私权政策所做的任何变更。对于重大变更, 我们还会提供更为显著的通知(包括我们会通过本家鲜公示的方式进行通知甚至向您提供弹窗提示) 。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">本政策所指的重大变更包括但不限于:</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1、我们的服务模式发生重大变化。如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2、我们在控制权等方面发生重大变化。如并购重组等引起的信息控制者变更等;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3、个人信息共享、转让或公开披露的主要对象发生变化;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">4、您参与个人信息处理方面的权利及其行使方式发生重大变化;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">6、个人信息安全影响评估报告表明存在高风险。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">我们还会将本隐私权政策的旧版本在本家鲜专门页面存档, 供您查阅。</p>

<h4 style="padding: 1em; 1.5em;">九、如何联系我们</h4>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">如您对个人信息保护问题有任何投诉、建议、疑问, 或您对本政策有任何疑问, 您可以通过以下方式联系我们, 我们将尽快审核所涉问题, 并在验证您的用户身份后的十五个工作日内予以答复：</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">1、在线客服: 点击&quot;我的-在线客服&quot;</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">2、电话∶0571 - 28270937</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">3、电子邮件∶anchu1@hzanchu.com</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">一般情况下, 我们将在15天内回复。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">如您对我们的回复不满意, 特别是我们的个人信息处理行为损害了您的合法权益, 您还可以通过向被告住所地有管辖权的法院提起诉讼, 或者向网信、电信、公安及工商等监管部门进行投诉或举报的外部途径来寻求解决方案。</p>

<p  style="text-indent: 2em;padding: 0 1em;text-align:justify;">&nbsp;</p>

`