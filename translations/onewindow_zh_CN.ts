<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountStore</name>
    <message>
        <source>An account needs a user name.</source>
        <translation>账户必须有用户名。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed sign-ins until %2. Try again then, or ask a supervisor.</source>
        <translation>该账户已连续 %1 次登录失败，被锁定至 %2。请届时再试，或联系审核员。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The attachments folder %1 cannot be created.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>The attachment cannot be written to %1.</source>
        <translation>无法将附件写入 %1。</translation>
    </message>
    <message>
        <source>The attachment could not be copied: the disk may be full.</source>
        <translation>附件复制失败：磁盘可能已满。</translation>
    </message>
    <message>
        <source>The file %1 changed while it was being copied; add it again.</source>
        <translation>文件 %1 在复制过程中发生了变化，请重新添加。</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>附件保存失败：%1</translation>
    </message>
    <message>
        <source>A scan did not match its name; it was not kept.</source>
        <translation>扫描件与其名称（哈希）不符，未予保存。</translation>
    </message>
    <message>
        <source>The scan cannot be written to %1.</source>
        <translation>扫描件无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>The audit journal was altered: entry %1 was removed.</source>
        <translation>审计日志已被篡改：第 %1 条记录被删除。</translation>
    </message>
    <message>
        <source>The audit journal was altered: entry %1 does not follow the entry before it.</source>
        <translation>审计日志已被篡改：第 %1 条记录与其前一条记录衔接不上。</translation>
    </message>
    <message>
        <source>The audit journal was altered: entry %1 was changed.</source>
        <translation>审计日志已被篡改：第 %1 条记录被修改。</translation>
    </message>
    <message>
        <source>The audit journal was altered: entry %1 does not match the recorded end of the journal.</source>
        <translation>审计日志已被篡改：第 %1 条记录与已记录的日志末尾不一致。</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Accepted. Receipt no. %1. The acceptance notice is ready to print (Ctrl+P).</source>
        <translation>已受理，受理号 %1。受理通知书已可打印（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Correction requested. The correction notice is ready to print (Ctrl+P).</source>
        <translation>已要求补正。补正通知书已可打印（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Refused. The refusal notice is ready to print (Ctrl+P).</source>
        <translation>已决定不予受理。不予受理通知书已可打印（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>Approved. The notice of approval is ready to print (Ctrl+P).</source>
        <translation>已核准。准予登记通知书已可打印（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Rejected. The notice of rejection, with the applicant&apos;s rights of appeal, is ready to print (Ctrl+P).</source>
        <translation>已驳回。不予登记通知书（载明申请人的复议、诉讼权利）已可打印（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Review released: the case is back in the review queue.</source>
        <translation>已释放审核：案件已回到审核队列。</translation>
    </message>
    <message>
        <source>Time limit extended: the case&apos;s clock shows the new date.</source>
        <translation>时限已延长：案件的时限显示新的截止日期。</translation>
    </message>
    <message>
        <source>Licence issued: the exchange assigns the unified social credit code when this counter syncs; the case shows it then.</source>
        <translation>已发照：本窗口同步时由交换平台赋予统一社会信用代码，届时案件中显示该代码。</translation>
    </message>
    <message>
        <source>Licence issued offline with the provisional code %1 from this workstation&apos;s reserved codes; the exchange confirms it when this counter syncs.</source>
        <translation>已离线颁发营业执照，临时统一社会信用代码 %1 取自本工作站的预留代码；本柜台同步时由交换平台确认。</translation>
    </message>
</context>
<context>
    <name>CaseKinds</name>
    <message>
        <source>Establishment</source>
        <translation>设立登记</translation>
    </message>
    <message>
        <source>Change registration</source>
        <translation>变更登记</translation>
    </message>
    <message>
        <source>Deregistration</source>
        <translation>注销登记</translation>
    </message>
    <message>
        <source>Simplified deregistration</source>
        <translation>简易注销</translation>
    </message>
    <message>
        <source>General deregistration</source>
        <translation>一般注销</translation>
    </message>
</context>
<context>
    <name>CaseStates</name>
    <message>
        <source>Draft</source>
        <translation>填报中</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>网上已提交</translation>
    </message>
    <message>
        <source>Correction required</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>已发照</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>This workstation has issued %1 receipt numbers today, the most a day allows. Accept the case at another workstation.</source>
        <translation>本工作站今日已生成 %1 个受理号，已达每日上限。请在其他工作站受理该案件。</translation>
    </message>
    <message>
        <source>This case was changed in the meantime (stored version %1, edited version %2). Reload it; your changes were not saved.</source>
        <translation>该案件在此期间已被他人修改（已保存版本 %1，当前编辑版本 %2）。请重新加载该案件；您的修改未保存。</translation>
    </message>
    <message>
        <source>This case is not in the local database any more; nothing was saved.</source>
        <translation>本地数据库中已不存在该案件；未保存任何内容。</translation>
    </message>
    <message>
        <source>The exchange has version %1 of this case from elsewhere, but this counter still has %2 unsent change(s) to version %3.</source>
        <translation>交换平台上有该案件来自其他工作站的版本 %1，但本工作站仍有 %2 项基于版本 %3 的修改尚未上传。</translation>
    </message>
    <message>
        <source>The exchange sent case %1 with receipt number %2, but this counter&apos;s case %3 already has that number. The exchange&apos;s case was not stored here.</source>
        <translation>交换平台发来案件 %1，受理号为 %2，但本窗口的案件 %3 已使用该编号。交换平台的案件未保存到本机。</translation>
    </message>
    <message>
        <source>The exchange&apos;s version of the case is not usable.</source>
        <translation>交换平台的案件版本不可用。</translation>
    </message>
    <message>
        <source>Receipt number %1 of the exchange&apos;s version is held by this counter&apos;s case %2. Ask IT to check this workstation&apos;s receipt numbers; nothing was changed.</source>
        <translation>交换平台版本的受理号 %1 已被本窗口的案件 %2 使用。请信息技术人员检查本工作站的受理号；未做任何更改。</translation>
    </message>
    <message>
        <source>No receipt number can be issued: this workstation has no valid authority code (six digits) or workstation code (2 to 8 capital letters or digits). Ask IT to set them.</source>
        <translation>无法生成受理号：本工作站未设置有效的登记机关代码（6 位数字）或工作站代码（2 至 8 位大写字母或数字）。请联系信息技术人员进行设置。</translation>
    </message>
    <message>
        <source>The entity type has no credit-code category; the licence was not issued.</source>
        <translation>该主体类型没有统一社会信用代码类别，未颁发营业执照。</translation>
    </message>
    <message>
        <source>This workstation holds no reserved credit code for issuing licences offline. Issue the licence when the exchange can be reached again; nothing was changed.</source>
        <translation>本工作站没有可用于离线颁照的预留统一社会信用代码。请在恢复与交换平台的连接后再颁发营业执照；未作任何更改。</translation>
    </message>
    <message>
        <source>The provisional licence could not be signed with this workstation&apos;s certificate (%1); nothing was changed. Issue it when the exchange can be reached again.</source>
        <translation>无法用本工作站的证书签署临时营业执照（%1）；未作任何更改。请在恢复与交换平台的连接后再颁发。</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Request correction</source>
        <translation>要求补正</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <source>Take for review</source>
        <translation>领取审查</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Issue licence</source>
        <translation>核发执照</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>This action is not known.</source>
        <translation>未知的操作。</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in before changing a case.</source>
        <translation>当前没有用户登录。请先登录，再修改案件。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot be given &quot;%2&quot;.</source>
        <translation>状态为“%1”的案件不能执行“%2”操作。</translation>
    </message>
    <message>
        <source>A %1 may not %2 a case.</source>
        <translation>%1无权对案件执行“%2”操作。</translation>
    </message>
    <message>
        <source>Give a reason for &quot;%1&quot;.</source>
        <translation>请填写“%1”的理由。</translation>
    </message>
    <message>
        <source>%1 is reviewing this case until %2.</source>
        <translation>%1 正在审查该案件，锁定至 %2。</translation>
    </message>
    <message>
        <source>No receipt number was issued for the acceptance.</source>
        <translation>受理时未能生成受理号。</translation>
    </message>
    <message numerus="yes">
        <source>The form has %n problem(s); the first: %1</source>
        <translation>
            <numerusform>表单有 %n 处问题，第一处：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) missing, first: %1</source>
        <translation>
            <numerusform>缺少 %n 份必需材料，第一份：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>You accepted this case, so another supervisor must approve it (four eyes).</source>
        <translation>该案件由您受理，须由另一名审核员核准（双人审核：受理人与核准人不得为同一人）。</translation>
    </message>
    <message>
        <source>The domicile (%1) lies outside the jurisdiction of %2; give the reason for registering the enterprise here.</source>
        <translation>住所（%1）不在%2的管辖范围内，请说明在本局登记的理由。</translation>
    </message>
    <message>
        <source>%1 is not a standard reason for &quot;%2&quot;.</source>
        <translation>%1 不是“%2”的规范事由。</translation>
    </message>
    <message>
        <source>Release review</source>
        <translation>释放审核</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>延长时限</translation>
    </message>
    <message>
        <source>The time limit of this case was extended already; it can be extended once.</source>
        <translation>本案件的时限已经延长过；时限只能延长一次。</translation>
    </message>
    <message>
        <source>In this office clerks pre-check and accept online applications; an administrator can let supervisors do it too (Settings).</source>
        <translation>本机构由窗口人员预审并受理网上申请；管理员可在“设置”中允许审核人员预审受理。</translation>
    </message>
    <message>
        <source>A %1 case cannot be given &quot;%2&quot;.</source>
        <translation>%1案件不能进行“%2”操作。</translation>
    </message>
</context>
<context>
    <name>ChangeRegistration</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Operating term</source>
        <translation>营业期限</translation>
    </message>
    <message>
        <source>Investors and contributions</source>
        <translation>投资人及出资</translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation>主要人员</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系信息</translation>
    </message>
    <message>
        <source>no fixed term</source>
        <translation>长期</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>A change registration keeps the entity type (%1); a change of type is a registration of its own.</source>
        <translation>变更登记不改变市场主体类型（%1）；类型变更须另行办理登记。</translation>
    </message>
    <message>
        <source>The enterprise is registered with another authority; its change is registered there.</source>
        <translation>该企业在其他登记机关登记，其变更登记应在原登记机关办理。</translation>
    </message>
    <message>
        <source>Nothing differs from the registered data yet: change the items the applicant asks to change.</source>
        <translation>尚未与登记信息有任何不同：请修改申请人申请变更的事项。</translation>
    </message>
</context>
<context>
    <name>CompanyRules</name>
    <message>
        <source>Enter the date this promoter&apos;s shares are paid in full; a %1&apos;s promoters pay in full before it is established.</source>
        <translation>请填写该发起人股款缴足的日期；%1的发起人应在公司成立前足额缴纳股款。</translation>
    </message>
    <message>
        <source>A %1&apos;s promoters pay for their shares in full before it is established: the deadline %2 is after the application day %3.</source>
        <translation>%1的发起人应在公司成立前足额缴纳股款：出资期限%2晚于申请日%3。</translation>
    </message>
    <message numerus="yes">
        <source>The contribution deadline %1 is more than %n year(s) after establishment; the latest is %2.</source>
        <translation>
            <numerusform>出资期限%1超过成立之日起%n年；最晚为%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1% of a %2&apos;s promoters must be domiciled in China; %3 of %4 are.</source>
        <translation>%2的发起人中至少%1%须在中国境内有住所；现为%4人中%3人。</translation>
    </message>
    <message>
        <source>A %1 does not choose its %2 from directors and managers; clear the choice.</source>
        <translation>%1的%2不由董事或经理担任；请清除该选项。</translation>
    </message>
    <message>
        <source>The articles make a director the legal representative: enter %1 among the key personnel as a director.</source>
        <translation>章程规定由董事担任法定代表人：请在主要人员中将%1登记为董事。</translation>
    </message>
    <message>
        <source>The articles make the manager the legal representative: enter %1 among the key personnel as the manager.</source>
        <translation>章程规定由经理担任法定代表人：请在主要人员中将%1登记为经理。</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Write a note saying what was decided; nothing was changed.</source>
        <translation>请填写处理说明，写明作出的决定；未做任何更改。</translation>
    </message>
    <message>
        <source>This conflict is not open any more; nothing was changed.</source>
        <translation>该冲突已不再处于待处理状态；未作任何更改。</translation>
    </message>
    <message>
        <source>The exchange&apos;s version of this case is not known here; mark the conflict resolved instead.</source>
        <translation>本机不知道此案件在交换平台的版本；请改为“标记为已解决”。</translation>
    </message>
    <message>
        <source>This change cannot be sent again: the exchange refused it by its rules, or its version is not known here.</source>
        <translation>此变更无法重新发送：交换平台按其规则拒绝了它，或本机不知道其版本。</translation>
    </message>
    <message>
        <source>This counter has no unsent change to this case any more; mark the conflict resolved instead.</source>
        <translation>本窗口对此案件已没有未发送的变更；请改为“标记为已解决”。</translation>
    </message>
    <message>
        <source>Only a supervisor may resolve a conflict with the exchange; nothing was changed.</source>
        <translation>只有审核员可以处理与交换平台的冲突；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>This conflict is not open any more; nothing was changed.</source>
        <translation>该冲突已不再处于待处理状态；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>CooperativeRules</name>
    <message>
        <source>At least %1% of the members of a %2 must be farmers; %3 of %4 are.</source>
        <translation>%2的成员中农民至少应占%1%；现为%4名成员中%3名。</translation>
    </message>
    <message numerus="yes">
        <source>A %1 of up to %2 members may have at most %n member(s) that are enterprises, institutions or social organisations; %3 entered.</source>
        <translation>
            <numerusform>成员总数在%2名以内的%1，企业、事业单位或社会组织成员不得超过%n个；现填写%3个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members that are enterprises, institutions or social organisations may be at most %1% of the members of a %2; %3 of %4 are.</source>
        <translation>%2中企业、事业单位或社会组织成员不得超过成员总数的%1%；现为%4名成员中%3名。</translation>
    </message>
</context>
<context>
    <name>CreditCheck</name>
    <message>
        <source>The %1 %2 (%3)</source>
        <translation>%1%2（%3）</translation>
    </message>
    <message>
        <source>%1 is on the %2 since %3: %4. Decided by %5, %6.</source>
        <translation>%1自 %3 起被列入%2：%4。作出决定机关：%5，%6。</translation>
    </message>
    <message>
        <source>Barred until %1 (%2).</source>
        <translation>%1 前不得担任（%2）。</translation>
    </message>
    <message>
        <source>Barred while listed (%1).</source>
        <translation>在名单期间不得担任（%1）。</translation>
    </message>
    <message>
        <source>Take note (%1).</source>
        <translation>请注意（%1）。</translation>
    </message>
    <message>
        <source>The case cannot be accepted: %1</source>
        <translation>不予受理：%1</translation>
    </message>
</context>
<context>
    <name>CreditList</name>
    <message>
        <source>%1 has more than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code of the listed entity.</source>
        <translation>请填写被列入单位的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Enter the ID number of the listed person.</source>
        <translation>请填写被列入人员的证件号码。</translation>
    </message>
    <message>
        <source>The subject %1 is not written as a code or an ID number.</source>
        <translation>%1 不是规范书写的代码或证件号码。</translation>
    </message>
    <message>
        <source>The listed entity&apos;s code: %1</source>
        <translation>被列入单位的代码：%1</translation>
    </message>
    <message>
        <source>The listed person&apos;s ID number: %1</source>
        <translation>被列入人员的证件号码：%1</translation>
    </message>
    <message>
        <source>The listed person&apos;s ID number %1 is neither a resident ID number nor a document number of 5 to 32 letters and digits.</source>
        <translation>被列入人员的证件号码 %1 既不是居民身份证号码，也不是由 5 至 32 位字母和数字组成的证件号码。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>abnormal operations list (经营异常名录)</source>
        <translation>经营异常名录</translation>
    </message>
    <message>
        <source>serious violation and dishonesty list (严重违法失信企业名单)</source>
        <translation>严重违法失信企业名单</translation>
    </message>
    <message>
        <source>dishonest judgement debtors (失信被执行人)</source>
        <translation>失信被执行人名单</translation>
    </message>
    <message>
        <source>Enter the date the entry took effect (YYYY-MM-DD).</source>
        <translation>请填写列入日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The entry cannot take effect on %1, after today.</source>
        <translation>列入日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Enter the date of removal (YYYY-MM-DD).</source>
        <translation>请填写移出日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The entry cannot be removed on %1, before it took effect on %2.</source>
        <translation>移出日期 %1 早于列入日期 %2。</translation>
    </message>
    <message>
        <source>The entry cannot be removed on %1, after today.</source>
        <translation>移出日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Give the reason for the removal (remedied, decision revoked …).</source>
        <translation>请说明移出原因（已履行义务、决定被撤销等）。</translation>
    </message>
    <message>
        <source>The reason for removal</source>
        <translation>移出原因</translation>
    </message>
    <message>
        <source>The listed name</source>
        <translation>被列入名称</translation>
    </message>
    <message>
        <source>The reason for listing</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>The deciding authority</source>
        <translation>作出决定机关</translation>
    </message>
    <message>
        <source>The decision and its legal basis</source>
        <translation>决定文号及依据</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>CreditProfiles</name>
    <message>
        <source>Basic registration</source>
        <translation>基础登记信息</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履约信息</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <source>Former name</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>Claimed by a department</source>
        <translation>认领部门</translation>
    </message>
    <message>
        <source>Administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Credit list entry</source>
        <translation>信用名单</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Trade name and industry</source>
        <translation>字号及行业</translation>
    </message>
    <message>
        <source>Registration authority</source>
        <translation>登记机关</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>认领日期</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>处罚决定书文号</translation>
    </message>
    <message>
        <source>Licensed item</source>
        <translation>许可事项</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>处罚决定日期</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>违法事实</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚内容</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>Decision and basis</source>
        <translation>决定文号及依据</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>移出日期</translation>
    </message>
    <message>
        <source>Reason for removal</source>
        <translation>移出原因</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>CreditRecords</name>
    <message>
        <source>Administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履约信息</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>其他信息</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 has more than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a department code: 2 to 32 capital letters, digits or &apos;-&apos;, starting with a letter.</source>
        <translation>“%1”不是部门代码：应为 2 至 32 个大写字母、数字或“-”，以字母开头。</translation>
    </message>
    <message>
        <source>A department needs a name of at most %1 characters.</source>
        <translation>部门须有名称，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A department needs at least one kind: tax, social_security, statistics or licensing.</source>
        <translation>部门至少须有一种类别：税务（tax）、社保（social_security）、统计（statistics）或许可（licensing）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration authority.</source>
        <translation>“%1”不是登记机关。</translation>
    </message>
    <message>
        <source>A licensing department names the licences it grants (licensing:&lt;licence&gt;), and only it.</source>
        <translation>只有许可部门须列明其核发的许可（licensing:&lt;许可名称&gt;）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a licence of the scope catalogue.</source>
        <translation>“%1”不是经营范围目录中的许可。</translation>
    </message>
    <message>
        <source>id is the department&apos;s own id of the item: 1 to 64 of A-Z a-z 0-9 . _ : -</source>
        <translation>id 为部门自己的信息编号：1 至 64 个 A-Z a-z 0-9 . _ : - 字符</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>validTo is a licence&apos;s end, not before its start.</source>
        <translation>有效期至（validTo）为许可的截止日期，不得早于起始日期。</translation>
    </message>
</context>
<context>
    <name>CreditReportRenderer</name>
    <message>
        <source>The credit report names no registered enterprise.</source>
        <translation>信用报告未指明登记企业。</translation>
    </message>
    <message>
        <source>The credit report has no date.</source>
        <translation>信用报告没有日期。</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so the credit report cannot be printed. Install one, for example the package fonts-wqy-microhei.</source>
        <translation>未安装中文字体，无法打印信用报告。请安装中文字体，例如软件包 fonts-wqy-microhei。</translation>
    </message>
    <message>
        <source>There is nothing to print the credit report on.</source>
        <translation>没有可用于打印信用报告的设备。</translation>
    </message>
    <message>
        <source>Cannot start printing the credit report.</source>
        <translation>无法开始打印信用报告。</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the credit report.</source>
        <translation>无法开始打印信用报告第 %1 页。</translation>
    </message>
    <message>
        <source>Cannot finish printing the credit report.</source>
        <translation>无法完成信用报告的打印。</translation>
    </message>
    <message>
        <source>Cannot write the credit report to %1: %2</source>
        <translation>无法将信用报告写入 %1：%2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未提供文件名</translation>
    </message>
