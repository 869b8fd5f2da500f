"""Write readings.tsv from the base runs and the hand verdicts below (u57v)."""
import json, sys
V = {
# default check: errors and warnings
("garage-tw-dart",82,"script-mixed"):("true","「我們保留随时修改條款」: Simplified 随 in a Traditional text (a typo a reviewer wants)"),
("notionhealth-tw-tsx",64,"placeholder-instruction"):("true","mailto:support@example.com, the documentation domain, is the page's only contact: a dummy contact left in"),
("yanjushi-zh-wxjs",65,"placeholder-instruction"):("true","【请填写民宿前台电话（上线前替换）】: an unfilled slot"),
("yanjushi-zh-wxjs",66,"placeholder-instruction"):("true","（上线前替换精确地址）: an unfilled slot (the address still to be replaced)"),
("baoxiu-zh-wxjs",13,"broken-paragraph"):("false","code read as text: `onLoad() {},` and `goBack() { wx.navigateBack();` (the page script's methods, after a short template literal the page-literal reader does not count) joined as a broken sentence"),
("garage-tw-dart",17,"regional-vocabulary"):("true","數據 for the user's entered records in a Taiwan text: 資料 (the rule's convention, corpora smartmi judged true)"),
("garage-tw-dart",22,"regional-vocabulary"):("true","身份 → 身分 in a Taiwan text (convention: corpora nuva-privacy, smartmi true)"),
("garage-tw-dart",68,"regional-vocabulary"):("true","數據來源 in a Taiwan text (convention)"),
("garage-tw-dart",77,"regional-vocabulary"):("true","地圖數據 in a Taiwan text: 地圖資料 (convention)"),
("garage-tw-dart",78,"regional-vocabulary"):("true","地圖數據 (convention)"),
("notionhealth-tw-tsx",10,"regional-vocabulary"):("true","身份資訊 in a Taiwan text: 身分 (convention)"),
("notionhealth-tw-tsx",46,"regional-vocabulary"):("true","身份驗證 in a Taiwan text: 身分驗證 (convention)"),
("nurturing-mo-jsx",61,"regional-vocabulary"):("false","網絡 in a Macau notice (「根據第8/2005號法律《個人資料保護法》」): Macau writes 網絡 as Hong Kong does; the text was judged Taiwan by its wording and the Macau law not read as Hong Kong evidence (the Traditional analogue of m54r's Simplified Macau class)"),
("richmond-my-en-tsx",42,"regional-vocabulary"):("debatable","透过 in a Malaysian publisher's Simplified page (「遵守马来西亚《2010 年个人资料保护法令》」): Malaysian usage accepts 透过; the project's convention (precision8 metaalliance-cookies, a Malaysian operator's 透过) judged it true"),
("richmond-my-en-tsx",43,"regional-vocabulary"):("debatable","电邮 in a Malaysian page: Malaysian usage; convention judged such wording true (precision8)"),
("richmond-my-en-tsx",52,"regional-vocabulary"):("debatable","透过 (as line 42)"),
("richmond-my-en-tsx",56,"regional-vocabulary"):("debatable","透过 (as line 42)"),
("stillhollow-hk-en-md",22,"regional-vocabulary"):("false","reported at column 10: 個人信息 inside 「中國大陸《個人信息保護法》(PIPL)」, the mainland law's own name (the suggestion would rename it 《個人資料保護法》, Taiwan's and Macau's law); the line's two other occurrences (敏感個人信息, 個人信息保護影響評估, the PIPL's terms in its row of a compliance table) are debatable"),
("yipaitong-tw-rn",43,"regional-vocabulary"):("true","應用商店 in a Taiwan text: 應用程式商店"),
}
I = {  # info: date-format (not counted in the error/warning precision)
"airesume-zh-wxml":("true","no date on a notice page"), "baoxiu-zh-wxjs":("true","no date"), "lucerne-sg-en-tsx":("debatable","a footer's privacy modal: no date"),
"maolaoda-zh-swift":("debatable","a one-sentence statement in a settings view"), "nurturing-mo-jsx":("debatable","a form's collection notice"),
"pic2poe-zh-wxml":("true","no date"), "reelnest-zh-dart":("true","no date"), "stillhollow-hk-en-md":("true","no date"), "tizhong-zh-txt":("true","no date, no title"),
}
P = {  # profile: disclosure-missing (item → verdict, reason)
"airesume-zh-wxml":{"processor":("true","no operator named"),"methods":("debatable","「你提交的…将用于」, 「在云端保存」: ways named in passing"),"retention":("true","no period (deletion offered only)")},
"baoxiu-zh-wxjs":{"processor":("true","no operator named (物业管理处或小程序客服)"),"methods":("debatable","「收集您提交的」, 「按微信云开发…管理」"),"retention":("true","「在必要范围内存储」: no period"),"rights":("true","no rights")},
"englearn-zh-wxml":{"processor":("true","no operator named"),"categories":("false","「学习进度记录、收藏的单词、学习统计信息」 listed under 1. 数据收集"),"rights":("true","no rights")},
"foodmenu-zh-uniapp":{"processor":("true","no operator named"),"categories":("false","「饮食目标、忌口食材、收藏菜谱、本周计划、购物清单…」 and 「最多 3 个已选食材名称」 listed"),"retention":("true","no period (kept until cleared)"),"rights":("debatable","deletion in 「我的 → 隐私与数据」 described, no other right")},
"hyforum-zh-vue":{"processor":("true","no operator named (本站, 管理员)"),"purposes":("false","「我们如何使用这些信息」 section (in the script's array, not read: the document was read as empty)"),"methods":("false","「服务器会记录…」, 「图片由前端直传至对象存储」 (not read)"),"categories":("false","「我们收集哪些信息」 lists them (not read)"),"retention":("true","no period"),"rights":("false","「你的权利」 section (not read)")},
"lessonlib-zh-wxml":{"processor":("true","no operator named"),"methods":("debatable","「你主动设置」, 「操作记录」, 「存储于微信云开发」"),"retention":("true","no period")},
"ludeng-zh-txt":{"rights":("false","「五、 您的权利」: access, correction, and account cancellation through the administrator; a contact email")},
"maolaoda-zh-swift":{"processor":("true","no developer named"),"purposes":("debatable","nothing collected: a one-sentence statement"),"categories":("debatable","nothing collected"),"retention":("debatable","「所有数据仅保存在您设备本地」"),"rights":("debatable","nothing collected")},
"moyin-zh-wxjs":{"processor":("true","only the app's name and an email"),"retention":("true","no period"),"rights":("debatable","rights listed (查看, 更正, 删除, 撤回) with no way besides 「联系我们」")},
"niyan-zh-txt":{"processor":("true","「开发者独立开发」 and an email, no name"),"retention":("true","no period"),"minors":("true","only 「应在监护人指导下使用」")},
"pic2poe-zh-wxml":{"processor":("true","no operator named"),"categories":("false","photos (「你选择的照片」, 原图) and 「填写的精确地点」 named"),"retention":("false","「原图会在上传 24 小时后进入清理流程」")},
"pindaidai-zh-jsx":{"retention":("true","no period"),"rights":("true","no rights section")},
"reelnest-zh-dart":{"processor":("true","no developer named"),"purposes":("debatable","nothing collected"),"categories":("debatable","nothing collected"),"retention":("debatable","「所有数据仅保存在本地设备」"),"rights":("debatable","nothing collected")},
"streetsong-zh-wxml":{"processor":("true","歌单助手 and a WeChat ID, no operator"),"rights":("false","「五、您的权利」: 访问和修改 (「您可以随时查看和修改」), 删除, 撤回同意, each with its way"),"minors":("debatable","「未满14周岁…在监护人的指导下使用」: no rules for their information")},
"tizhong-zh-txt":{"processor":("false","「八、如何联系到我们」: 合肥日常网络科技有限公司, address and phone"),"methods":("debatable","「填写或提交」 only"),"retention":("true","no period"),"rights":("true","no rights")},
"xutils-zh-jsx":{"processor":("true","an email, no name"),"retention":("true","no period")},
"yanjushi-zh-wxjs":{"processor":("true","the operator is an unfilled slot 【民宿经营主体名称…】")},
"yueyou-zh-go":{"categories":("false","「当前需要朗读的文本片段」, 「请求 ID、字符数、音色、耗时…」, local reading data named")},
"garage-tw-dart":{"period":("true","no period"),"area":("true","no area"),"methods":("debatable","「本機處理」, 「加密傳輸至…iCloud 或 Google Drive」"),"effect-of-not-providing":("true","not stated")},
"notionhealth-tw-tsx":{"agency":("true","no company named"),"period":("true","no period"),"area":("true","no area"),"methods":("debatable","「透過您的Google帳號取得」, 「透過Notion API存取」, 「加密後儲存於Supabase」"),"effect-of-not-providing":("true","not stated")},
"yipaitong-tw-rn":{"agency":("true","only the platform's name"),"period":("debatable","「七、保存期限與刪除」 with no period"),"area":("true","no area"),"methods":("false","「三、資料如何被使用」 lists the uses"),"effect-of-not-providing":("true","not stated")},
}
rows=[("source","file","line","column","rule","severity","verdict","reason","excerpt")]
def text(p): return open(p,encoding='utf-8').read().split('\n')
miss=[]
for fn,src in (("runs/base/base_default.json","default"),("runs/base/base_pipl.json","cn-pipl"),("runs/base/base_twpdpa.json","tw-pdpa")):
    for f in json.load(open(fn))["files"]:
        doc=f["path"].split("/")[0]
        for x in f["findings"]:
            r,s,l=x["rule"],x["severity"],x["line"]
            if src!="default" and r!="disclosure-missing": continue  # the same findings as the default run
            if r=="disclosure-missing":
                item=x["message"].split("/")[1].split("：")[0].split(":")[0]
                v=P.get(doc,{}).get(item)
            elif s=="info": v=I.get(doc)
            else: v=V.get((doc,l,r))
            if v is None: miss.append((doc,l,r,x["message"][:60])); continue
            rows.append((src,f["path"],str(l),str(x["column"]),r,s,v[0],v[1],x["excerpt"]))
if miss: print("UNJUDGED",miss); sys.exit(1)
with open("readings.tsv","w",encoding="utf-8") as o:
    for row in rows: o.write("\t".join(c.replace("\t"," ").replace("\n"," ") for c in row)+"\n")
print(len(rows)-1)
