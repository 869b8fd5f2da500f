import type {MetaFunction} from "react-router";

export const meta: MetaFunction = () => {
    return [
        {title: "Blophy | Privacy Policy"},
        {name: "Blophy", content: "Blophy Privacy Policy"},
    ];
};

export default function Privacy() {
    
    return <div className="mt-16 backdrop-blur  p-8 rounded-xl">
        <style
            media="all"
            type="text/css"
            dangerouslySetInnerHTML={{
                __html: `
      p.Marginalia {margin-left:0;margin-right:0;margin-top:8.012598px;margin-bottom:8.012598px;border:none;padding:0;text-align:left;font-family:Calibri,serif;font-size:16.0px}
      p.ListParagraph1 {margin-left:0;margin-right:0;margin-top:8.012598px;margin-bottom:8.012598px;border:none;padding:0;text-indent:28.0063px;text-align:justify;font-family:Calibri,sans-serif;font-size:16.0px}
      p.Standard {margin-left:0;margin-right:0;margin-top:8.012598px;margin-bottom:8.012598px;border:none;padding:0;text-align:justify;font-family:Calibri,serif;font-size:16.0px}
      p.ListParagraph {margin-left:0;margin-right:0;margin-top:8.012598px;margin-bottom:8.012598px;border:none;padding:0;text-indent:28.0063px;text-align:justify;font-family:Calibri,serif;font-size:16.0px}
      .listlevel1WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum14 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum5 {margin-top:0;margin-bottom:0;clear:left}
      .listlevel2WWNum5 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum5 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum5 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum5 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum5 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum5 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum5 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum5 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum13 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum4 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum4 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel3WWNum4 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel4WWNum4 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum4 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel6WWNum4 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel7WWNum4 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum4 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel9WWNum4 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel1WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum12 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum3 {margin-top:0;margin-bottom:0;clear:left}
      .listlevel2WWNum3 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel3WWNum3 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel4WWNum3 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum3 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel6WWNum3 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel7WWNum3 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum3 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel9WWNum3 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel1WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum11 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum2 {margin-top:0;margin-bottom:0;clear:left}
      .listlevel2WWNum2 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel3WWNum2 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel4WWNum2 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum2 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel6WWNum2 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel7WWNum2 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum2 {margin-top:0;margin-bottom:0;list-style-type:lower-alpha;clear:left}
      .listlevel9WWNum2 {margin-top:0;margin-bottom:0;list-style-type:lower-roman;clear:left}
      .listlevel1WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum10 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum1 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum9 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum8 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum7 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum15 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel1WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel2WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel3WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel4WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel5WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel6WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel7WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel8WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
      .listlevel9WWNum6 {margin-top:0;margin-bottom:0;list-style-type:decimal;clear:left}
    `
            }}
        />
        <h1 className="text-bold text-4xl pt-4 text-center">
            《Blophy》隐私政策
        </h1>
        <div className="px-16">
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold"
                }}
            >
                &nbsp;
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>青柠工作室（以下简称“</span>
                <span className="text-bold">我们</span>
                <span>”或“</span>
                <span className="text-bold">我们的</span>
                <span>”）系移动应用程序</span>
                《Blophy》
                <span>的运营者。我们非常重视保护用户（以下简称“</span>
                <span className="text-bold">您</span>
                <span>”或“</span>
                <span className="text-bold">用户</span>
                <span>”）的个人信息和隐私。您在使用</span>
                《Blophy》
                <span>时，我们会收集、使用、保存、共享您的相关个人信息。为呈现我们处理您个人信息的情况，我们特制定《&lt;Blophy&gt;隐私政策》（以下简称“</span>
                <span className="text-bold">隐私政策</span>
                <span>”），我们承诺严格按照本隐私政策处理您的个人信息。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>
                  我们在此提醒您：
                </span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "8.012598px",
                    marginBottom: "12.018898px",
                }}
            >
                <span
                    className="text-bold">在您使用《Blophy》前，请您务必认真阅读本隐私政策，充分理解各条款内容，包括但不限于免除或限制我们责任的条款。您知晓并确认，您勾选“同意”本隐私政策并使用《Blophy》，就表示您同意我们按照本隐私政策处理您的个人信息。</span>
                <span>请您知悉，本政策仅适用于我们通过《Blophy》向您提供服务所收集的信息，不适用于通过接入《Blophy》以向您提供产品或服务的第三方所收集的信息。</span>
            </p>
            <p
                className="Standard text-bold"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                }}
            >
                &nbsp;
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span className="text-bold">本隐私政策将帮助您了解以下内容：</span>
            </p>
            <ol className="listlevel1WWNum2">
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何收集和使用您的个人信息</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何保存您的个人信息</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何公开披露您的个人信息</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">第三方产品或服务如何获得您的个人信息</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何保护/传输您的个人信息</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">您如何管理您的个人信息</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何处理未成年人的个人信息</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">本隐私政策如何更新</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">如何联系我们</span>
                        <a id="v3qnlv"/>
                        <span className="text-bold"/>
                    </p>
                </li>
            </ol>
            <p
                className="ListParagraph"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    textIndent: 0,
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold"
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何收集和使用您的个人信息</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    marginTop: "8.012598px",
                    marginBottom: "15.987401px",

                    textIndent: 0
                }}
            >
                <span className="text-bold">（一）我们如何收集您的个人信息</span>
            </p>
            <p
                className="ListParagraph"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    textIndent: 0
                }}
            >
                <span>在您使用《Blophy》过程中，我们会按照如下方式收集您的个人信息：</span>
            </p>
            <ol className="listlevel1WWNum4">
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{marginTop: "8.012598px", marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold font-serif">完成注册</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span style={{fontFamily: '"Times New Roman",serif',}}>当您注册登录</span>
                        <span>《Blophy》账户</span>
                        <span style={{fontFamily: '"Times New Roman",serif',}}>时，我们需要收集您的用户昵称、用户头像、电子邮件地址、密码、电话号码以及我们从您连接的社交媒体账户（例如：QQ、微信、TapTap、Facebook、X、Google
      Play、Game
      Center或LINE）导入的信息，以设置您的资料，包括您的社交媒体个人资料中的姓名，用户ID和个人资料图片。对于某些地区，您可能还会被要求提供出生日期以验证您的年龄。我们收集您的上述信息是为了帮助您完成</span>
                        <span>《Blophy》</span>
                        <span style={{
                            fontFamily: '"Times New Roman",serif',

                        }}>账户的注册登录流程，保护您的账户安全，如您不提供这类信息，我们将无法为您创建账户并正常向您提供服务。</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{marginTop: "8.012598px", marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">游戏服务</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span>当您使用我们的服务时，我们需要收集您的数据，例如：</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span>标识符和设备信息：您的设备ID、设备名称、设备类型、系统版本、操作系统类型、浏览器类型、互联网协议（IP）地址以及其他软件，包括类型、版本、语言、设置和配置；</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span>地理位置数据：在获得您的同意后，我们可以访问您移动设备上的精确地理位置数据，以根据您当前的位置提供功能和交付内容。</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span>客户支持：如果您直接联系我们，我们可能会收集关于您的其他信息。例如当您联系我们寻求支持时，我们可能会收集您的姓名、电子邮件地址、电话号码以及您可能发送给我们的消息内容，以及您提供的其他信息。</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span>我们收集您的上述信息是为了保障您正常使用我们的服务，维护游戏基础功能的正常运行，优化游戏产品性能，提升您的游戏体验。如您不提供这类信息，您将无法使用游戏服务。</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{marginTop: "8.012598px", marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">实名认证</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span>为满足《国家新闻出版署关于防止未成年人沉迷网络游戏的通知》、《关于进一步严格管理切实防止未成年人沉迷网络游戏的通知》等相关法律法规政策及相关主管部门的实名制要求，您在注册账户或使用我们的服务时需要向我们提供姓名，电话号码及身份证明。同时，为实现实名认证的目的，您同意并授权我们自行或委托第三方向有关实名认证机构（如个人征信机构、政府部门等）提供、查询、核对您的前述身份信息。我们收集您的上述信息是为了履行法定义务，核验用户真实身份、识别用户年龄以及保障系统和服务安全。该类信息属于敏感信息，拒绝提供实名认证信息可能会导致您无法登录或在游戏中受到相应限制；为加强未成年保护措施，在特定情况下还需要提供您的面容特征信息以进行实人认证，拒绝提供实人认证信息可能会导致您在游戏过程中收到相应的防沉迷限制。</span>
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{marginTop: "8.012598px", marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">保障网络和服务的安全</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span>为了保障网络和游戏服务的安全性，我们会收集您的信息有包括但不限于设备识别符、IP地址、访问日期和时间等。我们收集您的上述信息以营造公平、健康及安全的游戏环境，以打击破坏游戏公平环境或干扰、破坏游戏服务正常进行的行为（如用于检测盗版、扫描外挂、防止作弊等）。如您不提供上述信息，您将无法使用游戏服务。</span>
                    </p>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginTop: "8.012598px",
                            marginBottom: "10.393702px",
                            textIndent: 0,
                            fontFamily: '"Times New Roman",serif'
                        }}
                    >
                        &nbsp;
                    </p>
                </li>
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px", textIndent: 0}}
                    >
                        <span className="text-bold">设备权限调用情况</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: "4.006299px", marginBottom: "4.006299px"}}
            >
                <span>在您使用《Blophy》过程中，我们需要在必要范围内向您申请获取设备权限。</span>
                <span
                    className="text-bold">请您知悉，我们不会默认开启您设备的权限，仅在您主动确认开启的情况下，《Blophy》才有可能通过设备权限收集您的信息。</span>
                <span>《Blophy》调用的权限、调用权限的目的，以及调用权限前向您询问的情况请见下表：</span>
            </p>
            <table
                id="1table"
                style={{
                    marginTop: 0,
                    marginBottom: 0,
                    marginLeft: "-2.343307px",
                    marginRight: "auto",
                    width: "557.0646px",
                    borderCollapse: "separate",
                    borderSpacing: 0,
                    tableLayout: "fixed"
                }}
            >
                <tbody>
                <tr>
                    <td
                        style={{
                            border: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "103.03307px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold",
                    fontSize: "13.333334px"
                }}
            >设备权限</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "146.2882px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold",
                    fontSize: "13.333334px"
                }}
            >调用权限的目的</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "123.23308px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold",
                    fontSize: "13.333334px"
                }}
            >是否询问</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            padding: "1.0px",

                            verticalAlign: "middle",
                            width: "117.340164px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold",
                    fontSize: "13.333334px"
                }}
            >用户可否关闭权限</span>
                        </p>
                    </td>
                </tr>
                <tr>
                    <td
                        style={{
                            border: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "103.03307px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >设备ID</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "146.2882px"
                        }}
                    >
                        <p
                            className="ListParagraph1"
                            dir="ltr"
                            style={{
                                marginLeft: 0,
                                marginTop: 0,
                                marginBottom: 0,
                                textIndent: 0,
                                textAlign: "center"
                            }}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >加解密隐私敏感数据等</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "123.23308px"
                        }}
                    >
                        <p
                            className="ListParagraph1"
                            dir="ltr"
                            style={{
                                marginLeft: 0,
                                marginTop: 0,
                                marginBottom: 0,
                                textIndent: 0,
                                textAlign: "center"
                            }}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >否</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            padding: "1.0px",

                            verticalAlign: "middle",
                            width: "117.340164px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >否</span>
                        </p>
                    </td>
                </tr>
                <tr>
                    <td
                        style={{
                            border: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "103.03307px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >互联网访问</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "146.2882px"
                        }}
                    >
                        <p
                            className="ListParagraph1"
                            dir="ltr"
                            style={{
                                marginLeft: 0,
                                marginTop: 0,
                                marginBottom: 0,
                                textIndent: 0,
                                textAlign: "center"
                            }}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >账号注册登录等</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "123.23308px"
                        }}
                    >
                        <p
                            className="ListParagraph1"
                            dir="ltr"
                            style={{
                                marginLeft: 0,
                                marginTop: 0,
                                marginBottom: 0,
                                textIndent: 0,
                                textAlign: "center"
                            }}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >否</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            padding: "1.0px",

                            verticalAlign: "middle",
                            width: "117.340164px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >是</span>
                        </p>
                    </td>
                </tr>
                <tr>
                    <td
                        style={{
                            border: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "103.03307px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >存储空间权限</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "146.2882px"
                        }}
                    >
                        <p
                            className="ListParagraph1"
                            dir="ltr"
                            style={{
                                marginLeft: 0,
                                marginTop: 0,
                                marginBottom: 0,
                                textIndent: "26.683464px",
                                textAlign: "left"
                            }}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >存储数据、凭证等</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            paddingTop: "6.9921265px",
                            paddingBottom: "6.9921265px",
                            paddingLeft: "10.015748px",
                            paddingRight: "10.015748px",

                            verticalAlign: "middle",
                            width: "123.23308px"
                        }}
                    >
                        <p
                            className="ListParagraph1"
                            dir="ltr"
                            style={{
                                marginLeft: 0,
                                marginTop: 0,
                                marginBottom: 0,
                                textIndent: 0,
                                textAlign: "center"
                            }}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >是</span>
                        </p>
                    </td>
                    <td
                        style={{
                            borderTop: "1.0px solid",
                            borderBottom: "1.0px solid",
                            borderLeft: "none",
                            borderRight: "1.0px solid",
                            padding: "1.0px",
                            verticalAlign: "middle",
                            width: "117.340164px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: 0, marginBottom: 0, textAlign: "center"}}
                        >
            <span
                style={{
                    fontFamily: '"Times New Roman",serif',
                    fontSize: "13.333334px"
                }}
            >是</span>
                        </p>
                    </td>
                </tr>
                </tbody>
            </table>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "4.006299px",
                    marginBottom: "4.006299px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: "4.006299px", marginBottom: "4.006299px"}}
            >
                <span>如您在首次授权开启权限后希望关闭权限，您可以在设备的设置功能中选择关闭权限，从而拒绝我们收集相应的个人信息。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "4.006299px",
                    marginBottom: "4.006299px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "4.006299px",
                    marginBottom: "4.006299px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    marginTop: "8.012598px",
                    marginBottom: "15.987401px",
                    textIndent: 0
                }}
            >
                <span className="text-bold">（三）我们如何使用您的个人信息</span>
            </p>
            <ol className="listlevel1WWNum6">
                <li>
                    <p className="Marginalia" dir="ltr">
                        <span>我们会根据本政策的约定并为实现我们的服务的目的对所收集的个人信息进行使用。{" "}</span>
                    </p>
                </li>
                <li>
                    <p className="Marginalia" dir="ltr">
                        <span>请您注意，</span>
                        <span
                            className="text-bold">您在使用我们提供的服务时所提供的所有个人信息，除非您删除或通过系统设置拒绝我们收集，否则将在您使用我们的服务期间持续授权我们使用</span>
                        <span>。在您注销账号时，我们将停止使用并删除您的个人信息。</span>
                    </p>
                </li>
                <li>
                    <p className="Marginalia" dir="ltr">
                        <span>我们会对我们提供的服务使用情况进行统计，并可能会与公众或第三方共享这些统计信息，以用于产品开发、服务优化、安全保障的目的。但这些统计信息不包含您的任何身份识别信息。{" "}</span>
                    </p>
                </li>
                <li>
                    <p className="Marginalia" dir="ltr">
                        <span>在合理的必要范围内，我们将您的信息用于履行与您的合同，或者基于我们请求的同意或法律要求，以及为我们的合法目标，包括：</span>
                    </p>
                </li>
            </ol>
            <p className="Marginalia" dir="ltr" style={{marginLeft: "28.346458px"}}>
                <span>-业务运营：提供您我们的产品、服务，并维护、优化和改进我们的产品、服务、运营和服务的安全性，包括执行诸如计费，会计，沟通和履行您对产品和服务的交易等运营任务；</span>
            </p>
            <p className="Marginalia" dir="ltr" style={{marginLeft: "28.346458px"}}>
                <span>-产品和服务交付：根据您的喜好和兴趣为您量身定制内容和体验；</span>
            </p>
            <p className="Marginalia" dir="ltr" style={{marginLeft: "28.346458px"}}>
                <span>-营销：提供并个性化您的通知、通信、新闻稿、广告、活动通知和我们的第三方合作伙伴的产品和服务的活动；</span>
            </p>
            <p className="Marginalia" dir="ltr" style={{marginLeft: "28.346458px"}}>
                <span>-产品改进、开发和研究：通过您在我们服务上的活动、对调查的回应或第三方网站和应用程序上的活动来了解您，包括用于故障排除和改进我们的服务；进行市场研究并对我们服务的用户及其购买模式进行统计、人口统计和营销分析；</span>
            </p>
            <p className="Marginalia" dir="ltr" style={{marginLeft: "28.346458px"}}>
                <span>-服务安全：检测、调查和防止未经授权、可能违反我们的条款和政策或可能非法的活动，例如欺诈活动或安全违规行为；</span>
            </p>
            <p className="Marginalia" dir="ltr" style={{marginLeft: "28.346458px"}}>
                <span>-客户支持：回答您提交给我们的问题；</span>
            </p>
            <ol className="listlevel1WWNum6">
                <li>
                    <p className="Marginalia" dir="ltr">
                        <span
                            className="text-bold">
                            当我们要将您的个人信息用于本政策未载明的其它用途时，或基于特定目的收集而来的信息用于其他目的时，会通过您主动做出勾选的形式事先征求您的同意。{" "}</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "4.006299px",
                    marginBottom: "4.006299px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <p
                className="ListParagraph"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    textIndent: 0
                }}
            >
                <span className="text-bold">（四）Cookie和类似技术</span>
            </p>
            <p
                className="ListParagraph"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    textIndent: 0
                }}
            >
                <span>为了衡量我们服务的有效性，我们可能会使用Cookie，这是用于添加功能或跟踪站点使用情况的小型文本文件。我们可能会不时使用Cookie和/或授权第三方跟踪实用程序（a）记录您的IP地址，以确定用户在我们网站上的浏览路径并识别重复用户，（b）收集链接或引荐您到我们服务的网站或来源，和/或（c）收集关于您访问我们服务时使用的设备和软件的技术数据，您的设备的操作系统以及其他类似的技术数据。如果您不希望接受Cookie或希望在它们放置时收到通知，则可以在浏览器设置中这样做（如果您的浏览器允许）。</span>
            </p>
            <p
                className="ListParagraph"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    textIndent: 0
                }}
            >
                <span>我们使用Cookie、网络信标和类似技术为您的体验个性化，以及用于各种其他目的，包括：</span>
            </p>
            <ol className="listlevel1WWNum4">
                <li>
                    <ol className="listlevel2WWNum4">
                        <li>
                            <ol className="listlevel3WWNum4">
                                <li>
                                    <ol className="listlevel4WWNum4">
                                        <li>
                                            <p
                                                className="ListParagraph"
                                                dir="ltr"
                                                style={{marginTop: 0, marginBottom: "10.393702px"}}
                                            >
                                                <span>记住您：Cookie、网络信标和类似技术帮助我们识别您作为注册用户并保留您之前提供的偏好或数据；</span>
                                            </p>
                                        </li>
                                        <li>
                                            <p
                                                className="ListParagraph"
                                                dir="ltr"
                                                style={{marginTop: 0, marginBottom: "10.393702px"}}
                                            >
                                                <span>分析您如何使用我们的服务：Cookie、网络信标和类似技术帮助我们了解访问者（包括用户）在我们的服务上进行的活动，或者哪些页面或部分最受欢迎；</span>
                                            </p>
                                        </li>
                                        <li>
                                            <p
                                                className="ListParagraph"
                                                dir="ltr"
                                                style={{marginTop: 0, marginBottom: "10.393702px"}}
                                            >
                                                <span>交付广告：Cookie、网络通信和类似技术帮助我们根据您提供的数据想您提供我们认为与您相关或您感兴趣的广告；</span>
                                            </p>
                                        </li>
                                        <li>
                                            <p
                                                className="ListParagraph"
                                                dir="ltr"
                                                style={{marginTop: 0, marginBottom: "10.393702px"}}
                                            >
                                                <span>“我们如何使用您的个人信息”中提到的其他相关功能或目的；</span>
                                            </p>
                                        </li>
                                    </ol>
                                </li>
                            </ol>
                        </li>
                    </ol>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>我们或我们授权的承包商可能会使用Cookie和类似技术提供和个性化服务，防止欺诈并满足上述其他目的。请注意，您可以在浏览器设置中禁用Cookie，但如果您这样做，我们的一些服务功能可能无法正常工作。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "4.006299px",
                    marginBottom: "4.006299px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <p
                className="ListParagraph"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    textIndent: 0
                }}
            >
                <span className="text-bold">（五）其他规则</span>
            </p>
            <p
                className="ListParagraph"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    marginTop: "4.006299px",
                    marginBottom: "4.006299px",
                    textIndent: 0
                }}
            >
                <span>根据相关法律法规及国家标准，以下情形中，我们可能会收集、使用您的相关个人信息而无需征求您的授权同意：</span>
            </p>
            <ol className="listlevel1WWNum7">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">与我们履行法律法规规定的义务相关的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">与国家安全、国防安全直接相关的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">与公共安全、公共卫生、重大公共利益直接相关的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">与刑事侦查、起诉、审批和判决执行等直接相关的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span
                            className="text-bold">出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到本人授权同意的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">所涉及的个人信息是个人信息主体或监护人自行向社会公众公开的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">根据个人信息主体要求签订和履行合同所必需的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span
                            className="text-bold">从合法公开披露的信息中收集个人信息的，如合法的新闻报道、政府信息公开等渠道；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span
                            className="text-bold">维护所提供产品或服务的安全稳定运行所必需的，如发现、处置产品或服务的故障。</span>
                    </p>
                </li>
            </ol>
            <p
                className="Marginalia"
                dir="ltr"
                style={{
                    marginLeft: 0,
                    textIndent: 0,
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold"
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何保存您的个人信息</span>
                    </p>
                </li>
            </ol>
            <ol className="listlevel1WWNum8">
                <li>
                    <p className="Marginalia" dir="ltr">
                        <span>我们将在本政策载明的目的所需及法律法规要求的最短保存期限之内，保存您的个人信息。前述期限届满后，我们将对您的个人信息做删除或匿名化处理。</span>
                    </p>
                </li>
                <li>
                    <p className="Marginalia" dir="ltr">
                        <span>我们在中国境内运营过程中收集和产生的个人信息将保存在中国境内（为本隐私政策之目的，“中国境内”不含中国港澳台地区），以下情形除外：</span>
                    </p>
                </li>
            </ol>
            <ol className="listlevel1WWNum9">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">法律有明确规定；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">获得您的明确授权；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">您要求获取境外服务等个人主动行为。</span>
                    </p>
                </li>
            </ol>
            <p
                className="Marginalia"
                dir="ltr"
                style={{marginLeft: "32.012596px", textIndent: 0}}
            >
                <span>针对以上情形，我们会确保依据本隐私政策以及相关法律规定对您的个人信息提供足够的保护。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="ListParagraph"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何公开披露您的个人信息</span>
                    </p>
                </li>
            </ol>
            <ol className="listlevel1WWNum10">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">公开披露</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span className="text-bold">除非本合同另有约定或法律明确规定，我们不会公开披露您的个人信息。</span>
            </p>
            <ol className="listlevel1WWNum10">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">例外情况</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>另外，根据相关法律及国家标准，以下情形中，我们可能会共享、转让、公开披露个人信息无需事先征得您的授权同意：</span>
            </p>
            <ol className="listlevel1WWNum11">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">与我们履行法律法规规定的义务相关的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">与国家安全、国防安全直接相关的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">与公共安全、公共卫生、重大公共利益直接相关的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">与刑事侦查、起诉、审判和判决执行等直接相关的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span
                            className="text-bold">出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到本人授权同意的；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span className="text-bold">个人信息主体或监护人自行向社会公众公开的个人信息；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: "56.314964px",
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: "-28.346458px"
                        }}
                    >
                        <span
                            className="text-bold">从合法公开披露的信息中收集个人信息的，如合法的新闻报道、政府信息公开等渠道。</span>
                    </p>
                </li>
            </ol>
            <ol className="listlevel1WWNum10">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            className="text-bold">请注意，您在使用我们服务时自愿共享甚至公开分享的信息，可能会涉及您或他人的个人信息甚至个人敏感信息。请您谨慎共享或公开，如所涉信息包含他人个人信息，请您在共享或公开前取得他人同意。</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            className="text-bold">请知悉，根据法律规定，若我们采取技术措施和其他必要措施处理个人信息，使得数据接收方无法重新识别特定个人且不能复原，经上述处理后的数据的共享、转让、公开披露无需另行向您通知并征得您的同意。</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold"
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">第三方产品或服务如何获得您的个人信息</span>
                    </p>
                </li>
            </ol>
            <p
                className="ListParagraph"
                dir="ltr"
                style={{
                    marginTop: "4.006299px",
                    marginBottom: "4.006299px",
                    textIndent: 0
                }}
            >
                <span>为了向您提供更丰富和完整的功能，我们会使用下述第三方软件开发工具包（简称“SDK”）为您提供服务。SDK的具体信息收集和使用情况请以SDK运营方的隐私政策或相关声明为准。点击《第三方SDK类服务商目录》可查看我们接入的授权合作伙伴的SDK详情。</span>
            </p>
            <table
                id="2table"
                style={{
                    marginTop: 0,
                    marginBottom: 0,
                    marginLeft: "1.0px",
                    marginRight: "auto",
                    width: "554.87244px",
                    borderCollapse: "separate",
                    borderSpacing: 0,
                    tableLayout: "fixed"
                }}
            >
                <tbody>
                <tr>
                    <td
                        style={{
                            border: "1.0px solid",
                            paddingTop: 0,
                            paddingBottom: 0,
                            paddingLeft: "1.0px",
                            paddingRight: "1.0px",
                            verticalAlign: "middle",
                            width: "56.132282px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "15.987401px",
                                marginBottom: "15.987401px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontWeight: "bold",
                                fontSize: "12.0px"
                            }}>SDK名称</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            paddingTop: 0,
                            paddingBottom: 0,
                            paddingLeft: "1.0px",
                            paddingRight: "1.0px",
                            verticalAlign: "middle",
                            width: "78.12914px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "15.987401px",
                                marginBottom: "15.987401px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontWeight: "bold",
                                fontSize: "12.0px"
                            }}>SDK使用目的</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            paddingTop: 0,
                            paddingBottom: 0,
                            paddingLeft: "1.0px",
                            paddingRight: "1.0px",
                            verticalAlign: "top",
                            width: "215.47717px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "15.987401px",
                                marginBottom: "15.987401px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontWeight: "bold",
                                fontSize: "12.0px"
                            }}>SDK收集的信息</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            paddingTop: 0,
                            paddingBottom: 0,
                            paddingLeft: "1.0px",
                            paddingRight: "1.0px",
                            verticalAlign: "top",
                            width: "189.05826px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "15.987401px",
                                marginBottom: "15.987401px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontWeight: "bold",
                                fontSize: "12.0px"
                            }}>隐私政策链接</span>
                        </p>
                    </td>
                </tr>
                <tr>
                    <td
                        style={{
                            border: "1.0px solid",
                            padding: "3.817323px",
                            verticalAlign: "middle",
                            width: "50.497635px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "4.006299px",
                                marginBottom: "4.006299px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{fontFamily: '"Times New Roman",serif', fontSize: "12.0px"}}>Unity3D</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            padding: "3.817323px",
                            verticalAlign: "middle",
                            width: "72.4945px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "4.006299px",
                                marginBottom: "4.006299px",
                                textAlign: "center"
                            }}
                        >
                            <span
                                style={{fontFamily: '"Times New Roman",serif', fontSize: "12.0px"}}>游戏开发框架</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            padding: "3.817323px",
                            verticalAlign: "middle",
                            width: "209.84253px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: "4.006299px", marginBottom: "4.006299px"}}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontSize: "12.0px"
                            }}>读取设备信息（设备型号、系统名称、系统版本、MAC地址、唯一设备标识符）、网络状态信息、读取存储数据。</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            padding: "3.817323px",
                            verticalAlign: "middle",
                            width: "183.42361px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "4.006299px",
                                marginBottom: "4.006299px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontSize: "12.0px"
                            }}>https://unity.cn/legal/china-privacy-policy</span>
                        </p>
                    </td>
                </tr>
                <tr>
                    <td
                        style={{
                            border: "1.0px solid",
                            padding: "3.817323px",
                            verticalAlign: "middle",
                            width: "50.497635px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "4.006299px",
                                marginBottom: "4.006299px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{fontFamily: '"Times New Roman",serif', fontSize: "12.0px"}}>Taptap SDK</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            padding: "3.817323px",
                            verticalAlign: "middle",
                            width: "72.4945px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "4.006299px",
                                marginBottom: "4.006299px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontSize: "12.0px"
                            }}>注册登录、实名认证</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            padding: "3.817323px",
                            verticalAlign: "middle",
                            width: "209.84253px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{marginTop: "4.006299px", marginBottom: "4.006299px"}}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontSize: "12.0px"
                            }}>用户标识/设备信息、读取应用安装列表</span>
                        </p>
                    </td>
                    <td
                        style={{
                            border: "1.0px solid",
                            padding: "3.817323px",
                            verticalAlign: "middle",
                            width: "183.42361px"
                        }}
                    >
                        <p
                            className="Standard"
                            dir="ltr"
                            style={{
                                marginTop: "4.006299px",
                                marginBottom: "4.006299px",
                                textAlign: "center"
                            }}
                        >
                            <span style={{
                                fontFamily: '"Times New Roman",serif',
                                fontSize: "12.0px"
                            }}>https://www.taptap.cn/doc/privacy-policy/</span>
                        </p>
                    </td>
                </tr>
                </tbody>
            </table>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "4.006299px",
                    marginBottom: "4.006299px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="font-sans text-bold">我们如何保护/传输您的个人信息</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "8.012598px",
                    marginBottom: "12.018898px",
                }}
            >
                <p>我们非常重视个人信息安全，并采取一切合理可行的措施，我们保证我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人共和国境内。未获得您的明示授权、法律法规的明确规定，及/或相关主管机构的要求，我们不会将您的个人信息转移出境。我们会通过安全的方式存储您的信息，包括本地存储（利用APP进行数据缓存）、数据库和服务器日志。如需跨境传输，我们将会按照法律法规的要求开展安全评估，若数据需要出境时，我们会向您说明数据出境的目的、范围、内容、接受方及接收方所在的国家或地区，并应经您同意。</p>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "8.012598px",
                    marginBottom: "12.018898px",

                }}
            >
                <span
                >我们非常重视个人信息安全，并采取一切合理可行的措施，保护您的个人信息：</span>
            </p>
            <ol className="listlevel1WWNum12">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        业通行的数据保护技术与管理措施，例如网络隔离、数据加密、员工访问控制等措施，以防止其遭到未经授权的访问、披露、篡改、丢失或毁坏。
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            style={{fontWeight: "bold"}}>请您知悉，虽然我们将尽力确保或担保您发送给我们的任何信息的安全性，但互联网环境并非百分之百安全，我们亦不对由此产生或与之相关的任何风险、损失承担责任。</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            style={{fontWeight: "bold"}}>在不幸发生个人信息安全事件后，我们将按照法律法规的要求，及时向您告知：安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、您可自主防范和降低风险的建议、对您的补救措施等。我们将及时将事件相关情况以应用程序推送、电子邮件、短信、电话等方式告知您，难以逐一告知个人信息主体时，我们会采取合理、有效的方式发布公告。同时，我们还将</span>
                        <span style={{
                            fontWeight: "bold",
                        }}>按照监管部门要求，主动上报个人信息安全事件的处置情况。</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">您如何管理您的个人信息</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>在您使用《Blophy》期间，您可以通过相应页面提示或本隐私政策载明的方式联系我们，以访问、更正、删除您的个人信息，以及行使改变授权同意的范围与注销账号的权利，您的意见会及时得到处理。</span>
            </p>
            <ol className="listlevel1WWNum13">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">访问及更正您的个人信息</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: "8.012598px",
                    marginBottom: "12.018898px",

                }}
            >
                如您希望访问或更正您的个人信息，您可以<span
            >通过使用浏览器访问blophy.net并根据页面提示进行相应操作，或您通过</span>
                本隐私政策载明的方式与我们联系，我们将及时响应您的请求。
            </p>
            <ol className="listlevel1WWNum13">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">删除您的个人信息{" "}</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            ><span>在以下情形中，您可以</span>
                通过本隐私政策载明的方式
                <span>向我们提出删除个人信息的请求：</span>
            </p>
            <ol className="listlevel1WWNum14">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">我们违反法律、行政法规或与您的约定收集、使用个人信息；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            className="text-bold">我们违反法律、行政法规或与您的约定与第三方共享或转让您的个人信息，我们将立即停止共享、转让行为，并通知第三方及时删除；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            className="text-bold">我们违反法律、行政法规规定或与您的约定，公开披露您的个人信息，我们将立即停止公开披露的行为，并发布通知要求相关接收方删除相应的信息；</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            className="text-bold">您不再使用我们的产品或服务，或您注销了账号，或我们终止服务及运营。</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold"
                }}
            >
                &nbsp;
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif',
                    fontWeight: "bold"
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum13">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">改变您授权同意的范围</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>您可以通过设备权限设置或本隐私政策载明的方式与我们联系，以改变同意范围或撤回您的授权。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>请您理解，《Blophy》可能需要开启部分权限并收集必要的个人信息才能得以实现。当您撤回您的同意时，我们将无法继续为您提供撤回同意所对应的服务，但不会影响此前基于您的授权而开展的个人信息处理服务。</span>
            </p>
            <ol className="listlevel1WWNum13">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">注销账户</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>如果您希望注销您的账户，您可以通过浏览器访问blophy.net</span>
                <span>并根据页面提示进行相应操作，或根据</span>
                <span>本隐私政策载明的方式与我们联系，我们将及时响应您的请求。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span
                    className="text-bold">您注销上述账户的行为是不可逆的，我们将停止为您提供产品或服务，不再收集您的个人信息，并依据您的要求删除与您账户相关的个人信息或做匿名化处理。</span>
            </p>
            <ol className="listlevel1WWNum13">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">响应您的上述请求</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>如您无法按照上述方式行使权利的，您可以采取本隐私政策载明的联系方式与我们联系。为保障安全，您可能需要提供书面请求，或以其他方式证明您的身份。我们可能会先要求您验证自己的身份，然后再处理您的请求。{" "}</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span
                    className="text-bold">对于您合理的请求，我们原则上不收取费用，但对多次重复、超出合理限度的请求，我们将视情收取一定成本费用。对于那些无端重复、需要过多技术手段、给他人合法权益带来风险或者非常不切实际的请求，我们可能会予以拒绝。</span>
            </p>
            <ol className="listlevel1WWNum13">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">响应情形的例外</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>在以下情形中，我们将无法响应您的请求:</span>
            </p>
            <ol className="listlevel1WWNum15">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">与我们履行法律法规规定的义务相关的;</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">与国家安全、国防安全直接相关的;{" "}</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">与公共安全、公共卫生、重大公共利益直接相关的;{" "}</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">与刑事侦查、起诉、审判和执行判决等直接相关的;{" "}</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">我们有充分证据表明个人信息主体存在主观恶意或滥用权利的;</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            className="text-bold">出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到本人同意的;</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span
                            className="text-bold">响应个人信息主体的请求将导致个人信息主体或其他个人、组织的合法权益受到严重损害的;</span>
                    </p>
                </li>
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{marginTop: 0, marginBottom: "10.393702px"}}
                    >
                        <span className="text-bold">涉及商业秘密的。{" "}</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <span className="text-bold">我们如何处理未成年人的个人信息</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: "4.006299px", marginBottom: "4.006299px"}}
            >
                <span>我们非常重视对未成年人个人信息的保护。根据相关法律法规的规定，收集、使用未满14周岁的未成年人的个人信息，需由监护人授权同意；收集、使用已满14周岁未满18周岁的未成年人个人信息，可由监护人授权同意或自行授权同意。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: "4.006299px", marginBottom: "4.006299px"}}
            >
                <span
                    className="text-bold">如您为未成年人（尤其是不满14周岁的未成年人），我们要求您请您的父母或其他监护人仔细阅读本隐私政策，并在征得您的监护人授权同意的前提下使用我们的服务或向我们提供信息。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: "4.006299px", marginBottom: "4.006299px"}}
            >
                <span
                    className="text-bold">如您是未成年人的监护人，请您关注您所监护的未成年人是否是在您授权同意之后使用我们的产品或服务。如果您对您所监护的未成年人的个人信息有疑问，请通过本隐私政策载明的方式与我们联系。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <a id="a30pmug"/>
                        <a id="a9l90eg"/>
                        <span className="text-bold">本隐私政策如何更新</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>我们的隐私政策可能会适时发生变更。我们会在本页面上发布对本隐私政策所做的任何变更。对于重大变更，我们还会提供更为显著的通知（我们可能会通过在浏览页面做特别提示等方式，说明隐私政策的具体变更内容）。</span>
                <span className="text-bold">未经您明确同意，我们不会削减您按照本隐私政策所应享有的权利。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>本隐私政策所指的重大变更包括但不限于：我们的服务模式发生重大变化；个人信息共享、转让或公开披露的主要对象发生变化；您参与个人信息处理方面的权利及其行使方式发生重大变化；我们的联系方式及投诉渠道发生变化；个人信息安全影响评估报告表明存在高风险时。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>我们还会将本隐私政策的旧版本存档，供您查阅。</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{
                    marginTop: 0,
                    marginBottom: "10.393702px",
                    fontFamily: '"Times New Roman",serif'
                }}
            >
                &nbsp;
            </p>
            <ol className="listlevel1WWNum3">
                <li>
                    <p
                        className="Standard"
                        dir="ltr"
                        style={{
                            marginLeft: 0,
                            marginTop: 0,
                            marginBottom: "10.393702px",
                            textIndent: 0
                        }}
                    >
                        <a id="a5ff5qh"/>
                        <span className="text-bold">如何联系我们</span>
                    </p>
                </li>
            </ol>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>如果您对本政策或个人信息保护有任何问题，您可以通过以下方式与客服部门进行联系：</span>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>联系电邮：</span>
                <a style={{
                    fontFamily: '"Times New Roman",serif',
                    textDecoration: "underline"
                }} href="mailto:blophy-nova@blophy.net">blophy-nova@blophy.net</a>
            </p>
            <p
                className="Standard"
                dir="ltr"
                style={{marginTop: 0, marginBottom: "10.393702px"}}
            >
                <span>一般情况下，我们将在十五个工作日内回复。</span>
                <span
                    className="text-bold">如果您对我们的回复不满意，特别是我们的个人信息处理行为损害了您的合法权益，您还可以向网信、电信、公安及工商等监管部门进行投诉或举报，或通过向被告住所地有管辖权的法院提起诉讼来寻求解决方案。</span>
            </p>
        </div>
    </div>
}