</context>
<context>
    <name>CreditRules</name>
    <message>
        <source>rule %1: %2</source>
        <translation>第 %1 条规则：%2</translation>
    </message>
    <message>
        <source>unknown list %1</source>
        <translation>未知名单 %1</translation>
    </message>
    <message>
        <source>subject must be entity or person</source>
        <translation>对象须为 entity（单位）或 person（个人）</translation>
    </message>
    <message>
        <source>outcome must be block or warn</source>
        <translation>结果须为 block（阻止）或 warn（提示）</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>未知角色 %1</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>未列明角色</translation>
    </message>
    <message>
        <source>years must be a whole number from 1 to 50</source>
        <translation>年限须为 1 至 50 的整数</translation>
    </message>
    <message>
        <source>not a JSON object with a list of rules (%1)</source>
        <translation>不是包含规则列表的 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>director</source>
        <translation>董事</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>监事</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>投资人</translation>
    </message>
    <message>
        <source>investing legal person</source>
        <translation>法人投资人</translation>
    </message>
    <message>
        <source>financial officer</source>
        <translation>财务负责人</translation>
    </message>
    <message>
        <source>liaison</source>
        <translation>联络员</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The case database %1 is damaged. It was not deleted: it was moved to %2 so that its data can be recovered, and a new empty database will be created on the next start. Call IT before entering new cases.</source>
        <translation>案件数据库 %1 已损坏。该文件未被删除，已移至 %2 以便恢复数据；下次启动时将新建一个空数据库。录入新案件前，请先联系信息技术人员。</translation>
    </message>
    <message>
        <source>The case database %1 is damaged and could not be moved aside to %2. It was left untouched. Call IT before entering new cases.</source>
        <translation>案件数据库 %1 已损坏，且无法移至 %2，该文件保持原样、未作改动。录入新案件前，请先联系信息技术人员。</translation>
    </message>
    <message>
        <source>The case database %1 was written by a newer version of OneWindow (schema %2; this version knows up to %3). It was left untouched: install the newer version to use it.</source>
        <translation>案件数据库 %1 由更新版本的一窗受理系统写入（结构版本 %2；本版本最高支持 %3）。该文件保持原样、未作改动：请安装更新版本后再使用。</translation>
    </message>
    <message>
        <source>The case database %1 is read-only and needs an update to schema %2 first.</source>
        <translation>案件数据库 %1 为只读，须先升级到结构版本 %2。</translation>
    </message>
    <message>
        <source>The case database %1 cannot use write-ahead logging.</source>
        <translation>案件数据库 %1 无法启用预写日志（WAL）。</translation>
    </message>
    <message>
        <source>The folder of the case database %1 cannot be created.</source>
        <translation>无法创建案件数据库 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The case database %1 does not exist.</source>
        <translation>案件数据库 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>Deregistration</name>
    <message>
        <source>The exchange has not begun the 20-day public notice of this simplified deregistration yet. Sync, then decide once the notice is over.</source>
        <translation>交换平台尚未开始该简易注销的20日公告。请同步，公告期满后再作决定。</translation>
    </message>
    <message>
        <source>The public notice runs until %1; the deregistration can be decided from %2.</source>
        <translation>公告期至%1届满；自%2起方可作出注销决定。</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s) were raised during the notice (first: %1: %2). A simplified deregistration with objections is not approved: reject it, and the applicant may apply for a general deregistration.</source>
        <translation>
            <numerusform>公告期内收到%n件异议（第一件：%1：%2）。有异议的简易注销不予核准：请驳回，申请人可申请一般注销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice: not begun yet (begins when the exchange receives the acceptance)</source>
        <translation>公告：尚未开始（交换平台收到受理后开始）</translation>
    </message>
    <message>
        <source>no objections</source>
        <translation>无异议</translation>
    </message>
    <message numerus="yes">
        <source>%n objection(s)</source>
        <translation>
            <numerusform>%n件异议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notice: %1 to %2, %n day(s) left, %3</source>
        <translation>
            <numerusform>公告：%1至%2，剩余%n天，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice: over on %1, %2</source>
        <translation>公告：已于%1届满，%2</translation>
    </message>
    <message>
        <source>Notice: closed on %1, the case having ended before its decision</source>
        <translation>公告：已于%1终止（案件在作出决定前已结束）</translation>
    </message>
    <message>
        <source>The licence of %1 was revoked on %2: it is deregistered by the general procedure (liquidation, then the application), not the simplified one.</source>
        <translation>%1 已于 %2 被吊销营业执照：应当先行清算，按一般程序申请注销登记，不适用简易注销程序。</translation>
    </message>
    <message>
        <source>The licence of %1 was revoked on %2: it can no longer be changed, only deregistered by the general procedure.</source>
        <translation>%1 已于 %2 被吊销营业执照：不能再办理变更登记，只能按一般程序申请注销登记。</translation>
    </message>
    <message>
        <source>%1 is %2 since %3; it can be neither changed nor deregistered.</source>
        <translation>%1 自 %3 起为“%2”状态，不能办理变更或注销登记。</translation>
    </message>
</context>
<context>
    <name>DirectorySnapshot</name>
    <message>
        <source>The search index could not be updated.</source>
        <translation>搜索索引未能更新。</translation>
    </message>
    <message>
        <source>The state of the register&apos;s download is not readable: %1</source>
        <translation>企业登记簿下载状态无法读取：%1</translation>
    </message>
</context>
<context>
    <name>EncryptedSecretFile</name>
    <message>
        <source>The key file of the stored secrets (%1) is damaged; enter the secrets again.</source>
        <translation>已保存凭据的密钥文件（%1）已损坏；请重新输入凭据。</translation>
    </message>
    <message>
        <source>The key file of the stored secrets (%1) is missing; enter the secrets again.</source>
        <translation>已保存凭据的密钥文件（%1）缺失；请重新输入凭据。</translation>
    </message>
    <message>
        <source>No random numbers are available to protect the stored secrets.</source>
        <translation>无法获取随机数，因此无法保护已保存的凭据。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key of the stored secrets cannot be derived.</source>
        <translation>无法派生已保存凭据的密钥。</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be read: %2</source>
        <translation>无法读取凭据文件 %1：%2</translation>
    </message>
    <message>
        <source>The stored secrets cannot be decrypted: the file was changed, damaged, or copied from another computer. Enter the secrets again.</source>
        <translation>无法解密已保存的凭据：文件已被修改、已损坏，或是从其他计算机复制而来。请重新输入凭据。</translation>
    </message>
    <message>
        <source>The secrets could not be encrypted.</source>
        <translation>无法加密凭据。</translation>
    </message>
    <message>
        <source>The secrets file %1 cannot be written: %2</source>
        <translation>无法写入凭据文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>EnterpriseDirectory</name>
    <message>
        <source>A registered enterprise without a code was received and not stored.</source>
        <translation>收到一条没有统一社会信用代码的已登记企业记录，未予保存。</translation>
    </message>
</context>
<context>
    <name>EnterpriseName</name>
    <message>
        <source>Enter the proposed name.</source>
        <translation>请填写申报名称。</translation>
    </message>
    <message>
        <source>Parentheses may not be nested (position %1).</source>
        <translation>括号不能嵌套（第 %1 个字符）。</translation>
    </message>
    <message>
        <source>The closing parenthesis at position %1 has no opening one.</source>
        <translation>第 %1 个字符是右括号，但前面没有对应的左括号。</translation>
    </message>
    <message>
        <source>Remove the space at position %1; a name has no spaces.</source>
        <translation>请删除第 %1 个字符处的空格；名称中不能有空格。</translation>
    </message>
    <message>
        <source>A name is written in Chinese characters only; %1 at position %2 is not allowed (write numbers in Chinese characters).</source>
        <translation>名称只能使用汉字；第 %2 个字符 %1 不允许使用（数字请用汉字书写）。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 is not allowed in a name.</source>
        <translation>第 %2 个字符 %1 不能用于名称。</translation>
    </message>
    <message>
        <source>An opening parenthesis in the name is not closed.</source>
        <translation>名称中的左括号没有对应的右括号。</translation>
    </message>
    <message>
        <source>A %1 is not a company; its name may not contain %2.</source>
        <translation>%1不是公司，名称中不得含有“%2”。</translation>
    </message>
    <message>
        <source>A branch&apos;s name starts with the full name of its company (ending in %1), followed by the branch&apos;s place and %2.</source>
        <translation>分公司名称应以所属公司的全称（以“%1”结尾）开头，后接分公司所在地名称和“%2”。</translation>
    </message>
    <message>
        <source>The name must end with the organisational form of a %1: %2.</source>
        <translation>名称须以%1的组织形式结尾：%2。</translation>
    </message>
    <message>
        <source>A %1 cannot use the organisational form %2; its name must end with %3.</source>
        <translation>%1不能使用组织形式“%2”；名称须以 %3 结尾。</translation>
    </message>
    <message>
        <source>Parentheses are allowed only around a division name placed after the trade name, or in the organisational form of a partnership or branch.</source>
        <translation>括号只能用于字号之后的行政区划名称，或用于合伙企业、分公司的组织形式中。</translation>
    </message>
    <message>
        <source>The name has no industry after the trade name %1; add one such as %2.</source>
        <translation>名称中字号 %1 之后没有行业表述；请添加，例如%2。</translation>
    </message>
    <message>
        <source>A %1 may not say %2 in its name (at position %3).</source>
        <translation>%1的名称中不得含有“%2”（第 %3 个字符）。</translation>
    </message>
    <message>
        <source>The division %1 names the city district %2 without its city: write %3 or the city alone.</source>
        <translation>行政区划“%1”是市辖区“%2”，但未冠以所在市：请写作“%3”或只写市名。</translation>
    </message>
    <message>
        <source>The division %1 in the name is not where the domicile is (%2): a name may use the domicile&apos;s province, city or county only.</source>
        <translation>名称中的行政区划“%1”与住所所在地（%2）不符：名称只能使用住所所在的省、市或县（区）名称。</translation>
    </message>
    <message>
        <source>The name must begin with its administrative division (province, city or county), or give it in parentheses after the trade name; only a province&apos;s or the State&apos;s registry registers a name without one.</source>
        <translation>名称须以行政区划（省、市或县）开头，或在字号后用括号注明；只有省级或国家登记机关登记的名称可以不含行政区划。</translation>
    </message>
    <message>
        <source>The name has no trade name: put two or more Chinese characters between the division and the industry.</source>
        <translation>名称中没有字号：请在行政区划和行业之间填写两个以上汉字的字号。</translation>
    </message>
    <message>
        <source>The trade name %1 has 1 character; it must have two or more.</source>
        <translation>字号 %1 只有 1 个字，字号须由两个以上汉字组成。</translation>
    </message>
    <message>
        <source>The trade name %1 is the name of an administrative division; a division is not a trade name.</source>
        <translation>字号 %1 是行政区划名称；行政区划名称不能作为字号。</translation>
    </message>
    <message>
        <source>The trade name %1 is an industry or organisational-form word; it does not distinguish the enterprise.</source>
        <translation>字号 %1 是行业或组织形式用语，不能区分企业。</translation>
    </message>
    <message>
        <source>The trade name %1 starts with the city district %2 written short: write the district in full after its city (%3) or leave it out.</source>
        <translation>字号 %1 以市辖区“%2”的简称开头：请在市名后写出区的全称（%3），或去掉该区名。</translation>
    </message>
    <message>
        <source>The name may not use %1 (at position %2): %3 (%4).</source>
        <translation>名称中不得使用“%1”（第 %2 个字符）：%3（%4）。</translation>
    </message>
    <message>
        <source>A branch&apos;s name starts with its company&apos;s registered name %1; %2 does not.</source>
        <translation>分公司名称应以所属公司的登记名称“%1”开头；“%2”不是。</translation>
    </message>
</context>
<context>
    <name>EntityCaseStart</name>
    <message>
        <source>No registered enterprise with the code %1 is in this counter&apos;s cache. Check the code on the licence, or sync (F5) and search again.</source>
        <translation>本窗口缓存中没有统一社会信用代码为%1的登记企业。请核对营业执照上的代码，或同步（F5）后重新查询。</translation>
    </message>
    <message>
        <source>%1 is registered with %2; its changes and its deregistration are registered there.</source>
        <translation>%1在%2登记，其变更和注销应在该登记机关办理。</translation>
    </message>
    <message>
        <source>This counter holds only the public data of the enterprise: complete the form as registered from the applicant&apos;s licence and documents, then change what is asked.</source>
        <translation>本窗口只有该企业的公示信息：请依据申请人的营业执照和材料补全登记信息，再修改申请变更的事项。</translation>
    </message>
    <message>
        <source>Simplified deregistration: once accepted, the exchange publishes a 20-day notice; the decision follows when it ends without objections.</source>
        <translation>简易注销：受理后由交换平台公告20日，公告期满无异议后作出决定。</translation>
    </message>
    <message>
        <source>General deregistration: check the liquidation report and the tax clearance among the materials.</source>
        <translation>一般注销：请核查材料中的清算报告和清税证明。</translation>
    </message>
</context>
<context>
    <name>EntityTypeCatalog</name>
    <message>
        <source>The entity type catalogue is not valid JSON: %1 at offset %2.</source>
        <translation>主体类型目录不是有效的 JSON：%1（偏移量 %2）。</translation>
    </message>
    <message>
        <source>The entity type catalogue must be a JSON object with a &quot;types&quot; array.</source>
        <translation>主体类型目录必须是包含 &quot;types&quot; 数组的 JSON 对象。</translation>
    </message>
    <message>
        <source>The entity type catalogue has no &quot;types&quot; array.</source>
        <translation>主体类型目录中没有 &quot;types&quot; 数组。</translation>
    </message>
    <message>
        <source>The entity type catalogue lists no entity types.</source>
        <translation>主体类型目录中没有列出任何主体类型。</translation>
    </message>
    <message>
        <source>Entry %1 of the entity type catalogue is not an object.</source>
        <translation>主体类型目录的第 %1 项不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Entry %1 of the entity type catalogue has no &quot;id&quot;.</source>
        <translation>主体类型目录的第 %1 项没有 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>Entity type &quot;%1&quot;</source>
        <translation>主体类型“%1”</translation>
    </message>
    <message>
        <source>%1 appears twice in the catalogue.</source>
        <translation>%1在目录中出现了两次。</translation>
    </message>
    <message>
        <source>%1 has no &quot;name&quot;.</source>
        <translation>%1没有 &quot;name&quot;。</translation>
    </message>
    <message>
        <source>%1 needs a &quot;codeCategory&quot; of &quot;1&quot;, &quot;2&quot; or &quot;3&quot;.</source>
        <translation>%1的 &quot;codeCategory&quot; 必须为 &quot;1&quot;、&quot;2&quot; 或 &quot;3&quot;。</translation>
    </message>
    <message>
        <source>%1 has no &quot;representativeTitle&quot;.</source>
        <translation>%1没有 &quot;representativeTitle&quot;。</translation>
    </message>
    <message>
        <source>%1 needs a &quot;capitalLabel&quot; (empty when the type has no capital).</source>
        <translation>%1必须有 &quot;capitalLabel&quot;（该类型没有资本时为空）。</translation>
    </message>
    <message>
        <source>%1 needs a non-empty &quot;sections&quot; array.</source>
        <translation>%1必须有非空的 &quot;sections&quot; 数组。</translation>
    </message>
    <message>
        <source>%1 lists an unknown section &quot;%2&quot;.</source>
        <translation>%1列出了未知的表单部分 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 needs an &quot;investors&quot; object with min and max.</source>
        <translation>%1必须有包含 min 和 max 的 &quot;investors&quot; 对象。</translation>
    </message>
    <message>
        <source>%1: investors min and max must be whole numbers of 0 or more.</source>
        <translation>%1：investors 的 min 和 max 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>%1: investors max (%2) is below min (%3).</source>
        <translation>%1：investors 的 max（%2）小于 min（%3）。</translation>
    </message>
    <message>
        <source>%1: investors cannot be required to be both natural and legal persons.</source>
        <translation>%1：不能同时要求投资人必须是自然人和必须是法人。</translation>
    </message>
    <message>
        <source>%1 requires investors but has no investors section.</source>
        <translation>%1要求有投资人，但 &quot;sections&quot; 中没有投资人部分（investors）。</translation>
    </message>
    <message>
        <source>%1 needs a non-empty &quot;nameForms&quot; array.</source>
        <translation>%1必须有非空的 &quot;nameForms&quot; 数组。</translation>
    </message>
    <message>
        <source>%1 has an empty or non-text name form.</source>
        <translation>%1的 &quot;nameForms&quot; 中有空值或非文本的组织形式。</translation>
    </message>
    <message>
        <source>%1 needs a non-empty &quot;materials&quot; array.</source>
        <translation>%1必须有非空的 &quot;materials&quot; 数组。</translation>
    </message>
    <message>
        <source>%1 has a material without an &quot;id&quot; or a &quot;title&quot;.</source>
        <translation>%1有一项材料缺少 &quot;id&quot; 或 &quot;title&quot;。</translation>
    </message>
    <message>
        <source>%1 lists the material &quot;%2&quot; twice.</source>
        <translation>%1重复列出了材料 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1: &quot;required&quot; of material &quot;%2&quot; must be true or false.</source>
        <translation>%1：材料 &quot;%2&quot; 的 &quot;required&quot; 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1: an investors rule is not a whole number in its range.</source>
        <translation>%1：投资人规则不是取值范围内的整数。</translation>
    </message>
    <message>
        <source>%1: &quot;paidInFull&quot; must be true or false.</source>
        <translation>%1：&quot;paidInFull&quot; 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1: &quot;partners&quot; must be &quot;general&quot; or &quot;general_and_limited&quot;.</source>
        <translation>%1：&quot;partners&quot; 必须为 &quot;general&quot; 或 &quot;general_and_limited&quot;。</translation>
    </message>
    <message>
        <source>%1 chooses its legal representative from its officers but has no personnel section.</source>
        <translation>%1由董事或经理担任法定代表人，但没有主要人员部分。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Investor %1</source>
        <translation>投资人 %1</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投资人</translation>
    </message>
    <message>
        <source>Key person %1</source>
        <translation>主要人员 %1</translation>
    </message>
    <message>
        <source>Key personnel</source>
        <translation>主要人员</translation>
    </message>
    <message>
        <source>Liaison person</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Financial officer</source>
        <translation>财务负责人</translation>
    </message>
    <message>
        <source>Material %1</source>
        <translation>材料 %1</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Domicile division</source>
        <translation>住所所在区县</translation>
    </message>
    <message>
        <source>Registration authority</source>
        <translation>登记机关</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Subscribed amount</source>
        <translation>认缴出资额</translation>
    </message>
    <message>
        <source>Contribution form</source>
        <translation>出资方式</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Enterprise phone</source>
        <translation>企业联系电话</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>section · field</comment>
        <translation>%1·%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Parent company&apos;s credit code</source>
        <translation>所属公司统一社会信用代码</translation>
    </message>
    <message>
        <source>Contribution deadline</source>
        <translation>出资期限</translation>
    </message>
    <message>
        <source>General or limited partner</source>
        <translation>合伙人类型</translation>
    </message>
    <message>
        <source>Director or manager</source>
        <translation>担任职务（董事或经理）</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>请填写电话号码。</translation>
    </message>
    <message>
        <source>The character %1 is not allowed in a phone number; use digits and a hyphen, e.g. 13912345678 or 0351-1234567.</source>
        <translation>电话号码中不允许使用字符 %1；请使用数字和连字符“-”，例如 13912345678 或 0351-1234567。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>手机号码为 11 位数字，当前为 %1 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19, not %1.</source>
        <translation>手机号码应以 13 至 19 开头，不能以 %1 开头。</translation>
    </message>
    <message>
        <source>Enter a mobile number (11 digits starting with 1) or a landline with its area code starting with 0, e.g. 0351-1234567.</source>
        <translation>请填写手机号码（以 1 开头的 11 位数字），或带区号（以 0 开头）的固定电话号码，例如 0351-1234567。</translation>
    </message>
    <message>
        <source>A landline number is the area code (3 or 4 digits starting with 0) and 7 or 8 digits, optionally followed by an extension: 0351-1234567-801.</source>
        <translation>固定电话号码由区号（以 0 开头的 3 或 4 位数字）和 7 或 8 位号码组成，后面可加分机号，例如 0351-1234567-801。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>A name has at least 2 characters.</source>
        <translation>姓名至少为 2 个字符。</translation>
    </message>
    <message>
        <source>A name has at most 30 characters; this one has %1.</source>
        <translation>姓名最多 30 个字符，当前为 %1 个。</translation>
    </message>
    <message>
        <source>The separator at position %1 must stand between two parts of the name.</source>
        <translation>第 %1 个字符处的分隔符必须位于姓名的两个部分之间。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 is not allowed in a name; use Chinese characters or Latin letters (a middle dot may separate the parts).</source>
        <translation>姓名中不允许使用第 %2 个字符 %1；请使用汉字或拉丁字母（各部分之间可用间隔号“·”分隔）。</translation>
    </message>
    <message>
        <source>Enter the 6-digit postal code.</source>
        <translation>请填写 6 位邮政编码。</translation>
    </message>
    <message>
        <source>A postal code has digits only; %1 is not a digit.</source>
        <translation>邮政编码只能是数字；%1 不是数字。</translation>
    </message>
    <message>
        <source>A postal code has 6 digits; this one has %1.</source>
        <translation>邮政编码为 6 位数字，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Enter the address of the domicile.</source>
        <translation>请填写住所地址。</translation>
    </message>
    <message>
        <source>The address is too short; give the city or county, the street and the number.</source>
        <translation>地址过短；请写明市或县、街道和门牌号。</translation>
    </message>
    <message>
        <source>An address has at most 200 characters; this one has %1.</source>
        <translation>地址最多 200 个字符，当前为 %1 个。</translation>
    </message>
    <message>
        <source>The address must name its city or county before the street.</source>
        <translation>地址须在街道之前写明所在的市或县。</translation>
    </message>
    <message>
        <source>Enter the amount in units of ten thousand yuan, e.g. 100 or 12.5.</source>
        <translation>请以万元为单位填写金额，例如 100 或 12.5。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount has %1 decimal places; at most 4 are allowed (one yuan is 0.0001 in units of ten thousand yuan).</source>
        <translation>金额有 %1 位小数，最多允许 4 位（以万元为单位时，1 元为 0.0001）。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>%1 is not an amount; enter digits with at most one decimal point, e.g. 100 or 12.5.</source>
        <translation>%1 不是有效金额；请填写数字，最多含一个小数点，例如 100 或 12.5。</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Enter the business scope.</source>
        <translation>请填写经营范围。</translation>
    </message>
    <message>
        <source>The business scope has %1 characters; at most 4000 are allowed.</source>
        <translation>经营范围有 %1 个字符，最多允许 4000 个。</translation>
    </message>
    <message>
        <source>Item %1 of the business scope is empty; remove the extra separator.</source>
        <translation>经营范围第 %1 项为空；请删除多余的分隔符。</translation>
    </message>
    <message>
        <source>Item %1 of the business scope (%2) is too short; an item has at least 2 characters.</source>
        <translation>经营范围第 %1 项（%2）过短；每项至少 2 个字符。</translation>
    </message>
    <message>
        <source>Item %1 of the business scope has %2 characters; at most 100 are allowed. Separate items with a semicolon.</source>
        <translation>经营范围第 %1 项有 %2 个字符，每项最多 100 个。各项之间请用分号分隔。</translation>
    </message>
    <message>
        <source>Write a mobile number as 11 digits without hyphens, e.g. 13912345678.</source>
        <translation>手机号码请写成 11 位连续数字，不加连字符，例如 13912345678。</translation>
    </message>
