export const LOCALE_ERROR = '服务出现问题，请稍后再试。'
export const LOCALE_PROJECT_NAME = '公寓ABC'
export const LOCALE_SEARCH_PLACEHOLDER = '搜索公寓/商圈/地铁/BRT'
export const LOCALE_AUTH = '在使用公寓ABC小程序服务时为提供安全且愉悦的使用体验，需要你进行确认微信授权'
export const LOCALE_AUTH_SIMPLE = '为提供安全且愉悦的使用体验，需要你进行确认微信授权'
export const LOCALE_MORE = '更多'
export const LOCALE_HOT_CBD = '热门租房商圈'
export const LOCALE_RECOMMEND_APARTMENT = '推荐品牌公寓'
export const LOCALE_ACTIVITY = '活动专区'
export const LOCALE_APARTMENT = '严选公寓'
export const LOCALE_RECEIVE = '领取'
export const LOCALE_RECEIVE_CANT = '无法领取'
export const LOCALE_RECEIVE_HAVE = '已领取'
export const LOCALE_VOUCHER = '券'
export const LOCALE_FIRST_MONTH_ONLY = '仅限首月'
export const LOCALE_NAME = '姓名'
export const LOCALE_INPUT_NAME = '请输入您的姓名'
export const LOCALE_MODIFY_NAME = '修改姓名'
export const LOCALE_TEL = '电话'
export const LOCALE_INPUT_TEL = '请输入您的电话号码'
export const LOCALE_MODIFY_TEL = '修改电话号码'
export const LOCALE_IDCARD = '身份证号码'
export const LOCALE_INPUT_IDCARD = '请输入您的身份证号码'
export const LOCALE_RENT_DATE = '租期'
export const LOCALE_APPOINTMENT_APARTMENT = '预约公寓'
export const LOCALE_USER_HAVENT_INPUT = '亲，您还没有填写'
export const LOCALE_OH = '哦'
export const LOCALE_CHOISE = '选择'
export const LOCALE_COLON = '：'
export const LOCALE_MINUS = '-'
export const LOCALE_EXCLAMATION_MARK = '！'
export const LOCALE_TIMES = '次'
export const LOCALE_NO_DESCRIPTION = '暂无描述'
export const LOCALE_ORIGINAL_PRICE = '原价'
export const LOCALE_CANCEL = '取消'
export const LOCALE_SHARE_TEXT = '我在公寓ABC上发现了一个好房源'
export const LOCALE_CUSTOMER_SERVICE = '客服服务'
export const LOCALE_TELEPHONE_CUSTOMER_SERVICE = '电话客服'
export const LOCALE_CONTACT_VIA_PHONE = '电话联系'
export const LOCALE_ONLINE_SERVICE = '在线客服'
export const LOCALE_XIAMEN = '厦门市'
export const LOCALE_NO_LIMIT = '不限'
export const LOCALE_NONE = 'none'
export const LOCALE_POINT = '分'
export const LOCALE_LOGIN = '点击登录'
export const LOCALE_RENT = '租金'
export const LOCALE_SEMICOLON = '：'
export const LOCALE_MONEY = '￥'
export const LOCALE_PRICE_UNIT = '元'
export const LOCALE_PRICE_START = '/月起'
export const LOCALE_PRICE_ACTIVITY = '(余房活动价)'
export const LOCALE_PRICE_ORIGIN = '(余房原价)'
export const LOCALE_LOCATION = '位置'
export const LOCALE_HOUSE_TYPE = '户型'
export const LOCALE_AUTO_SORT = '智能排序'
export const LOCALE_CONFIRM = '确定'
export const LOCALE_RESET = '重置'
export const LOCALE_NO_MORE = '我可是有底线的哦'
export const LOCALE_NO_APARTMENT_DATA = '暂时还没有公寓哦'
export const LOCALE_CHOISE_RENT_POSITION = '请选择租房位置'
export const LOCALE_CONSUMER_HOTLINE = '0592-5911297'
export const LOCALE_NO_LISTINGS = '暂无房源'
export const LOCALE_YEAR = '年'
export const LOCALE_MONTH = '月'
export const LOCALE_DAY = '日'
export const LOCALE_DATE = '天'
export const LOCALE_HOUR = '时'
export const LOCALE_MINUTE = '分'
export const LOCALE_SECOND = '秒'
export const LOCALE_ZHANG = '张'
export const LOCALE_LOGIN_FIRST = '请先执行登录操作'
export const LOCALE_DOT = '.'
export const LOCALE_FEEDBACK = '意见反馈'

// /pages/apartment
export const LOCALE_VIEW_APARTMENT_DETAILS = '查看公寓详情'
export const LOCALE_VIEW_APARTMENT_DETAILS_NONE = '无公寓详情'
export const LOCALE_VIEWING_CURRENT_HOUSETYPE = '您正在浏览此户型'

// /pages/apartment/appointment
export const LOCALE_APARTMENT_APPOINTMENT_AD_TEXT1 = '即刻预约看房,'
export const LOCALE_APARTMENT_APPOINTMENT_AD_TEXT2 = '线上签约0元享退租险！'
export const LOCALE_LOGIN_APPOINTMENT = '请登录后预约'
export const LOCALE_MULTIPLE_SELECTION = '*可多选'
export const LOCALE_NO_OPTIONAL_UNIT = '暂无可选户型'
export const LOCALE_NIGHT_LIST_NOTICE = '提示：管家休息期间，接单会延迟'
export const LOCALE_CHOISE_VIEW_ROOM_TIME = '请选择看房时间'
export const LOCALE_MOBILE_FORMAT_ERROR = '电话号码格式错误'
export const LOCALE_VIEW_ROOM_DATE = '看房日期'
export const LOCALE_VIEWING_HOUSETYPE = '所看户型'
export const LOCALE_APPOINTMENT_SUCCESS = '预约成功'


// pages/user/profile
export const LOCALE_USER_CARD = '我的小黄卡'
export const LOCALE_USER_CARD_EXTRA_TEXT = '指定公寓享受折扣价'
export const LOCALE_USER_FAVORITE = '我的心愿卡'
export const LOCALE_USER_FAVORITE_EXTRA_TEXT = '多个房源'
export const LOCALE_USER_FEEDBACK_EXTRA_TEXT=  '9:30-21:30'
export const LOCALE_USER_NEED = '我的需求卡'

export const LOCALE_ORDER_LIST = '预定订单'
export const LOCALE_DOWN_PAYMENT_RULE = '定金协议'
export const LOCALE_RISK_FUND = '退租险'
export const LOCALE_MY_ORDER = '我的订单'
export const LOCALE_NO_DATA = '暂无数据'

// pages/user/profile/method
export const LOCALE_NAVI_FAVORITE = 'onNavigateToFavorite'
export const LOCALE_OPEN_CARD = 'onOpenCard'
export const LOCALE_NAVI_COUPON = 'onNavigateToCoupon'
export const LOCALE_NAVI_ACTIVITY = 'onNavigateToActivity'
export const LOCALE_SHOW_CUSTOMER_MASK = 'onShowCustomerMask'
export const LOCALE_ON_FEED_BACK=  'onFeedback'


// components/room-item
export const LOCALE_NO_AWARD_AND_SPACE = '无朝向和空间信息'
export const LOCALE_ABC_SIGN = '平台代订'
export const LOCALE_QI = '/月'

// components/appointment-detail-room
export const LOCALE_SIGN_ROOM_NONE = '没有您签约的房间？'
export const LOCALE_CHOISE_ROOM_ID = '请选择房间号'

// components/apartment-header
export const LOCALE_HAVE_APARTMENT_TOTAL = '%s家公寓'
export const LOCALE_SHOW_DESC = '查看详情'
export const LOCALE_RETURN_HOME = '返回首页'
export const LOCALE_SHOW_MORE_DESC = '查看更多'
export const LOCALE_HIDE_MORE_DESC = '隐藏详情'

