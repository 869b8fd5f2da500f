<%@ Page Title="" Language="C#" MasterPageFile="~/MasterPage.master" AutoEventWireup="true" CodeFile="Protocol.aspx.cs" Inherits="Protocol" %>

<asp:Content ID="Content1" ContentPlaceHolderID="head" runat="Server">
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" runat="Server">
    <div class="section">
        <div class="container">
            <div class="section--header" style="text-align: center">
                <p class="section--description">
                    <h1>会员注册协议</h1>
                </p>
            </div>
            尊敬的用户，欢迎您(下称“用户”)注册成为绿宝电瓶回收平台(下称“网站”或“本网站”)会员。<br />
&nbsp;一、 用户在注册之前，应当仔细阅读本协议，并同意遵守本协议后方可成为注册用户。一旦注册成功，则用户与本网站之间自动形成协议关系，用户应当受本协议的约束。<br />
&nbsp;二、如果您在注册会员时有什么疑问，可拨打电话：057486694505，进行注册会员的人工服务，并可在我工作人员的耐心指导下，完成注册全过程。
 
            <br />
            三、网上注册：凡是带*标志的项目为必填项，都须认真填写，否则不能正确提交。
 
            <br />
            （一）本网站的权利与义务：
　   
            <br />
            1．按协议的服务内容及时准确地为会员提供信息和服务。
　　<br />
            2．当会员违反协议规定内容时，本网站有权在不通知您的情况下，取消其会员资格，并停止提供协议承诺的服务。
　　<br />
            3．本网站仅作为信息提供商，并提供网上洽谈及交易的场所，但对双方的具体交易及在交易中的利益关系不负任何责任。
　　<br />
            4．有义务维护网站的正常秩序，对有损本网站及可能为其他会员或第三方带来不利的内容和行为，在不与通知的情况下采取必要行动的权利。
　　<br />
            5．如发生火灾、水灾、暴动、骚乱、战争、自然灾害等不可抗事故，本网站所不能控制之事件而影响本网站提供的服务，绿宝电瓶回收平台无须承担责任。
　　<br />
            （二）、会员权利与义务：
　　<br />
            1．定期享受本网站提供的协议承诺的服务内容。
　　<br />
            2．严格遵守协议内容。遵守国家法律法规，遵守交易规则，不得有非法经营行为及非法言论。
　　<br />
            3．保证提供的信息及资料真实可靠，不含有虚假及不良内容，否则，造成对网站、会员及他人的伤害及损失由会员负全部责任。
　　　<br />
            4．未得本网站的书面允许，任何人不得以各种形式复制、散布、出售、出版、广播、转播本网站上的相关信息。
会员已认真阅读并完全认可上述协议内容，并自愿成为本网站的会员。

        </div>

    </div>
</asp:Content>