</context>
<context>
    <name>ForeignIds</name>
    <message>
        <source>A permanent residence ID card of 2023 has 18 characters: 17 digits starting with 9, then a digit or X.</source>
        <translation>2023年版外国人永久居留身份证号码为18位：以9开头的17位数字，末位为数字或X。</translation>
    </message>
    <message>
        <source>Positions 7 to 14 (%1) are not a real date of birth.</source>
        <translation>第7至14位（%1）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The number does not check out: a digit of it is probably mistyped. Compare it with the card, digit by digit.</source>
        <translation>号码校验不通过：可能有数字输错，请对照证件逐位核对。</translation>
    </message>
    <message>
        <source>Enter the number of the Mainland Travel Permit for Hong Kong and Macao Residents.</source>
        <translation>请输入港澳居民来往内地通行证号码。</translation>
    </message>
    <message>
        <source>A Mainland Travel Permit for Hong Kong and Macao Residents has H (Hong Kong) or M (Macao) and 8 digits, or 10 digits on the older card.</source>
        <translation>港澳居民来往内地通行证号码为H（香港）或M（澳门）加8位数字，旧版证件为加10位数字。</translation>
    </message>
    <message>
        <source>Enter the number of the Mainland Travel Permit for Taiwan Residents.</source>
        <translation>请输入台湾居民来往大陆通行证号码。</translation>
    </message>
    <message>
        <source>A Mainland Travel Permit for Taiwan Residents has 8 digits.</source>
        <translation>台湾居民来往大陆通行证号码为8位数字。</translation>
    </message>
    <message>
        <source>Enter the number of the Foreign Permanent Resident ID Card.</source>
        <translation>请输入外国人永久居留身份证号码。</translation>
    </message>
    <message>
        <source>A Foreign Permanent Resident ID Card has 3 capital letters and 12 digits (the card of 2017), or 18 characters starting with 9 (the card of 2023).</source>
        <translation>外国人永久居留身份证号码为3位大写字母加12位数字（2017年版），或以9开头的18位（2023年版）。</translation>
    </message>
    <message>
        <source>Enter the number of the Residence Permit for Hong Kong, Macao and Taiwan Residents.</source>
        <translation>请输入港澳台居民居住证号码。</translation>
    </message>
    <message>
        <source>A Residence Permit for Hong Kong, Macao and Taiwan Residents has 18 characters starting with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).</source>
        <translation>港澳台居民居住证号码为18位，以810000（香港）、820000（澳门）或830000（台湾）开头。</translation>
    </message>
</context>
<context>
    <name>LicenceEssentialsJson</name>
    <message>
        <source>The licence&apos;s %1 is missing.</source>
        <translation>营业执照缺少%1。</translation>
    </message>
    <message>
        <source>The licence&apos;s %1 has %2 characters; at most %3 are allowed.</source>
        <translation>营业执照的%1有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The licence&apos;s %1 holds a control character or is not valid text.</source>
        <translation>营业执照的%1含有控制字符或不是有效文本。</translation>
    </message>
    <message>
        <source>The licence&apos;s credit code is not valid: %1</source>
        <translation>营业执照的统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <source>The licence&apos;s %1 is not a date from 1900 to 9999.</source>
        <translation>营业执照的%1不是 1900 年至 9999 年之间的日期。</translation>
    </message>
    <message>
        <source>The licence is dated %1, before the enterprise was established (%2).</source>
        <translation>营业执照的发照日期 %1 早于成立日期（%2）。</translation>
    </message>
    <message>
        <source>The licence&apos;s data is empty or longer than %1 bytes.</source>
        <translation>营业执照数据为空或超过 %1 字节。</translation>
    </message>
    <message>
        <source>The licence&apos;s data is not a JSON object.</source>
        <translation>营业执照数据不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The licence&apos;s data is not of format version %1.</source>
        <translation>营业执照数据不是第 %1 版格式。</translation>
    </message>
    <message>
        <source>The licence&apos;s data has %1 members instead of %2.</source>
        <translation>营业执照数据有 %1 项，应为 %2 项。</translation>
    </message>
    <message>
        <source>The licence&apos;s data has no text %1.</source>
        <translation>营业执照数据缺少文本项 %1。</translation>
    </message>
    <message>
        <source>The licence&apos;s %1 is not a date written as yyyy-MM-dd.</source>
        <translation>营业执照的%1不是 yyyy-MM-dd 格式的日期。</translation>
    </message>
    <message>
        <source>The licence&apos;s data does not say whether it is provisional.</source>
        <translation>营业执照数据未说明是否为临时执照。</translation>
    </message>
    <message>
        <source>The licence&apos;s data is not in its canonical form.</source>
        <translation>营业执照数据不是规范格式。</translation>
    </message>
</context>
<context>
    <name>LicenceSeal</name>
    <message>
        <source>The QR code is empty.</source>
        <translation>二维码为空。</translation>
    </message>
    <message>
        <source>The QR code holds %1 bytes; a licence&apos;s holds at most %2.</source>
        <translation>二维码有 %1 字节；营业执照的二维码最多 %2 字节。</translation>
    </message>
    <message>
        <source>The QR code holds characters a licence&apos;s never does (spaces, control characters or non-ASCII bytes).</source>
        <translation>二维码含有营业执照二维码中不会出现的字符（空格、控制字符或非 ASCII 字节）。</translation>
    </message>
    <message>
        <source>This is not a licence&apos;s QR code: it has no &quot;#%1.&quot; after the address.</source>
        <translation>这不是营业执照的二维码：网址后没有“#%1.”。</translation>
    </message>
    <message>
        <source>The licence&apos;s QR code has %1 parts after &quot;#%2.&quot; instead of 3 (data, signature, certificate): it is cut short or was changed.</source>
        <translation>营业执照二维码在“#%2.”之后有 %1 部分，应为 3 部分（数据、签名、证书）：内容不完整或已被改动。</translation>
    </message>
    <message>
        <source>A part of the licence&apos;s QR code is not base64url text.</source>
        <translation>营业执照二维码的某一部分不是 base64url 文本。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate (%1) is this CA&apos;s, but not one that signs licences (the authority&apos;s signing certificate or a workstation&apos;s).</source>
        <translation>签名证书（%1）由本认证中心签发，但不是用于签署营业执照的证书（登记机关签名证书或窗口工作站证书）。</translation>
    </message>
    <message>
        <source>A workstation signed this licence, but it does not say it is provisional: only the registration authority confirms a licence.</source>
        <translation>该营业执照由窗口工作站签名，却未标明为临时执照：只有登记机关才能确认营业执照。</translation>
    </message>
    <message>
        <source>The licence of %1 is genuine but has been revoked.</source>
        <translation>%1 的营业执照真实，但已被吊销或撤销。</translation>
    </message>
    <message>
        <source>The licence is genuine, but the certificate that signed it (serial %1) has been revoked.</source>
        <translation>营业执照真实，但签署它的证书（序列号 %1）已被吊销。</translation>
    </message>
    <message>
        <source>Provisional: printed during an outage and signed by workstation %1, not yet confirmed by the registration authority.</source>
        <translation>临时执照：断网期间打印，由窗口工作站 %1 签名，尚未经登记机关确认。</translation>
    </message>
    <message>
        <source>Provisional: the registration authority signed it as not yet confirmed.</source>
        <translation>临时执照：登记机关签名时标明尚未确认。</translation>
    </message>
    <message>
        <source>Signed by the registration authority (%1) with %2.</source>
        <translation>由登记机关（%1）以 %2 签名。</translation>
    </message>
    <message>
        <source>The certificate %1 does not sign licences: that is the authority&apos;s signing certificate (OU=%2) or a workstation&apos;s (OU=%3).</source>
        <translation>证书 %1 不能签署营业执照：只有登记机关签名证书（OU=%2）或窗口工作站证书（OU=%3）可以。</translation>
    </message>
    <message>
        <source>A workstation signs only provisional licences.</source>
        <translation>窗口工作站只能签署临时执照。</translation>
    </message>
    <message>
        <source>The registration authority&apos;s signature confirms a licence: it does not sign a provisional one.</source>
        <translation>登记机关的签名用于确认营业执照，不签署临时执照。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate (valid %1 to %2) is not valid on the licence&apos;s date of issue, %3.</source>
        <translation>签名证书（有效期 %1 至 %2）在营业执照发照日期 %3 不在有效期内。</translation>
    </message>
    <message>
        <source>The lookup address must be printable ASCII without spaces or &apos;#&apos;, at most %1 characters (percent-encode the rest).</source>
        <translation>查询网址只能由可打印的 ASCII 字符组成，不含空格和“#”，最多 %1 个字符（其他字符请用百分号编码）。</translation>
    </message>
    <message>
        <source>The signing key cannot be read: %1</source>
        <translation>无法读取签名密钥：%1</translation>
    </message>
    <message>
        <source>The signing key is a %1 key; a licence is signed with SM2 or ECDSA P-256 only.</source>
        <translation>签名密钥是 %1 密钥；营业执照只能用 SM2 或 ECDSA P-256 签名。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be read: %1</source>
        <translation>无法读取签名证书：%1</translation>
    </message>
    <message>
        <source>The signing key is not the key of the signer&apos;s certificate.</source>
        <translation>签名密钥与签名证书不匹配。</translation>
    </message>
    <message>
        <source>Cannot sign the licence: %1</source>
        <translation>无法签署营业执照：%1</translation>
    </message>
    <message>
        <source>The sealed licence takes %1 bytes; a QR code holds at most %2. Shorten the lookup address or the longest texts (name, domicile).</source>
        <translation>签名后的营业执照数据有 %1 字节，二维码最多容纳 %2 字节。请缩短查询网址或最长的文本（名称、住所）。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate in the QR code cannot be read.</source>
        <translation>无法读取二维码中的签名证书。</translation>
    </message>
    <message>
        <source>The signer&apos;s key is neither SM2 nor ECDSA P-256.</source>
        <translation>签名密钥既不是 SM2 也不是 ECDSA P-256。</translation>
    </message>
    <message>
        <source>The signature does not verify over the licence&apos;s data: it was changed after it was signed, or signed with another key than its certificate&apos;s.</source>
        <translation>签名与营业执照数据不符：数据在签名后被改动，或签名所用密钥与证书不符。</translation>
    </message>
    <message>
        <source>The lookup address in the QR code does not end with the licence&apos;s code %1.</source>
        <translation>二维码中的查询网址不是以营业执照的代码 %1 结尾。</translation>
    </message>
    <message>
        <source>SM2 with SM3</source>
        <translation>SM2（SM3 摘要）</translation>
    </message>
    <message>
        <source>ECDSA P-256 with SHA-256</source>
        <translation>ECDSA P-256（SHA-256 摘要）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知密钥</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>The registry CA&apos;s certificate given cannot be read, so no signer can be trusted.</source>
        <translation>无法读取所给的登记认证中心证书，因此无法信任任何签名者。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be checked: %1</source>
        <translation>无法检查签名证书：%1</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate expired on %1, before the licence&apos;s date of issue (%2).</source>
        <translation>签名证书已于 %1 过期，早于营业执照发照日期（%2）。</translation>
    </message>
    <message>
        <source>The registry CA&apos;s certificate had expired on the licence&apos;s date of issue (%1).</source>
        <translation>在营业执照发照日期（%1），登记认证中心证书已过期。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate became valid only on %1, after the licence&apos;s date of issue (%2).</source>
        <translation>签名证书 %1 才生效，晚于营业执照发照日期（%2）。</translation>
    </message>
    <message>
        <source>The registry CA&apos;s certificate was not yet valid on the licence&apos;s date of issue (%1).</source>
        <translation>在营业执照发照日期（%1），登记认证中心证书尚未生效。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate (%1) was not issued by this registry CA.</source>
        <translation>签名证书（%1）不是本登记认证中心签发的。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate names this registry CA as its issuer, but the CA&apos;s signature on it does not verify: it is forged or was changed.</source>
        <translation>签名证书声称由本登记认证中心签发，但认证中心的签名验证不通过：证书系伪造或已被改动。</translation>
    </message>
    <message>
        <source>The registry CA does not accept the signer&apos;s certificate: %1</source>
        <translation>登记认证中心不认可该签名证书：%1</translation>
    </message>
</context>
<context>
    <name>LicenceSheet</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>entity type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>domicile</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>registration authority</source>
        <translation>登记机关</translation>
    </message>
    <message>
        <source>The %1 is too long for the licence (%2 characters): it does not fit its box even in the smallest readable print. Shorten it.</source>
        <translation>%1过长（%2 个字符），即使用最小的可读字号也无法印在营业执照的相应位置。请缩短。</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so the licence cannot be printed. Install one, for example the package fonts-wqy-microhei.</source>
        <translation>未安装中文字体，无法打印营业执照。请安装中文字体，例如软件包 fonts-wqy-microhei。</translation>
    </message>
    <message>
        <source>The licence has no date of establishment.</source>
        <translation>营业执照缺少成立日期。</translation>
    </message>
    <message>
        <source>The licence has no date of issue.</source>
        <translation>营业执照缺少发照日期。</translation>
    </message>
    <message>
        <source>The business term ends (%1) before it begins (%2).</source>
        <translation>营业期限的截止日期（%1）早于起始日期（%2）。</translation>
    </message>
    <message>
        <source>There is nothing to print the licence on.</source>
        <translation>没有可用于打印营业执照的设备。</translation>
    </message>
    <message>
        <source>No original or duplicate of the licence was asked for.</source>
        <translation>没有选择要打印的营业执照正本或副本。</translation>
    </message>
    <message>
        <source>Cannot start printing the licence.</source>
        <translation>无法开始打印营业执照。</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the licence.</source>
        <translation>无法开始打印营业执照第 %1 页。</translation>
    </message>
    <message>
        <source>Cannot finish printing the licence.</source>
        <translation>无法完成营业执照的打印。</translation>
    </message>
    <message>
        <source>The licence has no unified social credit code.</source>
        <translation>营业执照缺少统一社会信用代码。</translation>
    </message>
    <message>
        <source>The unified social credit code %1 cannot be printed: %2</source>
        <translation>统一社会信用代码 %1 无法打印：%2</translation>
    </message>
    <message>
        <source>The licence has no name.</source>
        <translation>营业执照缺少名称。</translation>
    </message>
    <message>
        <source>The licence has no entity type.</source>
        <translation>营业执照缺少类型。</translation>
    </message>
    <message>
        <source>The licence has no legal representative.</source>
        <translation>营业执照缺少法定代表人。</translation>
    </message>
    <message>
        <source>The licence has no business scope.</source>
        <translation>营业执照缺少经营范围。</translation>
    </message>
    <message>
        <source>The licence has no domicile.</source>
        <translation>营业执照缺少住所。</translation>
    </message>
    <message>
        <source>The licence has no registration authority.</source>
        <translation>营业执照缺少登记机关。</translation>
    </message>
    <message>
        <source>The licence has no address of the publicity system.</source>
        <translation>营业执照缺少公示系统网址。</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; is too long for the licence: at most %2 characters.</source>
        <translation>称谓“%1”过长，营业执照上最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The licence has nothing for its QR code to carry.</source>
        <translation>营业执照的二维码没有可承载的内容。</translation>
    </message>
    <message>
        <source>A duplicate&apos;s number starts at 1, not %1.</source>
        <translation>副本编号从 1 开始，不能是 %1。</translation>
    </message>
    <message>
        <source>The licence cannot be painted: the painter is not active.</source>
        <translation>无法绘制营业执照：绘图设备未就绪。</translation>
    </message>
    <message>
        <source>Cannot write the licence to %1: %2</source>
        <translation>无法将营业执照写入 %1：%2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>Each sheet printed needs its number of the blank stock.</source>
        <translation>每张打印的执照纸都需要填写其空白执照编号。</translation>
    </message>
</context>
<context>
    <name>LicenceStockPrinter</name>
    <message>
        <source>Business licence %1</source>
        <translation>营业执照 %1</translation>
    </message>
    <message>
        <source>Sheet not recorded</source>
        <translation>未登记执照纸</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>The printer did not take the licence: %1 The sheets are recorded as printed: if they came out spoilt or blank, void them with the reason (Licence sheets, Ctrl+Shift+N) and reprint.</source>
        <translation>打印机未能打印执照：%1 这些执照纸已登记为已打印：如打印损坏或空白，请在“执照纸”（Ctrl+Shift+N）中注明原因作废后重新打印。</translation>
    </message>
    <message>
        <source>Sheets for licence %1</source>
        <translation>营业执照 %1 的执照纸</translation>
    </message>
    <message>
        <source>Void sheet %1</source>
        <translation>作废执照纸 %1</translation>
    </message>
    <message>
        <source>Why is sheet %1 (%2) void? (spoilt, jammed, misprinted…)</source>
        <translation>执照纸 %1（%2）为何作废？（污损、卡纸、打印错误……）</translation>
    </message>
    <message>
        <source>Sheet not voided</source>
        <translation>执照纸未作废</translation>
    </message>
    <message>
        <source>Reprint sheet %1</source>
        <translation>重新打印执照纸 %1</translation>
    </message>
    <message>
        <source>Why is the %1 reprinted? Sheet %2 is voided with this reason.</source>
        <translation>%1 为何重新打印？执照纸 %2 将以此原因作废。</translation>
    </message>
    <message>
        <source>New sheet for licence %1</source>
        <translation>营业执照 %1 的新执照纸</translation>
    </message>
    <message>
        <source>Replaced by the licence of change registration %1</source>
        <translation>因变更登记（受理号%1）换发新照而作废</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>此处有 %1 个字，最多允许 %2 个字。</translation>
    </message>
    <message>
        <source>This list has %1 entries; at most %2 are allowed.</source>
        <translation>此处有 %1 项，最多允许 %2 项。</translation>
    </message>
    <message>
        <source>This text holds a character that is not valid text (a lone surrogate or a NUL); type it again.</source>
        <translation>此处文字含有无效字符（孤立的代理码元或空字符），请重新输入。</translation>
    </message>
</context>
<context>
    <name>MaterialStatuses</name>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>已核验原件</translation>
    </message>
    <message>
        <source>Copy kept</source>
        <translation>已留存复印件</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The case database has schema version %1, newer than this version of OneWindow knows (%2).</source>
        <translation>案件数据库的结构版本为 %1，高于本版本一窗受理系统所支持的版本（%2）。</translation>
    </message>
    <message>
        <source>Updating the case database to schema %1 failed; it was left at schema %2. %3</source>
        <translation>将案件数据库升级到结构版本 %1 失败，数据库仍为结构版本 %2。%3</translation>
    </message>
</context>
<context>
    <name>NameClash</name>
    <message>
        <source>the same trade name %1, and one of the two names has no industry</source>
        <translation>字号同为 %1，且其中一个名称没有行业表述</translation>
    </message>
    <message>
        <source>the same trade name %1 in the same industry %2</source>
        <translation>字号同为 %1，行业同为 %2</translation>
    </message>
    <message>
        <source>The name clashes with %1 (unified social credit code %2), registered with this authority: %3.</source>
        <translation>名称与本登记机关已登记的 %1（统一社会信用代码 %2）相同：%3。</translation>
    </message>
    <message>
        <source>The name clashes with %1 (unified social credit code %2), deregistered on %3: %4; the name stays protected until %5.</source>
        <translation>名称与 %3 注销的 %1（统一社会信用代码 %2）相同：%4；该名称保护至 %5。</translation>
    </message>
    <message>
        <source>The name clashes with %1, the former name of %2 (unified social credit code %3), changed on %4: %5; the former name stays protected until %6.</source>
        <translation>名称与 %2（统一社会信用代码 %3）于 %4 变更前的原名称 %1 相同：%5；原名称保护至 %6。</translation>
    </message>
    <message>
        <source>The name clashes with %1, proposed in case %2 still pending or reserved: %3.</source>
        <translation>名称与尚在办理或保留中的案件 %2 申报的 %1 相同：%3。</translation>
    </message>
    <message>
        <source>%1 (a draft)</source>
        <translation>%1（草稿）</translation>
    </message>
    <message>
        <source>%1 (receipt number %2)</source>
        <translation>%1（受理号 %2）</translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>An acceptance notice needs the receipt number.</source>
        <translation>受理通知书必须有受理号。</translation>
    </message>
    <message>
        <source>A correction notice must list what the applicant has to supply.</source>
        <translation>补正通知书必须列明申请人需要补正的材料和事项。</translation>
    </message>
    <message>
        <source>A refusal notice must state the reasons.</source>
        <translation>不予受理通知书必须写明理由。</translation>
    </message>
    <message>
        <source>The notice has no date.</source>
        <translation>通知书没有日期。</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so the notice cannot be printed. Install one, for example the package fonts-wqy-microhei.</source>
        <translation>系统未安装中文字体，无法打印通知书。请安装中文字体，例如 fonts-wqy-microhei 软件包。</translation>
    </message>
    <message>
        <source>There is nothing to print the notice on.</source>
        <translation>没有可用于输出通知书的打印设备。</translation>
    </message>
    <message>
        <source>Cannot start printing the notice.</source>
        <translation>无法开始打印通知书。</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the notice.</source>
        <translation>无法开始打印通知书第 %1 页。</translation>
    </message>
    <message>
        <source>Cannot finish printing the notice.</source>
        <translation>无法完成通知书的打印。</translation>
    </message>
    <message>
        <source>Cannot write the notice to %1: %2</source>
        <translation>无法将通知书写入 %1：%2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>A notice of approval needs the receipt number.</source>
        <translation>准予登记通知书需要受理号。</translation>
    </message>
    <message>
        <source>A notice of rejection must state the reasons.</source>
        <translation>不予登记通知书必须写明理由。</translation>
    </message>