// common/search
export const LOCALE_HOT_SEARCH = '热门搜索'
export const LOCALE_HISTORY_SEARCH = '历史搜索'
export const LOCALE_RECOMMEND_SEARCH = '看了又看'

// order
export const LOCALE_ORDER_STATUS_CANCEL = '已取消'
export const LOCALE_ORDER_STATUS_LOCK_WAITING = '待锁定'
export const LOCALE_ORDER_STATUS_LOCK_SUCCESS = '已锁定'
export const LOCALE_ORDER_STATUS_LOCK_FAIL = '锁定失败'
export const LOCALE_ORDER_STATUS_SUCCESS = '预定完成'
export const LOCALE_ORDER_STATUS_PAY_WAITING = '待支付'
export const LOCALE_ORDER_TIME = '预订时间'
export const LOCALE_ORDER_NO = '订单号'
export const LOCALE_ORDER_USERNAME = '预订人'
export const LOCALE_ORDER_MOBILE = '电话号码'
export const LOCALE_ORDER_ID_CARD = '身份证号'
export const LOCALE_ORDER_APARTMENT = '预订公寓'
export const LOCALE_DOWN_PAYMENT = '定金：'
export const LOCALE_DOWN_PAYMENT_REAL = '定金实付款：'
export const LOCALE_SHOW_DOWN_PAYMENT_RULE = '查看完整定金协议'
export const LOCALE_CHOISE_ROOM_FIRST = '请先选择房间'
export const LOCALE_ORDER_LOGIN_NOT = '您暂未登录，无法签约下定'
export const LOCALE_HAVE_CHOISE = '已选'


export const LOCALE_ORDER_STATUS_SUCCESS_NOTICE = '恭喜您成功签约，祝您租后生活愉快'
export const LOCALE_ORDER_STATUS_CANCEL_NOTICE = '柠小萌期待下一次为您服务'
export const LOCALE_WARM_PROMPT = '温馨提示'
export const LOCALE_ORDER_STATUS_LOCK_WAITING_NOTICE = '系统正在锁定您预订的房间，预计需要30分钟，锁定后即预订成功，将会短信通知您，凭短信及定金协议即可完成后续签约事宜'
export const LOCALE_ORDER_STATUS_LOCK_FAIL_NOTICE = '柠小萌遗憾的告诉您，该房源已被预订，您可以继续预订 该户型下的其他房间。'
export const LOCALE_ORDER_LOCK_SUCCESS = '锁定成功'
export const LOCALE_ORDER_STATUS_LOCK_SUCCESS_NOTICE = '恭喜您成功预订房间，请您于 %s 前到公寓签约，签约时出示签约码，公寓管家扫码后即可 继续完成'
export const LOCALE_ORDER_LOCK_FAIL = '锁定失败'
export const LOCALE_CONTACT = '联系客服'
export const LOCALE_SIGN_INFO = '预订信息'
export const LOCALE_SIGN_ROOM = '预订房源'
export const LOCALE_ORDER_CANCEL = '取消订单'
export const LOCALE_ORDER_CANCEL_CONFIRM = '确认取消订单'
export const LOCALE_NOTICE = '提示'
export const LOCALE_ORDER_SIGN = '预订'
export const LOCALE_CONTACT_HOUSEKEEPER = '联系管家'
export const LOCALE_ORDER_STEP_ONE = 'Step1. 支付定金'
export const LOCALE_ORDER_STEP_ONE_SIMPLE = '立即预定'
export const LOCALE_ORDER_STEP_TWO = 'Step2. 管家确定,锁定房间,获得签约码'
export const LOCALE_ORDER_STEP_TWO_SIMPLE = '管家确认'
export const LOCALE_ORDER_STEP_THREE = 'Step3. 签约码核销,确定签约'
export const LOCALE_ORDER_STEP_FOUR = 'Step4. 获得退租险'
export const LOCALE_ORDER_STEP_THREE_SIMPLE = '签约成功'
export const LOCALE_ORDER_PROCESS_GUIDE = '签约预定流程'
export const LOCALE_ORDER_VIEW_AGREEMENT = '查看公寓*ABC*预定服务协议'
export const LOCALE_ORDER_VIEW_PROCESS_GUIDE = '进入完整签约流程引导'
export const LOCALE_UNIVERSAL_COUPON = '全场通用券'

// 签约码
export const LOCALE_SIGNED_CODE = '签约码'
export const LOCALE_SIGNED_CODE_SHOW = '查看签约码'
export const LOCALE_SIGNED_CODE_NOTICE = '请到预订公寓向管家出示该签约码，核对信息后即可进行合同签约。'

// 退租险
export const LOCALE_RISK_MONEY_SUPPORT = '支持退租险'
export const LOCALE_HEADER_RETURN_TITLE = '首月退租'
export const LOCALE_HEADER_RETURN_DESC = '返回部分押金'
export const LOCALE_HEADER_LIMIT_TITLE = '额度提升'
export const LOCALE_HEADER_LIMIT_DESC = '根据用户行为'
export const LOCALE_CAN_APPLY = '前可申请'
export const LOCALE_WILL_COST_RISK = '将使用退租险'
export const LOCALE_RISK_CASH_BACK = '获得退租险及返现'
export const LOCALE_COSTED_RISK = '已使用退租险'
export const LOCALE_ORDER_RISK = '本单可享受退租险赔付：'
export const LOCALE_APPLY_RISK = '申请赔付'
export const LOCALE_RISK_STATUS_CAN_APPLY = '可申请'
export const LOCALE_RISK_STATUS_WAIT_APPLY = '待审核'
export const LOCALE_RISK_STATUS_WAITING_APPLY = '审核中'
export const LOCALE_RISK_STATUS_APPLY_SUCCESS = '赔付成功'
export const LOCALE_RISK_STATUS_APPLY_FAIL = '赔付拒绝'
export const LOCALE_SIGN_TIME = '签约时间'
export const LOCALE_OFF_APARTMENT = '退租公寓'
export const LOCALE_OFF_APARTMENT_IMAGE = '退租凭证'
export const LOCALE_APPLY_USER = '申请人'
export const LOCALE_MOBILE = '联系方式'
export const LOCALE_APPLY_CONFRIM = '立即申请'
export const LOCALE_RISK_REASON = '退租原因'
export const LOCALE_SUBMIT = '提交'
export const LOCALE_APPLYING = '审核中'
export const LOCALE_APPLYED = '赔付'
export const LOCALE_APPLYING_RISK = '流程中'
export const LOCALE_CALLBACK = '客服回复'

// 订单创建
export const LOCALE_SCHEDULED_MESSAGE = '预定信息'
export const LOCALE_VIEW_SERVICE_AGREEMENT = '查看预定服务协议'
export const LOCALE_SIGN_TIME_RANGE = '签约时间/半年'
export const LOCALE_SIGN_USER = '预订人'
export const LOCALE_SIGN_APARTMENT = '预订公寓'
export const LOCALE_LOCK_ROOM = '快速锁定'
export const LOCALE_LOCK_ROOM_DESC = '目标房源'
export const LOCALE_LOCK_RISK = '赔付权益'
export const LOCALE_LOCK_RISK_DESC = '押金退租险'
export const LOCALE_LOCA_ORDER_NOTICE = '若房源锁定失败，享受定金极速退款'
export const LOCALE_LOCA_ORDER_NOTICE2 = '若房源一旦锁定成功，定金不予退还'
export const LOCALE_LOCK_NOTICE = '公寓ABC代理预订房源服务'
export const LOCALE_RISK_NOTICE = '本单可享受退租押金赔付退租险'
export const LOCALE_DOWN_PAYMENT_RATIO = '租金的50%'
export const LOCALE_SIGN_NOW = '立即预订'
export const LOCALE_CHANGE = '修改'
export const LOCALE_PAY = '付款'
export const LOCALE_ROOM_CHOISE = '看完房后，您想签约的是哪间房间？'

