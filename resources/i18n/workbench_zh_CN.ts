<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../workbench/gui/admin.py" line="43"/>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="48"/>
        <location filename="../../workbench/gui/admin.py" line="122"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="49"/>
        <location filename="../../workbench/gui/admin.py" line="123"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="50"/>
        <location filename="../../workbench/gui/admin.py" line="128"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="51"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="58"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="60"/>
        <source>Enable / disable</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="87"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="87"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="115"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="124"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="152"/>
        <source>Department settings</source>
        <translation>单位设置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="156"/>
        <source>Department name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="158"/>
        <source>Steps separated by commas, e.g. 初审, 复审, 终审</source>
        <translation>各步骤以逗号分隔，例如：初审, 复审, 终审</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="163"/>
        <source>Sign-off steps after the reviewer</source>
        <translation>审查人之后的审核步骤</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="165"/>
        <source>Re-review interval for withheld documents (months)</source>
        <translation>不予公开文件的复查周期（月）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="167"/>
        <source>Working days allowed per step</source>
        <translation>每个步骤的办理时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="168"/>
        <source>Failed sign-ins before the account locks</source>
        <translation>登录失败多少次后锁定账号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/admin.py" line="169"/>
        <source>Lockout after too many failed sign-ins (minutes)</source>
        <translation>登录失败过多后的锁定时长（分钟）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workbench/gui/app.py" line="64"/>
        <source>No Chinese font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/app.py" line="65"/>
        <source>No font with Chinese characters was found on this computer, so Chinese text may show as boxes. Ask IT to install a Chinese font (for example Noto Sans CJK SC or Microsoft YaHei).</source>
        <translation>本机未找到中文字体，中文可能显示为方框。请联系信息化人员安装中文字体（例如思源黑体 Noto Sans CJK SC 或微软雅黑）。</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="35"/>
        <source>Decision</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="41"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="48"/>
        <source>Why this attribute (required unless proactive)</source>
        <translation>认定理由（主动公开以外必须填写）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="54"/>
        <source>Attribute</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="56"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="57"/>
        <source>Legal ground</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="63"/>
        <source>I read the original in full</source>
        <translation>我已完整阅读原件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="72"/>
        <source>Save proposal</source>
        <translation>保存意见</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="74"/>
        <source>Submit for sign-off</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="101"/>
        <source>Suggested by the scan: %1</source>
        <translation>扫描建议：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="117"/>
        <source>Submit is not possible yet:</source>
        <translation>暂不能提交：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="120"/>
        <source>Ready to submit.</source>
        <translation>可以提交。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="125"/>
        <source>%1 hit(s): %2 to redact, %3 withholding, %4 dismissed, %5 undecided.</source>
        <translation>共 %1 处命中：删除处理 %2 处，不予公开 %3 处，已排除 %4 处，未处理 %5 处。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/decision_panel.py" line="131"/>
        <source>Redactions: %1</source>
        <translation>删除处理：%1</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="190"/>
        <source>Title</source>
        <extracomment>(column id, sort key in the services or None when the column cannot be sorted). The (category, count) pairs of a row, for the delegate that draws them as coloured chips.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="191"/>
        <source>Issuing no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="192"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="193"/>
        <source>Attribute</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="194"/>
        <source>Hits (undecided)</source>
        <translation>命中（未处理）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="195"/>
        <source>Hits by category</source>
        <translation>分类命中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="196"/>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="197"/>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="198"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="208"/>
        <source>The list could not be loaded: %1</source>
        <translation>列表无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_model.py" line="237"/>
        <source>%1 (proposed)</source>
        <translation>%1（拟定）</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="83"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="125"/>
        <source>Next hit</source>
        <translation>下一处命中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="126"/>
        <source>Previous hit</source>
        <translation>上一处命中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="127"/>
        <source>Confirm: withhold</source>
        <translation>确认：不予公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="129"/>
        <source>Confirm: redact</source>
        <translation>确认：删除处理</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="131"/>
        <source>Dismiss…</source>
        <translation>排除…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="133"/>
        <source>Apply to all identical</source>
        <translation>应用到所有相同内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="135"/>
        <source>Undo decision</source>
        <translation>撤销处理</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="137"/>
        <source>Mark selection…</source>
        <translation>标注所选内容…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="163"/>
        <source>The text could not be extracted in full: read the original document as well.</source>
        <translation>未能完整提取文字：请同时阅读原件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="183"/>
        <source>Page image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="234"/>
        <source>No hits: nothing on the negative list was found.</source>
        <translation>无命中：未发现负面清单事项。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="293"/>
        <source>Dismiss hit</source>
        <translation>排除命中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="294"/>
        <source>Why is “%1” not a problem?</source>
        <translation>为什么“%1”不属于不予公开事项？</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="363"/>
        <source>Return to reviewer</source>
        <translation>退回审查人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="364"/>
        <source>What should the reviewer change?</source>
        <translation>请说明需要审查人修改的内容：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="387"/>
        <source>Reopen the review</source>
        <translation>重新打开审查</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/document_view.py" line="388"/>
        <source>Why is the decision reopened?</source>
        <translation>为什么重新打开已签批的决定？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workbench/gui/errors.py" line="34"/>
        <source>The action could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="35"/>
        <location filename="../../workbench/gui/errors.py" line="116"/>
        <source>The file could not be read.</source>
        <translation>文件无法读取。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="36"/>
        <source>A value is not acceptable.</source>
        <translation>输入的内容不符合要求。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="37"/>
        <source>The record no longer exists. It may have been removed by someone else.</source>
        <translation>该记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="40"/>
        <location filename="../../workbench/gui/errors.py" line="55"/>
        <location filename="../../workbench/gui/errors.py" line="56"/>
        <location filename="../../workbench/gui/errors.py" line="124"/>
        <source>Sign-in failed: check the user name and the password.</source>
        <translation>登录失败：请检查用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="41"/>
        <source>Your account is not allowed to do this.</source>
        <translation>您的账号无权进行此操作。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="42"/>
        <source>This is not allowed at the document&apos;s current stage.</source>
        <translation>文件当前所处环节不允许此操作。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="43"/>
        <source>Someone else changed this record in the meantime. It has been reloaded; nothing was overwritten.</source>
        <translation>他人已同时修改了该记录，已重新加载，未覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="48"/>
        <source>The database or the disk cannot be reached right now. Check the network or free disk space, then try again.</source>
        <translation>暂时无法访问数据库或磁盘。请检查网络或清理磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="53"/>
        <source>The work was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="57"/>
        <source>This account is locked after too many failed sign-ins. Try again later or ask the administrator.</source>
        <translation>登录失败次数过多，账号已被锁定。请稍后再试或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="62"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="63"/>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="64"/>
        <source>Your account does not have the role this action needs.</source>
        <translation>您的账号不具备此操作所需的角色。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="65"/>
        <location filename="../../workbench/gui/errors.py" line="129"/>
        <source>An account with this user name already exists.</source>
        <translation>该用户名已存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="66"/>
        <source>The password is too short or too simple.</source>
        <translation>密码过短或过于简单。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="67"/>
        <source>The last active administrator cannot be disabled or lose the role.</source>
        <translation>不能停用最后一个管理员，也不能取消其管理员角色。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="71"/>
        <source>The document can no longer be changed in its current state.</source>
        <translation>文件在当前状态下不能再修改。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="72"/>
        <source>Some hits are not decided yet.</source>
        <translation>尚有命中未处理。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="73"/>
        <source>The text could not be extracted in full: confirm that you read the original document.</source>
        <translation>未能完整提取文字：请确认已阅读原件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="77"/>
        <source>No disclosure attribute has been proposed.</source>
        <translation>尚未拟定公开属性。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="78"/>
        <source>A reason is required.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="79"/>
        <source>A legal ground is required.</source>
        <translation>请填写依据。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="80"/>
        <source>The review is locked; a supervisor must reopen it first.</source>
        <translation>审查已锁定，须由审核人重新打开。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="81"/>
        <source>Another reviewer owns this review.</source>
        <translation>该文件由其他审查人负责。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="82"/>
        <source>Only a submitted review can be signed off.</source>
        <translation>只有已提交的审查才能审核。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="83"/>
        <source>You took part in this review, so you cannot sign it off (four-eyes rule).</source>
        <translation>您参与了本次审查，不能审核本文件（审查与审核分离）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="86"/>
        <source>Returning a review needs a comment.</source>
        <translation>退回时须填写意见。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="87"/>
        <source>Only a signed-off decision can be published (review first, then publish).</source>
        <translation>只有审核通过的文件才能公开（先审查、后公开）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="90"/>
        <source>The document is already marked as published.</source>
        <translation>该文件已标记为已公开。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="91"/>
        <source>A document decided as withheld cannot be published.</source>
        <translation>认定为不予公开的文件不能公开。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="92"/>
        <source>Only a signed-off decision can be reopened.</source>
        <translation>只有审核通过的决定才能重新打开。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="93"/>
        <source>Someone else changed this document in the meantime. It has been reloaded; nothing was overwritten.</source>
        <translation>他人已同时修改了该文件，已重新加载，未覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="98"/>
        <source>The document no longer exists.</source>
        <translation>该文件已不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="100"/>
        <source>The configuration file cannot be read. Fix or delete it.</source>
        <translation>配置文件无法读取，请修正或删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="101"/>
        <source>The database server cannot be reached. Check the network and the server address.</source>
        <translation>无法连接数据库服务器，请检查网络和服务器地址。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="105"/>
        <location filename="../../workbench/gui/errors.py" line="142"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation>数据库繁忙，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="106"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满，请清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="107"/>
        <source>This file type is not supported.</source>
        <translation>不支持该文件类型。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="108"/>
        <location filename="../../workbench/gui/errors.py" line="114"/>
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="109"/>
        <source>The file is password-protected; remove the password and import it again.</source>
        <translation>文件设有密码，请取消密码后重新导入。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="112"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="113"/>
        <source>The file is damaged and cannot be read.</source>
        <translation>文件已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="115"/>
        <source>The file unpacks to an unreasonable size and was refused.</source>
        <translation>文件解压后体积异常，已拒绝处理。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="117"/>
        <source>The file&apos;s format was not recognised.</source>
        <translation>无法识别文件格式。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="118"/>
        <source>The file is not a valid Word document.</source>
        <translation>该文件不是有效的 Word 文档。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="119"/>
        <source>The file does not contain readable text.</source>
        <translation>文件中没有可读取的文字。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="120"/>
        <source>The file could not be converted for reading.</source>
        <translation>文件无法转换读取。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="121"/>
        <source>This format needs LibreOffice, which is not installed on this computer.</source>
        <translation>该格式需要 LibreOffice，本机未安装。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="125"/>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="126"/>
        <source>The password may not start or end with spaces or contain control characters.</source>
        <translation>密码首尾不能有空格，也不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="130"/>
        <source>The user name may contain letters, digits, dots, @ and dashes (2 to 64).</source>
        <translation>用户名可包含字母、数字、点、@ 和连字符（2 至 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="133"/>
        <source>Unknown role.</source>
        <translation>未知角色。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="134"/>
        <source>Give the account at least one role.</source>
        <translation>请为账号至少指定一个角色。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="135"/>
        <source>Accounts exist already; ask an administrator.</source>
        <translation>已存在账号，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="136"/>
        <source>The account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="137"/>
        <source>The value of the setting is not acceptable.</source>
        <translation>设置值不符合要求。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="138"/>
        <source>Unknown setting.</source>
        <translation>未知设置项。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="139"/>
        <source>Unknown queue.</source>
        <translation>未知队列。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="140"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>列表不能按此列排序。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="141"/>
        <source>The list could not be loaded.</source>
        <translation>列表无法加载。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="143"/>
        <source>The database reported an error. Try again; if it persists, tell IT.</source>
        <translation>数据库报告错误。请重试，如仍出现请联系信息化人员。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="145"/>
        <source>The database cannot be written (read-only).</source>
        <translation>数据库不可写入（只读）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="146"/>
        <source>This kind of database is not supported.</source>
        <translation>不支持该类型的数据库。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="147"/>
        <source>No database given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="148"/>
        <source>The database address is not valid.</source>
        <translation>数据库地址无效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="149"/>
        <source>The database refused the change (integrity check).</source>
        <translation>数据库拒绝了此修改（完整性检查）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="150"/>
        <source>The audit trail cannot be changed or deleted.</source>
        <translation>审计记录不能修改或删除。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="151"/>
        <source>The negative list could not be loaded.</source>
        <translation>负面清单无法加载。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="152"/>
        <source>The hit no longer exists. The document has been reloaded.</source>
        <translation>该命中已不存在，文件已重新加载。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="153"/>
        <source>Only a manual mark can be removed.</source>
        <translation>只能删除人工标注。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="154"/>
        <source>Only a withheld document is re-reviewed.</source>
        <translation>只有不予公开的文件需要复查。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="155"/>
        <source>Unknown redaction style.</source>
        <translation>未知的删除处理方式。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="156"/>
        <source>This decision is not possible for this hit.</source>
        <translation>该命中不能作此处理。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="157"/>
        <source>Unknown decision.</source>
        <translation>未知的处理方式。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="158"/>
        <source>Choose a disclosure attribute.</source>
        <translation>请选择公开属性。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="159"/>
        <source>Unknown negative-list category.</source>
        <translation>未知的负面清单类别。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="160"/>
        <source>Select some text of the document first.</source>
        <translation>请先选中文件中的文字。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="161"/>
        <source>Say where the document was published.</source>
        <translation>请说明文件的公开渠道。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="162"/>
        <source>The department profile is not valid.</source>
        <translation>单位配置文件无效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="163"/>
        <source>The department profile was not found.</source>
        <translation>未找到单位配置文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="164"/>
        <source>The text of this file is read differently now; import it again.</source>
        <translation>该文件的文字提取方式已变化，请重新导入。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="167"/>
        <source>Choose term or exception.</source>
        <translation>请选择“事项”或“例外”。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="168"/>
        <source>The term no longer exists.</source>
        <translation>该事项已不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="169"/>
        <source>The term is empty or too long.</source>
        <translation>事项为空或过长。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="170"/>
        <source>The period is not valid: the start must precede the end.</source>
        <translation>时间段无效：开始日期须早于结束日期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="171"/>
        <source>This function is not available in this build.</source>
        <translation>当前版本不提供此功能。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="173"/>
        <source>The publishable copy was NOT saved: a redacted text could still be found in it. Nothing left the office.</source>
        <translation>公开版未保存：其中仍能找到应删除的内容。没有任何文件流出。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="178"/>
        <source>A redaction could not be located in the original file, so no copy was written.</source>
        <translation>有一处删除内容在原文件中无法定位，因此未生成公开版。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="182"/>
        <source>The original file no longer matches the reviewed text at a redaction; no copy was written.</source>
        <translation>原文件与审查时的文本在某处删除内容上不一致，未生成公开版。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="187"/>
        <source>A publishable copy can be made of .docx, .pdf and .txt files only.</source>
        <translation>只能为 .docx、.pdf 和 .txt 文件生成公开版。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="190"/>
        <source>Unknown position for the attribute line.</source>
        <translation>公开属性标注的位置无效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="191"/>
        <source>Choose a file name to save to.</source>
        <translation>请选择要保存的文件名。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="192"/>
        <source>The folder to save to does not exist.</source>
        <translation>要保存到的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="193"/>
        <source>The file cannot be written: no permission, or it is open in another program.</source>
        <translation>无法写入文件：没有权限，或文件正被其他程序打开。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="196"/>
        <source>The file could not be written.</source>
        <translation>文件无法写入。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="198"/>
        <source>Use an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>请使用 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="199"/>
        <source>The file cannot be read as a terms list.</source>
        <translation>无法将该文件读取为词条清单。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="200"/>
        <source>The first row must name the columns 类别 (category), 类型 (kind) and 词条 (term).</source>
        <translation>第一行必须写明列名：类别、类型和词条。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="204"/>
        <source>A row of the file is not valid; nothing was imported.</source>
        <translation>文件中有一行无效，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="205"/>
        <source>That negative-list version is not recorded.</source>
        <translation>没有记录该负面清单版本。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="225"/>
        <source>An unexpected error occurred. The workbench keeps running; the details were written to the log file.</source>
        <translation>发生意外错误。工作台仍可继续使用，详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="237"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="244"/>
        <source>Found: %1 (%2, hit %3), in the %4 reading.</source>
        <translation>发现：%1（%2，命中 %3），由 %4 读取检出。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="248"/>
        <source>The same text stands unredacted elsewhere in the document: reopen the review and redact it there too.</source>
        <translation>同样的文字在文件其他位置未做删除：请重新打开审查，并在该处也作删除处理。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="278"/>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="280"/>
        <source>Connection or disk problem</source>
        <translation>连接或磁盘问题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="284"/>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="288"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="293"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../workbench/gui/exports.py" line="44"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="45"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="52"/>
        <source>Please check:</source>
        <translation>请核对：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="56"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="70"/>
        <source>Review form</source>
        <translation>审查表</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="71"/>
        <source>Open a document first, then export its review form.</source>
        <translation>请先打开一份文件，再导出其审查表。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="76"/>
        <source>Save the review form</source>
        <translation>保存审查表</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="78"/>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF 文件 (*.pdf);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="90"/>
        <source>Save the audit trail</source>
        <translation>保存审计记录</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="92"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="104"/>
        <source>Annual statistics</source>
        <translation>年度统计</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="105"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="114"/>
        <source>Save the statistics</source>
        <translation>保存统计表</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="116"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="137"/>
        <location filename="../../workbench/gui/exports.py" line="165"/>
        <source>Publishable copy</source>
        <translation>公开版</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="141"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="142"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="143"/>
        <source>Text file (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="145"/>
        <source>Save the publishable copy</source>
        <translation>保存公开版</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="147"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="154"/>
        <source>%1 redaction(s) applied and checked. SHA-256 (recorded in the audit trail): %2</source>
        <translation>已完成并核验 %1 处删除。SHA-256（已记入审计记录）：%2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/exports.py" line="166"/>
        <source>Open a signed-off document first, then export its publishable copy.</source>
        <translation>请先打开一份已签批的文件，再导出其公开版。</translation>
    </message>
</context>
<context>
    <name>HitTableModel</name>
    <message>
        <location filename="../../workbench/gui/hit_model.py" line="53"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/hit_model.py" line="53"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/hit_model.py" line="54"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/hit_model.py" line="54"/>
        <source>Decision</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/hit_model.py" line="73"/>
        <source>%1 (manual)</source>
        <translation>%1（人工标注）</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="26"/>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="30"/>
        <source>%1 of %2 file(s) imported.</source>
        <translation>已导入 %1 个文件（共 %2 个）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="34"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="34"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="34"/>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="51"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="52"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="54"/>
        <source>Duplicate of an earlier review (no. %1)</source>
        <translation>与此前审查的文件相同（编号 %1）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="57"/>
        <source>new draft of no. %1</source>
        <translation>为编号 %1 的新稿</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="60"/>
        <source>text incomplete: read the original</source>
        <translation>文字不完整：请阅读原件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/import_results.py" line="62"/>
        <source>not scanned: %1</source>
        <translation>未扫描：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/gui/labels.py" line="13"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="14"/>
        <source>In review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="15"/>
        <source>Awaiting sign-off</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="16"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="17"/>
        <location filename="../../workbench/gui/labels.py" line="58"/>
        <source>Signed off</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="18"/>
        <source>Published</source>
        <translation>已公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="25"/>
        <source>Proactive disclosure</source>
        <translation>主动公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="26"/>
        <source>Disclosure on request</source>
        <translation>依申请公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="27"/>
        <source>Not disclosed</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="34"/>
        <source>Withhold</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="35"/>
        <source>Redact</source>
        <translation>删除处理</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="36"/>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="37"/>
        <source>Undecided</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="45"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="46"/>
        <source>Extracting the text…</source>
        <translation>正在提取文字…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="47"/>
        <source>Scanning against the negative list…</source>
        <translation>正在对照负面清单扫描…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="48"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="55"/>
        <source>My reviews</source>
        <translation>我的审查</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="56"/>
        <source>Returned to me</source>
        <translation>退回给我</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="57"/>
        <source>Awaiting my sign-off</source>
        <translation>待我审核</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="59"/>
        <source>Re-review due</source>
        <translation>待复查</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="60"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="61"/>
        <source>All documents</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="68"/>
        <source>State secret</source>
        <translation>国家秘密</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="69"/>
        <source>Prohibited by law</source>
        <translation>法律、行政法规禁止公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="70"/>
        <source>National security</source>
        <translation>危及国家安全</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="71"/>
        <source>Public safety</source>
        <translation>危及公共安全</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="72"/>
        <source>Economic security</source>
        <translation>危及经济安全</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="73"/>
        <source>Social stability</source>
        <translation>危及社会稳定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="74"/>
        <source>Investigation and case files</source>
        <translation>刑事侦查、行政调查与执法案卷</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="75"/>
        <source>Personal privacy</source>
        <translation>个人隐私</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="76"/>
        <source>Trade secret</source>
        <translation>商业秘密</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="77"/>
        <source>Intellectual property</source>
        <translation>知识产权保护</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="78"/>
        <source>Process information</source>
        <translation>过程性信息</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="79"/>
        <source>Internal affairs</source>
        <translation>内部事务信息</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="87"/>
        <source>Secret</source>
        <translation>涉密</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="88"/>
        <source>Law</source>
        <translation>法禁</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="89"/>
        <source>Nat. security</source>
        <translation>国安</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="90"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="91"/>
        <source>Economy</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="92"/>
        <source>Stability</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="93"/>
        <source>Case files</source>
        <translation>执法</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="94"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="95"/>
        <source>Trade</source>
        <translation>商密</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="96"/>
        <source>IP</source>
        <translation>知产</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="97"/>
        <source>Process</source>
        <translation>过程</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="98"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="105"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="106"/>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="107"/>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="108"/>
        <source>Bank card</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="109"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="110"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="111"/>
        <source>Person&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="112"/>
        <source>Health</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="113"/>
        <source>Licence plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="123"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="124"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="125"/>
        <source>Header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="126"/>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="127"/>
        <source>Footnote</source>
        <translation>脚注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="128"/>
        <source>Endnote</source>
        <translation>尾注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="129"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="130"/>
        <source>Text box</source>
        <translation>文本框</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="131"/>
        <source>Deleted text</source>
        <translation>修订删除的文字</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="132"/>
        <source>Inserted text</source>
        <translation>修订插入的文字</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="133"/>
        <source>Document properties</source>
        <translation>文档属性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="134"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="135"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="141"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="143"/>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="146"/>
        <source>row %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="150"/>
        <source>paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/labels.py" line="152"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../workbench/gui/login_dialog.py" line="39"/>
        <location filename="../../workbench/gui/login_dialog.py" line="70"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/login_dialog.py" line="54"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/login_dialog.py" line="55"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/login_dialog.py" line="56"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/login_dialog.py" line="63"/>
        <source>Demo workspace: sign in as demo_reviewer or demo_supervisor (password: demo-password).</source>
        <translation>演示工作区：可用 demo_reviewer 或 demo_supervisor 登录（密码：demo-password）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/login_dialog.py" line="78"/>
        <source>The language applies from the next start.</source>
        <translation>界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/login_dialog.py" line="82"/>
        <source>Enter the user name and the password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/login_dialog.py" line="85"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="79"/>
        <source>Search title, issuing no. or file name</source>
        <translation>搜索标题、文号或文件名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="94"/>
        <source>Documents</source>
        <translation>文件列表</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="108"/>
        <source>DEMO workspace: sample documents and demo accounts, not for real reviews.</source>
        <translation>演示工作区：示例文件和演示账号，不得用于正式审查。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="128"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="133"/>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="136"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="139"/>
        <source>Open document</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="145"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="192"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="195"/>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="198"/>
        <source>local database</source>
        <translation>本机数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="199"/>
        <source>server database</source>
        <translation>服务器数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="214"/>
        <source>Negative list: %1</source>
        <translation>负面清单：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="231"/>
        <source>Import documents</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="232"/>
        <source>Documents (*.docx *.pdf *.txt *.doc *.wps *.rtf *.odt *.ofd);;All files (*)</source>
        <translation>文件 (*.docx *.pdf *.txt *.doc *.wps *.rtf *.odt *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="239"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="248"/>
        <source>Importing and scanning…</source>
        <translation>正在导入并扫描…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="290"/>
        <source>Document %1</source>
        <translation>文件 %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../workbench/gui/menus.py" line="26"/>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="27"/>
        <source>Supervisor</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="28"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="35"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="39"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="40"/>
        <source>Review form of this document…</source>
        <translation>本文件的审查表…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="43"/>
        <source>Publishable copy of this document…</source>
        <translation>本文件的公开版…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="48"/>
        <source>Audit trail…</source>
        <translation>审计记录…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="50"/>
        <source>Annual statistics…</source>
        <translation>年度统计…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="57"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="60"/>
        <source>&amp;Negative list</source>
        <translation>负面清单(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="61"/>
        <source>Browse and edit…</source>
        <translation>浏览与编辑…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="64"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="65"/>
        <source>Users and roles…</source>
        <translation>用户与角色…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="67"/>
        <source>Department settings…</source>
        <translation>单位设置…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="71"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="72"/>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/menus.py" line="76"/>
        <location filename="../../workbench/gui/menus.py" line="79"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>NegativeListDialog</name>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="67"/>
        <source>Negative list</source>
        <translation>负面清单</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="80"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="80"/>
        <location filename="../../workbench/gui/negative_list_view.py" line="193"/>
        <location filename="../../workbench/gui/negative_list_view.py" line="205"/>
        <source>Term</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="81"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="86"/>
        <source>Add term…</source>
        <translation>添加事项…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="88"/>
        <source>Add exception…</source>
        <translation>添加例外…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="89"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="41"/>
        <source>Import terms</source>
        <translation>导入词条</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="42"/>
        <source>Add the file&apos;s terms and exceptions to the department&apos;s list, or replace the list with the file (terms missing from the file are removed)?</source>
        <translation>将文件中的词条和例外添加到本单位清单，还是用该文件替换本单位清单（文件中没有的词条将被删除）？</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="47"/>
        <source>Add to the list</source>
        <translation>添加到清单</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="49"/>
        <source>Replace the list</source>
        <translation>替换清单</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="90"/>
        <source>Import .xlsx/.csv…</source>
        <translation>导入 .xlsx/.csv…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="92"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="98"/>
        <source>Only an administrator changes the list.</source>
        <translation>只有管理员可以修改清单。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="107"/>
        <source>Department additions (all categories in the file import and export)</source>
        <translation>本单位补充（导入导出文件包含全部类别）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="124"/>
        <source>Categories and terms</source>
        <translation>类别与词条</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="125"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="153"/>
        <source>List version: %1</source>
        <translation>清单版本：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="183"/>
        <source>Legal ground: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="184"/>
        <source>Must be withheld when found.</source>
        <translation>发现即应不予公开。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="185"/>
        <source>May be withheld: the reviewer decides.</source>
        <translation>可以不予公开：由审查人决定。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="186"/>
        <source>%1 rules, %2 terms</source>
        <translation>%1 条规则，%2 个词条</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="194"/>
        <source>Exception (all categories)</source>
        <translation>例外（全部类别）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="195"/>
        <location filename="../../workbench/gui/negative_list_view.py" line="205"/>
        <source>Exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="204"/>
        <source>Add to the negative list</source>
        <translation>添加到负面清单</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="222"/>
        <source>Import department terms</source>
        <translation>导入本单位词条</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="223"/>
        <source>Terms (*.xlsx *.csv)</source>
        <translation>词条清单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="233"/>
        <source>Imported: %1 added, %2 already on the list, %3 removed.</source>
        <translation>已导入：新增 %1 条，已在清单中 %2 条，删除 %3 条。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="240"/>
        <source>Export department terms</source>
        <translation>导出本单位词条</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="242"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="254"/>
        <location filename="../../workbench/gui/negative_list_view.py" line="262"/>
        <source>Negative list changed</source>
        <translation>负面清单已更新</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="260"/>
        <source>Rescan your documents still in review with the new list? Decisions on unchanged hits are kept.</source>
        <translation>是否用新清单重新扫描您仍在审查中的文件？未变化的命中将保留原处理意见。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/negative_list_view.py" line="272"/>
        <source>Rescanning documents in review…</source>
        <translation>正在重新扫描审查中的文件…</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../workbench/gui/open_database.py" line="63"/>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/open_database.py" line="73"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/open_database.py" line="75"/>
        <source>Change database…</source>
        <translation>更换数据库…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/open_database.py" line="77"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/open_database.py" line="90"/>
        <source>Opening the database…
%1</source>
        <translation>正在打开数据库…
%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/open_database.py" line="116"/>
        <source>The database could not be opened (%1).</source>
        <translation>无法打开数据库（%1）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/open_database.py" line="127"/>
        <source>Change database</source>
        <translation>更换数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/open_database.py" line="128"/>
        <source>Address of the department&apos;s PostgreSQL server (postgresql://…), or empty for the database on this computer:</source>
        <translation>本单位 PostgreSQL 服务器地址（postgresql://…），留空则使用本机数据库：</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../workbench/gui/ops.py" line="125"/>
        <source>File %1 of %2: %3</source>
        <extracomment>What one file of an import ended as: (path, ImportResult | None, ScanSummary | None, error).</extracomment>
        <translation>第 %1 个文件（共 %2 个）：%3</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <location filename="../../workbench/gui/pdf_view.py" line="76"/>
        <source>Loading the page…</source>
        <extracomment>(hit id, category, x0, y0, x1, y1) in image pixels</extracomment>
        <translation>正在加载页面…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/pdf_view.py" line="120"/>
        <source>The page could not be shown.</source>
        <translation>无法显示该页面。</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="102"/>
        <source>Mark as published</source>
        <translation>标记为已公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="110"/>
        <source>e.g. the government website, 政务公开 column</source>
        <translation>例如：政府门户网站“政务公开”栏目</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="111"/>
        <source>Published on</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="112"/>
        <source>Where</source>
        <translation>公开渠道</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="50"/>
        <source>Publication</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="54"/>
        <source>Final decision: %1</source>
        <translation>最终决定：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="57"/>
        <source>Published on %1 at %2</source>
        <translation>已于 %1 在 %2 公开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="61"/>
        <source>Not to be published; re-review due %1.</source>
        <translation>不予公开；定期复审日期 %1。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="65"/>
        <source>%1 redaction(s): publish only the redacted copy.</source>
        <translation>共 %1 处删除：只能公开删除处理后的公开版。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="76"/>
        <source>Export publishable copy…</source>
        <translation>导出公开版…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="81"/>
        <source>Mark as published…</source>
        <translation>标记为已公开…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="86"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publish_panel.py" line="88"/>
        <source>Unlock the decision for a new review round (a reason is recorded).</source>
        <translation>解除锁定，开始新一轮审查（需记录理由）。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="70"/>
        <source>Set up the workbench</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="73"/>
        <source>Welcome. Answer three questions to start; IT staff can change the database later in the configuration file.</source>
        <translation>欢迎使用。回答以下三个问题即可开始；信息化人员以后可在配置文件中更改数据库。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="80"/>
        <source>e.g. District Government Office</source>
        <translation>例如：某某区人民政府办公室</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="81"/>
        <source>1. Department</source>
        <translation>一、单位</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="82"/>
        <source>Department name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="85"/>
        <source>2. Database</source>
        <translation>二、数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="87"/>
        <source>On this computer (%1)</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="89"/>
        <source>Shared PostgreSQL server of the department</source>
        <translation>本单位共享的 PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="97"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="112"/>
        <source>3. First administrator</source>
        <translation>三、首个管理员</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="123"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="124"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="125"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="126"/>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="129"/>
        <source>Also create a DEMO workspace: sample documents and two demo accounts (demo_reviewer, demo_supervisor) to try the workbench</source>
        <translation>同时创建演示工作区：含示例文件和两个演示账号（demo_reviewer、demo_supervisor），供试用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="140"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="157"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="162"/>
        <source>Connected (%1).</source>
        <translation>连接成功（%1）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="166"/>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="174"/>
        <source>Preparing the database…</source>
        <translation>正在准备数据库…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="189"/>
        <source>Enter the department&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="191"/>
        <source>Enter the server&apos;s address, or choose this computer.</source>
        <translation>请输入服务器地址，或选择“本机”。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="193"/>
        <source>Enter a user name for the administrator.</source>
        <translation>请输入管理员用户名。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/setup_dialog.py" line="195"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="28"/>
        <source>Sign-off</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="34"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="36"/>
        <source>Proposed: %1</source>
        <translation>拟定属性：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="38"/>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="39"/>
        <source>Legal ground: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="40"/>
        <source>Reviewer: %1</source>
        <translation>审查人：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="46"/>
        <source>%1 signed by %2: %3</source>
        <translation>%1 由 %2 审核：%3</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="52"/>
        <source>You took part in this review, so you cannot sign it off (four-eyes rule).</source>
        <translation>您参与了本次审查，不能审核本文件（审查与审核分离）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="60"/>
        <source>Comment (required to return)</source>
        <translation>审核意见（退回时必填）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="64"/>
        <source>Return to reviewer</source>
        <translation>退回审查人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/signoff_panel.py" line="66"/>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../workbench/gui/progress.py" line="28"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/progress.py" line="49"/>
        <source>Stopping after the current file…</source>
        <translation>当前文件处理完后停止…</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <location filename="../../workbench/gui/text_pane.py" line="112"/>
        <source>Mark selection as</source>
        <translation>将所选内容标注为</translation>
    </message>
</context>
<context>
    <name>VersionsPane</name>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="46"/>
        <source>Version</source>
        <extracomment>How many entries of one kind the diff lists before it says &quot;and N more&quot;.</extracomment>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="46"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="47"/>
        <source>Scans</source>
        <translation>扫描次数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="47"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="62"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="64"/>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="80"/>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="84"/>
        <source>%1 (recorded by an older version: only the department&apos;s additions can be compared)</source>
        <translation>%1（由旧版本记录：只能比较本单位补充部分）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="107"/>
        <source>No versions recorded yet.</source>
        <translation>尚未记录任何版本。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="121"/>
        <source>One of the versions was recorded without its baseline terms: only the department&apos;s additions are compared.</source>
        <translation>其中一个版本记录时未包含基础清单词条：只比较本单位补充部分。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="124"/>
        <source>No difference.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="126"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="131"/>
        <source>terms</source>
        <translation>词条</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="132"/>
        <source>exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="133"/>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="143"/>
        <source>baseline</source>
        <translation>基础清单</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="151"/>
        <source>Added %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="152"/>
        <source>Removed %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="153"/>
        <source>Changed %1</source>
        <translation>变更%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/list_versions_view.py" line="160"/>
        <source> and %1 more</source>
        <translation>，另有 %1 项</translation>
    </message>
</context>
</TS>
