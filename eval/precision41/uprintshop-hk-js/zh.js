export default {
  title: '環球印館控股有限公司',
  nav: {
    aboutUs: '關於我們',
    milestone: '里程碑',
    corporateInformation: '企業資訊',
    ourFocus: '聚焦領域',
    ourBusinesses: '我們的業務',
    investorRelations: '投資者訊息',
    contactUs: '聯絡我們',
  },
  footer: {
    copyright: 'UNIVERSE PRINTSHOP HOLDINGS LIMITED © All Rights Reserved.',
    privacy: '隱私權政策',
  },
  homepage: {
    carousel: {
      slides: [
        {
          alt: '輪播圖',
          title: '重新定義可能',
          lightTitle: '釋放巔峰潛能',
          subtitle:
            '在印刷行業深耕25年，我們構建了從印前設計到後期工藝的全鏈條能力體系。',
          cta: '關於我們',
        },
        {
          alt: '輪播圖',
          title: '突破傳統思維',
          lightTitle: '開創嶄新格局',
          subtitle:
            '在印刷行業深耕25年，我們構建了從印前設計到後期工藝的全鏈條能力體系。',
          cta: '關於我們',
        },
        {
          alt: '輪播圖',
          title: '改寫遊戲規則',
          lightTitle: '重構產業生態',
          subtitle:
            '在印刷行業深耕25年，我們構建了從印前設計到後期工藝的全鏈條能力體系。',
          cta: '關於我們',
        },
      ],
      infoCards: {
        milestone: {
          title: '里程碑',
          content:
            '在印刷行業深耕25年，我們構建了從印前設計到後期工藝的全鏈條能力體系。',
          cta: '了解更多',
        },
        corporate: {
          title: '聚焦領域',
          content:
            '利用資訊化聚合產能，驅動柔性製造，重構行業新質生產力生態體系。',
          cta: '了解更多',
        },
        group: {
          title: '我們的業務',
          content:
            '致力以及時及具成本效益的方式向客戶提供優質的印刷及相關服務。',
          cta: '了解更多',
        },
      },
    },
    sections: {
      featured: {
        label: '關於我們',
        title:
          '我們保持創業者心態 整合前沿技術\n作為長期價值驅動的企業\n持續提升客戶體驗',
        cta: '了解更多',
        stats: {
          experience: {
            number: '25',
            label: '年經驗',
          },
          business: {
            number: '3',
            label: '事業體',
          },
          locations: {
            number: '4',
            label: '營運據點',
          },
          employees: {
            number: '100+',
            label: '員工人數',
          },
        },
      },
      ourBusinesses: {
        label: '我們的業務',
        title: '立足香港 服務全球\n專業印刷解決方案遍及大中華及海外市場',
        cta: '了解更多',
        businesses: [
          {
            alt: '123print LOGO',
          },
          {
            alt: 'Print Shop LOGO',
          },
        ],
      },
      milestone: {
        label: '重要里程碑',
        title: '承載歷史 印證未來',
        items: [
          {
            id: '2024-1',
            year: 2024,
            content: '開始大規模海外業務交付',
            highlight: '全球拓展',
          },
          {
            id: '2018-1',
            year: 2018,
            content: '環球印館控股有限公司在香港聯合交易所GEM上市',
            highlight: '公開上市',
          },
          {
            id: '2005-1',
            year: 2005,
            content:
              '推出「Print Shop」連鎖店印刷服務概念，開創香港印刷零售新模式',
            highlight: '品牌創立',
          },
          {
            id: '2003-1',
            year: 2003,
            content: '環球印刷註冊成立，以「Universe」品牌開始商業營運',
            highlight: '集團成立',
          },
        ],
        cta: '查看完整歷程',
      },
      introduction: {
        title: '專業印刷，成就您的每個細節',
        content:
          '我們是香港專業印刷服務供應商，專精於柯式印刷、噴墨印刷及原色數碼印刷。憑藉完整的印前處理、印刷製作到印後加工一站式服務，為客戶提供文具、廣告物料、期刊、手冊及目錄等多元化商務印刷解決方案。我們堅持以優質品質、準時交付及具競爭力的價格，成為您值得信賴的印刷夥伴。',
      },
    },
  },
  aboutUs: {
    subTitle: 'About Us',
    title: '關於我們',
    missionStatement:
      '作為長期價值驅動的企業，我們始終保持創業者心態，積極整合前沿技術，持續提升客戶體驗。',
    sections: {
      commitment: {
        title: '我們的堅持',
        content:
          '在印刷行業深耕25年，我們構建了從印前設計到後期工藝的全鏈條能力體系。通過持續引進信息化系統和智能化設備，培育專業技術團隊，在確保色彩精度與工藝品質的同時，藉由規模化生產與精細化管理，實現客戶每份印刷品「高端品質、大眾價格」的價值承諾。',
        linkText: '了解更多（補連結）',
      },
      longTermValue: {
        title: '長期價值',
        content:
          '我們尋求團隊成員和股東能夠像「環球印館」的長期所有者一樣思考和行動。我們追求每股內在價值作為我們最重要的財務目標，因為我們相信內在價值（而非短期財務指標）符合我們為所有利益相關者（客戶、團隊成員、長期股東和社會）創造長期價值的承諾。',
        linkText: '了解更多（補連結）',
      },
      transformation: {
        title: '我們正在{highlight}印刷行業的遊戲規則',
        highlight: '重塑',
        comparison: {
          supplier: {
            title: '從「供應商」到「平臺」──',
            description: '開放產能，賦能同行，共用規模效益',
          },
          production: {
            title: '從「批量生產」到「大規模定制」──',
            description: '智能柔性產線，滿足個性化需求',
          },
          efficiency: {
            title: '從「高成本低效」到「極簡平價」──',
            features: ['無MOQ限制', '動態優化成本', '極速交付', '全數位化流程'],
          },
        },
      },
    },
  },
  ourFocus: {
    subTitle: 'Our Focus',
    title: '新質生產力生態體系',
    missionStatement:
      '我們正在利用資訊化聚合產能，驅動柔性製造， 重構行業新質生產力生態體系',
    sections: {
      whatIs: {
        title: '什麼是新質生產力生態體系？',
        content:
          '通過數位化平臺整合行業分散式產能，構建柔性製造生態，實現資源高效配置與彈性供給，形成 **「數智化協同產能池」**。\n通過分散式產能池實現產能動態調劑，提升整體設備利用率，化解靈活訂單需求與剛性生產體系的衝突。',
      },
      benefits: {
        title: '誰能從中受益？',
        content:
          '希望 **擺脫最低起訂量** 限制、獲得比傳統製造更快的交付，同時擁有更豐富的產品選擇、**更高性價** 比和 **更穩定的品質** 的您。',
      },
      professionalPartners: {
        title: '專業賦能合作夥伴',
        content:
          '我們投資開發及整合行業最先進的相關軟體，組建專業印前文件處理中心，使得生產資源 **合作夥伴無需重複投資，減少相關固定人力及資源投入**，轉產效率極大提升的同時，品質更有保障。',
      },
    },
  },
  milestone: {
    subTitle: 'Milestone',
    title: '里程碑',
    sections: {
      featuredBlock: {
        title: '二十五年征程',
        content:
          '環球印館控股有限公司，簡稱環球印館控股和環球印館（Universe Printshop Holdings Limited，港交所：8448），始創於2001年，總部位於活力之都的香港，主營印刷品類及相關業務，以香港為基地， 覆蓋大中華地區，近年更成功拓展海外業務。',
      },
    },
    milestones: [
      {
        year: 2024,
        content: '開始大規模海外業務交付',
      },
      {
        year: 2023,
        content:
          '全面升級旗下[印館線上自助訂單平臺](https://op.printshop.hk)，更進一步拓展電子商務領域應用最新信息技術, 全面升級重構集團信息管理平臺(包括國際知名財務管理平臺)',
      },
      {
        year: 2018,
        content:
          '環球印館控股有限公司在2018年3月28日以股份代號8448在香港聯合交易所有限公司的GEM上市',
      },
      {
        year: 2010,
        content: '購入首台八色柯式印刷機',
      },
      {
        year: 2009,
        content: '在觀塘開設一間店舖',
      },
      {
        year: 2006,
        content:
          '在香港島開設首兩間店舖，一間位於炮台山，一間位於灣仔。同年，位於新界的首間街舖在元朗開業',
      },
      {
        year: 2005,
        content:
          '前印館開業，商業名稱為「Print Shop」，2005在香港推出「連鎖店印刷服務」概念，提供印刷服務',
      },
      {
        year: 2004,
        content:
          '- 首間街舖於2004年4月在觀塘開業\n- 推出我們首個網站[http://www.123print.com.hk](http://www.123print.com.hk)\n- 購入首台四色柯式印刷機，承接大批量柯式印刷業務',
      },
      {
        year: 2003,
        content:
          '前環球印刷在香港註冊成立為有限公司，開始以商業名稱「Universe」經營業務',
      },
      {
        year: 2001,
        content: '在觀塘設立生產設施',
      },
    ],
  },
  ourBusinesses: {
    subTitle: 'Our Businesses',
    title: '我們的業務',
    sections: {
      featuredBlock: {
        title: '客戶至上',
        content:
          '集團旗下企業每年服務本土及全球超過一萬個客戶。各成員企業在集團戰略框架下自主運營，深入洞察目標市場，精准把握客戶需求。我們通過靈活高效的管理模式，確保快速回應市場變化，同時保持高度的執行力和創業精神。',
      },
    },
    brands: {
      '123print': {
        title: '環球印刷',
        content:
          '環球印刷集團自2001年發展，從簡單菲林輸出到一站式印刷服務，並投資數碼技術，結合傳統與數碼印刷，提供設計、生產、銷售全方位服務，致力拓展全球市場。',
      },
      printshop: {
        title: '印館',
        content:
          '印館有限公司2005年創立於香港，通過自建線上自助平台及線下門店，提供多元化印刷服務，包括柯式、噴墨及數碼印刷，產品涵蓋文具、宣傳品至包裝盒等，並提供影印、少量印刷及24小時快印等貼心服務。',
      },
      photo520: {
        title: '印館影像',
        content:
          '相應市場需求，投入最專業工業級數碼影像印刷設備，無論從一本定制到大批量滾動交付，致力提供最優質及具高性價比的影像類產品。',
      },
    },
  },
  corporateInformation: {
    subTitle: 'Corporate Information',
    title: '企業資訊',
    sections: {
      boardOfDirectors: {
        subTitle: 'Board of Directors',
        title: '董事會成員',
        membersTitle: {
          title: '職稱',
          name: '姓名',
          gender: '性別',
        },
        executiveDirector: {
          title: '執行董事',
          members: [
            {
              id: 'Lam Shing Tai',
              name: '林承大',
              identity: '主席及行政總裁',
              gender: 'gender.male',
            },
            {
              id: 'Li Shuang',
              name: '李爽',
              identity: '',
              gender: 'gender.female',
            },
            {
              id: 'Kao Jung',
              name: '高榮',
              identity: '',
              gender: 'gender.male',
            },
            {
              id: 'Li Zhen wu',
              name: '李振武',
              identity: '',
              gender: 'gender.male',
            },
          ],
        },
        independentNonExecutiveDirector: {
          title: '獨立非執行董事',
          members: [
            {
              id: 'Wong Chun Kwok',
              name: '黃振國',
              identity: '',
              gender: 'gender.male',
            },
            {
              id: 'Ho Kar Ming',
              name: '何嘉明',
              identity: '',
              gender: 'gender.male',
            },
            {
              id: 'So Shuk Wan',
              name: '蘇淑韻',
              identity: '',
              gender: 'gender.female',
            },
          ],
        },
        companySecretary: {
          title: '公司秘書',
          members: [
            {
              id: '',
              // id: 'So Hang Fung',
              name: '蘇恒峯',
              identity: '執業會計師',
              gender: 'gender.male',
            },
          ],
        },
      },
      HeadQuarter: {
        subTitle: 'HEADQUARTER',
        title: '集團總部',
        address:
          '2nd floor, Tsing Yi Industrial Centre Phase 1,\nNo. 1 to 33 Cheung Tat Road, Tsing Yi, New Territories, Hong Kong',
        map: 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d652.3216882664442!2d114.11015432634089!3d22.350278871820194!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x34040150021e3eef%3A0xf17344ad848362f3!2z55Kw55CD5Y2w5Yi36ZuG5ZyY5pyJ6ZmQ5YWs5Y-4!5e0!3m2!1szh-TW!2stw!4v1748434624187!5m2!1szh-TW!2stw',
      },
      RegisteredOffice: {
        subTitle: 'REGISTERED OFFICE',
        title: '註冊辦事處',
        address:
          'Cricket Square, Hutchins Drive, PO Box 2681,\nGrand Cayman, KY1-1111, Cayman Islands',
        map: 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d7317.0505101922845!2d-81.37638383538106!3d19.294185829872152!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x8f25866762ed7ffd%3A0xdea5a002e9d4dba0!2sCricket%20Square!5e0!3m2!1szh-TW!2stw!4v1748434915222!5m2!1szh-TW!2stw',
      },
      HongKongShareRegistrar: {
        subTitle: 'HONG KONG SHARE REGISTRAR',
        title: '香港股份過戶處',
        address: '17/F, Far East Finance Centre\n16 Harcourt Road\nHong Kong',
        map: 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d1097.6231574124145!2d114.16405399129908!3d22.279902213467338!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x34040167e08160c9%3A0x6ee7b0dd60046290!2z6YGg5p2x6YeR6J6N5Lit5b-D!5e0!3m2!1szh-TW!2stw!4v1748434778923!5m2!1szh-TW!2stw',
      },
    },
  },
  investorRelations: {
    subTitle: 'Investor Relations',
    title: '投資者訊息',
    nav: [
      { name: '公告及通函', abbreviation: '公告及通函' },
      {
        name: '上市文件',
        abbreviation: '上市文件',
        content: '本公司證券的要約純粹按招股章程所提供的資料作出',
      },
      { name: '財務報告', abbreviation: '財務報告' },
      { name: '企業管治', abbreviation: '企業管治' },
      { name: '月報表', abbreviation: '月報表' },
      { name: '展示文件', abbreviation: '展示文件' },
    ],
  },
  contactUs: {
    subTitle: 'Contact Us',
    title: '聯絡我們',
    sections: {
      location: {
        subTitle: 'HONG KONG OFFICE',
        title: '香港寫字樓',
        address: '香港新界荃灣青山公路611-619號東南工業大廈8樓D室',
        telephone: '3565 4707',
        fax: '3914 9127',
        map: 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d274.22265072063095!2d114.10337293192829!3d22.373047616453043!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x3403f8e4926c455d%3A0x767f9e2689b8c21!2z5p2x5Y2X5bel5qWt5aSn5buI!5e0!3m2!1szh!2stw!4v1748419945532!5m2!1szh-TW!2stw',
      },
      location2: {
        subTitle: 'Printshop Printing Technology(Shenzhen)Co.,LTD',
        title: '印館印刷科技（深圳）有限公司',
        address:
          '深圳市前海深港合作區南山街道招商局前海經貿中心一期B座2304E號-2326',
        telephone: '0755-8827 0873',
        map: 'https://maps.google.com/maps?q=22.50,113.89+(深圳前海經貿中心一期B座)&hl=zh&z=16&output=embed',
      },
      location3: {
        subTitle: 'Huanyu Printing Technology (Dongguan) Co.,LTD',
        title: '環譽印刷科技（東莞）有限公司',
        address: '廣東省東莞市橋頭鎮橋頭橋東路南五街66號9棟101室',
        map: 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d14767.262929306787!2d114.13!3d23.02!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zMjPCsDAxJzEyLjAiTiAxMTTCsDA3JzQ4LjAiRQ!5e0!3m2!1szh-TW!2stw!4v1625147300000!5m2!1szh-TW!2stw',
      },
      location4: {
        subTitle: 'Huanyu Printing Technology (Shanghai) Co.,LTD',
        title: '環喻印刷科技（上海）有限公司',
        address: '上海市金山區亭衛公路8158號4幢B區',
        map: 'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d13716.794641627716!2d121.34!3d30.86!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zMzDCsDUxJzM2LjAiTiAxMjHCsDIwJzI0LjAiRQ!5e0!3m2!1szh-TW!2stw!4v1625147300000!5m2!1szh-TW!2stw',
      },
      integrityAndAccountability: {
        title: '誠信與問責',
        content: `我們環球印館控股有限公司致力以誠信和全面問責的態度經營業務。我們重視每一位員工和持份者若見證任何不道德或違法行為時都應該有權舉報。\n\n如果您真誠擔心公司內有任何不當或違法行為，請透過以下保密渠道聯繫我們：[whistleblowing{'@'}123print.com.hk](mailto:whistleblowing{'@'}123print.com.hk)`,
      },
    },
  },
  privacySecurity: {
    subTitle: 'Privacy Policy',
    title: '私隱政策',
    content: `
下文為環球印館控股有限公司根據香港法例第486章《個人資料 (私隱) 條例》而制訂的處理個人資料私隱的政策：

1.  ##### 收集個人資料的目的
    本公司之個人資料搜集，包括為便利顧客於本集團門市及/或網上自助服務平台 ([www.printshop.hk](https://www.printshop.hk)及[www.123print.com.hk](https://www.123print.com.hk)) 光顧本公司的服務及/或開通顧客帳戶而收集的顧客個人資料，是用以辨識、檢索、處理及跟進顧客訂單及回覆顧客查詢，使本公司能跟據顧客需要，提供適切服務。有關閣下身分識別資料的特定用途，詳見下頁收集個人資料聲明。

2.  ##### 收集原則
    為保障閣下個人資料的私隱權，本公司確保在收集、使用、保留、轉移及查閱個人資料方面的政策及常規，均符合香港法例第486章《個人資料 (私隱) 條例》的規定。

3.  ##### 收集個人身分標識符
    閣下或需不時提供可辨識閣下個人身分的資料，包括但不限於閣下的姓名、身分證明文件號碼、電話號碼、傳真號碼、住址、電郵地址、信用卡號碼及有效期、商業登記證號碼、互聯網IP地址、瀏覽/造訪紀錄、登入名稱及資料及其他與本公司服務有關或有幫助的資料等。如閣下拒絕提供有關資料，可能令本公司無法為閣下提供服務。如閣下未滿十八歲，必須先得到家長或監護人的同意，方可向本公司提供任何可辨識個人身分的資料。

4.  ##### 直銷
    閣下一旦向本公司提供可辨識個人身分的資料，便可能會不時收到本公司或本集團的電話、電郵或直接的推廣郵件。如閣下不希望接收有關資料，請連同閣下的姓名、帳戶號碼及聯絡電話致函本公司與本公司之私隱專責人員聯絡。本公司或會要求閣下在登記使用任何繳費服務前，先表明閣下的意向。
    > **印館有限公司**
    > 香港新界荃灣青山公路611-619號東南工業大廈8樓D室
    > 電話號碼: (852) 3678 3333
    > 傳真號碼: (852) 3914 9127
    > 電郵地址：cs{'@'}uprintshop.com
    > 收件人：私隱專責人員

5.  ##### 資料的保存
    閣下與本公司進行業務往來之時，本公司將保存閣下所有交易紀錄以作審核之用。本公司的一般政策是將有關資料保存一段合理時間。

6.  ##### 資料的披露、轉用及提供
    本公司通常可與**本集團之其他集團公司**及彼等擁有權益的任何公司及/或前述者聘用之第三方市場推廣服務提供者或代理人共用閣下的個人資料，或向其轉移有關資料。

    本公司或會向銀行或信用卡公司提供閣下的個人資料，以核實閣下之信用卡帳戶及信貸狀況。

    本公司亦會在法例要求下披露閣下的個人資料。

    倘若閣下不欲本公司向任何第三者披露閣下的資料，請連同閣下之姓名、帳戶號碼及聯絡電話致函本公司私隱專責人員。

7.  ##### 查閱個人資料
    閣下可書面致函方式，向本公司私隱專責人員要求查閱閣下的個人資料，本公司會按《個人資料 (私隱) 條例》第19 (1)條規定，在收到閣下要求後四十天內依從閣下要求。根據條例第20(3a)條的規定，如閣下拒絕以表格或書面方式提出查閱要求，本公司有權拒絕閣下的查閱要求。根據條例第28條，本公司可向查閱資料者徵收合理費用。然而，倘閣下確實是為作出合理更正而查閱個人資料，本公司可酌情豁免有關費用。

8.  ##### 更正個人資料
    閣下可書面致函方式，向本公司私隱專責人員要求查閱閣下的個人資料，本公司會按《個人資料 (私隱) 條例》第19 (1)條規定，在收到閣下要求後四十天內依從閣下要求。根據條例第20(3a)條的規定，如閣下拒絕以表格或書面方式提出查閱要求，本公司有權拒絕閣下的查閱要求。根據條例第28條，本公司可向查閱資料者徵收合理費用。然而，倘閣下確實是為作出合理更正而查閱個人資料，本公司可酌情豁免有關費用。

9.  ##### 保安
    閣下向本公司提供的個人資料將妥為存置於本公司的客戶服務系統內，只有獲授權人士方可查閱。閣下須注意，互聯網並非一種絕對安全之媒介。然而，我們將盡力確保妥善保護閣下之個人資料，以防止未經授權存取、處理或為其他用途使用該等資料，並防止由於未經授權存取該等資料而造成損害。

10. ##### 造訪資料(Cookies)
    當閣下瀏覽及使用部分本網站的服務時，我們亦會透過 "Cookies"收集閣下的造訪資料。 "Cookies"是從網頁伺服器傳送到閣下的瀏覽器，並保存在閣下電腦硬碟/手機中的少量資料。從"Cookies"收集的造訪資料只會用作分析閣下有關本公司服務的喜好，閣下可選擇拒絕接受所有"Cookies"，但若閣下拒絕接受，可能無法使用部分本網站的功能。

    本網站內載有通往其它(非本集團之集團公司)網站之cookies連結(**“第三方網站”**)，本公司無法保證該些網站內之內容或陳述之真確性，故本公司對任何因該些第三方網站之內容或陳述而引致之損失不會負責。本私隱政策只適用於本公司，本公司或本集團其他公司對第三方網站的私隱一概沒有控制權，如欲了解該些第三方網站之私隱政策，請閣下自行往該些第三方網站查詢。

    倘若閣下的瀏覽器接受使用Cookies，即表示閣下同意及接受本段落所述之本公司透過 "Cookies"收集閣下的造訪資料。如果閣下不欲使用cookies，敬請自行透過瀏覽器停用所有cookies。請查看閣下瀏覽器的相關功能表，以學懂變更或更新閣下對cookies的設定及停用。

11. ##### 查詢
    如欲就本公司的私隱政策作出查詢，歡迎聯絡本公司私隱專責人員。(本聲明可未經事先通知而不時修改，請閣下前往本公司網站經常查察，並在提供個人資料前查察及閱讀。)

12. ##### 收集個人資料聲明
    閣下作為**環球印館控股有限公司**的顧客，在購買本公司的服務及／或產品（**「有關服務」**）時，可能需要向本公司提供閣下的個人資料（**「有關個人資料」**）。倘有關個人資料並不完整或不正確，本公司可能無法向閣下提供或繼續提供有關服務。

    本公司時刻將閣下的個人資料保密處理。本公司有關收集、使用、保存、披露、轉移、保密及查閱個人資料的政策及常規，均符合香港法例規定，並已載於本政策內。

    閣下同意，閣下向本公司提供的有關個人資料可由本公司使用及保存，以配合以下用途和閣下與本公司同意或法律不時要求的其他用途：
    1.  提供有關服務
    2.  本公司、本公司代理人、本集團之其他集團公司或合作夥伴用於推廣與有關服務相關的商品及／或服務用於推廣任何商品及/或服務
    3.  處理來自有關服務或與其有關的任何利益
    4.  就提供有關服務而分析、核實及／或檢查閣下的信用、付款及／或狀況
    5.  處理閣下要求的任何付款指示、直接扣賬安排及／或信貸安排

    此外，根據閣下與本公司的協議，本公司可以將閣下的個人資料披露及轉移（無論在香港或海外）予本集團之其他集團公司及彼等擁有權益的任何公司，並可將有關個人資料存入本公司/或本集團之其他集團公司及彼等擁有權益的任何公司為上文所述目的而持有的一個或多個資料庫（可能載有本公司及本集團之其他集團公司及彼等擁有權益的任何公司收集的其他資料），以推廣本公司及／或本集團之其他集團公司及彼等擁有權益的任何公司的商品及／或服務。 倘閣下不希望收取本公司及／或前述公司提供與有關服務無關的商品及／或服務之推廣資訊，或不希望本公司為本段所述目的而披露、轉移或使用閣下的個人資料，請按下列地址致函本公司與我們的私隱專責人員聯絡，註明閣下的姓名、帳戶號碼及聯絡電話。

    根據《個人資料 (私隱) 條例》，閣下有權：
    1.  確定本公司是否持有閣下任何個人資料
    2.  在合理時間內查閱本公司持有的閣下個人資料
    3.  以合理方式查閱本公司持有的閣下個人資料
    4.  要求本公司更正任何不正確的個人資料

    根據有關條例，本公司有權對查閱個人資料的要求收取合理的處理費用。如欲查閱或更正個人資料，或本公司所持個人資料的副本，請致函下列地址與我們的私隱專責人員聯絡：
    > **印館有限公司**
    > 香港新界荃灣青山公路611-619號東南工業大廈8樓D室
    > 電話號碼: (852) 3678 3333
    > 傳真號碼: (852) 3914 9127
    > 電郵地址：cs{'@'}uprintshop.com
    > 收件人：私隱專責人員

---
*註：Universe Printing Holdings Limited(環球印刷集團有限公司) 、Print Shop Limited (印館有限公司)、Startec Colour Separation Printing Limited (星達製版印刷有限公司)、Net Printshop Limited、All In 1 Printing (Group) Limited (1站式印刷(集團)有限公司)、Universe Printshop Limited (環球印館有限公司)、Universe Printshop Holdings Limited (環球印館控股有限公司)及上述公司之附屬公司、控股公司及同系附屬公司合稱為 **“本集團”**。

**敬請注意：一旦閣下向本公司提供任何個人資料，即視為閣下已經閱讀並同意及接受本私隱政策，及本公司可按照本私隱政策收集、保存及處理閣下的個人資料及上述的其他規定。如若本私隱政策與香港法例第486章《個人資料 (私隱) 條例》的規定有任何抵觸或不相符之處，一概以該條例的條文為準。**
    `,
  },
  gender: {
    male: '男',
    female: '女',
    other: '其他',
  },
  locationBlock: {
    address: '地址',
    telephone: '電話',
    facsimile: '傳真',
  },
};