</context>
<context>
    <name>OneFormValidator</name>
    <message>
        <source>Enter the passport number.</source>
        <translation>请填写护照号码。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 Latin letters and digits.</source>
        <translation>护照号码由 5 至 20 位拉丁字母和数字组成。</translation>
    </message>
    <message>
        <source>Enter the number of the identity document.</source>
        <translation>请填写身份证件号码。</translation>
    </message>
    <message>
        <source>Choose the county or district of the domicile.</source>
        <translation>请选择住所所在的区县。</translation>
    </message>
    <message>
        <source>%1 is not a known division code.</source>
        <translation>%1 不是已知的行政区划代码。</translation>
    </message>
    <message>
        <source>%1 (%2) is a province or city; choose the county or district of the domicile.</source>
        <translation>%1（%2）是省级或市级行政区划；请选择住所所在的区县。</translation>
    </message>
    <message numerus="yes">
        <source>A %1 needs at least %n investor(s); %2 entered.</source>
        <translation>
            <numerusform>%1至少需要 %n 名投资人，当前填写了 %2 名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 may have at most %n investor(s); %2 entered.</source>
        <translation>
            <numerusform>%1最多只能有 %n 名投资人，当前填写了 %2 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Investor %1 must be a natural person for a %2.</source>
        <translation>%2的投资人须为自然人：第 %1 名投资人不是自然人。</translation>
    </message>
    <message>
        <source>Investor %1 must be a legal person (an entity) for a %2.</source>
        <translation>%2的投资人须为法人（单位）：第 %1 名投资人不是法人。</translation>
    </message>
    <message>
        <source>Enter the investing entity&apos;s full registered name.</source>
        <translation>请填写投资单位的登记全称。</translation>
    </message>
    <message>
        <source>An entity&apos;s name has at most 100 characters.</source>
        <translation>单位名称最多 100 个字符。</translation>
    </message>
    <message>
        <source>The investors&apos; subscribed amounts are too large.</source>
        <translation>投资人认缴出资额过大。</translation>
    </message>
    <message>
        <source>The investors&apos; subscribed amounts add up to %1 (ten thousand yuan) but the %3 is %2 (ten thousand yuan); they must be equal.</source>
        <translation>投资人认缴出资额合计为 %1 万元，而%3为 %2 万元；两者必须相等。</translation>
    </message>
    <message>
        <source>Choose the entity type.</source>
        <translation>请选择主体类型。</translation>
    </message>
    <message>
        <source>Unknown entity type &quot;%1&quot;; choose one from the list.</source>
        <translation>未知的主体类型“%1”；请从列表中选择。</translation>
    </message>
    <message>
        <source>Enter the %1 in ten thousand yuan; it must be greater than zero.</source>
        <translation>请以万元为单位填写%1，且必须大于零。</translation>
    </message>
    <message>
        <source>Enter the position (e.g. director, supervisor, manager).</source>
        <translation>请填写职务（如董事、监事、经理）。</translation>
    </message>
    <message>
        <source>The subscribed amount must be greater than zero.</source>
        <translation>认缴出资额必须大于零。</translation>
    </message>
    <message>
        <source>Only a branch names a parent company; clear the parent company&apos;s credit code.</source>
        <translation>只有分公司才填写所属公司；请清除所属公司统一社会信用代码。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code of the company this branch belongs to.</source>
        <translation>请填写分公司所属公司的统一社会信用代码。</translation>
    </message>
</context>
<context>
    <name>PartnershipRules</name>
    <message>
        <source>A %1 has general partners only; this partner is entered as a limited partner.</source>
        <translation>%1只能有普通合伙人；该合伙人登记为有限合伙人。</translation>
    </message>
    <message>
        <source>Choose whether this partner is a general or a limited partner.</source>
        <translation>请选择该合伙人为普通合伙人还是有限合伙人。</translation>
    </message>
    <message>
        <source>A %1 needs at least one general partner.</source>
        <translation>%1至少应有一名普通合伙人。</translation>
    </message>
    <message>
        <source>A %1 needs at least one limited partner.</source>
        <translation>%1至少应有一名有限合伙人。</translation>
    </message>
</context>
<context>
    <name>PriorApproval</name>
    <message>
        <source>The business scope item &quot;%1&quot; needs the approval of the %2 (%3) before registration: mark its approval document among the materials.</source>
        <translation>经营范围“%1”须在登记前取得%2的批准（%3）：请在材料中标记其批准文件。</translation>
    </message>
</context>
<context>
    <name>ProtocolErrors</name>
    <message>
        <source>The exchange could not read the request (%1). Report this with the request ID.</source>
        <translation>交换平台无法读取该请求（%1）。请连同请求 ID 一并报告此问题。</translation>
    </message>
    <message>
        <source>Your role may not do this at the exchange.</source>
        <translation>您的角色无权在交换平台上执行此操作。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled at the exchange. Ask the administrator.</source>
        <translation>该账户已在交换平台上被停用。请联系管理员。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the exchange has locked this account for 15 minutes. Wait, or ask the administrator to unlock it.</source>
        <translation>密码错误次数过多：交换平台已将此账户锁定 15 分钟。请稍候再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>This account belongs to another registration authority than this workstation; sign in at a workstation of your own authority.</source>
        <translation>该账户所属的登记机关与本工作站不同；请在本登记机关的工作站登录。</translation>
    </message>
    <message>
        <source>The session with the exchange has expired. Sign in again.</source>
        <translation>与交换平台的会话已过期。请重新登录。</translation>
    </message>
    <message>
        <source>The exchange does not recognise this session. Sign in again.</source>
        <translation>交换平台无法识别此会话。请重新登录。</translation>
    </message>
    <message>
        <source>This session belongs to another workstation certificate. Sign in again at this workstation.</source>
        <translation>此会话属于另一个工作站证书。请在本工作站重新登录。</translation>
    </message>
    <message>
        <source>The exchange has revoked this workstation&apos;s certificate. Ask the administrator to enrol the workstation again; nothing was sent.</source>
        <translation>交换平台已吊销本工作站的证书。请联系管理员重新注册本工作站；未上传任何内容。</translation>
    </message>
    <message>
        <source>The exchange does not know this workstation&apos;s certificate. Import the certificate issued for this workstation; nothing was sent.</source>
        <translation>交换平台无法识别本工作站的证书。请导入为本工作站签发的证书；未上传任何内容。</translation>
    </message>
    <message>
        <source>The exchange refused the request as too large.</source>
        <translation>请求过大，交换平台拒绝接收。</translation>
    </message>
    <message>
        <source>The exchange does not offer this service. Check the exchange address.</source>
        <translation>交换平台不提供此服务。请检查交换平台地址。</translation>
    </message>
    <message>
        <source>The enterprise name was registered by another entity while this licence was issued offline; the licence is not confirmed. A supervisor decides in the conflicts list.</source>
        <translation>离线颁照期间，该企业名称已被其他主体登记；此营业执照未获确认。请审核人员在冲突列表中处理。</translation>
    </message>
    <message>
        <source>No batch of blank stock of this office holds this sheet number for this copy&apos;s paper. Check the number on the sheet.</source>
        <translation>本机构没有哪一批该类执照纸包含此编号。请核对执照纸上的编号。</translation>
    </message>
    <message>
        <source>This sheet number belongs to another registration authority&apos;s batch of blank stock.</source>
        <translation>此编号属于其他登记机关的空白执照批次。</translation>
    </message>
    <message>
        <source>This sheet was printed or voided already; a numbered sheet is used once.</source>
        <translation>此执照纸已打印或已作废；每张编号执照纸只能使用一次。</translation>
    </message>
    <message>
        <source>Voiding or reprinting a sheet needs a reason.</source>
        <translation>作废或重新打印执照纸须说明原因。</translation>
    </message>
    <message>
        <source>The exchange has not confirmed this case&apos;s licence; its sheets are recorded once it has.</source>
        <translation>交换平台尚未确认此案件的营业执照；确认后方登记其执照纸。</translation>
    </message>
    <message>
        <source>A person or legal person named on the form is barred by a credit list entry the exchange holds (一处违法、处处受限); the change is not applied. A supervisor reads the entry in the conflicts list and tells the applicant.</source>
        <translation>表单中的自然人或法人被交换平台上的信用名单记录限制（一处违法、处处受限），该变更未被采纳。请审核人员在冲突列表中查看该记录并告知申请人。</translation>
    </message>
    <message>
        <source>The exchange has no such credit list entry or proposal.</source>
        <translation>交换平台上没有该信用名单记录或待确认事项。</translation>
    </message>
    <message>
        <source>The entry was removed, or the proposal recorded, already.</source>
        <translation>该记录已移出，或该事项已记录。</translation>
    </message>
    <message>
        <source>Four eyes: another supervisor confirms a credit list entry, not the one who entered it.</source>
        <translation>双人复核：信用名单记录须由录入人以外的审核人员确认。</translation>
    </message>
    <message>
        <source>The exchange has no registered enterprise with this code; a change or deregistration needs the code of an enterprise registered through it.</source>
        <translation>交换平台没有该代码的登记企业；变更或注销须使用经交换平台登记的企业代码。</translation>
    </message>
    <message>
        <source>Objections were raised during the public notice of this simplified deregistration; it was not approved. A supervisor reads them in the conflicts list and rejects the case.</source>
        <translation>该简易注销公告期内有人提出异议，未予核准。请审核人员在冲突列表中查看异议并驳回该案件。</translation>
    </message>
    <message>
        <source>Only an administrator or a provincial supervisor may read the province&apos;s statistics at the exchange.</source>
        <translation>只有管理员或省级审核员可以在交换平台查看全省统计。</translation>
    </message>
    <message>
        <source>The enterprise is deregistered at the exchange, or its licence revoked (then only a general deregistration is taken); this case cannot go on.</source>
        <translation>该企业已在交换平台注销，或已被吊销营业执照（此时只受理一般程序注销登记）；本案件无法继续办理。</translation>
    </message>
    <message>
        <source>The enterprise&apos;s licence was revoked: it is deregistered by the general procedure, not the simplified one. Withdraw this case and accept a general deregistration.</source>
        <translation>该企业已被吊销营业执照，应按一般程序注销，不适用简易注销。请撤回本案件，改为受理一般程序注销登记。</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The licence&apos;s QR code has nothing to carry.</source>
        <translation>营业执照的二维码没有可承载的内容。</translation>
    </message>
    <message>
        <source>The QR code cannot carry %1 bytes: at most %2 bytes fit in a QR code at error-correction level M. Shorten the signed payload.</source>
        <translation>二维码无法承载 %1 字节：纠错等级 M 的二维码最多容纳 %2 字节。请缩短签名内容。</translation>
    </message>
    <message>
        <source>The QR code cannot carry %1 bytes: the payload is too long for a QR code. Shorten the signed payload.</source>
        <translation>二维码无法承载 %1 字节：内容过长。请缩短签名内容。</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation>无法生成二维码：%1</translation>
    </message>
</context>
<context>
    <name>QrCodeReader</name>
    <message>
        <source>%1 cannot be read as a PDF: it is missing, damaged or protected by a password. Open the licence&apos;s PDF as the counter wrote it, or paste the text of its QR code instead.</source>
        <translation>无法以 PDF 读取 %1：文件不存在、已损坏或设有密码。请打开窗口生成的营业执照 PDF，或改为粘贴其二维码文本。</translation>
    </message>
    <message>
        <source>%1 is too large to be a licence (%2). Open the licence&apos;s own PDF, or paste the text of its QR code instead.</source>
        <translation>%1 太大，不是营业执照文件（%2）。请打开营业执照本身的 PDF，或改为粘贴其二维码文本。</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>No QR code can be read in %1. If it is a scan, scan the licence again at 300 dpi or more with the QR code flat and sharp, or paste the text of its QR code instead.</source>
        <translation>在 %1 中读不到二维码。如果是扫描件，请以 300 dpi 或更高分辨率重新扫描，保证二维码平整清晰；或改为粘贴其二维码文本。</translation>
    </message>
</context>
<context>
    <name>ReasonCatalogue</name>
    <message>
        <source>The reasons catalogue is not valid JSON with &quot;actions&quot;.</source>
        <translation>事由目录不是含有“actions”的有效 JSON。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Enter the 18-character resident identity card number.</source>
        <translation>请填写 18 位居民身份证号码。</translation>
    </message>
    <message>
        <source>This is an old 15-digit number; enter the 18-character number of the current identity card.</source>
        <translation>这是旧的 15 位号码；请填写现行居民身份证的 18 位号码。</translation>
    </message>
    <message>
        <source>A resident identity card number has 18 characters; this one has %1.</source>
        <translation>居民身份证号码为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Remove the space at position %1.</source>
        <translation>请删除第 %1 位的空格。</translation>
    </message>
    <message>
        <source>Positions 1 to 17 must be digits; position %1 is %2.</source>
        <translation>第 1 至 17 位必须是数字；第 %1 位是 %2。</translation>
    </message>
    <message>
        <source>The last character (position 18) must be a digit or X, not %1.</source>
        <translation>最后一位（第 18 位）必须是数字或 X，不能是 %1。</translation>
    </message>
    <message>
        <source>Positions 1 and 2 (%1) are not a province code; check the first digits.</source>
        <translation>第 1、2 位（%1）不是有效的省级行政区划代码；请核对前两位数字。</translation>
    </message>
    <message>
        <source>Positions 7 to 14 (%1) are not a real date of birth (year, month, day).</source>
        <translation>第 7 至 14 位（%1）不是有效的出生日期（年月日）。</translation>
    </message>
    <message>
        <source>The date of birth %1 (positions 7 to 14) is before 1900.</source>
        <translation>出生日期 %1（第 7 至 14 位）早于 1900 年。</translation>
    </message>
    <message>
        <source>The date of birth %1 (positions 7 to 14) is in the future.</source>
        <translation>出生日期 %1（第 7 至 14 位）晚于今天。</translation>
    </message>
    <message>
        <source>The number does not check out: a digit of it is probably mistyped. Compare it with the identity card, digit by digit.</source>
        <translation>证件号码校验未通过，可能有某一位录入有误。请对照身份证逐位核对。</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Synchronises a OneWindow counter&apos;s data folder with the exchange.</source>
        <translation>将一窗受理窗口工作站的数据文件夹与交换平台同步。</translation>
    </message>
    <message>
        <source>The counter&apos;s data folder.</source>
        <translation>窗口工作站的数据文件夹。</translation>
    </message>
    <message>
        <source>The exchange&apos;s address.</source>
        <translation>交换平台的地址。</translation>
    </message>
    <message>
        <source>The registry CA bundle (PEM).</source>
        <translation>登记系统的 CA 证书包（PEM 格式）。</translation>
    </message>
    <message>
        <source>The workstation&apos;s PKCS#12 file.</source>
        <translation>工作站的 PKCS#12 证书文件。</translation>
    </message>
    <message>
        <source>The workstation code.</source>
        <translation>工作站代码。</translation>
    </message>
    <message>
        <source>The registration authority&apos;s division code.</source>
        <translation>登记机关的行政区划代码。</translation>
    </message>
    <message>
        <source>Sign in as this user (password in OW_PASSWORD).</source>
        <translation>以此用户身份登录（密码从环境变量 OW_PASSWORD 读取）。</translation>
    </message>
    <message>
        <source>Synchronise once and exit (the default).</source>
        <translation>同步一次后退出（默认）。</translation>
    </message>
    <message>
        <source>Keep synchronising until stopped.</source>
        <translation>持续同步，直到被停止。</translation>
    </message>
    <message>
        <source>Seconds between syncs with --loop.</source>
        <translation>使用 --loop 时两次同步之间的间隔秒数。</translation>
    </message>
    <message>
        <source>Keep the passphrase and the session in the secret store.</source>
        <translation>将证书密码和会话保存在凭据存储中。</translation>
    </message>
    <message>
        <source>--data-dir, --ca and --certificate are required (see --help).</source>
        <translation>必须指定 --data-dir、--ca 和 --certificate（参见 --help）。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Events per push and changes per page, 1 to 500.</source>
        <translation>每次上传的事件数及每页接收的变更数，取值 1 至 500。</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to %1.</source>
        <translation>--batch-size 必须是 1 至 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Language of the messages: auto (the system&apos;s), zh_CN or en.</source>
        <translation>消息语言：auto（跟随系统）、zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>ScanPreparation</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The scan could not be prepared in %1.</source>
        <translation>无法在 %1 中处理扫描件。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain service is running: %1</source>
        <translation>密钥环服务未运行：%1</translation>
    </message>
    <message>
        <source>The keychain refused to give the secret: %1</source>
        <translation>密钥环拒绝提供凭据：%1</translation>
    </message>
    <message>
        <source>The keychain refused to keep the secret: %1</source>
        <translation>密钥环拒绝保存凭据：%1</translation>
    </message>
    <message>
        <source>The keychain refused to remove the secret: %1</source>
        <translation>密钥环拒绝删除凭据：%1</translation>
    </message>
</context>
<context>
    <name>SheetLedger</name>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>原因最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Voiding or reprinting a sheet needs a reason.</source>
        <translation>作废或重新打印执照纸须说明原因。</translation>
    </message>
    <message>
        <source>No batch of %1 stock of this office holds sheet %2. Check the number on the sheet; a new batch is registered at the exchange and arrives with the next sync.</source>
        <translation>本机构没有哪一批%1执照纸包含编号 %2。请核对执照纸上的编号；新批次在交换平台登记，下次同步时送达。</translation>
    </message>
    <message>
        <source>original (A3)</source>
        <translation>正本（A3）</translation>
    </message>
    <message>
        <source>duplicate (A4)</source>
        <translation>副本（A4）</translation>
    </message>
    <message>
        <source>Sheet %1 was printed or voided already; a numbered sheet is used once.</source>
        <translation>执照纸 %1 已打印或已作废；每张编号执照纸只能使用一次。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>请选择统计期间的起止日期。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose a period of at most three years.</source>
        <translation>统计期间最长为三年，请缩短。</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Awaiting corrections</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>%1 to %2, by %3</source>
        <translation>%1 至 %2，按%3</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第90百分位数</translation>
    </message>
    <message>
        <source>Statutory limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
</context>
<context>
    <name>StatisticsTables</name>
    <message>
        <source>(own words only)</source>
        <translation>（仅自拟事由）</translation>
    </message>
    <message>
        <source>Applications received, by outcome</source>
        <translation>收件量（按办理结果）</translation>
    </message>
    <message>
        <source>Working days from receipt to licence</source>
        <translation>从收件到发照的工作日</translation>
    </message>
    <message>
        <source>Reasons for corrections, refusals and rejections</source>
        <translation>补正、不予受理及驳回事由</translation>
    </message>
    <message>
        <source>Cases accepted per clerk</source>
        <translation>各受理员受理件数</translation>
    </message>
    <message>
        <source>Cases received per workstation</source>
        <translation>各窗口收件数</translation>
    </message>
    <message>
        <source>Online and at the counter</source>
        <translation>网上申请与窗口申请</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>补正</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>已发照件数</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第90百分位数</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Within the limit (%)</source>
        <translation>时限内占比（%）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Given for</source>
        <translation>事由类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