export const LOCALE_SELF_SEE = '自己看看'
export const LOCALE_HELP_REMOEND = '帮我推荐'
export const LOCALE_ROOM_BUDGE = '租房预算'
export const LOCALE_ROOM_CBD = '目标区域'
export const LOCALE_ROOM_LIVINFTIME = '入住时间'
export const LOCALE_ROOM_PEOPLE = '入住人数'
export const LOCALE_ROOM_HOUSETYPE = '意向户型'
// 活动相关
export const LOCALE_ACTIVITY_TYPE_TUAN = '团购'
export const LOCALE_ACTIVITY_TYPE_SIMPLE_TUAN = '团'
export const LOCALE_ACTIVITY_TYPE_LIAN = '连租'
export const LOCALE_ACTIVITY_TYPE_SIMPLE_LIAN = '连'
export const LOCALE_ACTIVITY_TYPE_XIAO = '小黄卡'
export const LOCALE_ACTIVITY_TYPE_SIMPLE_XIAO = '黄'
export const LOCALE_ACTIVITY_TYPE_CU = '促销'
export const LOCALE_ACTIVITY_TYPE_SIMPLE_CU = '促'
export const LOCALE_ACTIVITY_TYPE_LAO = '老带新'
export const LOCALE_ACTIVITY_TYPE_SIMPLE_LAO = '带'
export const LOCALE_ACTIVITY_TYPE_SHUIDIAN = '水电优惠'
export const LOCALE_ACTIVITY_TYPE_SIMPLE_SHUIDIAN = '电'
export const LOCALE_ACTIVITY_TYPE_RENTTIME = '免租期'
export const LOCALE_ACTIVITY_TYPE_SIMPLE_RENTTIME = '免'
export const LOCALE_ACTIVITY_TYPE_DISCOUNT = '限时折扣'
export const LOCALE_ACTIVITY_TYPE_SIMPLE_DISCOUNT = '折'

/**
 * 看房服务相关
 */
export const LOCALE_LOGIN_VIEW_TRIP = '请登录后查看行程'
export const LOCALE_BOOK_SUPPORTED_NOT = '该公寓暂不支持线上预订'
export const LOCALE_APPOINTMENT_SIGNED = '签约返现'
export const LOCALE_APPOINTMENT_CASHPLEDGE = '立得￥50元现金红包'
export const LOCALE_APPOINTMENT_DETAIL = '查看详情'
export const LOCALE_APPOINTMENT_HASLOOK = '已带看服务'
export const LOCALE_APPOINTMENT_SUMMON = '正在为你召唤'
export const LOCALE_APPOINTMENT_BELONG = '专属管家...'
export const LOCALE_NO_TRIP_TODAY = '今天暂无行程'
//找房服务看房评价
export const LOCALE_BUSINESS_LIKEABILITY_NONE = '非常不满意'
export const LOCALE_BUSINESS_LIKEABILITY_NORMAL = '不满意'
export const LOCALE_BUSINESS_LIKEABILITY_HIGH = '一般'
export const LOCALE_BUSINESS_LIKEABILITY_SUPER = '比较满意'
export const LOCALE_BUSINESS_LIKEABILITY_SIGNING = '非常满意'

//找房服务下面四个功能块
export const LOCALE_APPOINTMENT_MESSAGE = '行程留言'
export const LOCALE_APPOINTMENT_RELUTION = '联系管家'
export const LOCALE_APPOINTMENT_EVALUTION = '服务评价'
export const LOCALE_APPOINTMENT_INTENTION = '看房意向'
export const LOCALE_APPOINTMENT_HAVE_EVALUTION = '查看评价'
export const LOCALE_APPOINTMENT_HAVE_INTENTION = '查看意向'

//找房服务订房意向
export const LOCALE_APPOINTMENT_LIKEABILITY_NONE = '无意向'
export const LOCALE_APPOINTMENT_LIKEABILITY_NORMAL = '意向一般'
export const LOCALE_APPOINTMENT_LIKEABILITY_HIGH = '意向较高'
export const LOCALE_APPOINTMENT_LIKEABILITY_SUPER = '意向强烈'
export const LOCALE_APPOINTMENT_LIKEABILITY_SIGNING = '马上预定'

//服务评价
export const LOCALE_APPOINTMENT_SERVICE = '已带看服务'
export const LOCALE_APPOINTMENT_SERVICE_EVALUTION = "管家服务评价"

//看房意向
export const LOCALE_APPOINTMENT_INTENTION_DU = "您的订房意向度？"
export const LOCALE_APPOINTMENT_INTENTION_LOCAL = "关注您本次看过的房间，可以跟踪房间的预定情况哦！"
export const LOCALE_APPOINTMENT_INTENTION_FIND = "搜索"
export const LOCALE_APPOINTMENT_INTENTION_LOOKROOM = "您可能看过的房间："
export const LOCALE_APPOINTMENT_MESSAGE_LIU = '仅针对以下行程发起留言沟通'

// 签约返现
export const LOCALE_CASH_BACK = '返现'
export const LOCALE_CASH_BACK_RED_ENVELOPE = '获得返现红包'
export const LOCALE_ADVERTISING_WORD_WU = '还没签约？选择ABC待预定服务'
export const LOCALE_ADVERTISING_WORD_FU = '快速锁定房间，还可以获得最高￥800元退租押金赔付'
export const LOCALE_APPOINTMENT_DETAIL_REVIEW = '确定提交审核'
export const LOCALE_APPOINTMENT_DETAIL_RENT_PRICE = '租金'
export const LOCALE_APPOINTMENT_DETAIL_RENT_TIME = '租期'
export const LOCALE_APPOINTMENT_DETAIL_SIGN_TIME = '签约时间'
export const LOCALE_APPOINTMENT_DETAIL_SIGN_PHONE = '签约手机'
export const LOCALE_APPOINTMENT_DETAIL_SIGN_ROOM = '房间号'
export const LOCALE_APPOINTMENT_DETAIL_SIGN_PICTURE = '合同图片'
export const LOCALE_APPOINTMENT_DETAIL_INPUT_PHONE = '输入电话号码'
export const LOCALE_APPOINTMENT_DETAIL_INPUT_RENT = '请填写租金'
export const LOCALE_APPOINTMENT_DETAIL_SIGN_APARTMENT = '签约公寓'
export const LOCALE_APPOINTMENT_DETAIL_SIGN_MESSAGE = '签约信息'
export const LOCALE_APPOINTMENT_DETAIL_HAVE_NO_ROOM = '暂无可选房间'
export const LOCALE_APPOINTMENT_DETAIL_MODIFY = '修改'
export const LOCALE_APPOINTMENT_DETAIL_ADD_PICTURE = '添加合同照片'
export const LOCALE_APPOINTMENT_DETAIL_CANT_SUBMIT = '您还不能提交预约审核单'


//预约看房
export const LOCALE_APPOINTMENT_VIEW_TRIP = '看房行程'
export const LOCALE_APPOINTMENT_LOOKTIME = "看房时间："
export const LOCALE_APPOINTMENT_POST = "提交预约"
export const LOCALE_APPOINTMENT_WATING = "柠小萌火速处理中，请耐心等待!"
export const LOCALE_APPOINTMENT_ACCEPT = '管家已接单！'
export const LOCALE_APPOINTMENT_ACCEPT_PHONE = '稍后管家将与您电话联系'
export const LOCALE_APPOINTMENT_ACCEPT_ORDER = '1.预约接单'
export const LOCALE_APPOINTMENT_CALL = '2.正在为您召唤管家...'
export const LOCALE_APPOINTMENT_LOOK = '3.看房行程'
export const LOCALE_APPOINTMENT_FINISH_REQUIRE = '确定'
export const LOCALE_APPOINTMENT_HELP = '预约结果将会通过消息推送告知您'
// 租金详解
export const LOCALE_RENT_TYPE = '租约方式'
export const LOCALE_COST_DETAIL = '费用说明'
export const LOCALE_TON = '吨'
export const LOCALE_DEGREE = '度'
export const LOCALE_RENT_INTRODUCE = '说明'
export const LOCALE_RENT_INTRODUCE_ONE = '1.租房相关费用由公寓直接收取，请在支付和签约时存好相关凭证。'
export const LOCALE_RENT_INTRODUCE_TWO = '2.签约时请仔细阅读相关押金项的说明，以免退租时产生纠纷。'
export const LOCALE_RENT_BUTTON = '无忧预定'
export const LOCALE_RENT_RISK_MONEY_ONE = '本公寓可享受'
export const LOCALE_RENT_RISK_MONEY_TWO = '预定退租险保障最高￥500'

