const messages = {
  'site_name': 'How 好空氣',
  'slogan': '讓你了解目前的空氣品質',
  'search': '搜尋',
  'filter': '篩選',
  'epa': '環保署',
  'lass': 'LASS',
  'airbox': 'Edimax 空氣盒子',
  'navbar': {
    'filter': {
      'by_source': '依照來源'
    },
    'map': '地圖',
    'about': '關於',
    'beta_version': '測試版'
  },
  'about': {
    'name': '關於',
    'contact_info': {
      'name': '聯絡資訊',
      'contact_us_intro': '你可以透過發送 Email 信件到 {email}，也可以透過以下社群與 {site_name} 互動'
    },
    'privacy_policy': {
      'name': '隱私權政策',
      'collected_data': '搜集的資料',
      'view_brief_statement': '請檢視{privacy_policy}，來了解 {site_name} 蒐集了哪些資料與如何運用。',
      'full_text': '<p>更新日期：2018/02/22</p><p>How 好空氣（以下簡稱我們），為了尊重與保護您在本網站上個人資料的隱密性，特此向您說明我們的隱私權保護政策，讓您瞭解我們如何透過本網站蒐集、運用與保護您個人的非公示資訊。</p><h5>1. 我們蒐集個人資料的方式</h5><p>我們透過本網站蒐集個人資料之方式包括： <br><ol><li>要求您自行輸入個人資料（如聯絡我們的資訊）</li><li>記錄您瀏覽本網站之歷程</li></ol></p><h5>2. 我們所蒐集的個人資料內容</h5><p>當您瀏覽 How 好空氣網站時，我們將以匿名方式蒐集您的操作流程，包括您使用連線設備的 IP 位址、使用時間、使用的瀏覽器、瀏覽及點擊、點選資料紀錄。</p><h6>不追蹤 （Do Not Track）</h6><p>我們也尊重您的隱私，所以當您的瀏覽器送出「不要追蹤（Do Not Track）」訊息時，我們會盡力避免蒐集您的操作流程，包括您使用連線設備的 IP 位址、使用時間、使用的瀏覽器、瀏覽及點擊、點選資料紀錄。</p><h5>3. 我們如何運用個人資料</h5><p>當您使用電子郵件等方式聯絡我們時，我們可能透過您提供的個人資料與您進行聯絡。</p><h5>4. 我們如何運用線上活動紀錄</h5><p>當您瀏覽本網站，我們的伺服器會自動記錄使用者機器的 IP 位址、使用時間、使用的瀏覽器、瀏覽及點擊、點選紀錄等資料，並加以分析、彙整，來改善、加強我們的網站服務。我們僅會針對全體使用者行為之總和進行分析，不會針對您個別之行為進行分析。</p><h5>5. 我們在何時會與第三方揭露您的個人資料</h5><p><ol><li>若為中華民國相關法令、司法或政府機關要求，或經您的同意，我們將會揭露您的個人資料，但僅限於向相關之第三人揭露您的個人資料。</li><li>我們可能會將 How 好空氣網站服務的使用者活動紀錄，移除能辨別您的身份的個人資料，來產生彙整的統計資訊。</li></ol></p><h5>6. 我們的資料保護措施</h5><p>我們將會運用資訊安全技術和程序來保護您的個人資料，來避免未經您授權的存取、使用或洩露。例如，我們會將您提供的個人資訊儲存在嚴密控管的設施與電腦設備中，並僅允許少數系統管理者擁有存取權限。</p><h5>7. 我們對 Cookies、Local Storage 的運用與政策</h5><p>我們可能會使用 Cookies 與 HTML 5 Local Storage 來提供您個人化的資訊服務。Cookies 與 Local Storage 是伺服器端為了區別使用者的不同喜好，在使用者瀏覽我們的網站服務的同時，經由瀏覽器寫入使用者之儲存裝置或記憶體之簡短資訊。雖然在您自行承擔風險與責任的情況下，您可隨意拒絕或刪除您儲存裝置上的 Cookies 與 Local Storage，但您若選擇拒絕所有的 Cookies 與 Local Storage，將可能無法使用我們的網站服務的部分或全部功能、以及無法參與部份的活動。</p><h5>8. 造訪其他網站之注意事項</h5><p>透過本網站所提供的超連結，您可能造訪與本網站相連結之其他網站，這些其他網站也可能蒐集您的個人資料。對於您主動提供的個人資訊，各相連結之其他網站有其個別的隱私權保護政策，其資料處理措施不適用本聲明，我們不負任何責任，建議您詳加閱讀這些網站的隱私權保護政策。</p><h5>9. 我們的隱私權聲明更新</h5><p>我們將不定期更新我們的隱私權政策，在更新時，我們會同時修訂隱私權政策的「最後更新日期」。隱私權政策的重要變更，亦會張貼在本網站服務顯著位置上，以提醒您注意。</p>',
      'i_got_it': '我了解'
    },
    'data_source': {
      'name': '資料來源'
    },
    'licenses_information': {
      'name': '授權資訊',
      'thanks': '感謝以下的開放原始碼專案與開放文化的相關資源，才能夠開發此網站。',
      'project_description': 'How 好空氣 是開放原始碼專案，採用 {license}，程式碼皆在 Github {github_icon} 上管理。',
      'apache20_license': 'Apache2.0 授權條款',
      'libraries': '函式庫',
      'more_licenses': '更完整的第三方函式庫，請參考{more_3rd_libraries}',
      'here': '這裡',
      'images_photos': '圖片/照片',
      'about_page_header_img': '在 {about_page} 背景圖衍生自「六輕工廠」由 {bg_about_author}，以 {license} 釋出',
      'about_page': '關於頁面',
      'about_page_social_icons': '在 {about_page} 的 Twitter 與 Facebook 圖示，取自 {author} 的 Social 圖示集，以  Free for commercial use 釋出'
    }
  },
  'site_measurement_info': {
    'site_name': '測站名稱：',
    'temperature': '溫度：',
    'humidity': '濕度：',
    'activity_suggestions': '活動建議',
    'pm25_concentration': 'PM 2.5 濃度',
    'other_pollution_measurements': '其他污染指數',
    'pm25': 'PM2.5',
    'pm10': 'PM10',
    'o3': 'O3',
    'co': 'CO',
    'so2': 'SO2',
    'nox': 'NOx',
    'no': 'NO'
  },
  'groups': {
    'general_public': '一般大眾',
    'sensitive_groups': '敏感性族群'
  },
  'levels': {
    'very_good': {
      'name': '非常好',
      'activity_guidance': {
        'general_public': '適合享受戶外活動',
        'sensitive_groups': '適合享受戶外活動'
      }
    },
    'good': {
      'name': '良好',
      'activity_guidance': {
        'general_public': '適合享受戶外活動',
        'sensitive_groups': '適合享受戶外活動'
      }
    },
    'moderate': {
      'name': '普通',
      'activity_guidance': {
        'general_public': '適合享受戶外活動',
        'sensitive_groups': '有呼吸道疾病的小孩與成人，以及有心臟疾病的成人，如果出現症狀，應該考慮減少劇烈的活動，特別要避免在戶外活動'
      }
    },
    'bad': {
      'name': '很不好',
      'activity_guidance': {
        'general_public': '一般民眾如果有不適，如眼痛，咳嗽或喉嚨痛等，應該考慮減少戶外活動',
        'sensitive_groups': '<ul><li>有呼吸道疾病的小孩與成人，以及有心臟疾病的成人，尤其是在室外，並出現症狀時，應該減少劇烈的體力消耗</li><li>氣喘患者可能需要更頻繁地使用吸入劑</li><li>年長者應該減少體力消耗</li></ul>'
      }
    },
    'very_bad': {
      'name': '非常不好',
      'activity_guidance': {
        'general_public': '一般民眾如果有不適，如眼痛，咳嗽或喉嚨痛等，應減少體力消耗，特別是減少戶外活動',
        'sensitive_groups': '<ul><li>有心臟、呼吸道及心血管疾病患者、孩童及老年人，建議留在室內並減少體力消耗活動，必要外出應配戴口罩</li><li>具有氣喘的人可能需增加使用吸入劑的頻率</li></ul>'
      }
    }
  },
  'site_dashboard': {
    'go_to_link': '前往測站狀態頁面',
    'historical_data': '歷史資料'
  }
}

export default messages