</context>
<context>
    <name>StatutoryClock</name>
    <message>
        <source>The time limits %1 cannot be used: %2</source>
        <translation>时限文件 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a known clock and a known start (received, accepted or entered).</source>
        <translation>“%1”须写明已知的时限种类和起算点（received、accepted 或 entered）。</translation>
    </message>
    <message>
        <source>the clock &quot;%1&quot; needs 1 to 250 working days.</source>
        <translation>时限“%1”须为 1 至 250 个工作日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case state.</source>
        <translation>“%1”不是案件状态。</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>内容不是 JSON 对象。</translation>
    </message>
    <message>
        <source>two clocks run in the state &quot;%1&quot;.</source>
        <translation>状态“%1”下有两个时限。</translation>
    </message>
    <message>
        <source>Accept or ask for corrections</source>
        <translation>受理或告知补正</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>overdue: counts as accepted</source>
        <translation>已逾期：视为受理</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the online application or send one notice listing every correction within %n working day(s) of its arrival (%1): by %2.</source>
        <translation>
            <numerusform>网上申请到达（%1）后 %n 个工作日内受理，或一次性告知需要补正的全部内容：截止 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve or reject within %n working day(s) of acceptance (%1): by %2.</source>
        <translation>
            <numerusform>受理（%1）后 %n 个工作日内作出核准或驳回的决定：截止 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish within %n working day(s) of licensing (%1): by %2.</source>
        <translation>
            <numerusform>发照（%1）后 %n 个工作日内公示：截止 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The time has passed: the application now counts as accepted.</source>
        <translation>期限已过：该申请自期满之日起视为受理。</translation>
    </message>
    <message>
        <source>The 20-day public notice begins when the exchange receives the acceptance and would run until %1.</source>
        <translation>20 日公告自交换平台收到受理之日起开始，预计至 %1 止。</translation>
    </message>
    <message>
        <source>The 20-day public notice runs until %1.</source>
        <translation>20 日公告至 %1 止。</translation>
    </message>
    <message numerus="yes">
        <source>Approve or reject within %n working day(s) after the notice: by %1.</source>
        <translation>
            <numerusform>公告期满后 %n 个工作日内作出核准或驳回的决定：截止 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>notice until %1</source>
        <translation>公告至 %1</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The case database is inconsistent (%1). Nothing was saved.</source>
        <translation>案件数据库数据不一致（%1）。未保存任何内容。</translation>
    </message>
    <message>
        <source>Another program holds the case database, so nothing was saved. Close other OneWindow windows on this computer and try again.</source>
        <translation>案件数据库正被其他程序占用，未保存任何内容。请关闭本机上其他一窗受理系统窗口后重试。</translation>
    </message>
    <message>
        <source>The case database is read-only, so nothing was saved. Ask IT to check the permissions of the data folder.</source>
        <translation>案件数据库为只读，未保存任何内容。请联系信息技术人员检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>The case database is damaged. Nothing was saved. Restart OneWindow: the damaged file will be kept aside for recovery.</source>
        <translation>案件数据库已损坏，未保存任何内容。请重新启动一窗受理系统：损坏的文件将另行保留，以便恢复数据。</translation>
    </message>
    <message>
        <source>The disk holding the case database is full, so nothing was saved. Free some disk space and try again.</source>
        <translation>案件数据库所在的磁盘已满，未保存任何内容。请释放部分磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The case database could not be read or written (input/output error). Nothing was saved.</source>
        <translation>无法读写案件数据库（输入/输出错误）。未保存任何内容。</translation>
    </message>
    <message>
        <source>The case database could not be opened. Check that its folder exists and is writable.</source>
        <translation>无法打开案件数据库。请检查其所在文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The case database reported an error: %1</source>
        <translation>案件数据库报告错误：%1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The exchange is not configured.</source>
        <translation>尚未配置交换平台。</translation>
    </message>
    <message>
        <source>Signed in at the exchange as %1.</source>
        <translation>已以 %1 的身份登录交换平台。</translation>
    </message>
    <message>
        <source>The exchange is not configured: set its address, CA bundle and this workstation&apos;s certificate in the settings.</source>
        <translation>尚未配置交换平台：请在设置中填写交换平台地址、CA 证书包和本工作站的证书。</translation>
    </message>
    <message>
        <source>Sign in online to synchronise with the exchange.</source>
        <translation>请在线登录，以便与交换平台同步。</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were made by %1; they are sent when %1 signs in.</source>
        <translation>
            <numerusform>%1 有 %n 项修改尚未上传；将在 %1 登录后上传。</numerusform>
        </translation>
    </message>
    <message>
        <source>A change to case %1 conflicts with a newer version at the exchange; it is kept in the conflicts list.</source>
        <translation>案件 %1 的一项修改与交换平台上的较新版本冲突；该修改已保留在冲突列表中。</translation>
    </message>
    <message>
        <source>The exchange refused a change to case %1 (%2); it is kept in the conflicts list.</source>
        <translation>交换平台拒绝了案件 %1 的一项修改（%2）；该修改已保留在冲突列表中。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed at the exchange while this counter has unsent changes to them; see the conflicts list.</source>
        <translation>
            <numerusform>有 %n 个案件已在交换平台上被修改，而本工作站对其仍有未上传的修改；请查看冲突列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronised: %1 change(s) sent, %2 received.</source>
        <translation>同步完成：已上传 %1 项修改，已接收 %2 项。</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) sent to the exchange.</source>
        <translation>
            <numerusform>已向交换平台发送 %n 份扫描件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending scans stopped: %1 They are sent at the next synchronisation, from where they stopped.</source>
        <translation>扫描件发送中断：%1 下次同步时将从中断处继续发送。</translation>
    </message>
    <message numerus="yes">
        <source>The exchange refused %n licence sheet record(s); the case&apos;s licence sheets show why.</source>
        <translation>
            <numerusform>交换平台拒绝了 %n 条执照纸记录；案件的“执照纸”中说明了原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the register of enterprises…</source>
        <translation>正在下载企业登记簿（经济户籍库）……</translation>
    </message>
    <message>
        <source>Resuming the download of the register of enterprises after %1.</source>
        <translation>从 %1 之后继续下载企业登记簿。</translation>
    </message>
    <message>
        <source>The register of enterprises is downloaded: %1 enterprises.</source>
        <translation>企业登记簿下载完成：共 %1 户企业。</translation>
    </message>
    <message>
        <source>This exchange sends no register of enterprises in one piece; the enterprises come with the changes.</source>
        <translation>此交换平台不提供整份企业登记簿，企业信息随变更逐条同步。</translation>
    </message>
    <message>
        <source>Another change of the enterprise of case %1 was licensed first: the exchange issued this licence on the registration as it now is, so the sheet printed here differs. Sync again (F5), then void it and print the licence again.</source>
        <translation>案件 %1 所涉企业的另一项变更已先行核发执照：交换平台按该企业现有登记信息核发了本执照，本窗口打印的执照与之不符。请再次同步（F5），然后作废已打印的执照并重新打印。</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>%1 (request ID %2)</source>
        <translation>%1（请求 ID：%2）</translation>
    </message>
    <message>
        <source>The exchange is temporarily unavailable; it will be tried again shortly.</source>
        <translation>交换平台暂时不可用；稍后将自动重试。</translation>
    </message>
    <message>
        <source>The exchange had an internal error (HTTP %1); it will be tried again shortly.</source>
        <translation>交换平台发生内部错误（HTTP %1）；稍后将自动重试。</translation>
    </message>
    <message>
        <source>The exchange asks to sign in again.</source>
        <translation>交换平台要求重新登录。</translation>
    </message>
    <message>
        <source>The exchange is busy (HTTP %1); it will be tried again shortly.</source>
        <translation>交换平台繁忙（HTTP %1）；稍后将自动重试。</translation>
    </message>
    <message>
        <source>The exchange refused the request (HTTP %1, %2).</source>
        <translation>交换平台拒绝了该请求（HTTP %1，%2）。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未上传任何内容。</translation>
    </message>
    <message>
        <source>The exchange&apos;s certificate expired on %1. Ask the exchange&apos;s administrator to renew it. %2</source>
        <translation>交换平台的证书已于 %1 过期。请联系交换平台管理员更新证书。%2</translation>
    </message>
    <message>
        <source>The exchange&apos;s certificate is valid only from %1. Check this computer&apos;s date and time. %2</source>
        <translation>交换平台的证书自 %1 起才生效。请检查本机的日期和时间。%2</translation>
    </message>
    <message>
        <source>The exchange&apos;s certificate was issued for another address (%1). Check the exchange address in the settings. %2</source>
        <translation>交换平台的证书是为其他地址（%1）签发的。请检查设置中的交换平台地址。%2</translation>
    </message>
    <message>
        <source>The exchange&apos;s certificate has been revoked. %1</source>
        <translation>交换平台的证书已被吊销。%1</translation>
    </message>
    <message>
        <source>The exchange&apos;s certificate is not issued by the registry CA configured here (it is self-signed or from another CA). Check the exchange address and the CA bundle in the settings. %1</source>
        <translation>交换平台的证书不是由此处配置的登记系统 CA 签发的（是自签名证书或来自其他 CA）。请检查设置中的交换平台地址和 CA 证书包。%1</translation>
    </message>
    <message>
        <source>The exchange presented no certificate. %1</source>
        <translation>交换平台未提供证书。%1</translation>
    </message>
    <message>
        <source>The exchange&apos;s certificate cannot be verified (%1). %2</source>
        <translation>无法验证交换平台的证书（%1）。%2</translation>
    </message>
    <message>
        <source>The exchange does not answer (connection refused); it will be tried again.</source>
        <translation>交换平台无响应（连接被拒绝）；将自动重试。</translation>
    </message>
    <message>
        <source>The exchange&apos;s address cannot be found; check the network or the address.</source>
        <translation>找不到交换平台的地址；请检查网络或地址。</translation>
    </message>
    <message>
        <source>The exchange did not answer in time; it will be tried again.</source>
        <translation>交换平台响应超时；将自动重试。</translation>
    </message>
    <message>
        <source>The exchange closed the connection; it will be tried again.</source>
        <translation>交换平台关闭了连接；将自动重试。</translation>
    </message>
    <message>
        <source>The network is not available; the exchange will be tried again.</source>
        <translation>网络不可用；将自动重试连接交换平台。</translation>
    </message>
    <message>
        <source>The exchange refused the secure connection: this workstation&apos;s certificate is missing, not issued by the registry, or revoked. Nothing was sent.</source>
        <translation>交换平台拒绝了安全连接：本工作站的证书缺失、不是由登记系统签发，或已被吊销。未上传任何内容。</translation>
    </message>
    <message>
        <source>The network proxy failed; it will be tried again.</source>
        <translation>网络代理出错；将自动重试。</translation>
    </message>
    <message>
        <source>The connection to the exchange failed (%1); it will be tried again.</source>
        <translation>连接交换平台失败（%1）；将自动重试。</translation>
    </message>
    <message>
        <source>The exchange&apos;s answer was larger than %1 MiB and was cut off.</source>
        <translation>交换平台的响应超过 %1 MiB，已被截断。</translation>
    </message>
    <message>
        <source>The exchange&apos;s answer was nested deeper than %1 levels and was refused.</source>
        <translation>交换平台的响应嵌套超过 %1 层，已被拒绝。</translation>
    </message>
    <message>
        <source>The exchange&apos;s answer could not be read; it will be tried again.</source>
        <translation>无法读取交换平台的响应；将自动重试。</translation>
    </message>
    <message>
        <source>The local database could not store the synchronised data: %1</source>
        <translation>本地数据库无法保存同步的数据：%1</translation>
    </message>
    <message>
        <source>The exchange requires this workstation&apos;s certificate, and none is configured. Import the workstation&apos;s PKCS#12 file in the settings. Nothing was sent.</source>
        <translation>交换平台要求提供本工作站的证书，但尚未配置证书。请在设置中导入本工作站的 PKCS#12 文件。未上传任何内容。</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>The CA bundle %1 cannot be read. Choose the registry CA file in the settings.</source>
        <translation>无法读取 CA 证书包 %1。请在设置中选择登记系统的 CA 证书文件。</translation>
    </message>
    <message>
        <source>The file %1 holds no CA certificate (PEM or DER expected).</source>
        <translation>文件 %1 中没有 CA 证书（应为 PEM 或 DER 格式）。</translation>
    </message>
    <message>
        <source>The workstation certificate %1 cannot be read. Import the PKCS#12 file issued for this workstation.</source>
        <translation>无法读取工作站证书 %1。请导入为本工作站签发的 PKCS#12 文件。</translation>
    </message>
    <message>
        <source>The file %1 is not a PKCS#12 certificate file (.p12 or .pfx).</source>
        <translation>文件 %1 不是 PKCS#12 证书文件（.p12 或 .pfx）。</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 certificate file (.p12 or .pfx).</source>
        <translation>该文件不是 PKCS#12 证书文件（.p12 或 .pfx）。</translation>
    </message>
    <message>
        <source>The passphrase of the workstation certificate is wrong.</source>
        <translation>工作站证书的密码错误。</translation>
    </message>
    <message>
        <source>The PKCS#12 file opens, but holds no usable certificate and private key.</source>
        <translation>PKCS#12 文件可以打开，但其中没有可用的证书和私钥。</translation>
    </message>
    <message>
        <source>The exchange address must start with https:// (it is &quot;%1&quot;).</source>
        <translation>交换平台地址必须以 https:// 开头（当前为“%1”）。</translation>
    </message>
</context>
<context>
    <name>UsccCode</name>
    <message>
        <source>Enter the unified social credit code (18 characters).</source>
        <translation>请填写统一社会信用代码（18 位）。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Remove the space at position %1.</source>
        <translation>请删除第 %1 位的空格。</translation>
    </message>
    <message>
        <source>The letter %1 at position %2 must be upper case.</source>
        <translation>第 %2 位的字母 %1 必须大写。</translation>
    </message>
    <message>
        <source>The letter %1 at position %2 never appears in a credit code (I, O, Z, S and V are not used; check for 1, 0, 2, 5 or U).</source>
        <translation>第 %2 位的字母 %1 不会出现在统一社会信用代码中（代码不使用 I、O、Z、S、V；请核对是否应为 1、0、2、5 或 U）。</translation>
    </message>
    <message>
        <source>The character %1 at position %2 is not allowed; a credit code has only digits and the upper-case letters %3.</source>
        <translation>第 %2 位的字符 %1 不允许使用；统一社会信用代码只包含数字和大写字母 %3。</translation>
    </message>
    <message>
        <source>Position 1 (%1) is not a registration department code; market registration uses 9.</source>
        <translation>第 1 位（%1）不是登记管理部门代码；市场监管部门登记的主体应为 9。</translation>
    </message>
    <message>
        <source>Position 2 (%1) is not an entity category of department %2; it must be one of %3.</source>
        <translation>第 2 位（%1）不是登记管理部门 %2 下的机构类别代码；应为以下之一：%3。</translation>
    </message>
    <message>
        <source>Positions 3 to 8 are a division code of digits only; position %1 is %2.</source>
        <translation>第 3 至 8 位是行政区划代码，只能是数字；第 %1 位是 %2。</translation>
    </message>
    <message>
        <source>The organisation code in positions 9 to 17 does not check out: a character of it is probably mistyped. Compare the code with the licence, character by character.</source>
        <translation>第 9 至 17 位的组织机构代码校验未通过，可能有某一位录入有误。请对照营业执照逐位核对。</translation>
    </message>
    <message>
        <source>The code does not check out: a character of it is probably mistyped. Compare it with the licence, character by character.</source>
        <translation>统一社会信用代码校验未通过，可能有某一位录入有误。请对照营业执照逐位核对。</translation>
    </message>
    <message>
        <source>Positions 3 and 4 (%1) of the division code %2 are not a province&apos;s code.</source>
        <translation>行政区划码 %2 的第 3、4 位（%1）不是省级行政区代码。</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>The data folder %1 cannot be created. Check that the disk is writable.</source>
        <translation>无法创建数据文件夹 %1。请检查磁盘是否可写。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The working-day calendar %1 cannot be used: %2</source>
        <translation>工作日日历 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1).</source>
        <translation>内容不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>it lists no years.</source>
        <translation>其中没有任何年份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year, or is listed twice.</source>
        <translation>“%1”不是年份，或者重复列出。</translation>
    </message>
    <message>
        <source>the holiday &quot;%1&quot; of %2 needs dates from and to (yyyy-MM-dd) in that year, to not before from.</source>
        <translation>%2 年的假日“%1”须有当年的起止日期（yyyy-MM-dd），且止日不早于起日。</translation>
    </message>
    <message>
        <source>the working day &quot;%1&quot; of %2 is not a date (yyyy-MM-dd) of that year.</source>
        <translation>%2 年的调休上班日“%1”不是当年的日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a working day.</source>
        <translation>%1 既是假日又是上班日。</translation>
    </message>
    <message>
        <source>The working-day calendar has no holidays for %1: only weekends are counted.</source>
        <translation>工作日日历中没有 %1 年的节假日：目前只扣除周末。</translation>
    </message>
    <message>
        <source>The holidays of %1 are provisional (statutory days only, without swapped working days); ask the office&apos;s IT staff for the year&apos;s calendar.</source>
        <translation>%1 年的节假日为暂定（仅含法定假日，未含调休）；请联系本局信息技术人员更新当年日历。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The case cache cannot be opened</source>
        <translation>无法打开案件缓存</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The case cache is damaged</source>
        <translation>案件缓存已损坏</translation>
    </message>
    <message>
        <source>%1

Start with an empty case cache now? Nothing of the damaged file is deleted; give its path to your IT staff for recovery.</source>
        <translation>%1

是否现在使用空的案件缓存开始工作？损坏的文件不会被删除；请将其路径告知信息技术人员以便恢复。</translation>
    </message>
    <message>
        <source>Workstation certificate</source>
        <translation>工作站证书</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>无法读取证书密码文件 %1。</translation>
    </message>
    <message>
        <source>Connection to the exchange</source>
        <translation>交换平台连接</translation>
    </message>
    <message>
        <source>%1

OneWindow works offline until this is fixed (Case → Exchange connection).</source>
        <translation>%1

在此问题解决之前，一窗受理系统将离线工作（案件 → 交换平台连接）。</translation>
    </message>
    <message>
        <source>OneWindow is already open</source>
        <translation>一窗受理已经打开</translation>
    </message>
    <message>
        <source>OneWindow is already open on this workstation (process %1). Use that window: a second one would work on the same cases beside it.</source>
        <translation>本工作站已打开一窗受理（进程 %1）。请使用已打开的窗口：再打开一个会与它同时处理同一批案件。</translation>
    </message>
</context>
<context>
    <name>ow::core::Quotation</name>
    <message>
        <source>&apos;%1&apos;</source>
        <comment>a character or word a message points at; the language&apos;s quotation marks</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>ow::sync::ExchangeClient</name>
    <message>
        <source>The exchange&apos;s answer about a scan could not be read.</source>
        <translation>无法读取交换平台关于扫描件的答复。</translation>
    </message>
    <message>
        <source>A scan from the exchange did not match its name; it was not kept.</source>
        <translation>来自交换平台的扫描件与其名称（哈希）不符，未予保存。</translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseListModel</name>
    <message>
        <source>(not accepted)</source>
        <translation>（未受理）</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚无名称）</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受理号</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>%1 · %2 until %3</source>
        <translation>%1 · %2（至 %3）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · green channel</source>
        <translation>%1 · 绿色通道</translation>
    </message>
    <message>
        <source>
Every person named is clean on the credit lists: priority handling (优先办理).</source>
        <translation>
表单所列人员均无信用名单记录：优先办理。</translation>
    </message>