// 优惠券
export const LOCALE_ORDER_RENTAL_COUPON = '租房优惠券'
export const LOCALE_COUPON = '优惠券'
export const LOCALE_USER_COUPON = '我的优惠券'
export const LOCALE_USER_ACTIVITY = '我的活动'
export const LOCALE_COUPON_NONE = '暂无可用优惠券'
export const LOCALE_COUPON_CAN_USED = '个可用'
export const LOCALE_UNLIMITED = '无限制'
export const LOCALE_UNLIMITED_TIMES = '无限次'
export const LOCALE_LOGIN_RECEIVE = '登录领取'
export const LOCALE_HIGHEST_RECEIVE = '最高可领'
export const LOCALE_COUPON_RECEIVE = '领取优惠券'

// 砍价
export const LOCALE_BARGAIN_RECEIVE = '立即领取'
export const LOCALE_BARGAIN_RECEIVE_SUCCESS = '代金券领取成功！'
export const LOCALE_BARGAIN_HELP = '帮砍'
export const LOCALE_BARGAIN_HELP_HAVEN = '已帮砍'
export const LOCALE_BARGAIN_HELP_SUCCESS = '帮砍成功！'
export const LOCALE_BARGAIN_I_WANT = '我也要砍'
export const LOCALE_BARGAIN_VIEW_MINE = '我的砍价'
export const LOCALE_BARGAIN_LIST = '砍价列表'
export const LOCALE_BARGAIN_AFTER = '砍价后'
export const LOCALE_BARGAIN_HAVE_CUT1 = '已砍到'
export const LOCALE_BARGAIN_HAVE_CUT2 = '已砍'
export const LOCALE_BARGAIN_HELP_FRIENDS = '帮砍好友'
export const LOCALE_BARGAIN_HELP_FRIENDS_DEFAULT_TEXT = '快去找好友帮忙砍价吧！'
export const LOCALE_BARGAIN_LEADERBOARD_TOP_TEN = 'Top 10'
export const LOCALE_BARGAIN_HAVENT = '尚未有人正在砍价'
export const LOCALE_BARGAIN_GET_POWER = '恭喜您已获得活动资格'
export const LOCALE_BARGAIN_RECEIVE_COUPON = '请领取优惠券'
export const LOCALE_BARGAIN_SHARE = '邀请朋友砍价'
export const LOCALE_HAVE_BEEN = '已有'
export const LOCALE_PEOPLE_HELP_BARGAIN = '人帮砍'
export const LOCALE_BARGAIN_OVER = '活动已结束！'
export const LOCALE_BARGAIN_ROOM = '砍价房间'
export const LOCALE_BARGAIN_IMMEDIATE_PROVINCE = '立省'
export const LOCALE_ACTIVITY_REMAIN_TIME = '活动剩余时间：'
export const LOCALE_ACTIVITY_START_TIME = '距离活动开始还剩：'
export const LOCALE_BARGAIN_CURRENT_PRICE = '现价'
export const LOCALE_BARGAIN_APPOINTMENT = '预约砍价'
export const LOCALE_BARGAIN_APPOINTMENT_SUCCESS = '已预约砍价提醒'



// 协议相关

