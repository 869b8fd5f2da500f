INSERT INTO legal_documents (type, title_de, title_en, title_zh, content_de, content_en, content_zh, version, effective_date)
VALUES (
  'privacy',
  'Datenschutzerklärung v1.0 (Kurzfassung)',
  'Privacy Policy v1.0 (Short version)',
  '隐私政策 v1.0（简版）',
  $$§1 Verantwortlicher. [Firmenname GmbH, Adresse, E-Mail] — Anfragen an [datenschutz@beispiel.de]. §2 Daten & Zwecke. Konto- und Profildaten (u.a. Lebenslauf, Sprachkenntnisse, Visa-Status), Stellenanzeigen, Nutzungs- und Matching-Daten — nur so viel wie für Matching nötig (Datenminimierung, Art. 5 DSGVO). Rechtsgrundlagen: Vertrag (Art. 6 Abs. 1 lit. b), Einwilligung (lit. a), berechtigtes Interesse an sicherem Betrieb (lit. f). §3 Empfänger. Arbeitgeber sehen nur Kandidatenprofile mit sichtbarer Freigabe; Subprozessoren: Hosting/Datenbank (Vercel, Supabase, EU-Region). §4 Drittland/PIPL. Die Plattform richtet sich an Kandidaten in der DACH-Region; Registrierungen aus China erfordern eine gesonderte Einwilligung in den Datentransfer (PIPL-Grenzübertritt). §5 Rechte & Löschung. Auskunft, Berichtigung, Löschung, Einschränkung, Übertragbarkeit, Widerspruch, Widerruf; Beschwerde bei der Aufsichtsbehörde. Kontolöschung anonymisiert Profildaten; Finanzunterlagen bleiben 7 Jahre (Aufbewahrungspflicht). §6 Cookies. Nur technisch notwendige Cookies ohne Banner; Tracking erst nach Einwilligung. Stand: Kurzfassung — Vollversion (mit Auftragsverarbeitungsvertrag für Arbeitgeber) folgt.$$
  ,
  $$Section 1 — Controller. [Company GmbH, address, email] — privacy contact: [privacy@example.com]. Section 2 — Data & purposes. Account and profile data (incl. CV, language skills, visa status), job ads, usage and matching data — only what matching needs (data minimisation, GDPR Art. 5). Legal bases: contract (Art. 6(1)(b)), consent (a), legitimate interest in secure operation (f). Section 3 — Recipients. Employers only see candidate profiles explicitly set visible; subprocessors: hosting/database (Vercel, Supabase, EU region). Section 4 — Third countries / PIPL. The platform targets candidates in the DACH region; sign-ups from China require separate cross-border transfer consent (PIPL). Section 5 — Rights & erasure. Access, rectification, erasure, restriction, portability, objection, withdrawal; complaint to the supervisory authority. Account deletion anonymises profile data; financial records are kept 7 years (statutory retention). Section 6 — Cookies. Strictly necessary cookies only without a banner; tracking only after consent. Note: short version — full text (with employer DPA) to follow.$$
  ,
  $$第1条 控制者。[公司名称 GmbH、地址、邮箱]；隐私联系：[privacy@example.com]。第2条 数据与目的。账户与简历数据（含简历、语言能力、签证状态）、职位信息、使用与匹配数据——仅收集匹配所必需（GDPR第5条最小化原则）。法律依据：合同履行（第6(1)(b)条）、同意（a项）、安全运营的正当利益（f项）。第3条 接收方。雇主仅可见候选人主动公开的简历；子处理者：托管/数据库（Vercel、Supabase，欧盟区域）。第4条 跨境/PIPL。本平台面向DACH地区候选人；来自中国大陆的注册须另行取得跨境传输同意（《个人信息保护法》）。第5条 权利与删除。查阅、更正、删除、限制、可携带、反对、撤回同意，并可向监管机构投诉。注销即匿名化简历数据；财务记录依法保留7年。第6条 Cookie。仅使用严格必要Cookie；追踪类须经同意。注：此为简版，完整版（含面向雇主的数据处理协议DPA）待后续发布。$$
  ,
  'v1.0',
  CURRENT_DATE
)
ON CONFLICT (type, version) DO NOTHING;