</context>
<context>
    <name>ow::ui::ConflictsView</name>
    <message>
        <source>Show re&amp;solved ones too</source>
        <translation>同时显示已解决的冲突(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换平台</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>&amp;Note (required)</source>
        <translation>备注（必填）(&amp;N)</translation>
    </message>
    <message>
        <source>What was done, e.g. &quot;re-entered the correction on the current case&quot;</source>
        <translation>已采取的处理措施，例如“已在当前案件上重新录入补正内容”</translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation>标记为已解决(&amp;M)…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Rejected when sent</source>
        <translation>上传时被拒绝</translation>
    </message>
    <message>
        <source>Conflict when sent</source>
        <translation>上传时冲突</translation>
    </message>
    <message>
        <source>Conflict when received</source>
        <translation>接收时冲突</translation>
    </message>
    <message>
        <source>Resolved — %1</source>
        <translation>已解决 — %1</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open conflict(s)&lt;/b&gt; — nothing is overwritten until a supervisor has looked at them.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个待处理冲突&lt;/b&gt; — 在审核员查看之前，不会覆盖任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange and this counter agree on every case: there is nothing to resolve.</source>
        <translation>交换平台与本工作站的所有案件一致：没有需要解决的冲突。</translation>
    </message>
    <message>
        <source>This counter sent a change, but the case had meanwhile changed at the exchange (on another workstation or online). The exchange did not apply the change; it is kept here.</source>
        <translation>本工作站上传了一项修改，但该案件在此期间已在交换平台上被修改（在其他工作站或网上）。交换平台未应用这项修改；该修改保留在此处。</translation>
    </message>
    <message>
        <source>The exchange refused a change sent from this counter (its rules or the user&apos;s role do not allow it). The change was not applied there; it is kept here.</source>
        <translation>交换平台拒绝了本工作站上传的一项修改（交换平台的规则或用户的角色不允许该修改）。该修改未在交换平台上应用；它保留在此处。</translation>
    </message>
    <message>
        <source>The exchange sent a newer version of this case while this counter still had unsent changes to it. The local case was not overwritten.</source>
        <translation>交换平台发来了该案件的较新版本，而本工作站对该案件仍有未上传的修改。本地案件未被覆盖。</translation>
    </message>
    <message>
        <source>%1 × 10,000 yuan</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>受理号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>This counter %1</source>
        <translation>本工作站%1</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>交换平台%1</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>The two sides differ here.</source>
        <translation>两边在此处不一致。</translation>
    </message>
    <message>
        <source>This counter&apos;s change: &lt;b&gt;%1&lt;/b&gt; by %2 at workstation %3, %4.</source>
        <translation>本工作站的修改：&lt;b&gt;%1&lt;/b&gt;，由 %2 在工作站 %3 于 %4 进行。</translation>
    </message>
    <message>
        <source>The exchange said: %1</source>
        <translation>交换平台返回：%1</translation>
    </message>
    <message>
        <source>Error code: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>错误代码：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Request ID: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>请求 ID：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Only a supervisor can resolve conflicts. Tell your supervisor about this one; nothing is lost meanwhile.</source>
        <translation>只有审核员才能解决冲突。请将此冲突告知审核员；在此期间不会丢失任何数据。</translation>
    </message>
    <message>
        <source>This conflict has been resolved.</source>
        <translation>该冲突已解决。</translation>
    </message>
    <message>
        <source>Mark the conflict resolved</source>
        <translation>将冲突标记为已解决</translation>
    </message>
    <message>
        <source>Mark the conflict of case %1 as resolved?</source>
        <translation>是否将案件 %1 的冲突标记为已解决？</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>标记为已解决(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Neither case is changed.</source>
        <translation>两边的案件都不会被修改。</translation>
    </message>
    <message>
        <source>Neither case is changed, and this counter&apos;s change is not sent again.</source>
        <translation>两边的案件都不会被修改，本工作站的修改也不会再次上传。</translation>
    </message>
    <message>
        <source>%1 Your note is kept with the conflict:

%2</source>
        <translation>%1您的备注将随该冲突一并保存：

%2</translation>
    </message>
    <message>
        <source>The case had changed at the exchange since this counter&apos;s version.</source>
        <translation>自本工作站的版本之后，该案件已在交换平台上被修改。</translation>
    </message>
    <message>
        <source>The case changed at the exchange while this counter had unsent changes to it.</source>
        <translation>本工作站对该案件尚有未上传的修改时，该案件已在交换平台上被修改。</translation>
    </message>
    <message>
        <source>The exchange does not know this case (its acceptance has not reached the exchange).</source>
        <translation>交换平台上没有该案件（其受理信息尚未送达交换平台）。</translation>
    </message>
    <message>
        <source>The role of the person who made the change may not do this.</source>
        <translation>作出该修改的人员所属角色无权执行此操作。</translation>
    </message>
    <message>
        <source>The case was no longer in a state that allows this change.</source>
        <translation>该案件已不处于允许此项修改的状态。</translation>
    </message>
    <message>
        <source>The four-eyes rule: the person who accepted the case may not also decide it.</source>
        <translation>双人审核规则：受理该案件的人员不得同时作出核准决定。</translation>
    </message>
    <message>
        <source>Another supervisor holds the review of this case.</source>
        <translation>另一名审核员正在审查该案件。</translation>
    </message>
    <message>
        <source>The application form does not pass the registration rules at the exchange.</source>
        <translation>申请表未通过交换平台的登记规则校验。</translation>
    </message>
    <message>
        <source>Required materials are missing.</source>
        <translation>缺少必需材料。</translation>
    </message>
    <message>
        <source>The change needs a reason, and none was given.</source>
        <translation>该修改需要填写理由，但未填写。</translation>
    </message>
    <message>
        <source>The change was made under another user than the one signed in at the exchange.</source>
        <translation>该修改由另一名用户作出，与在交换平台登录的用户不一致。</translation>
    </message>
    <message>
        <source>The exchange does not accept this kind of change.</source>
        <translation>交换平台不接受此类修改。</translation>
    </message>
    <message>
        <source>Reviewing supervisor</source>
        <translation>审查人（审核员）</translation>
    </message>
    <message>
        <source>Why: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>原因：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep the &amp;exchange&apos;s version…</source>
        <translation>采用交换平台版本(&amp;E)…</translation>
    </message>
    <message>
        <source>Send &amp;ours again…</source>
        <translation>重新发送本机变更(&amp;O)…</translation>
    </message>
    <message>
        <source>Marked resolved</source>
        <translation>已标记为解决</translation>
    </message>
    <message>
        <source>Kept the exchange&apos;s version</source>
        <translation>已采用交换平台版本</translation>
    </message>
    <message>
        <source>Sent this counter&apos;s change again</source>
        <translation>已重新发送本窗口的变更</translation>
    </message>
    <message>
        <source>%1 — by %2 on %3: %4</source>
        <translation>%1 — 处理人 %2，时间 %3：%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep the exchange&apos;s version&lt;/b&gt;: this counter&apos;s case becomes the exchange&apos;s; its unsent changes to the case are not sent (the audit journal keeps them).</source>
        <translation>&lt;b&gt;采用交换平台版本&lt;/b&gt;：本窗口的案件改为交换平台的版本；本窗口对该案件未发送的变更不再发送（审计日志保留记录）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send ours again&lt;/b&gt;: this counter&apos;s change goes to the exchange again, on top of the exchange&apos;s version, with the next sync; the exchange checks it by its rules.</source>
        <translation>&lt;b&gt;重新发送本机变更&lt;/b&gt;：下次同步时，本窗口的变更在交换平台版本的基础上重新发送；交换平台按其规则重新审核。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark resolved&lt;/b&gt;: records your note only; neither case changes. Make any needed correction on the case itself.</source>
        <translation>&lt;b&gt;标记为已解决&lt;/b&gt;：只记录您的说明，两边的案件都不变。如需更正，请在案件本身上进行。</translation>
    </message>
    <message>
        <source>Enter a note first: what was decided about this conflict, and why.</source>
        <translation>请先填写说明：对此冲突作出了什么决定，以及原因。</translation>
    </message>
    <message>
        <source>Keep the exchange&apos;s version</source>
        <translation>采用交换平台版本</translation>
    </message>
    <message>
        <source>Replace this counter&apos;s version of case %1 with the exchange&apos;s?</source>
        <translation>用交换平台的版本替换本窗口的案件 %1 吗？</translation>
    </message>
    <message>
        <source>This counter&apos;s unsent changes to the case are not sent; the audit journal keeps them.</source>
        <translation>本窗口对该案件未发送的变更将不再发送；审计日志保留记录。</translation>
    </message>
    <message>
        <source>&amp;Keep the exchange&apos;s version</source>
        <translation>采用交换平台版本(&amp;K)</translation>
    </message>
    <message>
        <source>Send this counter&apos;s change again</source>
        <translation>重新发送本窗口的变更</translation>
    </message>
    <message>
        <source>Send this counter&apos;s change to case %1 again, on top of the exchange&apos;s version?</source>
        <translation>在交换平台版本的基础上，重新发送本窗口对案件 %1 的变更吗？</translation>
    </message>
    <message>
        <source>It goes out with the next sync; the exchange checks it again by its rules.</source>
        <translation>变更将在下次同步时发出；交换平台会按其规则重新审核。</translation>
    </message>
    <message>
        <source>It goes out with the next sync while %1 is signed in; the exchange checks it again by its rules.</source>
        <translation>变更将在 %1 登录时的下次同步中发出；交换平台会按其规则重新审核。</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>重新发送(&amp;S)</translation>
    </message>
    <message>
        <source>The case belongs to a registration authority the signed-in user does not cover; the exchange says nothing more of it.</source>
        <translation>该案件属于登录用户无权管辖的登记机关；交换平台不提供该案件的其他信息。</translation>
    </message>
    <message>
        <source>The receipt number is not this workstation&apos;s, or its authority is not the case&apos;s (was the workstation&apos;s registration authority changed after the number was issued?).</source>
        <translation>受理号不属于本工作站，或其登记机关与案件的不一致（受理号发出后，本工作站的登记机关是否已变更？）。</translation>
    </message>
    <message>
        <source>The receipt number does not follow the rule authority-date-workstation-sequence.</source>
        <translation>受理号不符合“登记机关-日期-工作站-序号”的规则。</translation>
    </message>
    <message>
        <source>Another case at the exchange already holds this receipt number.</source>
        <translation>交换平台上已有另一案件使用此受理号。</translation>
    </message>
    <message>
        <source>The case is larger than the exchange stores.</source>
        <translation>案件数据超出交换平台可保存的大小。</translation>
    </message>
    <message>
        <source>A text of the case is longer than the exchange allows.</source>
        <translation>案件中有文字超出交换平台允许的长度。</translation>
    </message>
    <message>
        <source>A list of the case has more entries than the exchange allows.</source>
        <translation>案件中有列表的条目数超出交换平台允许的数量。</translation>
    </message>
    <message>
        <source>A text of the case holds characters that are not allowed.</source>
        <translation>案件中有文字包含不允许的字符。</translation>
    </message>
    <message>
        <source>The signed-in user&apos;s registration authority does not cover this workstation&apos;s.</source>
        <translation>登录用户所属登记机关无权管辖本工作站所属的登记机关。</translation>
    </message>
    <message>
        <source>Only the public portal may do this at the exchange.</source>
        <translation>在交换平台上，只有公众门户可以执行此操作。</translation>
    </message>
    <message>
        <source>The user name or the password was wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account is disabled at the exchange.</source>
        <translation>该账号已在交换平台停用。</translation>
    </message>
    <message>
        <source>The account is locked at the exchange after too many wrong passwords.</source>
        <translation>密码错误次数过多，该账号已在交换平台锁定。</translation>
    </message>
    <message>
        <source>The session with the exchange had ended; sign in again.</source>
        <translation>与交换平台的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>The session belongs to another workstation&apos;s certificate.</source>
        <translation>该会话属于另一工作站的证书。</translation>
    </message>
    <message>
        <source>The exchange has revoked this workstation&apos;s certificate.</source>
        <translation>交换平台已吊销本工作站的证书。</translation>
    </message>
    <message>
        <source>The exchange does not know this workstation&apos;s certificate.</source>
        <translation>交换平台不认可本工作站的证书。</translation>
    </message>
    <message>
        <source>The exchange could not read what this counter sent.</source>
        <translation>交换平台无法读取本窗口发送的内容。</translation>
    </message>
    <message>
        <source>What this counter sent was too large for the exchange.</source>
        <translation>本窗口发送的内容超出交换平台允许的大小。</translation>
    </message>
    <message>
        <source>The exchange does not offer this service; check its address.</source>
        <translation>交换平台不提供此服务，请检查交换平台地址。</translation>
    </message>
    <message>
        <source>What this counter sent did not reach the exchange in time.</source>
        <translation>本窗口发送的内容未能及时到达交换平台。</translation>
    </message>
    <message>
        <source>The exchange was unavailable; it will be tried again.</source>
        <translation>交换平台暂不可用，稍后将自动重试。</translation>
    </message>
    <message>
        <source>The exchange was busy; it will be tried again.</source>
        <translation>交换平台繁忙，稍后将自动重试。</translation>
    </message>
    <message>
        <source>The exchange had an internal error; it will be tried again.</source>
        <translation>交换平台内部出错，稍后将自动重试。</translation>
    </message>
    <message>
        <source>The domicile lies outside the office&apos;s jurisdiction, and no reason was given for registering it here.</source>
        <translation>住所不在本局管辖范围内，且未说明在本局登记的理由。</translation>
    </message>
    <message>
        <source>A standard reason picked is not in the exchange&apos;s catalogue.</source>
        <translation>所选的规范事由不在交换平台的事由目录中。</translation>
    </message>
    <message>
        <source>The case&apos;s time limit was extended already; it can be extended once.</source>
        <translation>该案件的时限已经延长过；时限只能延长一次。</translation>
    </message>
    <message>
        <source>The exchange cannot make a credit code for the case: its registration authority&apos;s division is not in the exchange&apos;s division list. Ask IT to check the exchange&apos;s divisions.</source>
        <translation>交换平台无法为该案件生成统一社会信用代码：登记机关的行政区划不在交换平台的区划列表中。请联系信息技术人员检查交换平台的行政区划。</translation>
    </message>
    <message>
        <source>The exchange cannot sign the licence: a text of it is too long for the licence&apos;s QR code, or the exchange&apos;s signing key is not usable. Shorten the name or domicile, or ask IT to check the exchange&apos;s signing key.</source>
        <translation>交换平台无法签署营业执照：某项文本过长，超出营业执照二维码的容量，或交换平台的签名密钥不可用。请缩短名称或住所，或联系信息技术人员检查交换平台的签名密钥。</translation>
    </message>
    <message>
        <source>A person named on the form is barred by a credit list entry the exchange holds.</source>
        <translation>表单所列人员被交换平台上的信用名单记录限制。</translation>
    </message>
    <message>
        <source>The exchange has not registered the enterprise this change or deregistration names, or not with this authority.</source>
        <translation>交换平台未登记该变更或注销所指的企业，或该企业不属于本登记机关。</translation>
    </message>
    <message>
        <source>The exchange holds this case as another kind (establishment, change, deregistration).</source>
        <translation>交换平台上该案件为另一种登记类型（设立、变更、注销）。</translation>
    </message>
    <message>
        <source>The case is of a kind the exchange does not know: is this counter newer than the exchange?</source>
        <translation>交换平台不识别该案件的登记类型：本窗口的版本是否比交换平台新？</translation>
    </message>
    <message>
        <source>This kind of case does not take that action.</source>
        <translation>此类案件不能进行该操作。</translation>
    </message>
    <message>
        <source>The exchange has not begun the public notice of this simplified deregistration.</source>
        <translation>交换平台尚未开始该简易注销的公告。</translation>
    </message>
    <message>
        <source>The public notice of this simplified deregistration was still running at the exchange.</source>
        <translation>该简易注销在交换平台的公告期尚未届满。</translation>
    </message>
    <message>
        <source>Objections were raised during the public notice: a simplified deregistration with objections is rejected, and the applicant may apply for a general one.</source>
        <translation>公告期内有人提出异议：有异议的简易注销应予驳回，申请人可申请一般注销。</translation>
    </message>
    <message>
        <source>The enterprise this case is about was deregistered at the exchange, or its licence revoked (then only a general deregistration goes on).</source>
        <translation>本案件所涉企业已在交换平台注销，或已被吊销营业执照（此时只能继续办理一般程序注销登记）。</translation>
    </message>
    <message>
        <source>The enterprise&apos;s licence was revoked: it is deregistered by the general procedure only. Withdraw this case and accept a general deregistration.</source>
        <translation>该企业已被吊销营业执照，只能按一般程序注销。请撤回本案件，改为受理一般程序注销登记。</translation>
    </message>
</context>
<context>
    <name>ow::ui::CreditCheckPanel</name>
    <message numerus="yes">
        <source>%n list entry(ies) held here as of the last sync</source>
        <translation>
            <numerusform>截至上次同步，本工作站有 %n 条名单记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit check: each person and legal person is checked against the credit lists as their ID number or credit code is typed (%1).</source>
        <translation>信用核查：录入证件号码或统一社会信用代码时，即与信用名单核对（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;✓ Credit check: clean.&lt;/b&gt; None of the %n person(s) and legal person(s) checked is on a credit list (%1); the case goes to the supervisors&apos; green channel (优先办理).</source>
        <translation>
            <numerusform>&lt;b&gt;✓ 信用核查：无不良记录。&lt;/b&gt;所核查的 %n 名自然人和法人均不在信用名单中（%1）；案件进入审核人员的绿色通道（优先办理）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Acceptance blocked by the credit lists.&lt;/b&gt; Tell the applicant why; the case can be accepted once the person is replaced or the entry removed.</source>
        <translation>&lt;b&gt;信用名单限制，不予受理。&lt;/b&gt;请向申请人说明原因；更换人员或记录移出后方可受理。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Credit check: take note.&lt;/b&gt; Nothing blocks acceptance.</source>
        <translation>&lt;b&gt;信用核查：请注意。&lt;/b&gt;不影响受理。</translation>
    </message>
</context>
<context>
    <name>ow::ui::CreditEntriesDialog</name>
    <message>
        <source>Credit list entries of the registry</source>
        <translation>登记机关信用名单记录</translation>
    </message>
    <message>
        <source>An entry you make here is recorded once another supervisor of the office confirms it (four eyes); every counter of the province then checks against it.</source>
        <translation>在此录入的记录经本局另一名审核人员确认（双人复核）后方予记录，全省各窗口随后据此核查。</translation>
    </message>
    <message>
        <source>&amp;Enter an entry</source>
        <translation>录入记录(&amp;E)</translation>
    </message>
    <message>
        <source>The exchange cannot be reached: entries are made and confirmed at the exchange. Connect, then sync (F5).</source>
        <translation>无法连接交换平台：记录须在交换平台录入和确认。请连接后同步（F5）。</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>名单(&amp;L)</translation>
    </message>
    <message>
        <source>A person (ID number)</source>
        <translation>个人（证件号码）</translation>
    </message>
    <message>
        <source>An entity (credit code)</source>
        <translation>单位（统一社会信用代码）</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>对象(&amp;N)</translation>
    </message>
    <message>
        <source>ID number or &amp;code</source>
        <translation>证件号码或代码(&amp;C)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reason for listing</source>
        <translation>列入原因(&amp;R)</translation>
    </message>
    <message>
        <source>Deciding &amp;authority</source>
        <translation>作出决定机关(&amp;A)</translation>
    </message>
    <message>
        <source>Decision and &amp;basis</source>
        <translation>决定文号及依据(&amp;B)</translation>
    </message>
    <message>
        <source>In force &amp;from</source>
        <translation>列入日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Propose for confirmation (Ctrl+Enter)</source>
        <translation>提交确认(&amp;P)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Reason and basis</source>
        <translation>原因及依据</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Confirm the selected entry</source>
        <translation>确认所选记录(&amp;C)</translation>
    </message>
    <message>
        <source>The exchange cannot be reached; nothing was sent. Connect, then try again.</source>
        <translation>无法连接交换平台，未发送任何内容。请连接后重试。</translation>
    </message>
    <message>
        <source>Entered. It is recorded once another supervisor confirms it.</source>
        <translation>已录入。经另一名审核人员确认后方予记录。</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) await confirmation.</source>
        <translation>
            <numerusform>%n 条记录待确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the entry to confirm.</source>
        <translation>请选择要确认的记录。</translation>
    </message>
    <message>
        <source>You entered this one: another supervisor confirms it (four eyes).</source>
        <translation>此记录由您录入：须由另一名审核人员确认（双人复核）。</translation>
    </message>
    <message>
        <source>The exchange cannot be reached; nothing was confirmed.</source>
        <translation>无法连接交换平台，未确认任何内容。</translation>
    </message>
    <message>
        <source>Recorded: %1 on the %2 from %3. Every counter gets it with its next sync.</source>
        <translation>已记录：%1 自 %3 起列入%2。各窗口下次同步后即可取得。</translation>
    </message>
    <message>
        <source>Remo&amp;ve an entry</source>
        <translation>移出名单(&amp;V)</translation>
    </message>
    <message>
        <source>A&amp;waiting confirmation</source>
        <translation>待确认(&amp;W)</translation>
    </message>
    <message>
        <source>The removal of %1&apos;s entry is proposed. It is recorded once another supervisor confirms it.</source>
        <translation>已提出将“%1”移出名单，待另一名审核人员确认后生效。</translation>
    </message>
    <message>
        <source>Recorded: %1 removed from the %2 on %3. Every counter gets it with its next sync.</source>
        <translation>已记录：%1 于 %3 移出%2。各窗口下次同步时即可获得。</translation>
    </message>
</context>
<context>
    <name>ow::ui::CreditRecordDialog</name>
    <message>
        <source>no end (long-term)</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>列入%1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（已移出）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing recorded in this category.</source>
        <translation>本类别暂无信息。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Unified social credit code %1 · %2</source>
        <translation>统一社会信用代码 %1 · %2</translation>
    </message>
    <message>
        <source>On the %1 since %2, decided by %3</source>
        <translation>自 %2 起被列入%1，作出决定机关：%3</translation>
    </message>
    <message>
        <source>Credit record — %1</source>
        <translation>信用记录 — %1</translation>
    </message>
    <message>
        <source>From this workstation&apos;s copy as of its last sync: the registry, the departments&apos; claims and records, and the credit lists. Alt+1 to Alt+5 choose a category.</source>
        <translation>依据本工作站最近一次同步的信息：登记信息、各部门的认领和信用记录以及信用名单。按 Alt+1 至 Alt+5 切换类别。</translation>
    </message>
    <message>
        <source>Credit report &amp;PDF… (Ctrl+P)</source>
        <translation>信用报告 PDF(&amp;P)…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Credit report not written</source>
        <translation>信用报告未能生成</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>The printer did not accept the credit report (%1). Open the PDF and print it from there.</source>
        <translation>打印机未能接收信用报告（%1）。请打开 PDF 文件后从中打印。</translation>
    </message>
</context>
<context>
    <name>ow::ui::CreditRemovalTab</name>
    <message>
        <source>ID number or credit code, then Enter</source>
        <translation>输入身份证号或统一社会信用代码后按回车</translation>
    </message>
    <message>
        <source>ID number or &amp;code</source>
        <translation>身份证号或代码(&amp;C)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称/姓名</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定机关及依据</translation>
    </message>
    <message>
        <source>Removed &amp;on</source>
        <translation>移出日期(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. 已补报年度报告，申请移出</source>
        <translation>例如：已补报年度报告，申请移出</translation>
    </message>
    <message>
        <source>Reaso&amp;n</source>
        <translation>移出原因(&amp;N)</translation>
    </message>
    <message>
        <source>Propose the &amp;removal for confirmation (Ctrl+Enter)</source>
        <translation>提交移出，待他人确认(&amp;R)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>%1 (removed %2)</source>
        <translation>%1（已于 %2 移出）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This counter&apos;s lists hold no entry of %1 (as of its last sync).</source>
        <translation>本窗口的名单（截至上次同步）中没有 %1 的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) found. Select the one to remove.</source>
        <translation>
            <numerusform>找到 %n 条记录，请选择要移出的一条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the entry by its ID number or code and select it.</source>
        <translation>请先按身份证号或代码查找并选中要移出的记录。</translation>
    </message>
</context>
<context>
    <name>ow::ui::DivisionPicker</name>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>— city —</source>
        <translation>— 选择市 —</translation>
    </message>
    <message>
        <source>— county or district —</source>
        <translation>— 选择区县 —</translation>
    </message>
</context>
<context>
    <name>ow::ui::ExchangeSettingsDialog</name>
    <message>
        <source>Exchange connection</source>
        <translation>交换平台连接</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换平台</translation>
    </message>
    <message>
        <source>The address the registry gave for the central exchange; it must start with https://.</source>
        <translation>登记系统提供的中心交换平台地址；必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Registry CA (the only authority trusted)</source>
        <translation>登记系统 CA（唯一受信任的证书颁发机构）</translation>
    </message>
    <message>
        <source>PEM file from the registry, e.g. ca.pem</source>
        <translation>登记系统提供的 PEM 文件，例如 ca.pem</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>CA &amp;bundle</source>
        <translation>CA 证书包(&amp;B)</translation>
    </message>
    <message>
        <source>Workstation certificate</source>
        <translation>工作站证书</translation>
    </message>
    <message>
        <source>PKCS#12 file issued for this workstation (.p12)</source>
        <translation>为本工作站签发的 PKCS#12 文件（.p12）</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;PKCS#12 file</source>
        <translation>PKCS#12 文件(&amp;P)</translation>
    </message>
    <message>
        <source>The passphrase given with the file. It is kept in the system keychain (or an encrypted file), never in the settings.</source>
        <translation>随证书文件一起提供的密码。该密码保存在系统密钥环（或加密文件）中，绝不会保存在设置里。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>证书密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>No CA bundle chosen yet.</source>
        <translation>尚未选择 CA 证书包。</translation>
    </message>
    <message>
        <source>The stored passphrase cannot be read (%1). Enter it again and import the certificate.</source>
        <translation>无法读取已保存的证书密码（%1）。请重新输入密码并导入证书。</translation>
    </message>
    <message>
        <source>The stored passphrase does not open this certificate any more. Enter the passphrase and import it again.</source>
        <translation>已保存的证书密码已无法打开此证书。请输入密码并重新导入证书。</translation>
    </message>
    <message>
        <source>No certificate imported yet.</source>
        <translation>尚未导入证书。</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>尚未测试。</translation>
    </message>
    <message>
        <source>Choose the registry CA bundle</source>
        <translation>选择登记系统 CA 证书包</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the workstation certificate</source>
        <translation>选择工作站证书</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the registry&apos;s CA bundle.</source>
        <translation>请选择登记系统的 CA 证书包。</translation>
    </message>
    <message>
        <source>%1 — expired on %2. Ask the registry for its current CA certificate.</source>
        <translation>%1 — 已于 %2 过期。请向登记系统索取现行的 CA 证书。</translation>
    </message>
    <message>
        <source>%1 — valid only from %2. Check this computer&apos;s date and time.</source>
        <translation>%1 — 自 %2 起才生效。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>%1 — valid until %2 (SHA-256 %3)</source>
        <translation>%1 — 有效期至 %2（SHA-256 %3）</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file issued for this workstation.</source>
        <translation>请选择为本工作站签发的 PKCS#12 文件。</translation>
    </message>
    <message>
        <source>The certificate of workstation %1 expired on %2. Ask the administrator to enrol this workstation again.</source>
        <translation>工作站 %1 的证书已于 %2 过期。请联系管理员重新注册本工作站。</translation>
    </message>
    <message>
        <source>The certificate of workstation %1 is valid only from %2. Check this computer&apos;s date and time.</source>
        <translation>工作站 %1 的证书自 %2 起才生效。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>This is not a workstation certificate (it is issued to &quot;%1&quot;, %2). Import the PKCS#12 file issued for this workstation.</source>
        <translation>这不是工作站证书（其颁发对象为“%1”，%2）。请导入为本工作站签发的 PKCS#12 文件。</translation>
    </message>
    <message>
        <source>Workstation &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Issued by: %2&lt;br&gt;Valid from %3 to %4</source>
        <translation>工作站 &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;颁发者：%2&lt;br&gt;有效期：%3 至 %4</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): ask the administrator for a new certificate.</source>
        <translation>
            <numerusform>证书将在 %n 天后过期：请向管理员申请新证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: this certificate was not issued by the CA chosen above; the exchange will refuse it.</source>
        <translation>警告：此证书不是由上面选择的 CA 签发的；交换平台将拒绝该证书。</translation>
    </message>
    <message>
        <source>Enter the exchange address, e.g. https://exchange.example.gov.cn:8443.</source>
        <translation>请填写交换平台地址，例如 https://exchange.example.gov.cn:8443。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address. Enter it as https://host:port, e.g. https://exchange.example.gov.cn:8443.</source>
        <translation>“%1”不是有效的地址。请按 https://主机:端口 的格式填写，例如 https://exchange.example.gov.cn:8443。</translation>
    </message>
    <message>
        <source>The exchange address must start with https:// — the exchange accepts encrypted connections only (it is &quot;%1&quot;).</source>
        <translation>交换平台地址必须以 https:// 开头——交换平台只接受加密连接（当前为“%1”）。</translation>
    </message>
    <message>
        <source>The exchange address must not contain a user name, &quot;?&quot; or &quot;#&quot; (it is &quot;%1&quot;).</source>
        <translation>交换平台地址中不能包含用户名、“?”或“#”（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Choose a valid CA bundle first.</source>
        <translation>请先选择有效的 CA 证书包。</translation>
    </message>
    <message>
        <source>Import the workstation certificate first.</source>
        <translation>请先导入工作站证书。</translation>
    </message>
    <message>
        <source>Asking the exchange…</source>
        <translation>正在连接交换平台…</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Connected: the exchange answers (version %1, API %2).</source>
        <translation>已连接：交换平台有响应（版本 %1，API %2）。</translation>
    </message>
    <message>
        <source>Connected as workstation %1: the exchange answers (version %2, API %3).</source>
        <translation>已以工作站 %1 的身份连接：交换平台有响应（版本 %2，API %3）。</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the exchange&apos;s by %n minute(s); correct the date and time.</source>
        <translation>
            <numerusform>本机时钟与交换平台相差 %n 分钟；请校正日期和时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase cannot be stored: %1</source>
        <translation>无法保存证书密码：%1</translation>
    </message>