export const LOCALE_AGREEMENT_NAME = '长租公寓预定服务协议（承租方）'
export const LOCALE_AGREEMENT_INTRODUCE = '公寓ABC（含小程序、公众号、app等）由厦门柠萌互动信息技术有限公司（“柠萌”）运营，并由第三方服务商提供信息服务。《订房服务协议》（以下简称“本协议”）是厦门柠萌互动信息技术有限公司及其服务商（以下统称 “我司”或“我们”）与用户(由于您可能为包括但不限于亲属、朋友、同行人等他人预定长租公寓，您也可能经由亲友等他人预定租赁自己的长租公寓，用户包括公寓ABC账户所有人、代订人、租赁人等，以下统称“您”)就平台上提供的服务包括但不限于代为预订、查询、退订、改订、ABC公众号账号注册及授权托管和使用等服务（以下统称“本服务”）所订立的合约，本协议包括三个部分，即用户协议、免责声明、隐私政策。在使用本服务之前，请您仔细阅读本协议的全部内容（特别是以粗体标注的内容），您以书面签署或线上点击“确认”或“同意”或开始使用我司服务，即表示您已充分理解并同意接受本协议的全部内容以及相关已发布或将来可能发布的解释、规则、页面展示、操作流程、公告或通知，以及各项服务的服务说明及/或预订须知，如您通过其他平台经营的网站、APP等接受我司服务（以下简称“平台”）则应仔细查阅并确认您接受该平台上的规则包括但不限于该平台的隐私政策、软件许可协议、用户服务协议、免责声明等，如平台上任何规则与本协议冲突，以本协议为准。如果您未充分理解或不同意接受本协议全部规则，请您停止使用本服务。'
export const LOCALE_AGREEMENT_TITLE = '用户协议'
export const LOCALE_AGREEMENT_CONTENT = [
  {
    title: "一、服务描述", content: [
      "1、您使用我司提供的长租公寓信息（包括通过您手动登录已有公寓ABC账号或者由您授权自动操作）进行查询、预订、退订等操作的，如您未注册公寓ABC或需公寓ABC进一步认证且继续使用服务，您同意并委托和授权我司使用您的身份要素包括您已提供的姓名、身份证号、面部特征等生物识别信息及手机号为您提供公寓ABC账号代为注册和其他便捷公寓预订服务。",
      "2、长租公寓的查询、预订、退订、改订需由公寓方进行确认，在您同意并授权的前提下我司代您向公寓方提出申请，具体反馈及结果由公寓方业主作出，我司无法对预定成功率作100%承诺。如未能成功订房，预定费将等额退回您的支付账户，到账日期一般为1-7个工作日。",
      "3、长租公寓的预订费用（订金）按租赁标的一个月租金标准收取。使用本服务中，您可以自由选择添购平台上的其他产品或服务，我司承诺不会强制您购买任何产品或服务。",
      "4、在您支付定金预订公寓后，我司将以短信（为保障您及时获悉，也可以微信、邮件等形式）通知您是否预定成功。如您未及时阅读或未能收到短信通知可能导致无法及时知悉订单情况，我司谨在此提醒您请仍需及时浏览刷新用户订单页面查看订单状态，以免遗漏通知信息。通常您会在提交订单之日后1个工作日内被通知预订结果。本服务涉及人工服务，在部分情况下，预订结果可能需您等待更长时间。",
    ]
  },
  {
    title: "二、预订提示", content: [
      "1、您可以在长租公寓出租信息页面预约看房，长租公寓出租页面信息说明与线下实际公寓不一致的，以公寓方提供的线下实际公寓为准。",
      "2、您应确认该租赁标的（下线实体公寓）屋内屋面包括但不限于户型、位置、装修、装饰、设施、设备、门窗、墙面、地面、天花板等全部情况均符合您的需要后方可点击确认订单并付款。您确认订单及视为已知晓、同意并接受该长租公寓的全部内容，与我司订立了本合同。",
      "3、您需提供真实、合法、有效的证件，并仅可以使用二代身份证及护照、台胞证、港澳通行证预订长租公寓，本服务暂不支持其他证件。",
      "4、公寓ABC上关于公寓方或他们的产品（包括但不限于公司名称、联系人及联络信息，产品的描述和说明，相关图片、视讯等）的信息均由公寓方自行提供，公寓方依法应对其提供的任何信息承担全部责任。公寓ABC对此等信息的准确性、完整性、合法性或真实性均不承担任何责任。此外，公寓ABC对任何使用或提供本网站信息的商业活动及其风险不承担任何责任。",
      "5、对您预订的公寓中出现的瑕疵等问题，公寓ABC并不承担责任，但公寓ABC将尽力协助您与公寓方之间进行协商，不能协商解决的，您可以向消费者协会投诉或通过法律途径解决。",
    ]
  },
  {
    title: "三、预订成功提示", content: [
      "1、长租公寓预订成功后，将自动为您生成电子消费二维码，电子消费二维码作为唯一的公寓预订完成凭证，请您妥善保管，我司无法另行提供。因您保管不善导致预订完成凭证被他人使用的，您要求我司重新发送电子消费二维码的我司有权拒绝提供。",
      "2、长租公寓预订成功、您收到电子消费二维码后，必须于3个工作日内：至该长租公寓，将该预订凭证交于公寓方或其授权人，并与公寓方或其授权人签订纸质租赁合同。 逾期该电子消费二维码将自动失效。",
      "3、您将电子消费二维码交于公寓方或其授权人后，即视为同意我司向公寓方支付该笔代收订金。",
    ]
  },
  {
    title: "四、退订、改订及退款提示", content: [

      "1、支持在线退订，在线申请退订退款须同时满足以下条件：",
      "①服务时间：8:00—18：00；②预订成功前（以收到预订结果通知为准）；",
      "2、预订成功前退订预订公寓的，您所支付的订金可全额退还。",
      "3、预订成功后，如您取消所订公寓，则您所支付的订金作为违约金将不予退还。",
      "4、预订成功后，在长租公寓方尚有未出租公寓的前提下，经公寓方或其授权人许可，您可改订其他待租公寓。一个订单只能在预订成功后改订一次。对于改订后新公寓订金低于原公寓订金的：如发生在我司向公寓方支付代收订金前的，我司将向您退还订金差额；如发生在我司向公寓方支付代收订金后的，您应自行与公寓方协商退还订金差额，我司将尽力协助您与公寓方进行沟通，不能协商解决的，您可以向消费者协会投诉或通过法律途径解决。对于改订后新公寓订金高于原公寓订金的，您需向我司补交订金差额。",
      "5、如发生网络技术故障等情形，造成我司临时性暂停在线退订、改订服务，您可以拨打我司服务热线： 0592-5911297 进行人工办理。",
      "6、主要的退款分类及退款方式：",
      "A.公寓预订失败退款：您所支付的订金将在确认预定失败后1-7个工作日内按全金额退款至您原支付渠道，其他产品也将退回至您原支付渠道。B.公寓订金差价退款：公寓改订成功后，在我司向公寓方支付代收订金前的，如果改订公寓定金低于您所支付的公寓定金的，我司将于1-7个工作日内，将差额退款退回至您原支付渠道。如发生在我司向公寓方支付代收订金后的，您应自行与公寓方协商退还订金差额，我司将尽力协助您与公寓方进行沟通，不能协商解决的，您可以向消费者协会投诉或通过法律途径解决。C.因公寓方原因退款：公寓预订成功后，因公寓方原因致使预订公寓无法交付的，我司尚未向公寓方支付代收订金的，我司将核实情况后，于收到您退还申请后，1-7个工作日内，按您所支付订金全额向您原支付渠道退还您的预订款。如发生在我司向公寓方支付代收订金后的，您应自行与公寓方协商退还订金差额，我司将尽力协助您与公寓方进行沟通，不能协商解决的，您可以向消费者协会投诉或通过法律途径解决。D.因不可抗力原因退款：预定成功后因不可抗力及政府原因致使您不能租赁该预订公寓的，在我司向公寓方支付代收订金前的，您所支付的订金将于不可抗力事件发生后1-7个工作日内按原金额退款至您原支付渠道。如发生在我司向公寓方支付代收订金后，我司将尽力协助您与公寓方进行沟通，不能协商解决的，您可以向消费者协会投诉或通过法律途径解决。E.退款方式：以上应由我司支付的退款将一律按您订单支付时的原支付渠道退回。如使用支付宝/财付通/微信/礼品卡等余额进行支付的，退款实时到帐。如果使用的是银行卡支付的，根据银行的不同，预计1-7个工作日到帐，退款到账日期以银行为准，如超7个工作日未到帐，请至您的银行卡发卡行客服查询。F.其他附加服务退款：由我司提供的套餐等服务类产品，预订成功前支持无理由退款，预订成功后不支持退款。",
    ]
  },
  {
    title: "五、用户体验计划和产品体验升级功能", content: [
      "1、服务用户体验改进计划旨在指导我们对产品功能优先级和优化方向的判断；帮助我们分析异常情况，提升对不同网络环境的适应能力和产品体验；程序出现意外错误或者崩溃时的错误日志，协助我们定位程序错误或崩溃原因，改善产品质量及提供更优质的服务等。如果您选择使用公寓ABC，即表示您选择了产品体验升级相关的功能，并同意我司对公寓ABC系统不定期进行自动升级优化，该升级优化我司不再需要另行对您进行告知。",
      "2、如果您选择使用我司公寓ABC公众号相关服务，即表示您自愿选择在使用该等服务的过程中向我们提供个人信息以维持和保障该服务为您及他人的服务正常提供和运行，不论是您主动提供的还是在使用本服务/或产品过程中获取的信息。我们保证这些信息只用于您及他人在公寓ABC及长租公寓的租赁服务，不会被对外公开，除向合作伙伴以及服务商提供用于公寓预订相关服务之外不会向任何第三方披露。",
    ]
  },

]