</context>
<context>
    <name>ow::ui::FigurePanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save this figure&apos;s table as CSV, for any spreadsheet</source>
        <translation>将本图的数据表另存为 CSV，可用任何电子表格软件打开</translation>
    </message>
    <message>
        <source>Save this figure&apos;s table as an Excel workbook</source>
        <translation>将本图的数据表另存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Print this figure and its table</source>
        <translation>打印本图及其数据表</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>ow::ui::Help</name>
    <message>
        <source>OneWindow — user guide</source>
        <translation>一窗受理 — 使用指南</translation>
    </message>
    <message>
        <source>user-guide.md</source>
        <comment>the guide&apos;s file in this language: user-guide.zh_CN.md</comment>
        <translation>user-guide.zh_CN.md</translation>
    </message>
    <message>
        <source>Next / previous field, rows included</source>
        <translation>下一个/上一个字段（含各行）</translation>
    </message>
    <message>
        <source>Next problem on the form</source>
        <translation>表单上的下一处问题</translation>
    </message>
    <message>
        <source>Add an investor</source>
        <translation>添加投资人</translation>
    </message>
    <message>
        <source>Add a key person</source>
        <translation>添加主要人员</translation>
    </message>
    <message>
        <source>The capital field</source>
        <translation>跳到注册资本（出资额）</translation>
    </message>
    <message>
        <source>In the search: open the first hit</source>
        <translation>在搜索框中：打开第一条结果</translation>
    </message>
    <message>
        <source>In the search: empty it and show the case list</source>
        <translation>在搜索框中：清空并回到案件列表</translation>
    </message>
    <message>
        <source>At sign-in: another user</source>
        <translation>登录时：其他用户</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>OneWindow</source>
        <translation>一窗受理</translation>
    </message>
    <message>
        <source>Enterprise registration at the counter: one window, one form, one set of materials.</source>
        <translation>企业登记窗口受理：一窗受理，一表申请，一套材料。</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Registration authority</source>
        <translation>登记机关</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换平台</translation>
    </message>
    <message>
        <source>not configured (working offline)</source>
        <translation>未配置（脱机办理）</translation>
    </message>
    <message>
        <source>Case cache</source>
        <translation>本机案件数据</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1（数据结构版本 %2）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗受理(&amp;A)</translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation>关于一窗受理</translation>
    </message>
</context>
<context>
    <name>ow::ui::InvestorDetails</name>
    <message>
        <source>Farmer member</source>
        <translation>农民成员</translation>
    </message>
    <message>
        <source>Domiciled outside China</source>
        <translation>住所在中国境外</translation>
    </message>
    <message>
        <source>The investor&apos;s identity document</source>
        <translation>投资人的身份证件</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>未填期限</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>General partner</source>
        <translation>普通合伙人</translation>
    </message>
    <message>
        <source>Limited partner</source>
        <translation>有限合伙人</translation>
    </message>
    <message>
        <source>Contribution deadline</source>
        <translation>出资期限</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合伙人类型</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>HK/Macao travel permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan travel permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
</context>
<context>
    <name>ow::ui::InvestorsEditor</name>
    <message>
        <source>&amp;Add investor</source>
        <translation>添加投资人(&amp;A)</translation>
    </message>
    <message>
        <source>Add a row for another investor (Alt+A)</source>
        <translation>为另一名投资人添加一行（Alt+A）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>证件号码/统一社会信用代码</translation>
    </message>
    <message>
        <source>Subscribed (10k yuan)</source>
        <translation>认缴出资额（万元）</translation>
    </message>
    <message>
        <source>Contribution form</source>
        <translation>出资方式</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>e.g. 60</source>
        <translation>例如 60</translation>
    </message>
    <message>
        <source>Remove this investor</source>
        <translation>删除此投资人</translation>
    </message>
    <message>
        <source>Investor %1 name</source>
        <translation>第 %1 名投资人的姓名/名称</translation>
    </message>
    <message>
        <source>Investor %1 ID number</source>
        <translation>第 %1 名投资人的证件号码</translation>
    </message>
    <message>
        <source>Investor %1 subscribed amount</source>
        <translation>第 %1 名投资人的认缴出资额</translation>
    </message>
    <message>
        <source>Total %1 of %2 (10k yuan)</source>
        <translation>合计 %1 / %2（万元）</translation>
    </message>
</context>
<context>
    <name>ow::ui::LoginDialog</name>
    <message>
        <source>Sign in — OneWindow</source>
        <translation>登录 — 一窗受理</translation>
    </message>
    <message>
        <source>&lt;b&gt;OneWindow&lt;/b&gt; — enterprise registration counter</source>
        <translation>&lt;b&gt;一窗受理&lt;/b&gt; — 企业登记窗口</translation>
    </message>
    <message>
        <source>Offline sign-in: the exchange is not connected. You can sign in with the account last used on this workstation (%1).</source>
        <translation>离线登录：未连接交换平台。您可以使用本工作站（%1）上次使用的账户登录。</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in at the exchange %1. If it cannot be reached, you are signed in offline with the password of your last online sign-in here.</source>
        <translation>正在通过交换平台 %1 登录。如无法连接交换平台，将使用您上次在本机在线登录时的密码离线登录。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signed in at the exchange, but the account could not be kept on this workstation.</source>
        <translation>已在交换平台登录，但无法在本工作站保存该账户。</translation>
    </message>
    <message>
        <source>The exchange cannot be reached (%1); signing in offline.</source>
        <translation>无法连接交换平台（%1）；正在离线登录。</translation>
    </message>
    <message>
        <source>A&amp;nother user</source>
        <translation>其他用户(&amp;N)</translation>
    </message>
    <message>
        <source>Sign in as someone else (Alt+N)</source>
        <translation>以其他用户身份登录（Alt+N）</translation>
    </message>
    <message>
        <source>%1 is a user name, so it was not tried as a password: it is now in the user field. Enter the password of %1.</source>
        <translation>“%1”是用户名，未作为密码尝试登录，已填入用户名栏。请输入 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <source>OneWindow — enterprise registration</source>
        <translation>一窗受理 — 企业登记</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>案件操作</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <source>Start the one form for a new applicant (Ctrl+N)</source>
        <translation>为新申请人开始填写登记表（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation>打印通知书(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Search name, code, legal representative or receipt no. (Ctrl+F)</source>
        <translation>搜索名称、代码、法定代表人或受理号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>The case could not be found in the local cache.</source>
        <translation>在本地缓存中找不到该案件。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New case&lt;/h3&gt;Fill in the one form with the applicant. Tab moves to the next field; F8 jumps to the next problem.</source>
        <translation>&lt;h3&gt;新建案件&lt;/h3&gt;请与申请人一起填写登记表。按 Tab 键转到下一个字段；按 F8 键跳到下一个问题。</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚无名称）</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Receipt no. &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>受理号：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Being reviewed by %1 until %2</source>
        <translation>%1 正在审查（锁定至 %2）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them as a draft?</source>
        <translation>表单中有尚未保存的修改。是否保存为草稿？</translation>
    </message>
    <message>
        <source>List everything the applicant must correct or supply. The notice tells them all at once.</source>
        <translation>请列出申请人需要补正或补交的全部材料和事项。补正通知书将一次性告知申请人。</translation>
    </message>
    <message>
        <source>Supply: %1</source>
        <translation>补交：%1</translation>
    </message>
    <message>
        <source>Why can this application not be accepted? The reason is printed on the refusal notice.</source>
        <translation>该申请为何不予受理？理由将打印在不予受理通知书上。</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>理由（可选）：</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未作任何更改。</translation>
    </message>
    <message>
        <source>Notice not written</source>
        <translation>通知书未生成</translation>
    </message>
    <message>
        <source>The case was saved, but its notice could not be written: %1</source>
        <translation>案件已保存，但无法生成通知书：%1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>The printer did not accept the notice. Check the printer, or open the PDF and print it from there.</source>
        <translation>打印机未能接收通知书。请检查打印机，或打开 PDF 文件后从中打印。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) for &quot;%1&quot;</source>
        <translation>
            <numerusform>找到 %n 条与“%1”匹配的结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered enterprise %1, code %2, legal representative %3</source>
        <translation>已登记企业：%1，统一社会信用代码：%2，法定代表人：%3</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Send waiting items to the exchange and fetch its changes (F5)</source>
        <translation>将待上传事项发送到交换平台，并获取交换平台上的变更（F5）</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1（请求 %2）</translation>
    </message>
    <message>
        <source>&amp;Open notice PDF</source>
        <translation>打开通知书 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>Sign in to the e&amp;xchange…</source>
        <translation>登录交换平台(&amp;X)…</translation>
    </message>
    <message>
        <source>After an offline sign-in or an expired session: sign in at the exchange to send</source>
        <translation>离线登录或会话过期后：请登录交换平台以上传数据</translation>
    </message>
    <message>
        <source>Signed in at the exchange; sending what is waiting.</source>
        <translation>已登录交换平台，正在上传待上传事项。</translation>
    </message>
    <message>
        <source>E&amp;xchange connection…</source>
        <translation>交换平台连接(&amp;X)…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Connection to the exchange</source>
        <translation>与交换平台的连接</translation>
    </message>
    <message>
        <source>Exchange settings saved. Sign in again to send with your account.</source>
        <translation>交换平台设置已保存。请重新登录，以便用您的账户上传数据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open conflict with the exchange:&lt;/b&gt; the exchange may have this case differently. A supervisor decides in &lt;i&gt;View → Conflicts&lt;/i&gt; (Ctrl+Shift+K); until then this counter&apos;s version is shown.</source>
        <translation>&lt;b&gt;与交换平台存在未处理的冲突：&lt;/b&gt;交换平台上的该案件可能与此处不同。由审核员在&lt;i&gt;查看 → 冲突&lt;/i&gt;（Ctrl+Shift+K）中决定；在此之前显示的是本窗口的版本。</translation>
    </message>
    <message>
        <source>Read only: your role does not change this case&apos;s form.</source>
        <translation>只读：您的角色不能修改此案件的表单。</translation>
    </message>
    <message>
        <source>Read only: the case is %1, so its form is no longer changed at the counter.</source>
        <translation>只读：案件状态为“%1”，窗口不能再修改其表单。</translation>
    </message>
    <message>
        <source>Domicile outside this office&apos;s jurisdiction</source>
        <translation>住所不在本局管辖范围内</translation>
    </message>
    <message>
        <source>The domicile (%1) lies outside the jurisdiction of %2. Why is the enterprise registered here? The reason is kept with the case.</source>
        <translation>住所（%1）不在%2的管辖范围内。为何在本局登记？理由将随案件保存。</translation>
    </message>
    <message>
        <source>Review queue (by time left)</source>
        <translation>审核队列（按剩余时限）</translation>
    </message>
    <message>
        <source>Review queue: %1 waiting, %2 overdue</source>
        <translation>审核队列：%1 件待办，%2 件逾期</translation>
    </message>
    <message>
        <source>Review queue: %1 waiting</source>
        <translation>审核队列：%1 件待办</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
    <message>
        <source>Why is this application rejected? The reasons are printed on the notice of rejection, with the applicant&apos;s rights of appeal.</source>
        <translation>为什么驳回该申请？理由将印在不予登记通知书上，并告知申请人申请复议和提起诉讼的权利。</translation>
    </message>
    <message>
        <source>Approve the registration of %1? Write your review comment: what you checked. It is kept with the case, and the notice of approval is printed.</source>
        <translation>核准“%1”的登记？请填写审核意见（审查了哪些内容）。意见随案件保存，并生成准予登记通知书。</translation>
    </message>
    <message>
        <source>Release the review that %1 holds until %2? The case goes back to the review queue. Say why; the reason is kept with the case.</source>
        <translation>释放 %1 锁定至 %2 的审核？案件将回到审核队列。请说明原因，原因随案件保存。</translation>
    </message>
    <message>
        <source>Extend the time limit for the decision on %1? It can be extended once; the extension is counted in working days. Say why; the reason is kept with the case.</source>
        <translation>延长“%1”的审核决定时限？时限只能延长一次，按工作日计算。请说明理由；理由随案件保存。</translation>
    </message>
    <message>
        <source>Unified social credit code &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>统一社会信用代码 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The exchange assigns the unified social credit code when this counter syncs (F5); the licence is printed with it.</source>
        <translation>本窗口同步（F5）时由交换平台赋予统一社会信用代码，营业执照随后按该代码打印。</translation>
    </message>
    <message>
        <source>Business &amp;licence…</source>
        <translation>营业执照(&amp;L)…</translation>
    </message>
    <message>
        <source>Show and print the business licence (original A3, duplicate A4) (Ctrl+Shift+P)</source>
        <translation>查看并打印营业执照（正本 A3，副本 A4）（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Licence not confirmed yet</source>
        <translation>营业执照尚未确认</translation>
    </message>
    <message>
        <source>The exchange has not confirmed this licence yet: it assigns the unified social credit code and signs the licence when this counter syncs. Press F5 to sync, then open the licence again.</source>
        <translation>交换平台尚未确认该营业执照：本窗口同步时，交换平台赋予统一社会信用代码并签署营业执照。请按 F5 同步，然后再次打开营业执照。</translation>
    </message>
    <message>
        <source>Licence not written</source>
        <translation>营业执照未能生成</translation>
    </message>
    <message>
        <source>The licence could not be written: %1</source>
        <translation>无法生成营业执照：%1</translation>
    </message>
    <message>
        <source>Business licence %1</source>
        <translation>营业执照 %1</translation>
    </message>
    <message>
        <source>&amp;Verify a licence…</source>
        <translation>核验营业执照(&amp;V)…</translation>
    </message>
    <message>
        <source>Check a business licence offline: paste its QR code&apos;s text or open its PDF (Ctrl+Shift+V)</source>
        <translation>离线核验营业执照：粘贴其二维码文本或打开其 PDF（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>(issued during an outage; the exchange confirms the code and signs the licence on the next sync)</source>
        <translation>（断网期间核发；下次同步时由交换平台确认代码并签署执照）</translation>
    </message>
    <message>
        <source>Provisional business licence %1 (not confirmed by the exchange yet)</source>
        <translation>临时营业执照 %1（交换平台尚未确认）</translation>
    </message>
    <message>
        <source>Licence &amp;sheets…</source>
        <translation>执照纸(&amp;S)…</translation>
    </message>
    <message>
        <source>The numbered sheets this licence was printed on: void a spoilt one, reprint (Ctrl+Shift+N)</source>
        <translation>打印此执照所用的编号执照纸：作废损坏的、重新打印（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Blank stock &amp;accounting…</source>
        <translation>空白执照核销(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose another trade name.</source>
        <translation>请另选字号。</translation>
    </message>
    <message>
        <source>Credit list &amp;entries…</source>
        <translation>信用名单记录(&amp;E)…</translation>
    </message>
    <message>
        <source>The enterprise&apos;s form as registered; the materials are complete.</source>
        <translation>企业登记信息如上；材料齐全。</translation>
    </message>
    <message numerus="yes">
        <source>The enterprise&apos;s form as registered; %n material(s) still missing, first: %1</source>
        <translation>
            <numerusform>企业登记信息如上；仍缺%n项材料，首项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab moves to the next field; F8 jumps to the next problem.</source>
        <translation>Tab键移到下一栏；F8跳到下一个问题。</translation>
    </message>
    <message>
        <source>&amp;Change registration…</source>
        <translation>变更登记(&amp;C)…</translation>
    </message>
    <message>
        <source>Change registration of the enterprise selected in the search results (F9)</source>
        <translation>为查询结果中选中的企业办理变更登记（F9）</translation>
    </message>
    <message>
        <source>&amp;Deregistration…</source>
        <translation>注销登记(&amp;D)…</translation>
    </message>
    <message>
        <source>Deregistration of the enterprise selected in the search results (Shift+F9)</source>
        <translation>为查询结果中选中的企业办理注销登记（Shift+F9）</translation>
    </message>
    <message>
        <source>Unified social credit code of the enterprise (as on its licence):</source>
        <translation>企业的统一社会信用代码（以营业执照为准）：</translation>
    </message>
    <message>
        <source>Change registration</source>
        <translation>变更登记</translation>
    </message>
    <message>
        <source>Deregistration</source>
        <translation>注销登记</translation>
    </message>
    <message>
        <source>Procedure (simplified: no debts or all settled, every investor&apos;s commitment; a 20-day public notice first):</source>
        <translation>注销程序（简易注销：无债务或债务已清偿，全体投资人承诺；须先公告20日）：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of the enterprise %2, registered with the code %3.</source>
        <translation>企业%2（统一社会信用代码%3）的&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change registration&lt;/b&gt; of %1 (code %2).</source>
        <translation>%1（代码%2）的&lt;b&gt;变更登记&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Nothing changed yet: edit the items the applicant asks to change.</source>
        <translation>尚无变更：请修改申请人申请变更的事项。</translation>
    </message>
    <message>
        <source>A new licence with the same code is issued; the old one is voided.</source>
        <translation>换发统一社会信用代码不变的新营业执照，原执照作废。</translation>
    </message>
    <message>
        <source>Recorded without a new licence.</source>
        <translation>予以备案，不换发营业执照。</translation>
    </message>
    <message>
        <source>Another change of this enterprise was licensed first: the exchange issued this licence on the registration as it now is, and the sheet printed here differs. Void it and print the licence again (Licence sheets).</source>
        <translation>该企业的另一项变更已先行核发执照：交换平台按现有登记信息核发了本执照，本窗口已打印的执照与之不符。请作废该执照并重新打印（“执照纸”）。</translation>
    </message>
</context>
<context>
    <name>ow::ui::MaterialsChecklist</name>
    <message>
        <source>Attach scan…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <source>Attach a scanned file for &quot;%1&quot;</source>
        <translation>为“%1”添加扫描文件</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Scan not attached</source>
        <translation>扫描件未添加</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n 份扫描件</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
</context>
<context>
    <name>ow::ui::NoticeViewer</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Open in &amp;another program</source>
        <translation>用其他程序打开(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>The notice %1 cannot be read. Print it again from the case (Ctrl+P), or give the file to your IT staff.</source>
        <translation>无法读取通知书 %1。请在案件中重新打印（Ctrl+P），或将该文件交给信息技术人员。</translation>
    </message>
</context>
<context>
    <name>ow::ui::OneFormWidget</name>
    <message>
        <source>Enterprise</source>
        <translation>主体基本信息</translation>
    </message>
    <message>
        <source>Entity &amp;type</source>
        <translation>主体类型(&amp;T)</translation>
    </message>
    <message>
        <source>Division + trade name + industry + form, e.g. 太原市鑫源商贸有限公司</source>
        <translation>行政区划 + 字号 + 行业 + 组织形式，例如：太原市鑫源商贸有限公司</translation>
    </message>
    <message>
        <source>Proposed &amp;name</source>
        <translation>申报名称(&amp;N)</translation>
    </message>
    <message>
        <source>Domicile &amp;division</source>
        <translation>住所行政区划(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;omicile</source>
        <translation>住所(&amp;O)</translation>
    </message>
    <message>
        <source>in 10k yuan (万元), e.g. 100</source>
        <translation>单位：万元，例如 100</translation>
    </message>
    <message>
        <source>No fixed term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Operating te&amp;rm</source>
        <translation>营业期限(&amp;R)</translation>
    </message>
    <message>
        <source>Standard wording, items separated by ；</source>
        <translation>使用规范表述，各项之间用“；”分隔</translation>
    </message>
    <message>
        <source>Business &amp;scope</source>
        <translation>经营范围(&amp;S)</translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e.g. 执行董事</source>
        <translation>例如：执行董事</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投资人</translation>
    </message>
    <message>
        <source>Liaison person</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Financial officer</source>
        <translation>财务负责人</translation>
    </message>
    <message>
        <source>Materials (* required)</source>
        <translation>申请材料（* 为必需材料）</translation>
    </message>
    <message>
        <source>%1 (10k yuan)</source>
        <translation>%1（万元）</translation>
    </message>
    <message>
        <source>The form is complete and every required material is there: ready to accept.</source>
        <translation>表单已填写完整，必需材料齐全：可以受理。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) on the form</source>
        <translation>
            <numerusform>表单有 %n 处问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) missing</source>
        <translation>
            <numerusform>缺少 %n 份必需材料</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> — first: %1</source>
        <translation> — 第一处：%1</translation>
    </message>
    <message>
        <source> (F8: next problem)</source>
        <translation>（F8：下一个问题）</translation>
    </message>
    <message>
        <source>Needs a licence before operating: %1</source>
        <translation>须取得许可后方可经营：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Key personnel (directors, supervisors, managers)</source>
        <translation>主要人员（董事、监事、经理）</translation>
    </message>
    <message>
        <source>Registered capital (10k yuan)</source>
        <translation>注册资本（万元）</translation>
    </message>
    <message>
        <source>%1 lies outside the jurisdiction of %2: accepting the case here asks for a reason.</source>
        <translation>%1不在%2的管辖范围内：在本局受理需说明理由。</translation>
    </message>
    <message>
        <source>Unified social credit code of the company the branch belongs to</source>
        <translation>分公司所属公司的统一社会信用代码</translation>
    </message>
    <message>
        <source>Parent company&apos;s code</source>
        <translation>所属公司代码</translation>
    </message>
    <message>
        <source>Mainland Travel Permit for Hong Kong and Macao Residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland Travel Permit for Taiwan Residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign Permanent Resident ID Card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Residence Permit for Hong Kong, Macao and Taiwan Residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>A director</source>
        <translation>董事</translation>
    </message>
    <message>
        <source>The manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Serves as (by the articles)</source>
        <translation>按章程担任</translation>
    </message>
</context>
<context>
    <name>ow::ui::PersonnelEditor</name>
    <message>
        <source>Add &amp;key person</source>
        <translation>添加主要人员(&amp;K)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Add a row for another key person (Alt+K)</source>
        <translation>为另一名主要人员添加一行（Alt+K）</translation>
    </message>
    <message>
        <source>Remove this key person</source>
        <translation>删除此主要人员</translation>
    </message>
</context>
<context>
    <name>ow::ui::ReasonDialog</name>
    <message>
        <source>The reason has %1 characters; at most %2 are allowed.</source>
        <translation>理由有 %1 个字，最多允许 %2 个字。</translation>
    </message>
    <message>
        <source>&amp;Standard reasons (Space ticks one; the notice prints each):</source>
        <translation>规范事由(&amp;S)（按空格键勾选；通知书逐条打印）：</translation>
    </message>
</context>
<context>
    <name>ow::ui::RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The list is full: the form holds at most %1 rows here.</source>
        <translation>此栏已满：表单此处最多 %1 行。</translation>
    </message>
</context>
<context>
    <name>ow::ui::ScanViewer</name>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the scan to the panel&apos;s width</source>
        <translation>按面板宽度显示扫描件</translation>
    </message>
    <message>
        <source>%1 — scan %2</source>
        <translation>%1 — 扫描件 %2</translation>
    </message>
    <message>
        <source>This case has no scans.</source>
        <translation>本案件没有扫描件。</translation>
    </message>
    <message>
        <source>This scan is on its way from the exchange…</source>
        <translation>正在从交换平台获取此扫描件…</translation>
    </message>
    <message>
        <source>This scan is not at this counter: %1</source>
        <translation>本窗口没有此扫描件：%1</translation>
    </message>
    <message>
        <source>This scan cannot be shown: it is neither an image nor a PDF this counter reads.</source>
        <translation>无法显示此扫描件：它既不是本窗口可读取的图片，也不是 PDF。</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF，共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation>图片，%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>ow::ui::SearchResultsModel</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Registered enterprise</source>
        <translation>已登记企业</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全匹配</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头匹配</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code / receipt no.</source>
        <translation>代码/受理号</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
</context>
<context>
    <name>ow::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Unique in the province; part of every receipt number issued here.</source>
        <translation>在全省范围内唯一；本工作站生成的每个受理号中都包含此代码。</translation>
    </message>
    <message>
        <source>&amp;Workstation code</source>
        <translation>工作站代码(&amp;W)</translation>
    </message>
    <message>
        <source>Registration authority &amp;division</source>
        <translation>登记机关行政区划代码(&amp;D)</translation>
    </message>
    <message>
        <source>Registration authority &amp;name</source>
        <translation>登记机关名称(&amp;N)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>&amp;Time limit after acceptance</source>
        <translation>受理后办理时限(&amp;T)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code. Enter the 6-digit code of the registration authority&apos;s division, e.g. 140105.</source>
        <translation>“%1”不是行政区划代码。请填写登记机关所在行政区划的 6 位代码，例如 140105。</translation>
    </message>
    <message>
        <source>Enter the workstation code: 2 to 8 capital letters or digits.</source>
        <translation>请填写工作站代码：2 至 8 位大写字母或数字。</translation>
    </message>
    <message>
        <source>The language, workstation code and authority take effect at the next start.</source>
        <translation>语言、工作站代码和登记机关设置将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Given by the exchange at the last online sign-in; change it at the exchange (onewindow-exchange enrol --authority).</source>
        <translation>由交换平台在最近一次联机登录时提供；如需更改，请在交换平台办理（onewindow-exchange enrol --authority）。</translation>
    </message>
    <message>
        <source>The local setting %1 is not used.</source>
        <translation>本机设置的 %1 不再使用。</translation>
    </message>
    <message>
        <source>Built-in (China&apos;s public holidays)</source>
        <translation>内置（全国节假日安排）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <source>Calendar files (*.json)</source>
        <translation>日历文件 (*.json)</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar</source>
        <translation>工作日日历(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a calendar file of the built-in one&apos;s form, or leave the field empty for the built-in calendar.</source>
        <translation>请选择与内置日历格式相同的日历文件，或留空以使用内置日历。</translation>
    </message>
    <message>
        <source>Issue licences during &amp;outages (provisional, from credit codes reserved while online; confirmed on the next sync)</source>
        <translation>网络中断时可颁发营业执照(&amp;O)（临时执照，使用联网时预留的统一社会信用代码；下次同步时确认）</translation>
    </message>
    <message>
        <source>Supervisors may &amp;pre-check and accept online applications (another supervisor then approves them)</source>
        <translation>审核人员可预审并受理网上申请(&amp;P)（之后由另一名审核人员核准）</translation>
    </message>
</context>
<context>
    <name>ow::ui::SheetLedgerDialog</name>
    <message>
        <source>&amp;Void sheet…</source>
        <translation>作废执照纸(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>重新打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Licence sheets of %1</source>
        <translation>%1 的执照纸</translation>
    </message>
    <message>
        <source>Sheet no.</source>
        <translation>执照纸编号</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>正副本</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换平台</translation>
    </message>
    <message>
        <source>Void the selected sheet with a reason (spoilt, jammed, misprinted)</source>
        <translation>注明原因作废所选执照纸（污损、卡纸、打印错误）</translation>
    </message>
    <message>
        <source>Void the selected sheet and print its copy again on a new sheet</source>
        <translation>作废所选执照纸，并在新执照纸上重新打印该正本或副本</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>No numbered sheet was printed for this licence yet.</source>
        <translation>此执照尚未在编号执照纸上打印。</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) carry this licence now; every sheet used for it is listed.</source>
        <translation>
            <numerusform>现有 %n 张执照纸载有此执照；为其使用过的每张执照纸均已列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ui::SheetNumbersDialog</name>
    <message>
        <source>Original (正本, A3)</source>
        <translation>正本（A3）</translation>
    </message>
    <message>
        <source>Duplicate (副本, A4)</source>
        <translation>副本（A4）</translation>
    </message>
    <message>
        <source>Licences are printed on numbered blank stock. Type the number printed on each sheet loaded in the printer; it is printed on the licence and recorded.</source>
        <translation>营业执照打印在编号的空白执照纸上。请输入放入打印机的每张执照纸上印有的编号；编号将打印在执照上并予以登记。</translation>
    </message>
    <message>
        <source>no unused sheet known: type the number</source>
        <translation>没有已知的未用执照纸：请输入编号</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Every sheet needs its number (digits, not 0).</source>
        <translation>每张执照纸都需要编号（数字，不能为 0）。</translation>
    </message>
</context>
<context>
    <name>ow::ui::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message>
        <source>Registrations, processing times, reasons and load over this counter&apos;s cases (Ctrl+Shift+S)</source>
        <translation>本窗口案件的登记量、办理时长、事由及工作量 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>全部登记机关</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>按(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;uthority</source>
        <translation>登记机关(&amp;U)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>企业类型(&amp;Y)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) received from %1 to %2, in this counter&apos;s cache</source>
        <translation>
            <numerusform>本窗口缓存中 %1 至 %2 共收件 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licensed: median %1, 90th percentile %2 working days (limit %3)</source>
        <translation>
            <numerusform>已发照 %n 件：中位数 %1 个工作日，第90百分位数 %2 个工作日（时限 %3 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source>Whole province (exchange)</source>
        <translation>全省（交换平台）</translation>
    </message>
    <message>
        <source>Sco&amp;pe</source>
        <translation>范围(&amp;P)</translation>
    </message>
    <message>
        <source>The exchange cannot be reached: the province&apos;s figures come from the exchange. Connect, then choose the scope again.</source>
        <translation>无法连接交换平台：全省数据由交换平台提供。请连接后重新选择范围。</translation>
    </message>
    <message>
        <source>Asking the exchange for the province&apos;s figures…</source>
        <translation>正在向交换平台查询全省数据…</translation>
    </message>
    <message>
        <source>The exchange did not answer the province&apos;s figures: %1</source>
        <translation>交换平台未返回全省数据：%1</translation>
    </message>
    <message>
        <source>The exchange cut some lists at their bound: narrow the period or the filters.</source>
        <translation>交换平台已按上限截断部分列表：请缩短期间或收窄筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) received from %1 to %2 in the whole province, as the exchange holds them</source>
        <translation>
            <numerusform>交换平台所存全省 %1 至 %2 共收件 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ui::StockAccountingDialog</name>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>编号范围</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Sheet no.</source>
        <translation>执照纸编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Blank stock of authority %1</source>
        <translation>登记机关 %1 的空白执照</translation>
    </message>
    <message>
        <source>No batch of blank stock is registered for this authority yet; the exchange&apos;s administrator registers each delivery (stock add) and it arrives with the sync.</source>
        <translation>本登记机关尚未登记任何空白执照批次；由交换平台管理员登记每次配发（stock add），随同步送达。</translation>
    </message>
    <message>
        <source>Batch %1: %2 sheets, %3 unused, %4 printed, %5 reprinted, %6 voided.</source>
        <translation>批次 %1：共 %2 张，未使用 %3 张，已打印 %4 张，重新打印 %5 张，已作废 %6 张。</translation>
    </message>
</context>
<context>
    <name>ow::ui::SyncLogModel</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>request ID %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>Give this ID to the support desk; it finds the request in the exchange&apos;s log.</source>
        <translation>请将此 ID 提供给技术支持人员，据此可在交换平台日志中找到该请求。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>ow::ui::SyncLogView</name>
    <message>
        <source>&amp;Errors only</source>
        <translation>仅显示错误(&amp;E)</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation>复制请求 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the whole &amp;line</source>
        <translation>复制整行(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 / %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ui::SyncStatusBar</name>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项待上传</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending %v of %m</source>
        <translation>正在上传 %v / %m</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>工作站 %1</translation>
    </message>
    <message>
        <source>● Offline — no exchange configured; working from the local cache</source>
        <translation>● 离线 — 未配置交换平台；正在使用本地缓存办理</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Signing in…</source>
        <translation>● 正在登录…</translation>
    </message>
    <message>
        <source>● Exchange unavailable — working offline, retrying by itself</source>
        <translation>● 交换平台不可用 — 正在离线办理，将自动重试</translation>
    </message>
    <message>
        <source>● Certificate problem — working offline; see the sync log</source>
        <translation>● 证书问题 — 正在离线办理；请查看同步日志</translation>
    </message>
    <message>
        <source>● Session expired — sign in again to send</source>
        <translation>● 会话已过期 — 请重新登录后再上传</translation>
    </message>
    <message>
        <source>● Offline — working from the local cache</source>
        <translation>● 离线 — 正在使用本地缓存办理</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>the workstation certificate has expired: ask IT to enrol this workstation again</source>
        <translation>工作站证书已过期：请信息技术人员重新为本工作站签发证书</translation>
    </message>
    <message numerus="yes">
        <source>the workstation certificate expires in %n day(s): ask IT for a new one</source>
        <translation>
            <numerusform>工作站证书将在 %n 天后到期：请向信息技术人员申请新证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scans: %n left</source>
        <translation>
            <numerusform>扫描件：剩 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of enterprises: %1 of %2 (%p%)</source>
        <translation>企业登记簿：%1 / %2（%p%）</translation>
    </message>
    <message>
        <source>This workstation is downloading the register of enterprises once; the counter can be used meanwhile. A stopped download resumes where it stopped.</source>
        <translation>本工作站正在一次性下载企业登记簿，期间窗口可照常办理业务。下载中断后会从中断处继续。</translation>
    </message>
    <message>
        <source>Indexing the register of enterprises: %p%</source>
        <translation>正在为企业登记簿建立索引：%p%</translation>
    </message>
</context>
<context>
    <name>ow::ui::VerifyLicenceDialog</name>
    <message>
        <source>Genuine and unchanged. Check that the paper shows what is listed below.</source>
        <translation>执照真实且未被改动。请核对纸质执照与下列内容一致。</translation>
    </message>
    <message>
        <source>Genuine, but printed during an outage and not yet confirmed by the registration authority: it counts once it is reissued confirmed.</source>
        <translation>执照真实，但系断网期间打印，尚未经登记机关确认：经确认重新发放后方可作为正式执照。</translation>
    </message>
    <message>
        <source>Do not accept it: the licence&apos;s data or its signature was changed after it was signed.</source>
        <translation>请勿采信：执照数据或签名在签发后被改动。</translation>
    </message>
    <message>
        <source>Do not accept it: it was not signed by this registry&apos;s authority. A licence of another registry is checked there.</source>
        <translation>请勿采信：该执照不是本登记系统的登记机关签发的。其他登记系统的执照请到其签发地核验。</translation>
    </message>
    <message>
        <source>Do not accept it: the licence, or the certificate that signed it, has been revoked.</source>
        <translation>请勿采信：该执照或签署它的证书已被吊销。</translation>
    </message>
    <message>
        <source>This is not a licence&apos;s QR code. Scan it again, or paste the whole text of the licence&apos;s QR code.</source>
        <translation>这不是营业执照的二维码。请重新扫描，或粘贴营业执照二维码的完整文本。</translation>
    </message>
    <message>
        <source>Verify a business licence</source>
        <translation>核验营业执照</translation>
    </message>
    <message>
        <source>&amp;Paste the text of the licence&apos;s QR code (a scanner types it here), or open the licence&apos;s PDF. It is checked at once, offline.</source>
        <translation>粘贴营业执照二维码的文本(&amp;P)（扫码枪会直接输入到这里），或打开营业执照的 PDF。输入后立即离线核验。</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>打开 PDF(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the QR code from a licence&apos;s PDF (Ctrl+O)</source>
        <translation>从营业执照的 PDF 读取二维码（Ctrl+O）</translation>
    </message>
    <message>
        <source>Checked at this workstation with the registry CA&apos;s certificate alone. Revoked licences are not known here: the public lookup knows them.</source>
        <translation>仅凭登记认证中心证书在本工作站核验。本机不掌握执照吊销信息，吊销情况请通过公示系统查询。</translation>
    </message>
    <message>
        <source>No registry CA certificate is set up at this workstation, so no licence can be checked. Choose it in Case → Exchange connection… (the file ca.crt from the exchange&apos;s administrator).</source>
        <translation>本工作站尚未设置登记认证中心证书，无法核验营业执照。请在“案件 → 交换平台连接…”中选择该证书（由交换平台管理员提供的 ca.crt 文件）。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Provisional (not confirmed)</source>
        <translation>临时（未确认）</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>已被篡改</translation>
    </message>
    <message>
        <source>Unknown signing key</source>
        <translation>签发密钥未知</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>Open a licence&apos;s PDF</source>
        <translation>打开营业执照 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Read from the QR code on page %1 of %2.</source>
        <translation>读自 %2 第 %1 页的二维码。</translation>
    </message>
    <message>
        <source>%1 holds %2 different QR codes; the one on page %3 is checked. Every page of one licence carries the same code: ask where the other pages come from.</source>
        <translation>%1 含有 %2 个不同的二维码，当前核验的是第 %3 页的二维码。同一份执照各页的二维码应当相同：请询问其他页面的来源。</translation>
    </message>
    <message>
        <source>Signer: %1 (certificate serial %2, %3)</source>
        <translation>签名者：%1（证书序列号 %2，%3）</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>无法核验</translation>
    </message>
    <message>
        <source>What the licence says</source>
        <translation>执照载明的内容</translation>
    </message>
    <message>
        <source>What it claims (not to be trusted)</source>
        <translation>其声称的内容（不可采信）</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Registration authority</source>
        <translation>登记机关</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发照日期</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>执照编号</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>临时执照</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Checked with the registry CA&apos;s certificate %1.</source>
        <translation>使用登记认证中心证书 %1 核验。</translation>
    </message>
    <message>
        <source>Certificate serial %1</source>
        <translation>证书序列号 %1</translation>
    </message>
    <message>
        <source>Revoked on %1: %2</source>
        <translation>已于 %1 吊销：%2</translation>
    </message>
</context>
</TS>