export const LOCALE_DISCLAIMER = '免责申明'
export const LOCALE_DISCLAIMER_CONTENT = [
  {
    title: "一、隐私政策的确认和接纳", content: [
      "1、您完全同意及认可，本服务将包括但不限于我司合作伙伴、公寓方以及服务商等公寓服务信息汇集供您查阅，同时为您代为与公寓方业主或其授权人预订相关公寓并提供相关增值服务。对于您预订的长租公寓及租赁服务发生任何瑕疵等问题，我们不承担责任。",
      "2、您完全了解因公寓方长租公寓会随时出租、变更，或者网络传输误差，故我司显示公寓信息（包括但不限于价格、租赁状态等）可能不是最新或者存在误差，供您做一般参考，最终以下线公寓实际状态为准。",
      "3、因不可抗力原因导致您未能如成功租赁到已预订公寓的，包括但不限于政府原因、自然灾害等不可抗力因素导致的长租公寓停运等问题，我司将按本协议中用户协议部分第四条退订、改订及退款提示中的说明进行处理。",
      "4、因不可抗力，包括但不限于黑客入侵、计算机病毒等原因造成用户资料泄露、丢失、被盗用、被篡改的。",
      "5、我司将按承诺时限向您订单支付的原渠道发起退款，退款到帐时间由支付渠道和银行决定，我司无法控制。",
      "6、您接受本协议和使用本服务，意味着您同意遵守本协议及我司公寓ABC平台的全部规定，授权我司使用您提供的您以及他人的个人信息进行相关操作，包括但不限于向公寓方及其服务商提供您及他人的身份要素以及为您或他人向公寓方查询、预订、退订、改订、相关事宜等操作指令，您知晓您所提供的身份要素将被提供给公寓方以及第三方服务商，同时您需知情并同意我司及公寓方采集、使用、保存和处理您的身份要素，您承诺所提供的身份要素均经过该公民知悉用途的前提下对其个人信息使用、保存、处理的明示授权。我司对公寓方的行为及服务不承担责任。",
      "7、您完全理解并同意，鉴于我们非人工检索方式、根据您键入的关键字或点击特定的产品或服务关键字自动生成的网页链接或相关的产品信息描述，例如价格、库存等，上述非人工检索方式，因缓存时间间隔或检索方式非完全智能等原因，有可能造成信息更新不及时或产品服务信息聚合、抽取不精准等瑕疵，您完全理解并豁免上述产品或服务瑕疵给您造成的不便，我们不承担任何责任。",
      "8、为方便您的使用，我们可能会对公寓的可信赖程度而进行的评级、推荐或风险提示仅供您参考，我们不担保该等评级、推荐或风险提示的准确性和完整性，对推荐的网站的内容及服务亦不承担任何责任。",
      "9、您完全理解并同意，预订、改订公寓订单时，您在预订公寓或服务后应当及时付款；您在预订公寓或服务后未全额支付前，您尚未完成上述公寓或服务的预订。因上述公寓或服务的价格、数量或库存等实时更新或变化而造成您的额外费用、损失或无库存等，由您自行承担，我们不承担任何责任。您完全理解并同意，您在支付过程中，因网络中断、银行反馈信息错误等非我们的原因造成的付款失败，由您自行承担，我们不承担任何责任。",
      "10、请您及时保存或备份您的文字、图片等其他信息，您完全理解并同意，由于我们储存设备有限、设备故障、设备更新或设备受到攻击等设备原因或人为原因，您使用网路服务储存的信息或数据等全部或部分发生删除、毁损、灭失或无法恢复的风险，均由您自行承担，我们不承担任何责任。",
      "11、我们不担保网络服务一定能满足用户的要求，也不担保网络服务不会中断，对网络服务的及时性、安全性、准确性也都不做担保。",
      "12、我们不保证为向用户提供便利而设置的外部链接的准确性和完整性，同时，对于该等外部链接指向的不由我们实际控制的任何网页上的内容，我们不承担任何责任。",
    ]
  },
]

export const LOCALE_PROVACY_POLICY = '隐私政策'
export const LOCALE_PROVACY_POLICY_CONTENT = [
  {
    title: "一、隐私政策的确认和接纳",
    content: [
      "尊重用户个人隐私是我司的一项基本政策。我司通过公寓ABC为您提供长租公寓预订及增值服务。您在使用我们的平台与/或服务前仔细阅读并确认您已经充分理解本隐私政策所写明的内容，并与我们达成协议并接受所有的服务条款。我们十分注重保护用户的个人信息及隐私安全，我们理解您通过网络向我们提供信息是建立在对我们信任的基础上，我们重视这种信任，也深知隐私对您的重要性，并尽最大努力全力保护您的隐私。",
    ]
  },
  {
    title: "二、信息的收集",
    content: [
      "为了更好地为您提供服务，我们将遵循“合理、相关、必要”原则，且以您同意为前提收集信息，不会收集法律法规禁止收集的信息。考虑到公寓预订服务的重要性，您同意，我们将会收集您在公寓ABC提供的服务中输入的或者以其他方式提供给我们的所有信息：",
      "1.个人信息",
      "公寓ABC需要您提供并使用您及他人的相关个人信息（包括但不局限于姓名、性别、年龄、出生日期、证件号码、及面部特征等生物识别信息 、电子邮件地址、电话号码、通讯地址及职业生物识别信息等）；或由您自行登录已有公寓ABC账号进行查询、预订、退订、改订等操作。如您未注册公寓ABC账号且继续使用服务，您同意并委托我司使用您已提供的姓名、身份证号、手机号、等个人信息为您及他人提供公寓ABC账号代为注册及进一步认证的便捷服务。",
      "·在您预订公寓时，需提供入住人姓名、性别、出生日期、证件号、手机号、联系人姓名、邮箱、公寓ABC账号及密码信息。",
      "·在您预订公寓后需要邮寄纸质长租公寓预定服务协议的、需提供收件人的姓名、手机号、固定电话、配送地址信息，以便于您的纸质合同能够送达。",
      "·如果您需要开具纸质或电子发票，您还需提供包括发票抬头、邮箱在内的开票信息以及收件人、手机号、配送地址信息。",
      "·在您预订公寓或相关服务进行支付结算时，需提供银行卡卡号、有效期、银行预留手机号、持卡人姓名、持卡人身份证件、卡验证码信息。",
      "·当您联系我们的客服以获得我们的客户服务时，您还需要提供您的会员资料和订单信息来验证身份。",
      "·我们也可能了解您的租赁计划、风格和喜好，包括住房要求、入住/退租时间、以及我们提供其他服务所需要您提供的个人信息。",
      "·在您后续更新个人信息时，需符合及时、详尽、准确的要求。",
      "·您可以通过公寓ABC为其他人预订公寓，您需要提交该入住人的个人信息，向我们提供该入住人的个人信息之前，您确保已经取得其本人的明示同意，并确保其已知晓并接受本隐私政策。",
      "2.设备信息",
      "公寓ABC会收集设备相关信息，例如您的硬件型号、操作系统版本、软件版本等。这些信息能帮助公寓ABC优化提升产品和服务的用户使用体验。",
      "3. 位置信息",
      "（1）当您开启设备定位功能并使用公寓ABC相关产品或服务时，公寓ABC可能会使用GPS、WiFi或其他技术方式收集和处理有关您实际所在位置的信息。",
      "（2）您或其他用户提供的包含您所处地理位置的实时信息。",
      "4. 日志信息",
      "指您使用公寓ABC服务时，系统可能通过cookies或其他方式自动收集某些信息并存储在服务器日志中。此类信息可能包括：",
      "（1）对公寓ABC服务的详细使用情况，例如您使用的搜索词语、访问的页面地址、以及您在使用公寓ABC服务时浏览或要求提供的其他信息和内容详情；用户习惯统计数据，例如在使用公寓ABC服务的设置项信息、部分功能的使用的次数等，该类数据都是匿名的。",
      "（2）设备或软件信息，例如您的移动设备、网页浏览器或用于接入公寓ABC服务的其他程序所提供的配置信息、移动设备所用的版本和设备识别码等。",
      "（3）设备事件信息，例如崩溃、系统活动等信息。",
      "（4）IP地址。",
      "5. 经您同意后收集的其他信息。",
      "6. 我们会从关联公司、业务合作伙伴来源获得您的相关信息。例如当您通过我们关联公司、业务合作伙伴网站及其移动应用软件等预订时，您向其提供的预订信息可能会转交给我们，以便我们处理您的订单，确保您顺利预订。又如，我们允许您使用其它应用的账号关联我们的账号进行登录，在您同意的情况下（您授权给该社交平台），您的相关个人信息会通过应用分享给我们。我们将依据与关联公司、业务合作伙伴的约定，对这些个人信息来源的合法性进行确认。",
    ]
  },
  {
    title: "三、信息使用",
    content: [
      "1.我们和/或服务商通常出于以下目的收集、使用您的个人信息：",
      "·向您提供服务：我们使用您的个人数据处理、操作、优化并管理您及他人的相关的产品或服务。另外，我们也会通过关联公司、业务合作伙伴和第三方为您提供相关的产品和服务。",
      "·账号管理：您可以通过平台创建账号，我们将使用您所提供的信息来与平台合作管理您的账号，并为您提供一系列的实用功能，您可以使用您的账号进行多种操作，如管理订单、调整个人设置、添加常用租户信息、查看历史订单信息、订单评价、支付管理等。",
      "·答复您的问询和请求以便在您需要的时候提供帮助。",
      "·营销活动：我们也会使用您的信息进行正当合法的营销活动，如向您发送租赁相关的产品或者服务的最新消息、向您提供您可能感兴趣的个性化推荐及其他推广活动信息。",
      "与您联系：回复及处理您所提出的疑问或要求、发送与订单相关的信息（如订单提交成功提示、未完成订单的提醒您继续等）、我们也可能会向您发送问卷调查或邀请您对我们的服务提供反馈等。",
      "·市场调研：我们有时会邀请您参与市场调查，以衡量您对我们的产品、服务和网站的兴趣。",
      "·提升服务的安全性和可靠性：我们可能会检测和预防欺诈行为、不法活动，将您的个人数据用于风险评估和安全目的。",
      "·数据分析：我们可能将您的订单数据用于分析，从而形成用户画像，以便让我们能够了解您所在的位置、偏好和人口统计信息，或与其他来源（包括第三方）的数据相匹配，从而开发我们的产品、服务或营销计划，改进我们的服务。",
      "·控制信用风险：为了确保交易安全，我们及关联公司、业务合作伙伴可能对用户信息进行数据分析，并对上述分析结果进行商业利用。",
      "·日常运营：包括但不限于订单管理、客户验证、技术支持、网络维护、故障排除、内部行政事务及内部政策和程序、生成内部报告等。",
      "·电话监测：您接听和拨打我们的客服电话可能会被录音，我们可能会使用通话录音来监控我们的客服服务质量，检查您所提供的信息的准确性以防止欺诈，或为了我们内部人员培训的目的。录音在被保留一段时间后会自动删除，除非由于合规要求或合法利益需要为场景的保留。",
      "·履行义务：处理相关政策下发生的保险索赔和付款，处理支付给合作伙伴的佣金或对服务合作伙伴造成的损失提起索赔或收回付款等。",
      "·法律目的：我们可能需要使用您的信息来处理和解决法律纠纷，或遵循对我们具有约束力的任何法律法规或监管机构颁发的文件规定，以配合国家部门或监管机构调查和遵从法律法规的目的。",
      "·此外，我们可能会出于其他目的收集、使用和披露您的个人信息，并通过修订本声明的形式告知您。",
      "2.您在享受本服务的同时，授权并同意接受我们向您的电子邮件、手机、通信地址等发送商业信息，包括不限于最新的我们的产品信息、促销信息等。若您选择不接受提供的各类信息服务，您可以联系我们设置拒绝该类信息服务。",
      "3.您充分知晓，以下情形中我们及服务商使用个人信息无需征得您的授权同意：",
      "·与国家安全、国防安全有关的；",
      "·与公共安全、公共卫生、重大公共利益有关的",
      "·与犯罪侦查、起诉、审判和判决执行等有关的；",
      "·出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；",
      "·所收集的个人信息是个人信息主体自行向社会公众公开的；",
      "·从合法公开披露的信息中收集的您的个人信息的，如合法的新闻报道、政府信息公开等渠道；",
      "·根据您的要求签订合同所必需的；",
      "·用于维护所提供的产品与/或服务的安全稳定运行所必需的，例如发现、处置产品与/或服务的故障；",
      "·为合法的新闻报道所必需的；",
      "·学术研究机构基于公共利益开展统计或学术研究所必要，且对外提供学术研究或描述的结果时，对结果中所包含的个人信息进行去标识化处理的；",
      "·法律法规规定的其他情形。",
      "4.用户体验改进计划：",
      "1. 指导我们对产品功能优先级和优化方向的判断；帮助我们分析异常情况，提升对不同网络环境的适应能力和产品体验；程序出现意外错误或者崩溃时的错误日志，协助我们定位程序错误或崩溃原因，改善产品质量及提供更优质的服务等。 改善向您提供的服务和信息。",
      "2. 在我司提供服务时，用于身份验证、客户服务、安全防范、存档和备份等用途，确保公寓ABC向您提供服务的安全性。",
      "3. 帮助公寓ABC设计新服务，提升用户体验。",
      "4. 使公寓ABC更加了解您如何接入和使用服务，从而针对性地回应您的个性化需求，例如语言设定、位置设定、个性化的帮助服务和指示，或对您和其他用户作出其他方面的回应。",
      "5. 评估公寓ABC服务中的广告和其他促销及推广活动的效果，并加以改善。",
      "6. 软件认证或管理软件升级。",
      "7. 让您参与有关公寓ABC服务的调查。",
      "8. 经您同意的其他用途。",
      "9. 为了让您有更好的体验、改善公寓ABC服务或为了您同意的其他用途，在符合相关法律法规的前提下，公寓ABC可能将通过某一产品或服务所收集的信息，以汇集信息或者个性化的方式，用于公寓ABC的其他产品和服务。例如，在您使用公寓ABC这一项服务时所收集的信息，可能在另一服务中用于向您提供特定内容，或向您展示与您相关的、非普遍推送的信息（推送公寓推荐信息等）。",

    ]
  },
  {
    title: "四、信息共享、转让和公开披露", content: [
      "1.我们可能会向合作伙伴等第三方共享您的订单信息、账户信息、设备信息以及位置信息，以保障为您提供的产品和服务顺利完成。但我们仅会出于合法、正当、必要、特定、明确的目的共享您的个人信息，并且只会共享提供服务所必要的个人信息。我们的合作伙伴包括以下类型（包含中国境内和中国境外实体）：",
      "·服务商：为公寓ABC提供公寓信息的合作公寓方。他们有可能在本隐私政策的授权范围内收集和使用您的个人信息。",
      "·金融机构和第三方支付机构：当您需要预订订单、申请退款、购买保险等操作时，我们会与金融机构或第三方支付机构共享特定的订单信息，当我们认为用于欺诈检测和预防目的实属必要时，我们将进一步和相关金融机构共享其他必要信息，如IP地址等。",
      "·业务合作伙伴：我们可能与合作伙伴一起为您提供产品或者服务，包括快递业务、通讯服务、客户服务、市场推广、广告投放等。",
      "·关联公司：我们可能会与我们的关联公司共享您的个人信息，使我们能够向您提供与公寓租赁相关的或者其他产品及服务的信息，他们会采取不低于本隐私政策同等严格的保护措施。",
      "·对于我们与之共享个人信息的公司、组织我们会与其签署严格的保密协定，要求他们按照本隐私政策以及我们其他相关的保密和安全措施来处理个人信息。我们的合作伙伴无权将共享的个人信息用于任何其他用途，如要改变个人信息的处理目的，将再次征求您的授权同意。",
      "2.信息转让",
      "我们不会将您的个人信息转让给任何公司、组织和个人，但以下情况除外：",
      "·事先获得您的明确同意或授权；",
      "·根据适用的法律法规、法律程序的要求、强制性的行政或司法要求；",
      "·在涉及合并、收购、资产转让或类似的交易时，如涉及到个人信息转让，我们会要求新的持有您个人信息的公司、组织继续受本隐私政策的约束，否则,我们将要求该公司、组织重新向您征求授权同意。",
      "3.公开披露",
      "我们仅会在以下情形，公开披露您的个人信息：",
      "·根据您的需求，在您明确同意的披露方式下披露您所指定的个人信息；",
      "·根据法律、法规的要求、强制性的行政执法或司法要求所必须提供您个人信息的情况下，我们可能会依据所要求的个人信息类型和披露方式公开披露您的个人信息。在符合法律法规的前提下，当我们收到上述披露信息的请求时，我们会要求必须出具与之相应的法律文件，如传票或调查函。",

    ]
  },
  {
    title: "五、信息保存及跨境传输",
    content: [
      "1.您的个人信息我们将保存至您账号注销之日后的三个月，除非需要延长保留期或受到法律或者有权机关的允许或协助有权机关进行查询。",
      "2.如我们停止公寓ABC服务，我们将及时停止继续收集您个人信息的活动，将停止运营的通知以逐一送达或公告的形式通知您，对所持有的个人信息进行删除或匿名化处理。",
      "3.我们在中华人民共和国境内运营中收集和产生的个人信息，存储在中国境内，以下情形除外：",
      "·法律法规有明确规定；",
      "·获得您的明确授权；",
      "·您通过互联网进行跨境交易等个人主动行为。",

    ]
  },
  {
    title: "六、个人敏感信息提示",
    content: [
      "式来进行处理。因此，您需要在使用我们为您提供的产品或服务前谨慎考虑。您同意这些个人敏感信息将按照本隐私政策阐明的目的和方式来进行处某些特殊的个人信息可能被认为是个人敏感信息，例如您的种族、宗教、个人健康和医疗信息等，这些个人敏感信息将受到严格保护。本隐私政策在此提醒您，您在使用我们为您提供的产品及服务中所上传或发布的内容和信息可能会披露泄露您的个人敏感信息。因此，您需要在使用我们为您提供的产品或服务前谨慎考虑。您同意这些个人敏感信息将按照本隐私政策阐明的目的和方理。",
    ]
  },
  {
    title: "七、信息安全保护：",
    content: [
      "1. 公寓ABC仅在本政策所述目的所必需的期间和法律法规要求的时限内保留您的个人信息。",
      "2. 公寓ABC将对收集的信息采取严格的管理及保密措施，公寓ABC将使用相应的技术，防止您的个人资料丢失、被盗用或遭篡改。",
      "3. 公寓ABC将使用安全技术和程序监测、记录网络运行状态、网络安全事件，并采取必要的技术措施保障网络安全，以防信息的丢失、不当使用、未经授权阅览或披露。例如，在某些服务中，公寓ABC将利用加密技术来保护您提供的个人信息。但请您理解，由于技术的限制以及可能存在的各种恶意手段，在互联网行业，即便竭尽所能加强安全措施，也不可能始终保证信息百分之百的安全。您需要了解，您接入公寓ABC的产品和服务所用的系统和通讯网络，有可能因公寓ABC可控范围外的因素而出现问题。请妥善保管您的帐号及密码信息，切勿将密码告知他人，如果您发现自己的个人信息泄露，特别是您的帐号和密码发生泄露，请您立即与我们的客服联系，以便我们采取相应的措施。如您的公寓ABC账户或密码泄露，请立即与我们客服联系处理。请您及时保存或备份您的文字、图片等其他信息，您需理解并接受，您接入我们的服务所用的系统和通讯网络，有可能因我们可控范围外的因素而出现问题。",
    ]
  },
  {
    title: "八、信息安全事件处置",
    content: [
      "如果不幸发生个人信息安全事件，我们将按照法律法规的要求向您告知：安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、您可自主防范和降低风险的建议、对您的补救措施等。事件相关情况我们将以邮件、信函、电话、推送通知等方式告知您，难以逐一告知个人信息主体时，我们会采取合理、有效的方式发布公告。同时，我们还将按照监管部门要求，上报个人信息安全事件的处置情况。",
    ]
  },
  {
    title: "九、未成年人信息保护",
    content: [
      "我们非常重视对未成年人个人信息的保护。若您是18周岁以下的未成年人，在使用本服务前，应事先取得您家长或法定监护人的书面同意。",
    ]
  },
  {
    title: "十、用户个人信息管理",
    content: [
      "如您希望终止使用本服务并删除您的个人信息或撤回您的授权，请联系我们：0592-5911297 。",
    ]
  },
  {
    title: "十一、从中国大陆地区以外访问我们的服务",
    content: [
      "如果您从中国大陆以外地区访问我们的服务，请您注意，您的信息可能被传送至、存储于中国大陆，并且在中国大陆进行处理。中国大陆的数据保护法和其他法律可能与您所在国家/地区的法律不同，但请相信我们将采取措施保护您的信息。选择使用我们的服务的同时，您了解并同意您的信息可能被传送至我们的网站，并如本隐私政策所诉的与我们共享信息的第三方。",
    ]
  },
  {
    title: "十二、隐私政策的适用范围",
    content: [
      "公寓ABC所有的服务均适用本隐私政策，除非特定服务将适用特定的隐私政策并征得您的知情同意，该等特定服务（如有）的隐私政策将构成本隐私政策的一部分。如任何特定服务的隐私政策与本隐私政策有不一致之处，则适用特定服务的隐私政策。",
      "请您注意，本隐私政策不适用于以下情况：通过我们的服务而接入的第三方供应商（包括任何第三方网站）收集的信息；通过在我们服务中进行广告服务的其他公司和机构所收集的信息。",
    ]
  },
  {
    title: "十三、本隐私政策如何更新",
    content: [
      "我们隐私政策可能变更。未经您明确同意，我们不会限制您按照本隐私政策所应享有的权利。对于重大变更，我们会提供更为显著的通知（包括我们会通过智行公示的方式进行通知甚至向您提供弹窗提示）。请您经常回访本隐私政策，以阅读最新版本。",
      "本政策所指的重大变更包括但不限于：",
      "1、我们的服务模式发生重大变化。如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等；",
      "2、我们在控制权等方面发生重大变化。如并购重组等引起的所有者变更等；",
      "3、个人信息共享、转让或公开披露的主要对象发生变化；",
      "4、您参与个人信息处理方面的权利及其行使方式发生重大变化；",
      "5、我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化时；",
      "6、个人信息安全影响评估报告表明存在高风险时。",
    ]
  },
]

//反馈意见
export const LOCALE_FEEDBACK_QUESTION = "您的问题或建议"
export const LOCALE_FEEDBACK_TEL = '您的联系方式'
export const LOCALE_FEEDBACK_DETAIL = "留下您的联系方式，以便我们了解问题后及时反馈，紧急问题请联系客服"
export const LOCALE_FEEDBACK_COMFIRE = '提交建议'

//找房行程
export const LOCAL_APPOINTMENT_APPOINT = "预约"
export const LOCAL_APPOINTMENT_LOOKROOM = "看房"
export const LOCAL_APPOINTMENT_AGENCY = "签约"
export const LOCAL_APPOINTMENT_DISLIKE = "不满意"
export const LOCAL_APPOINTMENT_CONTACT_HOUSEKEPPER = "联系管家"
export const LOCAL_APPOINTMENT_CONTACT_CUSTOMER = "联系客服"
export const LOCAL_APPOINTMENT_LOOKROOM_AGENCY = "已看房去签约"
export const LOCAL_APPOINTMENT_CASHBACK_REDPACK = "获得返现红包"
export const LOCAL_APPOINTMENT_OFFLINE_SIGNING = "线下已签约"
export const LOCAL_APPOINTMENT_GET_CASHBACK = "获得退租险及返现"
export const LOCAL_APPOINTMENT_GO_SIGN = "去签约"
export const LOCAL_APPOINTMENT_DETAIL_REVIWE = "查看审核详情"
export const LOCAL_APPOINTMENT_GO_PAY = "去支付"
export const LOCAL_APPOINTMENT_ORDER_DETAIL = "查看订单详情"
export const LOCAL_APPOINTMENT_BOOK_ONLINE = "在线预定"

export const LOCAL_APPOINTMENT_GOODSERVICE = "“将为您提供更好的服务”"
export const LOCAL_APPOINTMENT_LOCKSUCCESSD = "“已锁定成功”"
export const LOCAL_APPOINTMENT_APPOINTED = "“已签约”"
export const LOCAL_APPOINTMENT_GET_REDPACK = "“已签约返现并获得退租险”"
export const LOCAL_APPOINTMENT_AUDIT = " “签约审核中”"
export const LOCAL_APPOINTMENT_HASEDCASHBACK = "“已签约返现”"
export const LOCAL_APPOINTMENT_HOUSEKEPPERSUCCESS = "“管家审核通过”"
export const LOCAL_APPOINTMENT_HOUSEKEPPERFAIL = "“管家审核拒绝”"
export const LOCAL_APPOINTMENT_AUDITFAIL = "“审核拒绝”"
