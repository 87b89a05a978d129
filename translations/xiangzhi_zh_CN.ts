<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>xz</name>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Xiangzhi %1</source>
        <translation>乡治 %1</translation>
    </message>
    <message>
        <source>Say which database: --database PATH</source>
        <translation>请指定数据库：--database PATH</translation>
    </message>
    <message>
        <source>How many cases (default 2000).</source>
        <translation>案件数量（默认 2000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many residents (default: 300, more for many cases).</source>
        <translation>居民数量（默认 300，案件多时相应增加）。</translation>
    </message>
    <message>
        <source>Random seed, for the same data again.</source>
        <translation>随机种子，用同一个种子可再次生成相同的数据。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 5,000,000 and --seed a whole number.</source>
        <translation>--cases 须为 0 到 5,000,000 之间的数，--seed 须为整数。</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 cases)</source>
        <translation>%1%（共 %3 个案件，已完成 %2 个）</translation>
    </message>
    <message>
        <source>Demo database written: %1</source>
        <translation>演示数据库已生成：%1</translation>
    </message>
    <message>
        <source>Village: %1 (%2)</source>
        <translation>村：%1（%2）</translation>
    </message>
    <message>
        <source>%1 residents, %2 cases, %3 events in %4 s</source>
        <translation>%1 位居民，%2 个案件，%3 条办理记录，用时 %4 秒</translation>
    </message>
    <message>
        <source>Account: %1 (%2, %3), password %4</source>
        <translation>账号：%1（%2，%3），密码 %4</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>备份文件的保存位置。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Say where the backup goes: --to FILE</source>
        <translation>请指定备份保存位置：--to FILE</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name so that no earlier backup is overwritten.</source>
        <translation>%1 已存在。请换一个新文件名，以免覆盖以前的备份。</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (empty the recycle bin, remove old files) and try again; what was saved before is safe.</source>
        <translation>磁盘已满，本次内容没有保存。请腾出一些空间（清空回收站、删除不用的旧文件）后再试；以前保存的内容不受影响。</translation>
    </message>
    <message>
        <source>The office database is busy with other work. Wait a moment and try again.</source>
        <translation>数据库正忙，请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The office database cannot be written (it is read-only). Check that the disk or USB stick is not write-protected.</source>
        <translation>数据库无法写入（文件为只读）。请检查磁盘或U盘是否开启了写保护。</translation>
    </message>
    <message>
        <source>The office database file is damaged or is not a Xiangzhi database. Restore the latest backup from the backups folder.</source>
        <translation>数据库文件已损坏，或者不是乡治的数据库。请从备份文件夹中恢复最近的备份。</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Check the disk and try again.</source>
        <translation>磁盘读写出错。请检查磁盘后再试。</translation>
    </message>
    <message>
        <source>The office database reported an error; nothing was changed.</source>
        <translation>数据库出错，本次没有做任何修改。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>今天的自动备份没有成功：%1</translation>
    </message>
    <message>
        <source>Xiangzhi: the village office&apos;s case desk.</source>
        <translation>乡治：村委会案件办理系统。</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>打开此数据库文件。</translation>
    </message>
    <message>
        <source>Xiangzhi</source>
        <translation>乡治</translation>
    </message>
    <message>
        <source>The holiday calendar for %1 is not in this version yet: deadlines count weekends only. Update Xiangzhi when the State Council publishes the year&apos;s holidays.</source>
        <translation>本版本还没有 %1 年的节假日安排，办理时限暂时只扣除周末。国务院公布当年节假日安排后，请更新乡治。</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) are past the retention period: anonymise them in Settings → Personal information.</source>
        <translation>
            <numerusform>有 %n 个已结案的案件超过了保存期限：请到“设置 → 个人信息”中进行匿名化。</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Print what waits to be sent, what was sent, and the last error.</source>
        <translation>显示待发送的记录、已发送的记录和最近一次错误。</translation>
    </message>
    <message>
        <source>This database has not been prepared for sync yet. Open it once in Xiangzhi, then try again.</source>
        <translation>这个数据库还没有为同步做好准备。请先用乡治打开一次，再重试。</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>等待发送：%1</translation>
    </message>
    <message>
        <source>Sent to the county: %1</source>
        <translation>已发送到县里：%1</translation>
    </message>
    <message>
        <source>Refused by the county and set aside: %1</source>
        <translation>被县里拒收、已搁置：%1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>最近一次同步成功：%1</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>最近一次错误（%1）：%2</translation>
    </message>
    <message>
        <source>Last error: none</source>
        <translation>最近一次错误：无</translation>
    </message>
    <message>
        <source>Enrolment needs --enrol URL --fingerprint FP --code CODE --user LOGIN (the password is read from standard input).</source>
        <translation>登记需要 --enrol URL --fingerprint FP --code CODE --user LOGIN（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>Type the password of %1 on standard input.</source>
        <translation>请在标准输入中输入 %1 的密码。</translation>
    </message>
    <message>
        <source>Enrolled with the county hub %1 as village %2 (%3).</source>
        <translation>已在县级平台 %1 登记为 %2（%3）。</translation>
    </message>
    <message>
        <source>Sent: %1 new, %2 the county already had, %3 refused.</source>
        <translation>已发送：新记录 %1 条，县里已有 %2 条，被拒收 %3 条。</translation>
    </message>
    <message>
        <source>Received from the county: %1 (%2 applied, %3 in conflict with a case here, %4 about cases this office does not have).</source>
        <translation>从县里收到：%1 条（已应用 %2 条，与本地案件冲突 %3 条，涉及本办公室没有的案件 %4 条）。</translation>
    </message>
    <message>
        <source>Still waiting to be sent: %1</source>
        <translation>仍在等待发送：%1</translation>
    </message>
    <message>
        <source>The county hub refused: %1</source>
        <translation>县级平台拒绝了：%1</translation>
    </message>
    <message>
        <source>The county hub could not be reached: %1</source>
        <translation>无法连接县级平台：%1</translation>
    </message>
    <message>
        <source>The hub asks to wait %1 seconds before the next try.</source>
        <translation>县级平台要求等待 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>用时 %1 秒。</translation>
    </message>
    <message>
        <source>Enrol this office with the county hub at URL.</source>
        <translation>在 URL 处的县级平台登记本办公室。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The hub certificate&apos;s fingerprint from the county&apos;s sheet.</source>
        <translation>县里单子上的平台证书指纹。</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>The one-time enrolment code from the county.</source>
        <translation>县里提供的一次性登记码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A name for this computer at the hub.</source>
        <translation>这台电脑在平台上的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The secretary who enrols (password on standard input).</source>
        <translation>办理登记的村支书（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>--status and --enrol cannot be combined.</source>
        <translation>--status 和 --enrol 不能同时使用。</translation>
    </message>
    <message>
        <source>Attachments waiting to be sent: %1</source>
        <translation>等待发送的附件：%1</translation>
    </message>
    <message>
        <source>Attachments sent: %1 (%2 KiB); still waiting: %3</source>
        <translation>已发送附件：%1 个（%2 KiB）；仍在等待：%3 个</translation>
    </message>
    <message>
        <source>The secretary who does it (password on standard input).</source>
        <translation>办理此操作的村支书（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>U盘文件。</translation>
    </message>
    <message>
        <source>Use: xiangzhi bundle export|import --database PATH --user LOGIN FILE (the password is read from standard input).</source>
        <translation>用法：xiangzhi bundle export|import --database PATH --user LOGIN FILE（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>Wrote %1 records and %2 attached files for the county to %3. Take the file to the county, and bring back their reply.</source>
        <translation>已把给县里的 %1 条记录和 %2 个附件写入 %3。请把这个文件送到县里，并把县里的回执带回来。</translation>
    </message>
    <message>
        <source>The county confirmed %1 records and refused %2.</source>
        <translation>县里确认了 %1 条记录，拒收了 %2 条。</translation>
    </message>
    <message>
        <source>The county hub&apos;s address (https://…).</source>
        <translation>县级平台的地址（https://…）。</translation>
    </message>
    <message>
        <source>The supervisor token from `xiangzhi-hub supervisor add`.</source>
        <translation>用 `xiangzhi-hub supervisor add` 生成的督导令牌。</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Your login name in this copy.</source>
        <translation>您在这个副本中的登录名。</translation>
    </message>
    <message>
        <source>Your name as shown (default: the login name).</source>
        <translation>显示的姓名（默认与登录名相同）。</translation>
    </message>
    <message>
        <source>Enrolment needs --hub URL --fingerprint FP --token TOKEN --login NAME (the password is read from %1, or else from standard input).</source>
        <translation>登记需要 --hub URL --fingerprint FP --token TOKEN --login NAME（密码先从 %1 读取，没有时从标准输入读取）。</translation>
    </message>
    <message>
        <source>Type the new password on standard input, or set %1.</source>
        <translation>请在标准输入中输入新密码，或设置 %1。</translation>
    </message>
    <message>
        <source>This database is now a supervisor&apos;s read-only copy of the county hub %1. Log in as %2; `xiangzhi sync --database PATH` fetches every village&apos;s cases.</source>
        <translation>此数据库现在是县级平台 %1 的督导只读副本。请用 %2 登录；运行 `xiangzhi sync --database PATH` 可获取各村的案件。</translation>
    </message>
    <message>
        <source>Usage: xiangzhi supervisor enrol --database PATH --hub URL --fingerprint FP --token TOKEN --login NAME</source>
        <translation>用法：xiangzhi supervisor enrol --database PATH --hub URL --fingerprint FP --token TOKEN --login NAME</translation>
    </message>
    <message>
        <source>%1 more attached files did not fit in this file: export again after the county&apos;s reply is imported.</source>
        <translation>还有 %1 个附件没能放进这个文件：导入县里的回执后请再导出一次。</translation>
    </message>
    <message>
        <source>The month of the report, for example 2026-03.</source>
        <translation>月报的月份，例如 2026-03。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>One village of a supervisor&apos;s copy (its 12-digit code).</source>
        <translation>督导副本中的某一个村（12 位区划代码）。</translation>
    </message>
    <message>
        <source>Write the report as a PDF file.</source>
        <translation>把月报写成 PDF 文件。</translation>
    </message>
    <message>
        <source>Write the report&apos;s tables as an Excel workbook.</source>
        <translation>把月报的表格写成 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Say which month: --month YYYY-MM, for example --month 2026-03.</source>
        <translation>请写明月份：--month YYYY-MM，例如 --month 2026-03。</translation>
    </message>
    <message>
        <source>Say where the report goes: --pdf FILE, --xlsx FILE or both.</source>
        <translation>请写明月报保存到哪里：--pdf 文件、--xlsx 文件，或两者都写。</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --database.</source>
        <translation>%1 没有数据库。请检查 --database 给出的路径。</translation>
    </message>
    <message>
        <source>This database was made by an older version of Xiangzhi. Open it once in Xiangzhi, then try again.</source>
        <translation>这个数据库是旧版乡治建的。请先在乡治里打开一次，再试。</translation>
    </message>
    <message>
        <source>Monthly report for %1: %2 received, %3 resolved, %4 overdue, %5 escalated.</source>
        <translation>%1 月报：受理 %2 件，办结 %3 件，超期 %4 件，上报 %5 件。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Who imports (password on standard input).</source>
        <translation>由谁导入（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>A column mapping saved by the import window (JSON).</source>
        <translation>导入窗口保存的列对应关系（JSON）。</translation>
    </message>
    <message>
        <source>What the file holds: residents (default) or cases.</source>
        <translation>文件里是什么：居民（默认）或案件。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Which sheet of a workbook, from 1 (default 1).</source>
        <translation>工作簿的第几个工作表，从 1 开始（默认 1）。</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones.</source>
        <translation>只导入有效的行，跳过被拒的行。</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file.</source>
        <translation>.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Use: xiangzhi import --database PATH --user LOGIN FILE [--mapping FILE] [--kind residents|cases] [--valid-only] (the password is read from standard input).</source>
        <translation>用法：xiangzhi import --database PATH --user LOGIN FILE [--mapping FILE] [--kind residents|cases] [--valid-only]（密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>The mapping file cannot be read: %1</source>
        <translation>列对应文件无法读取：%1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new residents, %3 merged with a resident already present, %4 rejected.</source>
        <translation>共读取 %1 行：新增居民 %2 人，与已有居民合并 %3 人，被拒 %4 行。</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 cases registered, %3 rejected.</source>
        <translation>共读取 %1 行：登记案件 %2 件，被拒 %3 行。</translation>
    </message>
    <message>
        <source>At most this many cases (default 20).</source>
        <translation>最多列出多少件（默认 20）。</translation>
    </message>
    <message>
        <source>What to look for: characters, words, a case number.</source>
        <translation>要找什么：字、词或案件编号。</translation>
    </message>
    <message>
        <source>--limit takes a number of cases, 1 or more.</source>
        <translation>--limit 要写件数，1 或更多。</translation>
    </message>
    <message>
        <source>Say what to look for: a character, a word or a case number (punctuation alone finds nothing).</source>
        <translation>请写明要找什么：一个字、一个词或案件编号（只有标点什么也找不到）。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>找到 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 cases found; --limit shows more.</source>
        <translation>以上是找到的最新 %1 件；用 --limit 可以显示更多。</translation>
    </message>
    <message>
        <source>Usage:
  xiangzhi [--database PATH]            open the window
  xiangzhi demo --database PATH [--cases N] [--seed S]
                                        write a demo database and exit
  xiangzhi verify-audit --database PATH check the audit chain
  xiangzhi backup --database PATH --to FILE
  xiangzhi sync --database PATH --status
                                        show what waits for the county and the last error
  xiangzhi sync --database PATH         send and receive once (exit 3: the hub)
  xiangzhi sync --database PATH --enrol URL --fingerprint FP --code CODE
                --user LOGIN [--device-name NAME]
                                        enrol with the county hub (password on stdin)
  xiangzhi bundle export --database PATH --user LOGIN FILE
                                        write what waits for the county to a USB file
  xiangzhi bundle import --database PATH --user LOGIN FILE
                                        read the county&apos;s reply from a USB file
  xiangzhi supervisor enrol --database PATH --hub URL --fingerprint FP --token TOKEN
                --login NAME [--name NAME]
                                        make a new database a supervisor&apos;s read-only copy
                                        of the county (password on stdin or XIANGZHI_PASSWORD)
  xiangzhi report --database PATH --month YYYY-MM [--village CODE]
                [--pdf FILE] [--xlsx FILE]
                                        write the monthly report (PDF, Excel or both)
  xiangzhi import --database PATH --user LOGIN FILE [--mapping FILE]
                [--kind residents|cases] [--valid-only] [--sheet N]
                                        import residents or cases from .xlsx or .csv
                                        (password on stdin; exit 4: rows rejected, nothing imported)
  xiangzhi search --database PATH QUERY [--limit N]
                                        print the newest cases that contain QUERY
  xiangzhi --version
</source>
        <translation>用法：
  xiangzhi [--database PATH]            打开程序窗口
  xiangzhi demo --database PATH [--cases N] [--seed S]
                                        生成演示数据库后退出
  xiangzhi verify-audit --database PATH 检查审计日志是否完整
  xiangzhi backup --database PATH --to FILE
  xiangzhi sync --database PATH --status
                                        显示等待发往县里的记录和最近一次错误
  xiangzhi sync --database PATH         发送并接收一次（退出码 3：平台问题）
  xiangzhi sync --database PATH --enrol URL --fingerprint FP --code CODE
                --user LOGIN [--device-name NAME]
                                        在县级平台登记（密码从标准输入读取）
  xiangzhi bundle export --database PATH --user LOGIN FILE
                                        把等待发往县里的记录写入U盘文件
  xiangzhi bundle import --database PATH --user LOGIN FILE
                                        从U盘文件读入县里的回执
  xiangzhi supervisor enrol --database PATH --hub URL --fingerprint FP --token TOKEN
                --login NAME [--name NAME]
                                        把一个新数据库设为督导用的全县只读副本
                                        （密码从标准输入或 XIANGZHI_PASSWORD 读取）
  xiangzhi report --database PATH --month YYYY-MM [--village CODE]
                [--pdf FILE] [--xlsx FILE]
                                        生成月报（PDF、Excel 或两者）
  xiangzhi import --database PATH --user LOGIN FILE [--mapping FILE]
                [--kind residents|cases] [--valid-only] [--sheet N]
                                        从 .xlsx 或 .csv 导入居民或案件
                                        （密码从标准输入读取；退出码 4：有行被拒，未导入任何数据）
  xiangzhi search --database PATH QUERY [--limit N]
                                        列出含有 QUERY 的最新案件
  xiangzhi --version
</translation>
    </message>
</context>
<context>
    <name>xz::AccountDialog</name>
    <message>
        <source>Edit account — Xiangzhi</source>
        <translation>修改账号 — 乡治</translation>
    </message>
    <message>
        <source>The login name stays as it is: the history of the office knows the account by it.</source>
        <translation>登录名不能修改：本村的历史记录都是按登录名识别这个账号的。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Add account — Xiangzhi</source>
        <translation>添加账号 — 乡治</translation>
    </message>
    <message>
        <source>Choose a first password and tell it to the person yourself. They choose their own at their first login.</source>
        <translation>请设置一个初始密码，并亲自告诉本人。本人第一次登录时再设置自己的密码。</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>添加账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>xz::AccountTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>已锁定至 %1</translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation>正常，临时密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录时间</translation>
    </message>
</context>
<context>
    <name>xz::AccountsPage</name>
    <message>
        <source>Account of %1 added. Tell them the first password in person.</source>
        <translation>已添加%1的账号。请当面把初始密码告诉本人。</translation>
    </message>
    <message>
        <source>Account of %1 saved.</source>
        <translation>%1的账号已保存。</translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer log in. Their cases and their history stay.</source>
        <translation>停用%1的账号吗？停用后本人不能再登录，其案件和历史记录仍然保留。</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Enable the account of %1 again? They can log in with their password.</source>
        <translation>重新启用%1的账号吗？启用后本人可以用原来的密码登录。</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>启用(&amp;N)</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>%1的账号</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Account of %1 disabled.</source>
        <translation>%1的账号已停用。</translation>
    </message>
    <message>
        <source>Account of %1 enabled.</source>
        <translation>%1的账号已启用。</translation>
    </message>
    <message>
        <source>Temporary password set for %1. They choose their own at the next login.</source>
        <translation>已为%1设置临时密码。本人下次登录时要设置自己的密码。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>启用(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Everybody who works at this desk has their own account. Accounts are never deleted: disable the account of somebody who has left, and their history stays theirs.</source>
        <translation>在这里办事的每个人都有自己的账号。账号不会被删除：有人离开后，停用其账号即可，其历史记录仍归本人。</translation>
    </message>
    <message>
        <source>You are logged in as %1 (%2, login name %3). The village secretary manages the accounts.</source>
        <translation>您当前登录的是 %1（%2，登录名 %3）。账号由村支书管理。</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>You are logged in as %1 (%2, login name %3). In a supervisor&apos;s copy each supervisor changes only their own password.</source>
        <translation>您当前登录的是 %1（%2，登录名 %3）。在督导副本中，每位督导只能修改自己的密码。</translation>
    </message>
</context>
<context>
    <name>xz::AtomicFile</name>
    <message>
        <source>The folder for “%1” does not exist. Choose another folder and try again.</source>
        <translation>“%1”所在的文件夹不存在。请换一个文件夹再试。</translation>
    </message>
    <message>
        <source>The disk is full, so “%1” was not written. Free some space or choose another disk (a USB stick) and try again.</source>
        <translation>磁盘已满，“%1”没有写入。请腾出一些空间，或换一个磁盘（如U盘）再试。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the disk is read-only. Check that the USB stick is not write-protected, or choose another folder.</source>
        <translation>无法写入“%1”：磁盘为只读。请检查U盘是否开启了写保护，或换一个文件夹。</translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that the file is not open in another program (Excel, WPS) and that you may write in this folder, or choose another folder.</source>
        <translation>“%1”没有写入成功。请检查这个文件是否正在其他程序（Excel、WPS）中打开，以及您能否在这个文件夹中写入文件，或换一个文件夹。</translation>
    </message>
</context>
<context>
    <name>xz::AttachmentStore</name>
    <message>
        <source>The size limit for attachments is 1 to %1 MB.</source>
        <translation>附件大小上限须在 1 到 %1 MB 之间。</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2). Check that it is still there, close any program that has it open, and try again.</source>
        <translation>无法读取文件 %1（%2）。请确认文件还在，关掉正在打开它的程序，然后再试。</translation>
    </message>
    <message>
        <source>The file %1 is empty. Choose the photo or scan itself.</source>
        <translation>文件 %1 是空的。请选择照片或扫描件文件本身。</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; a file attached to a case may be at most %3 MB. Take the photo at a lower resolution or scan at fewer dots per inch.</source>
        <translation>文件 %1 有 %2 MB，案件附件最大只能 %3 MB。请调低分辨率再拍照，或扫描时调低 DPI（每英寸点数）。</translation>
    </message>
    <message>
        <source>The file %1 is not a JPEG or PNG photo or a PDF scan, whatever its name says. Only photos and scans of those three kinds can be attached.</source>
        <translation>文件 %1 不是 JPEG、PNG 照片或 PDF 扫描件（不管文件名怎么写）。只能添加这三种照片和扫描件。</translation>
    </message>
    <message>
        <source>The file %1 changed while it was read. Wait until it is saved completely and try again.</source>
        <translation>读取文件 %1 时，文件发生了变化。请等文件完全保存好后再试。</translation>
    </message>
    <message>
        <source>The content of this attachment is no longer here (the case was anonymised).</source>
        <translation>这个附件的内容已经不在了（案件已匿名化）。</translation>
    </message>
    <message>
        <source>The stored attachment is incomplete. Restore the office database from a backup.</source>
        <translation>保存的附件不完整。请从备份恢复数据库。</translation>
    </message>
    <message>
        <source>The attachment could not be written (%1). Check that the disk has room.</source>
        <translation>附件无法保存（%1）。请检查磁盘是否还有空间。</translation>
    </message>
</context>
<context>
    <name>xz::AttachmentsPanel</name>
    <message>
        <source>Attach&amp;ments</source>
        <translation>附件(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>添加附件(&amp;T)…</translation>
    </message>
    <message>
        <source>Attach a photo (JPEG, PNG) or a scan (PDF) to this case. You can also drop files here.</source>
        <translation>给本案件添加照片（JPEG、PNG）或扫描件（PDF）。也可以把文件拖到这里。</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>打开(&amp;P)</translation>
    </message>
    <message>
        <source>Open the chosen attachment with the computer&apos;s viewer</source>
        <translation>用电脑上的查看程序打开选中的附件</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Attachments of the case</source>
        <translation>本案件的附件</translation>
    </message>
    <message>
        <source>No photos or scans yet.</source>
        <translation>还没有照片或扫描件。</translation>
    </message>
    <message>
        <source>A file removed with the personal data
%1, %2</source>
        <translation>文件已随个人信息一起删除
%1，%2</translation>
    </message>
    <message>
        <source>PDF scan</source>
        <translation>PDF 扫描件</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG 照片</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>%1
%2, %3 · %4, %5</source>
        <translation>%1
%2，%3 · %4，%5</translation>
    </message>
    <message>
        <source>Attach a photo or scan</source>
        <translation>添加照片或扫描件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose an attachment in the list first.</source>
        <translation>请先在列表中选中一个附件。</translation>
    </message>
    <message>
        <source>No temporary folder could be made to open the file (%1).</source>
        <translation>无法创建用来打开文件的临时文件夹（%1）。</translation>
    </message>
    <message>
        <source>The file could not be written to open it (%1).</source>
        <translation>无法生成用来打开的文件副本（%1）。</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. It was saved as %1.</source>
        <translation>这台电脑上没有能打开这类文件的程序。文件已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>xz::AuditAction</name>
    <message>
        <source>Register a case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Accept a case</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>Reject a case</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assign a case</source>
        <translation>分派案件</translation>
    </message>
    <message>
        <source>Start work on a case</source>
        <translation>开始办理案件</translation>
    </message>
    <message>
        <source>Return a case</source>
        <translation>退回案件</translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve an extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Deny an extension</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>Escalate a case</source>
        <translation>上报案件</translation>
    </message>
    <message>
        <source>Record a reply from above</source>
        <translation>登记上级回复</translation>
    </message>
    <message>
        <source>Resolve a case</source>
        <translation>办结案件</translation>
    </message>
    <message>
        <source>Call the resident back</source>
        <translation>回访居民</translation>
    </message>
    <message>
        <source>Reopen a case</source>
        <translation>重新办理案件</translation>
    </message>
    <message>
        <source>Archive a case</source>
        <translation>归档案件</translation>
    </message>
    <message>
        <source>Void a case</source>
        <translation>作废案件</translation>
    </message>
    <message>
        <source>Merge a case into another</source>
        <translation>将案件合并到其他案件</translation>
    </message>
    <message>
        <source>Another case merged into this one</source>
        <translation>其他案件合并到本案件</translation>
    </message>
    <message>
        <source>Link another report of a case</source>
        <translation>关联同一事项的另一次反映</translation>
    </message>
    <message>
        <source>Add a note to a case</source>
        <translation>添加案件备注</translation>
    </message>
    <message>
        <source>Anonymise a case</source>
        <translation>案件匿名化</translation>
    </message>
    <message>
        <source>Add a resident</source>
        <translation>添加居民</translation>
    </message>
    <message>
        <source>Edit a resident</source>
        <translation>修改居民信息</translation>
    </message>
    <message>
        <source>Merge duplicate residents</source>
        <translation>合并重复的居民</translation>
    </message>
    <message>
        <source>Show a full ID number or phone</source>
        <translation>查看完整身份证号或手机号</translation>
    </message>
    <message>
        <source>Anonymise a resident</source>
        <translation>居民匿名化</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号被锁定</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Change an account</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Enable an account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Change one&apos;s own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Set up the office</source>
        <translation>设置本村</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>导出案件</translation>
    </message>
    <message>
        <source>Export residents</source>
        <translation>导出居民</translation>
    </message>
    <message>
        <source>Export unmasked personal data</source>
        <translation>导出未遮挡的个人信息</translation>
    </message>
    <message>
        <source>Anonymise old cases</source>
        <translation>旧案件匿名化</translation>
    </message>
    <message>
        <source>Change how long personal data is kept</source>
        <translation>修改个人信息保存期限</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Check the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Accounts and logins</source>
        <translation>账号和登录</translation>
    </message>
    <message>
        <source>Office set-up</source>
        <translation>本村设置</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Protection of personal information</source>
        <translation>个人信息保护</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Changes found</source>
        <translation>发现改动</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>(nobody logged in)</source>
        <translation>（无人登录）</translation>
    </message>
    <message>
        <source>The county&apos;s reply arrived</source>
        <translation>收到县里的答复</translation>
    </message>
    <message>
        <source>The county reassigned a case</source>
        <translation>县里改派了案件</translation>
    </message>
    <message>
        <source>The county added a note</source>
        <translation>县里添加了备注</translation>
    </message>
    <message>
        <source>Enrol this office with the county hub</source>
        <translation>在县级平台登记本办公室</translation>
    </message>
    <message>
        <source>Sync with the county</source>
        <translation>与县里同步</translation>
    </message>
    <message>
        <source>Attach a file to a case</source>
        <translation>给案件添加附件</translation>
    </message>
    <message>
        <source>Settle a clash with the county</source>
        <translation>核对与县里不一致的案件</translation>
    </message>
    <message>
        <source>Export records for the county to a USB file</source>
        <translation>把给县里的记录导出到U盘文件</translation>
    </message>
    <message>
        <source>Import the county&apos;s reply from a USB file</source>
        <translation>从U盘文件导入县里的回执</translation>
    </message>
    <message>
        <source>The county sent new case categories</source>
        <translation>县里发来了新的案件类别</translation>
    </message>
    <message>
        <source>The county sent a holiday calendar</source>
        <translation>县里发来了节假日安排</translation>
    </message>
    <message>
        <source>A county update could not be read</source>
        <translation>县里发来的更新无法读取</translation>
    </message>
    <message>
        <source>Updates from the county</source>
        <translation>县里发来的更新</translation>
    </message>
    <message>
        <source>County update</source>
        <translation>县里的更新</translation>
    </message>
    <message>
        <source>Import residents from a file</source>
        <translation>从文件导入居民</translation>
    </message>
    <message>
        <source>Import cases from a file</source>
        <translation>从文件导入案件</translation>
    </message>
</context>
<context>
    <name>xz::AuditLog</name>
    <message>
        <source>The audit log of this database is damaged (its head is missing).</source>
        <translation>此数据库的审计日志已损坏（缺少日志头记录）。</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Audit record %1 is missing: the log jumps from %2 to %3.</source>
        <translation>缺少第 %1 条审计记录：日志从第 %2 条直接跳到了第 %3 条。</translation>
    </message>
    <message>
        <source>Audit record %1 does not follow record %2: the log was changed.</source>
        <translation>第 %1 条审计记录与第 %2 条衔接不上：日志被改动过。</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>第 %1 条审计记录在写入后被改动过。</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing: the log was changed.</source>
        <translation>缺少审计日志头记录：日志被改动过。</translation>
    </message>
    <message>
        <source>Audit record %1 is missing: the log ends at %2 but was written up to %3.</source>
        <translation>缺少第 %1 条审计记录：日志到第 %2 条就结束了，但实际写到了第 %3 条。</translation>
    </message>
    <message>
        <source>The audit log&apos;s head does not match record %1: the log was changed.</source>
        <translation>审计日志头与第 %1 条记录不符：日志被改动过。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 records, each linked to the one before.</source>
        <translation>审计日志完整：共 %1 条记录，每一条都与上一条衔接。</translation>
    </message>
</context>
<context>
    <name>xz::AuditLogModel</name>
    <message>
        <source>Record %1</source>
        <translation>第 %1 条记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked</source>
        <translation>
            <numerusform>已校验 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>first changed or missing record: %1</source>
        <translation>最早被改动或缺失的记录：第 %1 条</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>案件编号：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>身份：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written</source>
        <translation>
            <numerusform>已导出 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>one person</source>
        <translation>指定人员</translation>
    </message>
    <message>
        <source>failures only</source>
        <translation>只看失败</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
</context>
<context>
    <name>xz::AuditLogView</name>
    <message>
        <source>Audit &amp;log</source>
        <translation>审计日志(&amp;L)</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>审计日志（最新的在前）</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>操作人(&amp;P)：</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>日期从(&amp;D)</translation>
    </message>
    <message>
        <source>Show only records between two dates</source>
        <translation>只显示这两个日期之间的记录</translation>
    </message>
    <message>
        <source>On or after</source>
        <translation>不早于</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>On or before</source>
        <translation>不晚于</translation>
    </message>
    <message>
        <source>&amp;Only failures and problems</source>
        <translation>只看失败和问题(&amp;O)</translation>
    </message>
    <message>
        <source>Show only failed logins and other failures</source>
        <translation>只显示登录失败和其他失败的记录</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>清除筛选(&amp;R)</translation>
    </message>
    <message>
        <source>Reset filters: show every record</source>
        <translation>清除筛选条件，显示全部记录</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the records shown as a CSV file for Excel</source>
        <translation>把显示的记录导出为 CSV 文件，可用 Excel 打开</translation>
    </message>
    <message>
        <source>Writes the records that the filters show, oldest first, to a file that Excel opens.</source>
        <translation>把筛选后显示的记录按时间从早到晚写入文件，可用 Excel 打开。</translation>
    </message>
    <message>
        <source>&amp;Check that the log is intact</source>
        <translation>校验日志是否完整(&amp;C)</translation>
    </message>
    <message>
        <source>Check that no record of the audit log was changed or removed</source>
        <translation>检查审计日志中有没有记录被改动或删除</translation>
    </message>
    <message>
        <source>Reads every record and checks that each is linked to the one before.</source>
        <translation>逐条读取记录，检查每一条是否与上一条衔接。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2), disabled</source>
        <translation>%1（%2），已停用</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV 文件，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n record(s), each linked to the one before. Nothing has been changed.</source>
        <translation>
            <numerusform>完整：共 %n 条记录，每一条都与上一条衔接，没有被改动过。</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT intact: %1</source>
        <translation>不完整：%1</translation>
    </message>
    <message>
        <source>What to do: keep this database file exactly as it is. Do not delete, repair or replace it with a backup. Write down record %1 and tell the county office at once; they will say how to go on.</source>
        <translation>请这样处理：保持这个数据库文件原样，不要删除、修复，也不要用备份替换。记下第 %1 条记录，并立即报告县里，按县里的要求处理。</translation>
    </message>
    <message>
        <source>This check could not be written to the log: %1</source>
        <translation>这次校验没能记入日志：%1</translation>
    </message>
    <message>
        <source>Checking every record of the audit log… On a long log this takes a minute.</source>
        <translation>正在逐条校验审计日志…日志较长时大约需要一分钟。</translation>
    </message>
</context>
<context>
    <name>xz::AuditService</name>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (China)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action key</source>
        <translation>操作代码</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2). Choose another folder, for example on a USB stick.</source>
        <translation>无法写入文件 %1（%2）。请换一个文件夹，例如U盘上的文件夹。</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2). Check that the disk or USB stick has room, then try again.</source>
        <translation>写入 %1 失败（%2）。请检查磁盘或U盘是否还有空间，然后再试。</translation>
    </message>
</context>
<context>
    <name>xz::BlobUploader</name>
    <message>
        <source>A stored attachment is incomplete and cannot be sent. Restore the office database from a backup.</source>
        <translation>有一个保存的附件不完整，无法发送。请从备份恢复数据库。</translation>
    </message>
</context>
<context>
    <name>xz::Bundle</name>
    <message>
        <source>This bundle file was changed or damaged after it was made (a byte is different, or the file was cut short). Nothing was imported. Copy the file again from where it was made, or make a new one.</source>
        <translation>这个U盘文件在生成后被改动或损坏了（有内容不一样，或文件不完整）。没有导入任何内容。请从生成它的地方重新复制，或者重新生成一个。</translation>
    </message>
    <message>
        <source>This file is not a Xiangzhi bundle file. Choose the file the county gave back (or the one this program wrote for the USB stick).</source>
        <translation>这个文件不是乡治的U盘文件。请选择县里给回的文件（或本程序写到U盘上的文件）。</translation>
    </message>
    <message>
        <source>This bundle file was made by a newer version of Xiangzhi (format %1). Update this program, then import the file again.</source>
        <translation>这个U盘文件是由更新版本的乡治生成的（格式 %1）。请先升级本程序，再重新导入。</translation>
    </message>
</context>
<context>
    <name>xz::BundleService</name>
    <message>
        <source>This office was enrolled with the county before USB files existed, so it has no key to sign them with. Ask the county for a new enrolment code and enrol this office again (Settings → Sync); nothing is lost.</source>
        <translation>本村在县里登记时还没有U盘文件功能，所以没有用来签名的密钥。请向县里申请新的登记码，在“设置 → 同步”中重新登记本村；原有数据不会丢失。</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Check that the USB stick is plugged in and not full, then export again.</source>
        <translation>无法写入文件 %1（%2）。请检查U盘是否插好、是否已满，然后重新导出。</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2). Check that the USB stick is plugged in.</source>
        <translation>无法读取文件 %1（%2）。请检查U盘是否插好。</translation>
    </message>
    <message>
        <source>This is the file this office wrote for the county, not the county&apos;s reply. Take it to the county; import the file they give back.</source>
        <translation>这是本村写给县里的文件，不是县里的回执。请把它送到县里，然后导入县里给回的文件。</translation>
    </message>
    <message>
        <source>This reply is for another village (%1), not this office. Nothing was imported. Ask the county for this village&apos;s reply.</source>
        <translation>这份回执是给其他村（%1）的，不是本村的。没有导入任何内容。请向县里要本村的回执。</translation>
    </message>
    <message>
        <source>This reply is for another computer of this village. Import it on the computer that exported the file; nothing was imported here.</source>
        <translation>这份回执是给本村另一台电脑的。请在当初导出文件的那台电脑上导入；这里没有导入任何内容。</translation>
    </message>
    <message>
        <source>This reply comes from a county hub this office is not enrolled with. Nothing was imported.</source>
        <translation>这份回执来自本村没有登记过的县级平台。没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>xz::CaseAction</name>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Deny extension</source>
        <translation>不批准延期</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>xz::CaseActionDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>The case is accepted and waits to be assigned.</source>
        <translation>受理后，案件等待分派。</translation>
    </message>
    <message>
        <source>The case is closed as not accepted. Write down why, so that the resident can be told.</source>
        <translation>案件将作不予受理处理。请写明理由，以便告知居民。</translation>
    </message>
    <message>
        <source>Choose who handles the case. It then appears in their list.</source>
        <translation>请选择承办人。分派后，案件会出现在承办人的列表里。</translation>
    </message>
    <message>
        <source>Mark that work on the case has started.</source>
        <translation>标记此案件已开始办理。</translation>
    </message>
    <message>
        <source>The case goes back to the village secretary to be assigned again.</source>
        <translation>案件退回村支书，重新分派。</translation>
    </message>
    <message>
        <source>Ask the village secretary for more working days. The deadline moves only when the request is approved.</source>
        <translation>向村支书申请延长办理时限。申请批准后，截止时间才会顺延。</translation>
    </message>
    <message>
        <source>More working days were requested for this case. Approving moves the deadline.</source>
        <translation>此案件申请了延期。批准后，截止时间将顺延。</translation>
    </message>
    <message>
        <source>More working days were requested for this case. Denying keeps the deadline.</source>
        <translation>此案件申请了延期。不批准，截止时间就不变。</translation>
    </message>
    <message>
        <source>The case is sent to the township or the county for help.</source>
        <translation>将案件上报乡镇或县级，请求协助办理。</translation>
    </message>
    <message>
        <source>Write down what the township or the county replied. The case then goes back to work.</source>
        <translation>请登记乡镇或县级的回复。登记后，案件继续办理。</translation>
    </message>
    <message>
        <source>Write down what was done. The resident is then called back.</source>
        <translation>请写明办理结果。办结后要回访居民。</translation>
    </message>
    <message>
        <source>Write down what the resident said when called back, and how satisfied they are.</source>
        <translation>请登记回访时居民的意见和满意度。</translation>
    </message>
    <message>
        <source>The resident was not satisfied. The case goes back to work with a new time limit.</source>
        <translation>居民不满意，案件重新办理，办理时限重新计算。</translation>
    </message>
    <message>
        <source>The case is closed and kept in the archive.</source>
        <translation>案件结案并归档保存。</translation>
    </message>
    <message>
        <source>A case registered by mistake is voided. It is kept, but no longer counts.</source>
        <translation>登记错了的案件可以作废。作废后记录仍然保留，但不再计入统计。</translation>
    </message>
    <message>
        <source>This case reports the same matter as another case. It is closed, and the other case notes the merge.</source>
        <translation>此案件与另一个案件反映的是同一件事。合并后此案件关闭，另一个案件会记下这次合并。</translation>
    </message>
    <message>
        <source>The note is added to the history of the case.</source>
        <translation>备注会记入案件的办理记录。</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>承办人(&amp;H)：</translation>
    </message>
    <message>
        <source>Choose a colleague</source>
        <translation>请选择同事</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>申请延期：</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>申请理由：</translation>
    </message>
    <message numerus="yes">
        <source>%n more working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Working days:</source>
        <translation>延长工作日(&amp;W)：</translation>
    </message>
    <message numerus="yes">
        <source>At most %n more working day(s) for this case.</source>
        <translation>
            <numerusform>此案件最多还能延长 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>This case has already had the longest extension allowed.</source>
        <translation>此案件的延期已达到上限。</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>上报到(&amp;S)：</translation>
    </message>
    <message>
        <source>Merge &amp;into case:</source>
        <translation>合并到案件(&amp;I)：</translation>
    </message>
    <message>
        <source>Case number, or words from the title</source>
        <translation>案件编号或标题中的字词</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Why help is needed:</source>
        <translation>上报理由(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>办理结果(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reply received:</source>
        <translation>收到的回复(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;What the resident said:</source>
        <translation>回访情况(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注（选填）(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter saves. Shift+Enter starts a new line.</source>
        <translation>按 Enter 保存，按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please choose who handles the case.</source>
        <translation>请选择承办人。</translation>
    </message>
    <message>
        <source>Please enter the number of the case to merge into.</source>
        <translation>请输入要合并到的案件编号。</translation>
    </message>
    <message>
        <source>No case has the number %1. Check the number.</source>
        <translation>没有编号为 %1 的案件，请核对编号。</translation>
    </message>
    <message>
        <source>A case cannot be merged into itself. Enter the number of the other case.</source>
        <translation>案件不能合并到自己。请输入另一个案件的编号。</translation>
    </message>
    <message>
        <source>Please write down what was done.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>Please write down the reply.</source>
        <translation>请填写回复内容。</translation>
    </message>
    <message>
        <source>Please write down what the resident said.</source>
        <translation>请填写回访情况。</translation>
    </message>
    <message>
        <source>Please write down the reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>Please choose how satisfied the resident is.</source>
        <translation>请选择居民的满意度。</translation>
    </message>
    <message>
        <source>Please write the note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <source>Type the number of the case that stays open.</source>
        <translation>请输入保留的那个案件的编号。</translation>
    </message>
    <message>
        <source>No case has this number yet.</source>
        <translation>还没有这个编号的案件。</translation>
    </message>
    <message>
        <source>This is the case itself. Enter the number of the other case.</source>
        <translation>这是本案件自己的编号。请输入另一个案件的编号。</translation>
    </message>
    <message>
        <source>Case %1: %2 (%3)</source>
        <translation>案件 %1：%2（%3）</translation>
    </message>
    <message>
        <source>&amp;Explain why more time is needed:</source>
        <translation>说明需要延期的原因(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>xz::CaseDetailView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <source>Demand type:</source>
        <translation>诉求类型：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>具体情况：</translation>
    </message>
    <message>
        <source>Villager group:</source>
        <translation>村民小组：</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>反映人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>承办人：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登记时间：</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>最近更新：</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>延期：</translation>
    </message>
    <message>
        <source>Escalated to:</source>
        <translation>上报至：</translation>
    </message>
    <message>
        <source>Why escalated:</source>
        <translation>上报理由：</translation>
    </message>
    <message>
        <source>Reply received:</source>
        <translation>上级回复：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>办结时间：</translation>
    </message>
    <message>
        <source>Callback result:</source>
        <translation>回访情况：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>结案时间：</translation>
    </message>
    <message>
        <source>The matter</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People and dates</source>
        <translation>人员和时间</translation>
    </message>
    <message>
        <source>Handling and outcome</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>&amp;Resident…</source>
        <translation>反映人信息(&amp;R)…</translation>
    </message>
    <message>
        <source>Show the resident and the other cases they reported</source>
        <translation>查看反映人的信息和他反映过的其他案件</translation>
    </message>
    <message>
        <source>&amp;History (newest first)</source>
        <translation>办理记录（最新的在前）(&amp;H)</translation>
    </message>
    <message>
        <source>History of the case, newest first</source>
        <translation>案件办理记录，最新的在前</translation>
    </message>
    <message>
        <source>This case was not found. It may belong to another office.</source>
        <translation>没有找到此案件，它可能属于其他村。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more working day(s) requested; waiting for the secretary&apos;s decision.</source>
        <translation>
            <numerusform>已申请延期 %n 个工作日，等待村支书审批。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more working day(s) requested; waiting for the secretary&apos;s decision. Reason: %1</source>
        <translation>
            <numerusform>已申请延期 %n 个工作日，等待村支书审批。理由：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalated to the county; waiting for its reply.</source>
        <translation>已上报县级，正在等待回复。</translation>
    </message>
    <message>
        <source>Escalated to the township; waiting for its reply.</source>
        <translation>已上报乡镇，正在等待回复。</translation>
    </message>
    <message>
        <source>This case was merged into case %1; the work goes on there.</source>
        <translation>此案件已合并到案件 %1，请在那个案件中继续办理。</translation>
    </message>
    <message>
        <source>&amp;Open case %1</source>
        <translation>打开案件 %1(&amp;O)</translation>
    </message>
    <message>
        <source>Deadline was %1</source>
        <translation>原截止时间：%1</translation>
    </message>
    <message>
        <source>%1 (deadline %2)</source>
        <translation>%1（截止时间 %2）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>尚未分派</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) granted</source>
        <translation>
            <numerusform>已批准延长 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing for you to do on this case now.</source>
        <translation>此案件目前没有需要您办理的事项。</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>超过保存期限，已匿名化</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Not available in the supervisor&apos;s copy (residents stay in the village)</source>
        <translation>督导副本中无法查看（居民信息只保存在村里）</translation>
    </message>
    <message>
        <source>Supervisor mode, read-only: the village works this case in its own office.</source>
        <translation>督导模式，只读：此案件由该村在村委会办理。</translation>
    </message>
</context>
<context>
    <name>xz::CaseListView</name>
    <message>
        <source>No case matches these filters.</source>
        <translation>没有符合筛选条件的案件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>共 %Ln 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the cases shown to a CSV, Excel or PDF file</source>
        <translation>把显示的案件导出为 CSV、Excel 或 PDF 文件</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>案件列表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>xz::CaseProjection</name>
    <message>
        <source>A registration record from the county hub lacks the field %1.</source>
        <translation>县级平台发来的一条案件登记记录缺少字段 %1。</translation>
    </message>
    <message>
        <source>The case was not found; it may have been removed.</source>
        <translation>没有找到此案件，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>xz::CaseService</name>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，没有保存任何内容。</translation>
    </message>
    <message>
        <source>Please enter a short title that says what the matter is.</source>
        <translation>请填写标题，用一句话说明是什么事。</translation>
    </message>
    <message>
        <source>The title is too long (%1 characters; at most %2). Put the details in the description.</source>
        <translation>标题太长（%1 个字，最多 %2 个字）。详细内容请写在“具体情况”里。</translation>
    </message>
    <message>
        <source>The description is too long (%1 characters; at most %2).</source>
        <translation>具体情况太长（%1 个字，最多 %2 个字）。</translation>
    </message>
    <message>
        <source>Please choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>The place or address is too long.</source>
        <translation>地点或地址太长。</translation>
    </message>
    <message>
        <source>This village has registered 9,999 cases today, the most a day can number.</source>
        <translation>本村今天已登记 9999 个案件，达到了每天编号的上限。</translation>
    </message>
    <message>
        <source>This office has no village set up yet. Finish the set-up first.</source>
        <translation>还没有设置本村。请先完成设置。</translation>
    </message>
    <message>
        <source>The category %1 is not in this office&apos;s list. Choose one from the list.</source>
        <translation>类别 %1 不在本村的类别列表中。请从列表中选择。</translation>
    </message>
    <message>
        <source>The chosen resident was not found. Pick the resident again.</source>
        <translation>没有找到所选的居民。请重新选择。</translation>
    </message>
    <message>
        <source>The case was not found.</source>
        <translation>没有找到此案件。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>备注太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>the reason for rejecting</source>
        <translation>不予受理的理由</translation>
    </message>
    <message>
        <source>Choose an active colleague to assign the case to.</source>
        <translation>请选择一位账号有效的同事作为承办人。</translation>
    </message>
    <message>
        <source>%1 cannot handle cases in their role; choose a village cadre or the secretary.</source>
        <translation>%1的身份不能办理案件，请选择村干部或村支书。</translation>
    </message>
    <message>
        <source>the reason for returning</source>
        <translation>退回的理由</translation>
    </message>
    <message>
        <source>An extension must be between 1 and %1 working days.</source>
        <translation>延期须为 1 到 %1 个工作日。</translation>
    </message>
    <message>
        <source>This case has already had the longest extension allowed.</source>
        <translation>此案件的延期已达到上限。</translation>
    </message>
    <message>
        <source>the reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>the reason for escalating</source>
        <translation>上报理由</translation>
    </message>
    <message>
        <source>the reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>what was done (the result)</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>the callback result</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Please choose how satisfied the resident is.</source>
        <translation>请选择居民的满意度。</translation>
    </message>
    <message>
        <source>why the case is reopened</source>
        <translation>重新办理的原因</translation>
    </message>
    <message>
        <source>the reason for voiding</source>
        <translation>作废的理由</translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation>案件不能合并到自己。</translation>
    </message>
    <message>
        <source>Choose the case to merge into.</source>
        <translation>请选择要合并到的案件。</translation>
    </message>
    <message>
        <source>Case %1 is %2; choose a case that is still valid.</source>
        <translation>案件 %1 的状态为“%2”，请选择仍然有效的案件。</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Case %1 is %2; register a new case instead.</source>
        <translation>案件 %1 的状态为“%2”，请改为登记新案件。</translation>
    </message>
    <message>
        <source>Please fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3). Shorten it or attach a document.</source>
        <translation>%1太长（%2 个字，最多 %3 个字）。请精简，或改用附件。</translation>
    </message>
    <message>
        <source>Case %1 is already anonymised.</source>
        <translation>案件 %1 已经匿名化。</translation>
    </message>
    <message>
        <source>Case %1 is still %2; only closed cases are anonymised.</source>
        <translation>案件 %1 的状态仍为“%2”，只有已结案的案件才能匿名化。</translation>
    </message>
    <message>
        <source>Case %1 is %2; files can no longer be attached to it.</source>
        <translation>案件 %1 的状态为“%2”，不能再添加附件。</translation>
    </message>
    <message>
        <source>This file is already attached to case %1 (as %2).</source>
        <translation>这个文件已经是案件 %1 的附件（名为 %2）。</translation>
    </message>
    <message>
        <source>Case %1 has no clash with the county to settle.</source>
        <translation>案件 %1 与县里没有需要核对的不一致。</translation>
    </message>
    <message>
        <source>Write why the village&apos;s handling stands; the county will read it.</source>
        <translation>请写明为什么保留村里的办理，县里会看到。</translation>
    </message>
    <message>
        <source>This office cannot carry out what the county sent; keep the village&apos;s handling and write why.</source>
        <translation>本村无法执行县里发来的操作。请保留村里的办理，并写明理由。</translation>
    </message>
    <message>
        <source>The county&apos;s “%1” cannot be carried out: the case is %2 here, and “%1” is not possible then. Keep the village&apos;s handling and write why.</source>
        <translation>县里的“%1”无法执行：本地案件的状态是“%2”，这时不能“%1”。请保留村里的办理，并写明理由。</translation>
    </message>
</context>
<context>
    <name>xz::CaseStateMachine</name>
    <message>
        <source>“%1” is not possible for a case that is %2.</source>
        <translation>案件状态为“%2”，不能“%1”。</translation>
    </message>
    <message>
        <source>Emergency cases cannot be extended; escalate the case instead.</source>
        <translation>紧急案件不能延期，请改为上报。</translation>
    </message>
    <message>
        <source>This case is assigned to %1; only they or the village secretary may handle it.</source>
        <translation>此案件的承办人是%1，只有承办人本人或村支书可以办理。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Only the person who registered this case, or the village secretary, may resolve it on the spot.</source>
        <translation>只有登记此案件的人或村支书才能现场办结。</translation>
    </message>
</context>
<context>
    <name>xz::CaseStatus</name>
    <message>
        <source>Draft</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
</context>
<context>
    <name>xz::CaseTableModel</name>
    <message>
        <source>%1, extension requested</source>
        <translation>%1，已申请延期</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Time left until the deadline</source>
        <translation>离截止时间还剩多少时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>无法查看</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
</context>
<context>
    <name>xz::CategoryPicker</name>
    <message>
        <source>Type part of the name, or press ↓</source>
        <translation>输入名称中的字，或按 ↓ 选择</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type any part of a category name, for example a road or water matter, then pick it from the list.</source>
        <translation>输入类别名称中的任意字词（如“道路”“饮水”），再从列表中选择。</translation>
    </message>
</context>
<context>
    <name>xz::CategoryTree</name>
    <message>
        <source>The category list is invalid: %1</source>
        <translation>类别列表有误：%1</translation>
    </message>
    <message>
        <source>The built-in category list is missing.</source>
        <translation>缺少程序自带的类别列表。</translation>
    </message>
</context>
<context>
    <name>xz::ChangePasswordDialog</name>
    <message>
        <source>Change password — Xiangzhi</source>
        <translation>修改密码 — 乡治</translation>
    </message>
    <message>
        <source>%1, choose a new password. Only you should know it.</source>
        <translation>%1，请设置新密码。密码只能您自己知道。</translation>
    </message>
    <message>
        <source>%1, the village secretary set a temporary password for you. Choose your own password now: only you should know it.</source>
        <translation>%1，村支书为您设置了临时密码。请现在设置您自己的密码：密码只能您自己知道。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>xz::Channel</name>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Grid patrol</source>
        <translation>网格巡查</translation>
    </message>
    <message>
        <source>12345 referral</source>
        <translation>12345转办</translation>
    </message>
    <message>
        <source>Assigned from above</source>
        <translation>上级交办</translation>
    </message>
</context>
<context>
    <name>xz::ChartCard</name>
    <message>
        <source>Show &quot;%1&quot; as a table</source>
        <translation>以表格查看“%1”</translation>
    </message>
    <message>
        <source>Save &quot;%1&quot;</source>
        <translation>保存“%1”</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the numbers as a table: arrows move, Enter opens the cases</source>
        <translation>以表格查看数字：方向键移动，回车打开这些案件</translation>
    </message>
    <message>
        <source>Save ▾</source>
        <translation>保存 ▾</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture…</source>
        <translation>把图保存为 PNG 图片…</translation>
    </message>
    <message>
        <source>Save the chart as an SVG picture…</source>
        <translation>把图保存为 SVG 图片…</translation>
    </message>
    <message>
        <source>Save the table as CSV…</source>
        <translation>把表格保存为 CSV…</translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook…</source>
        <translation>把表格保存为 Excel 工作簿…</translation>
    </message>
</context>
<context>
    <name>xz::ChartRenderer</name>
    <message>
        <source>No cases in this period</source>
        <translation>这段时间没有案件</translation>
    </message>
    <message>
        <source>The picture could not be made.</source>
        <translation>图片没能生成。</translation>
    </message>
</context>
<context>
    <name>xz::ChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Click to open these cases.</source>
        <translation>点击打开这些案件。</translation>
    </message>
    <message>
        <source>No cases in this period</source>
        <translation>这段时间没有案件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>xz::CjkTokenizer</name>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation>SQLite 驱动没有提供数据库的访问。</translation>
    </message>
    <message>
        <source>The SQLite library on this computer has no full-text search (FTS5). Install the program&apos;s own package, which brings a suitable SQLite.</source>
        <translation>这台电脑上的 SQLite 库没有全文检索（FTS5）。请安装本程序自带的软件包，它带有合适的 SQLite。</translation>
    </message>
    <message>
        <source>Case search could not be set up on the database: %1</source>
        <translation>无法在数据库上建立案件检索：%1</translation>
    </message>
</context>
<context>
    <name>xz::ColumnMapping</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>常用语言</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Type of demand</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Reporter&apos;s ID number</source>
        <translation>反映人身份证号</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>The mapping file is not one this program wrote (it needs &quot;kind&quot; and &quot;columns&quot;).</source>
        <translation>这个列对应文件不是本程序保存的（需要 &quot;kind&quot; 和 &quot;columns&quot;）。</translation>
    </message>
    <message>
        <source>The mapping file is for importing cases, not residents.</source>
        <translation>这个列对应文件是导入案件用的，不是导入居民用的。</translation>
    </message>
    <message>
        <source>The mapping file is for importing residents, not cases.</source>
        <translation>这个列对应文件是导入居民用的，不是导入案件用的。</translation>
    </message>
    <message>
        <source>The mapping file names the field &quot;%1&quot;, which this import does not have.</source>
        <translation>列对应文件写了字段“%1”，本次导入没有这个字段。</translation>
    </message>
    <message>
        <source>The mapping file names the column &quot;%1&quot;, which this file does not have. Check the header row, or make a new mapping in the import window.</source>
        <translation>列对应文件写了列“%1”，这个文件没有这一列。请检查表头行，或在导入窗口重新设置列对应。</translation>
    </message>
</context>
<context>
    <name>xz::ConflictBanner</name>
    <message>
        <source>%1: %2 on %3: %4.</source>
        <translation>%1：%2，%3：%4。</translation>
    </message>
    <message>
        <source>(“%1”)</source>
        <translation>（“%1”）</translation>
    </message>
    <message>
        <source>The village</source>
        <translation>村里</translation>
    </message>
    <message>
        <source>The village: nothing done on this computer before the county&apos;s event arrived.</source>
        <translation>村里：县里的操作到达之前，这台电脑上没有办理过。</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>县里</translation>
    </message>
    <message>
        <source>The county&apos;s event arrived on %1 but could not be carried out as the case stands here.</source>
        <translation>县里的操作于 %1 到达，但按本地案件目前的状态无法执行。</translation>
    </message>
    <message>
        <source>Needs checking: the village and the county did different things with this case</source>
        <translation>需要核对：村里和县里对这个案件的办理不一样</translation>
    </message>
    <message>
        <source>Take the county&apos;s (Alt+C)</source>
        <translation>采用县里的（Alt+C）</translation>
    </message>
    <message>
        <source>Take the county&apos;s: carry out what the county sent</source>
        <translation>采用县里的：按县里发来的办理</translation>
    </message>
    <message>
        <source>Keep the village&apos;s (Alt+V)</source>
        <translation>保留村里的（Alt+V）</translation>
    </message>
    <message>
        <source>Keep the village&apos;s handling, with the reason typed beside it</source>
        <translation>保留村里的办理，并在旁边填写理由</translation>
    </message>
    <message>
        <source>Why the village&apos;s handling stands (needed to keep it)</source>
        <translation>为什么保留村里的办理（保留时必须填写）</translation>
    </message>
    <message>
        <source>Reason for keeping the village&apos;s handling</source>
        <translation>保留村里办理的理由</translation>
    </message>
</context>
<context>
    <name>xz::ConflictListModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <source>Status here</source>
        <translation>村里的状态</translation>
    </message>
    <message>
        <source>County&apos;s event arrived</source>
        <translation>收到县里操作的时间</translation>
    </message>
</context>
<context>
    <name>xz::CountyUpdate</name>
    <message>
        <source>The category list names %1 twice.</source>
        <translation>类别列表中 %1 出现了两次。</translation>
    </message>
    <message>
        <source>The holiday calendar has no version number (a whole number, at least 1).</source>
        <translation>节假日安排没有版本号（应为不小于 1 的整数）。</translation>
    </message>
    <message>
        <source>A county update must not name a case.</source>
        <translation>县里的更新不能指定具体案件。</translation>
    </message>
    <message>
        <source>Unknown county update.</source>
        <translation>无法识别的县里更新。</translation>
    </message>
</context>
<context>
    <name>xz::CsvReader</name>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not. Save it again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>文件声明是 UTF-8，但含有不是 UTF-8 的字节。请在 Excel 中重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file could not be read as Unicode text. Save it again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>无法按 Unicode 文本读取这个文件。请在 Excel 中重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet: it is neither an Excel workbook (.xlsx) nor CSV text. Open it in Excel and save it as .xlsx or as &quot;CSV UTF-8&quot;.</source>
        <translation>这个文件不是表格：既不是 Excel 工作簿（.xlsx），也不是 CSV 文本。请用 Excel 打开，另存为 .xlsx 或“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The text of this file is neither UTF-8 nor GB18030 (GBK), so its Chinese characters cannot be read. Open it in Excel or WPS and save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>这个文件的文字既不是 UTF-8 也不是 GB18030（GBK），中文无法读取。请用 Excel 或 WPS 打开，另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
        <source>The file is larger than 200 MB. Split it into several smaller files.</source>
        <translation>文件超过 200 MB。请拆分成几个小文件。</translation>
    </message>
    <message>
        <source>Line %1, column %2 holds more than 10 MB of text, far more than any cell of a list of residents or cases. Check that this is the right file.</source>
        <translation>第 %1 行第 %2 列的文字超过 10 MB，远超居民或案件表格的任何单元格。请检查是不是选错了文件。</translation>
    </message>
    <message>
        <source>A quotation mark opened on line %1 is never closed, so the rest of the file would be one cell. Check that line in a text editor.</source>
        <translation>第 %1 行开始的引号一直没有结束，文件其余部分会变成一个单元格。请用文本编辑器检查那一行。</translation>
    </message>
    <message>
        <source>The file holds no rows to import: it needs a header row and at least one row below it.</source>
        <translation>文件里没有可导入的行：需要一行表头，下面至少一行数据。</translation>
    </message>
</context>
<context>
    <name>xz::DashboardView</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Cases registered from %1. Point at a title for what a figure counts; click a bar or a number to open its cases.</source>
        <translation>统计 %1 登记的案件。鼠标指向标题可看每个数字怎么算；点击柱子或数字可打开对应的案件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>◀ All categories</source>
        <translation>◀ 全部类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Missed deadline</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Working days to resolve (average)</source>
        <translation>平均办理时长（工作日）</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>上报率</translation>
    </message>
    <message>
        <source>Repeat cases</source>
        <translation>重复件</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>期末积压</translation>
    </message>
    <message>
        <source>%1: %2. Opens these cases.</source>
        <translation>%1：%2。点击打开这些案件。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Finding the cases…</source>
        <translation>正在查找案件…</translation>
    </message>
    <message>
        <source>Cases registered from %1.</source>
        <translation>统计 %1 登记的案件。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>24 months</source>
        <translation>最近 24 个月</translation>
    </message>
    <message>
        <source>&amp;up to:</source>
        <translation>截至(&amp;U)：</translation>
    </message>
    <message>
        <source>The last month of the period</source>
        <translation>统计期间的最后一个月</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>经办人(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>月报(&amp;M)…</translation>
    </message>
    <message>
        <source>The numbers above for the whole period, each with the cases it is based on.</source>
        <translation>上面各个数字在整个统计期间的值，以及每个数字依据的件数。</translation>
    </message>
    <message>
        <source>Vi&amp;llage:</source>
        <translation>村(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>xz::Database</name>
    <message>
        <source>The database file %1 does not exist. Check the path.</source>
        <translation>数据库文件 %1 不存在。请检查路径。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check that the disk is writable.</source>
        <translation>无法创建文件夹 %1。请检查磁盘能否写入。</translation>
    </message>
    <message>
        <source>The office database is already open in another Xiangzhi window (process %1 on %2). Use that window, or close it and try again.</source>
        <translation>数据库已在另一个乡治窗口中打开（%2 上的进程 %1）。请使用那个窗口，或者关闭它后再试。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The file %1 is not a Xiangzhi database (or it is badly damaged). Choose another file, or restore a backup.</source>
        <translation>文件 %1 不是乡治数据库（或已严重损坏）。请选择其他文件，或恢复备份。</translation>
    </message>
    <message>
        <source>The office database file %1 is damaged. Restore the latest backup from the backups folder beside it.</source>
        <translation>数据库文件 %1 已损坏。请从它旁边的备份文件夹中恢复最近的备份。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Xiangzhi (schema %1; this program knows up to %2). Install the newer version to open it.</source>
        <translation>此数据库由较新版本的乡治创建（结构版本 %1，本程序最高支持 %2）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Xiangzhi (schema %1; this program knows up to %2). Install the newer version to open it; the file was not changed.</source>
        <translation>此数据库由较新版本的乡治创建（结构版本 %1，本程序最高支持 %2）。请安装新版本后再打开；文件没有被改动。</translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation>SQLite 驱动无法访问数据库。</translation>
    </message>
    <message>
        <source>The database upgrade step %1 is missing from the program.</source>
        <translation>程序中缺少数据库升级步骤 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left as it was. (%2)</source>
        <translation>数据库升级到版本 %1 没有成功，数据库保持原样。（%2）</translation>
    </message>
    <message>
        <source>The office database file %1 is damaged (%2). Restore the latest backup from the backups folder beside it.</source>
        <translation>数据库文件 %1 已损坏（%2）。请从它旁边的备份文件夹中恢复最近的备份。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself. Choose another file name.</source>
        <translation>备份不能覆盖数据库本身。请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>xz::DemandType</name>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Request for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Report of wrongdoing</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>xz::DemoContent</name>
    <message>
        <source>The demo data of this installation is damaged (%1). Reinstall the program.</source>
        <translation>程序自带的演示数据已损坏（%1）。请重新安装程序。</translation>
    </message>
</context>
<context>
    <name>xz::DemoGenerator</name>
    <message>
        <source>The demo needs at least one resident and zero or more cases.</source>
        <translation>演示数据至少要有一位居民，案件数不能小于 0。</translation>
    </message>
    <message>
        <source>This database is already in use. Demo data only goes into a new, empty database file: choose another file name.</source>
        <translation>此数据库已在使用中。演示数据只能写入新的空数据库文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>The demo village %1 is not in the division table.</source>
        <translation>行政区划表中没有演示村 %1。</translation>
    </message>
    <message>
        <source>At most %1 cases fit in %2 months (9,999 a day). Ask for fewer cases.</source>
        <translation>%2 个月内最多只能生成 %1 个案件（每天 9999 个）。请减少案件数量。</translation>
    </message>
    <message>
        <source>Too many cases for the time span.</source>
        <translation>这段时间内的案件太多。</translation>
    </message>
    <message>
        <source>The demo data could not be written (case %1, %2): %3</source>
        <translation>演示数据没有写入成功（案件 %1，%2）：%3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新案件</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>linked report</source>
        <translation>关联反映</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，没有写入任何数据。</translation>
    </message>
    <message>
        <source>Cancelled. The demo database is incomplete: delete the file and start again.</source>
        <translation>已取消。演示数据库不完整：请删除这个文件后重新开始。</translation>
    </message>
</context>
<context>
    <name>xz::DivisionTable</name>
    <message>
        <source>The division table %1 is damaged (%2). Reinstall the program to restore it.</source>
        <translation>行政区划表 %1 已损坏（%2）。请重新安装程序来恢复。</translation>
    </message>
    <message>
        <source>Cannot read the division table %1: %2.</source>
        <translation>无法读取行政区划表 %1：%2。</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation>文件过短</translation>
    </message>
    <message>
        <source>impossible size</source>
        <translation>文件大小不对</translation>
    </message>
    <message>
        <source>cannot decompress</source>
        <translation>无法解压</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>缺少文件头</translation>
    </message>
    <message>
        <source>not a division table</source>
        <translation>不是行政区划表</translation>
    </message>
    <message>
        <source>The division table %1 has format %2, but this program reads format %3. Install a matching version of the program.</source>
        <translation>行政区划表 %1 的格式为 %2，但本程序只能读取格式 %3。请安装相匹配的程序版本。</translation>
    </message>
    <message>
        <source>incomplete header</source>
        <translation>文件头不完整</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>row %1 has no code</source>
        <translation>第 %1 行缺少代码</translation>
    </message>
    <message>
        <source>row %1 is malformed</source>
        <translation>第 %1 行格式有误</translation>
    </message>
    <message>
        <source>row %1 is out of order</source>
        <translation>第 %1 行顺序不对</translation>
    </message>
    <message>
        <source>row %1 has no parent</source>
        <translation>第 %1 行缺少上级区划</translation>
    </message>
    <message>
        <source>%1 rows instead of %2</source>
        <translation>有 %1 行，应为 %2 行</translation>
    </message>
    <message>
        <source>wrong number of rows on level %1</source>
        <translation>第 %1 级的行数不对</translation>
    </message>
</context>
<context>
    <name>xz::EscalationLevel</name>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
</context>
<context>
    <name>xz::Ethnicity</name>
    <message>
        <source>Han</source>
        <translation>汉族</translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation>蒙古族</translation>
    </message>
    <message>
        <source>Hui</source>
        <translation>回族</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏族</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>维吾尔族</translation>
    </message>
    <message>
        <source>Miao</source>
        <translation>苗族</translation>
    </message>
    <message>
        <source>Yi</source>
        <translation>彝族</translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation>壮族</translation>
    </message>
    <message>
        <source>Bouyei</source>
        <translation>布依族</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>朝鲜族</translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation>满族</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>侗族</translation>
    </message>
    <message>
        <source>Yao</source>
        <translation>瑶族</translation>
    </message>
    <message>
        <source>Bai</source>
        <translation>白族</translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation>土家族</translation>
    </message>
    <message>
        <source>Hani</source>
        <translation>哈尼族</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克族</translation>
    </message>
    <message>
        <source>Dai</source>
        <translation>傣族</translation>
    </message>
    <message>
        <source>Li</source>
        <translation>黎族</translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation>傈僳族</translation>
    </message>
    <message>
        <source>Va</source>
        <translation>佤族</translation>
    </message>
    <message>
        <source>She</source>
        <translation>畲族</translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation>高山族</translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation>拉祜族</translation>
    </message>
    <message>
        <source>Shui</source>
        <translation>水族</translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation>东乡族</translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation>纳西族</translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation>景颇族</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>柯尔克孜族</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>土族</translation>
    </message>
    <message>
        <source>Daur</source>
        <translation>达斡尔族</translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation>仫佬族</translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation>羌族</translation>
    </message>
    <message>
        <source>Blang</source>
        <translation>布朗族</translation>
    </message>
    <message>
        <source>Salar</source>
        <translation>撒拉族</translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation>毛南族</translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation>仡佬族</translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation>锡伯族</translation>
    </message>
    <message>
        <source>Achang</source>
        <translation>阿昌族</translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation>普米族</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>塔吉克族</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>怒族</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>乌孜别克族</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄罗斯族</translation>
    </message>
    <message>
        <source>Ewenki</source>
        <translation>鄂温克族</translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation>德昂族</translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation>保安族</translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation>裕固族</translation>
    </message>
    <message>
        <source>Gin</source>
        <translation>京族</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>塔塔尔族</translation>
    </message>
    <message>
        <source>Derung</source>
        <translation>独龙族</translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation>鄂伦春族</translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation>赫哲族</translation>
    </message>
    <message>
        <source>Monba</source>
        <translation>门巴族</translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation>珞巴族</translation>
    </message>
    <message>
        <source>Jino</source>
        <translation>基诺族</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation>外国血统中国籍人士</translation>
    </message>
</context>
<context>
    <name>xz::ExportDialog</name>
    <message>
        <source>Export cases</source>
        <translation>导出案件</translation>
    </message>
    <message>
        <source>Export residents</source>
        <translation>导出居民</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>导出案件列表</translation>
    </message>
    <message>
        <source>Export the residents list</source>
        <translation>导出居民列表</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>CSV(&amp;C)</translation>
    </message>
    <message>
        <source>CSV file, for any spreadsheet program</source>
        <translation>CSV 文件，各种电子表格软件都能打开</translation>
    </message>
    <message>
        <source>E&amp;xcel (XLSX)</source>
        <translation>Excel (XLSX)(&amp;X)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>PDF(&amp;P)</translation>
    </message>
    <message>
        <source>PDF document, for printing</source>
        <translation>PDF 文档，适合打印</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>File to save the export in</source>
        <translation>导出文件的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder and file name</source>
        <translation>选择文件夹和文件名</translation>
    </message>
    <message>
        <source>&amp;Include full ID numbers and phone numbers (recorded in the audit log)</source>
        <translation>包含完整的身份证号和手机号（会记入审计日志）(&amp;I)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>打开文件所在的文件夹</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>One file holds at most %L1 rows.</source>
        <translation>一个文件最多 %L1 行。</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>保存导出文件</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be exported.</source>
        <translation>
            <numerusform>将导出 %n 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>全部居民</translation>
    </message>
    <message>
        <source>Found by “%1”</source>
        <translation>查找条件：“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) will be exported.</source>
        <translation>
            <numerusform>将导出 %n 位居民。</numerusform>
        </translation>
    </message>
    <message>
        <source>One file holds at most %L1 rows: only the first %L1 of %L2 are exported. Narrow the filter to export the rest.</source>
        <translation>一个文件最多 %L1 行：共 %L2 行，只导出前 %L1 行。请缩小筛选范围，分批导出其余部分。</translation>
    </message>
    <message>
        <source>The file will hold full ID numbers and phone numbers. Keep it safe and delete it when it is no longer needed; the export is recorded in the audit log.</source>
        <translation>文件中将包含完整的身份证号和手机号。请妥善保管，不再需要时及时删除；本次导出会记入审计日志。</translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are partly hidden in the file (138****5678).</source>
        <translation>文件中的身份证号和手机号将部分遮挡显示（如 138****5678）。</translation>
    </message>
    <message>
        <source>A file with this name already exists; exporting replaces it.</source>
        <translation>已有同名文件，导出后将覆盖原文件。</translation>
    </message>
    <message>
        <source>Cancel the export; no file is written</source>
        <translation>取消导出，不生成文件</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>正在写入 %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to:</source>
        <translation>
            <numerusform>已导出 %n 行，保存位置：</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 more matched the filter but do not fit in one file.</source>
        <translation>另有 %L1 行符合筛选条件，但一个文件放不下。</translation>
    </message>
</context>
<context>
    <name>xz::ExportProgress</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有生成文件。</translation>
    </message>
</context>
<context>
    <name>xz::ExportService</name>
    <message>
        <source>Case list</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Demand type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>反映人手机号</translation>
    </message>
    <message>
        <source>Reporter&apos;s ID number</source>
        <translation>反映人身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 cases are in this file. Narrow the filter to export the rest.</source>
        <translation>本文件只包含 %L2 个案件中的前 %L1 个。请缩小筛选范围，分批导出其余案件。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>全部居民</translation>
    </message>
    <message>
        <source>Residents found by “%1”</source>
        <translation>按“%1”查找到的居民</translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 residents are in this file. Narrow the search to export the rest.</source>
        <translation>本文件只包含 %L2 位居民中的前 %L1 位。请缩小查找范围，分批导出其余居民。</translation>
    </message>
    <message>
        <source>%1 (division code %2)</source>
        <translation>%1（区划代码 %2）</translation>
    </message>
    <message>
        <source>Exported %1 by %2</source>
        <translation>导出时间：%1，导出人：%2</translation>
    </message>
    <message>
        <source>Contains full ID numbers and phone numbers: personal information. Keep this file safe and delete it when it is no longer needed.</source>
        <translation>含完整的身份证号和手机号，属于个人信息。请妥善保管本文件，不再需要时及时删除。</translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are partly hidden.</source>
        <translation>身份证号和手机号已部分遮挡显示。</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>未办结案件</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>尚未分派</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>承办人：%1</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>反映人：%1</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>due soon only</source>
        <translation>仅即将到期</translation>
    </message>
    <message>
        <source>registered %1 to %2</source>
        <translation>登记日期 %1 至 %2</translation>
    </message>
    <message>
        <source>registered on or after %1</source>
        <translation>登记日期不早于 %1</translation>
    </message>
    <message>
        <source>registered on or before %1</source>
        <translation>登记日期不晚于 %1</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Cases chosen by: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>xz::FilterBar</name>
    <message>
        <source>Number, title, name or words</source>
        <translation>编号、标题、姓名或字词</translation>
    </message>
    <message>
        <source>Find cases by number, title, reporter or words</source>
        <translation>按编号、标题、反映人或字词查找案件</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>承办人(&amp;A)：</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>只显示逾期案件</translation>
    </message>
    <message>
        <source>Due &amp;soon only</source>
        <translation>只看即将到期(&amp;S)</translation>
    </message>
    <message>
        <source>Show only cases due soon</source>
        <translation>只显示即将到期的案件</translation>
    </message>
    <message>
        <source>&amp;Registered from</source>
        <translation>登记日期从(&amp;R)</translation>
    </message>
    <message>
        <source>Show only cases registered between two dates</source>
        <translation>只显示在这两个日期之间登记的案件</translation>
    </message>
    <message>
        <source>Registered on or after</source>
        <translation>登记日期不早于</translation>
    </message>
    <message>
        <source>Registered on or before</source>
        <translation>登记日期不晚于</translation>
    </message>
    <message>
        <source>R&amp;eset filters</source>
        <translation>清除筛选(&amp;E)</translation>
    </message>
    <message>
        <source>Reset filters: show every case</source>
        <translation>清除筛选条件，显示全部案件</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message numerus="yes">
        <source>Chosen statuses (%n)</source>
        <translation>
            <numerusform>已选状态（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>尚未分派</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>显示全部案件</translation>
    </message>
    <message>
        <source>Leave the chart&apos;s cases and show all cases</source>
        <translation>离开统计的案件，显示全部案件</translation>
    </message>
    <message numerus="yes">
        <source>From the statistics: %1 (%n case(s)). Other filters below narrow it further.</source>
        <translation>
            <numerusform>来自统计：%1（%n 件）。下面的筛选可以再缩小范围。</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>Villa&amp;ge:</source>
        <translation>村(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>xz::FirstRunDialog</name>
    <message>
        <source>The demo data could not be written.</source>
        <translation>演示数据没有写入成功。</translation>
    </message>
    <message>
        <source>Welcome to Xiangzhi</source>
        <translation>欢迎使用乡治</translation>
    </message>
    <message>
        <source>Welcome to Xiangzhi (乡治)</source>
        <translation>欢迎使用乡治</translation>
    </message>
    <message>
        <source>Xiangzhi keeps the village office&apos;s cases: residents&apos; requests, disputes, complaints and hazards, from registration to closure, within the legal time limits. It works without a network.

How would you like to start?</source>
        <translation>乡治帮助村委会办理案件：居民的诉求、矛盾纠纷、投诉和安全隐患，从登记到办结，都在规定时限内办理。不联网也能使用。

请选择开始方式：</translation>
    </message>
    <message>
        <source>Try with demo data
(a real village, 2,000 sample cases)</source>
        <translation>用演示数据试一试
（一个真实的村，2000 个示例案件）</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>用演示数据试一试</translation>
    </message>
    <message>
        <source>Set up my village
(start with an empty office)</source>
        <translation>设置本村
（从空白开始使用）</translation>
    </message>
    <message>
        <source>Set up my village</source>
        <translation>设置本村</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>County or township supervisor
(read-only view of every village)</source>
        <translation>县/乡镇督导
（只读查看各村）</translation>
    </message>
    <message>
        <source>County or township supervisor: a read-only view of every village</source>
        <translation>县/乡镇督导：只读查看各村</translation>
    </message>
</context>
<context>
    <name>xz::HubConnection</name>
    <message>
        <source>The hub address must start with https:// and name the hub, for example https://hub.example.gov.cn:8443. Check what was typed.</source>
        <translation>县级平台地址必须以 https:// 开头并写明平台，例如 https://hub.example.gov.cn:8443。请检查输入的地址。</translation>
    </message>
    <message>
        <source>The county&apos;s certificate stored for this office is damaged or does not match its fingerprint. Enrol this office with the hub again.</source>
        <translation>本办公室保存的县里证书已损坏，或与其指纹不符。请重新在县级平台登记本办公室。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match the fingerprint this office enrolled with, so nothing was sent. Ask the county IT staff whether the hub&apos;s certificate was changed; if so, enrol again.</source>
        <translation>县级平台的证书与本办公室登记时的指纹不符，因此没有发送任何内容。请问县里的技术人员平台证书是否更换过；如已更换，请重新登记。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not one the county&apos;s certificate vouches for, so nothing was sent. Check the hub address; if the county changed its certificate, enrol again.</source>
        <translation>县级平台的证书不是县里证书所认可的，因此没有发送任何内容。请检查平台地址；如县里更换了证书，请重新登记。</translation>
    </message>
    <message>
        <source>The hub did not answer in time. The link may be slow or down; sync will try again.</source>
        <translation>县级平台没有及时响应。网络可能很慢或已断开，稍后会自动重试。</translation>
    </message>
    <message>
        <source>Cannot reach the hub (%1). Check the network and the hub address; sync will try again.</source>
        <translation>无法连接县级平台（%1）。请检查网络和平台地址，稍后会自动重试。</translation>
    </message>
    <message>
        <source>A fingerprint has 64 characters, each 0–9 or A–F (colons and spaces may be left out). Check what was typed against the county&apos;s sheet.</source>
        <translation>指纹共 64 个字符，每个字符是 0–9 或 A–F（冒号和空格可以不输入）。请对照县里提供的单子核对输入。</translation>
    </message>
    <message>
        <source>The hub at this address shows a certificate whose fingerprint is not the one typed. Check the fingerprint on the county&apos;s sheet character by character, and the hub address.</source>
        <translation>这个地址上的平台出示的证书指纹与输入的不符。请逐个字符核对县里单子上的指纹，并检查平台地址。</translation>
    </message>
</context>
<context>
    <name>xz::IdCard</name>
    <message>
        <source>An ID number has 18 characters, but %1 were entered. Check the number on the ID card and enter all of it.</source>
        <translation>身份证号应为 18 位，现在输入了 %1 位。请对照身份证完整输入。</translation>
    </message>
    <message>
        <source>An ID number has only digits, and only its last character may be X, but character %1 is &quot;%2&quot;. Check the number on the ID card and correct it.</source>
        <translation>身份证号只能是数字，只有最后一位可以是 X，但第 %1 位是“%2”。请对照身份证改正。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of an ID number are the birth date, but here they read %1, which is not a possible date of birth. Check the number on the ID card and correct it.</source>
        <translation>身份证号第 7 到 14 位是出生日期，这里是 %1，不是有效的出生日期。请对照身份证改正。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of an ID number are the birth date, but here they read %1, which is in the future. Check the number on the ID card and correct it.</source>
        <translation>身份证号第 7 到 14 位是出生日期，这里是 %1，比今天还晚。请对照身份证改正。</translation>
    </message>
    <message>
        <source>This ID number has a typo: its last character does not match the other digits. Compare each digit with the ID card and correct the mistake.</source>
        <translation>身份证号有误：最后一位与前面的数字对不上。请逐位对照身份证改正。</translation>
    </message>
</context>
<context>
    <name>xz::ImportDialog</name>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Excel 或 CSV (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>读入列对应</translation>
    </message>
    <message>
        <source>Column mapping (*.json)</source>
        <translation>列对应 (*.json)</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>column-mapping.json</source>
        <translation>列对应.json</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>rows-not-imported.xlsx</source>
        <translation>未导入的行.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file. Check which column holds what, check the rows, then import. A resident whose ID number is already here is merged, never entered twice.</source>
        <translation>选择一个 Excel（.xlsx）或 CSV 文件。先核对每一列是什么，再检查各行，然后导入。身份证号已有的居民会合并，不会重复录入。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件里是什么</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>还没有选择文件</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns of the file: choose in the first row what each holds</source>
        <translation>文件的各列：在第一行选择每一列是什么</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>读入列对应(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>保存列对应(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation>检查各行(&amp;H)</translation>
    </message>
    <message>
        <source>Rows that cannot be imported, with the reason</source>
        <translation>不能导入的行及原因</translation>
    </message>
    <message>
        <source>Save rejected rows as &amp;Excel…</source>
        <translation>把被拒的行保存为 &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;All or nothing</source>
        <translation>全部导入或全不导入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Valid rows only</source>
        <translation>只导入有效的行(&amp;V)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Check the columns, then press Check rows.</source>
        <translation>
            <numerusform>已读取 %n 行。请核对各列，然后按“检查各行”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>第 %1 列是什么</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>有 %n 行可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot, for the reasons below.</source>
        <translation>
            <numerusform>有 %n 行不能导入，原因见下。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) are already here or appear twice, and will be merged.</source>
        <translation>
            <numerusform>有 %n 位居民已存在或重复出现，将会合并。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: save the rejected rows to see them all.</source>
        <translation>
            <numerusform>……还有 %n 行：保存被拒的行可以看到全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何数据。</translation>
    </message>
    <message>
        <source>Imported: %1 new residents, %2 merged with a resident already here, %3 rows not imported.</source>
        <translation>已导入：新增居民 %1 人，与已有居民合并 %2 人，未导入 %3 行。</translation>
    </message>
    <message>
        <source>Imported: %1 cases registered, %2 rows not imported.</source>
        <translation>已导入：登记案件 %1 件，未导入 %2 行。</translation>
    </message>
    <message>
        <source>Check the rows first.</source>
        <translation>请先检查各行。</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>列对应无法保存：%1</translation>
    </message>
    <message>
        <source>The mapping could not be read: %1</source>
        <translation>列对应无法读取：%1</translation>
    </message>
</context>
<context>
    <name>xz::ImportFile</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than 200 MB. Split it into several smaller files.</source>
        <translation>文件超过 200 MB。请拆分成几个小文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls, Excel 97-2003). Open it in Excel or WPS, save it as .xlsx and import that file.</source>
        <translation>这是旧版 Excel 文件（.xls，Excel 97-2003）。请用 Excel 或 WPS 打开，另存为 .xlsx 后导入。</translation>
    </message>
    <message>
        <source>This file is named .%1 but is not an Excel workbook. Check that it is the right file; open it in Excel and save it again as .xlsx.</source>
        <translation>这个文件名是 .%1，但不是 Excel 工作簿。请检查是不是选对了文件；用 Excel 打开后重新另存为 .xlsx。</translation>
    </message>
</context>
<context>
    <name>xz::ImportService</name>
    <message>
        <source>No column is chosen for: %1. Choose the column that holds it, or add it to the file.</source>
        <translation>没有为以下内容选择列：%1。请选择存放它的列，或者把它加到文件里。</translation>
    </message>
    <message>
        <source>This office has no village set up yet. Finish the set-up first.</source>
        <translation>本单位还没有设置村。请先完成设置。</translation>
    </message>
    <message>
        <source>The ID number was stored by Excel as a number and lost its last digits. Format the column as text and type the numbers again.</source>
        <translation>身份证号被 Excel 存成了数字，丢掉了最后几位。请把这一列设为文本格式，重新输入号码。</translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is not understood: write 男 or 女.</source>
        <translation>性别“%1”无法识别：请写 男 或 女。</translation>
    </message>
    <message>
        <source>The ethnicity &quot;%1&quot; is not one of the 56 nationalities (GB/T 3304): write its name, e.g. 汉族 or 彝族, or its two-digit code.</source>
        <translation>民族“%1”不是 56 个民族之一（GB/T 3304）：请写民族名称，如 汉族 或 彝族，或两位代码。</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not understood: write 汉语, 彝语 or 藏语.</source>
        <translation>语言“%1”无法识别：请写 汉语、彝语 或 藏语。</translation>
    </message>
    <message>
        <source>The villager group is too long (at most 100 characters).</source>
        <translation>村民小组太长（最多 100 个字）。</translation>
    </message>
    <message>
        <source>The database already holds this ID number under the name %1. Check the name and the ID number in this row.</source>
        <translation>数据库里已有这个身份证号，姓名是 %1。请核对这一行的姓名和身份证号。</translation>
    </message>
    <message>
        <source>Row %1 has the same ID number under another name. Check both rows.</source>
        <translation>第 %1 行的身份证号相同但姓名不同。请核对这两行。</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is not in this office&apos;s list: write its code or its name as the category list shows it.</source>
        <translation>类别“%1”不在本单位的类别列表里：请写类别列表中显示的代码或名称。</translation>
    </message>
    <message>
        <source>The type of demand &quot;%1&quot; is not understood: write 咨询, 求助, 投诉, 举报 or 建议.</source>
        <translation>诉求类型“%1”无法识别：请写 咨询、求助、投诉、举报 或 建议。</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not understood: write 来访, 来电, 网格巡查, 12345转办 or 上级交办.</source>
        <translation>来源渠道“%1”无法识别：请写 来访、来电、网格巡查、12345转办 或 上级交办。</translation>
    </message>
    <message>
        <source>The urgency &quot;%1&quot; is not understood: write 一般, 紧急, 限时 or 复杂.</source>
        <translation>紧急程度“%1”无法识别：请写 一般、紧急、限时 或 复杂。</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date: write it as 2026-03-02.</source>
        <translation>“%1”不是日期：请写成 2026-03-02 的样子。</translation>
    </message>
    <message>
        <source>The date registered %1 is in the future.</source>
        <translation>登记日期 %1 在未来。</translation>
    </message>
    <message>
        <source>The date registered %1 is before 2000: check the year.</source>
        <translation>登记日期 %1 早于 2000 年：请检查年份。</translation>
    </message>
    <message>
        <source>No resident has the reporter&apos;s ID number. Import the residents first, or enter the reporter in the Residents page.</source>
        <translation>没有居民的身份证号与反映人的相同。请先导入居民，或在“居民”页录入反映人。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, and you chose all or nothing: nothing was imported. Correct those rows, or import the valid rows only.</source>
        <translation>
            <numerusform>有 %n 行不能导入，而你选择了全部导入或全不导入：没有导入任何数据。请改正这些行，或只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>xz::Language</name>
    <message>
        <source>Chinese</source>
        <translation>汉语</translation>
    </message>
    <message>
        <source>Yi (Nuosu)</source>
        <translation>彝语（诺苏）</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏语</translation>
    </message>
</context>
<context>
    <name>xz::LockPanel</name>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation>请输入密码，然后按 Enter。</translation>
    </message>
    <message>
        <source>Log out?</source>
        <translation>退出登录吗？</translation>
    </message>
    <message>
        <source>Log out %1? Anything not saved yet, such as a half-filled registration, will be lost.</source>
        <translation>要退出%1的登录吗？还没有保存的内容（例如填了一半的登记）将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>不退出(&amp;S)</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Residents&apos; information stays private while the desk is empty. The work of %1 (%2) is kept as it was.</source>
        <translation>离开座位期间，居民信息不会被别人看到。%1（%2）的工作都保持原样。</translation>
    </message>
    <message>
        <source>%1, type your &amp;password to go on:</source>
        <translation>%1，请输入密码后继续(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Log &amp;out…</source>
        <translation>退出登录(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>xz::LoginDialog</name>
    <message>
        <source>Log in — Xiangzhi</source>
        <translation>登录 — 乡治</translation>
    </message>
    <message>
        <source>%1 village office</source>
        <translation>%1村委会</translation>
    </message>
    <message>
        <source>&amp;Who are you:</source>
        <translation>账号(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>This is the demo database: every account&apos;s password is %1.</source>
        <translation>这是演示数据库：所有账号的密码都是 %1。</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>You need a password of your own before you can start. Log in again with the temporary password to choose it.</source>
        <translation>您需要先设置自己的密码才能开始使用。请用临时密码重新登录，然后设置新密码。</translation>
    </message>
</context>
<context>
    <name>xz::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1  %2  code %3</source>
        <translation>%1  %2  区划代码 %3</translation>
    </message>
    <message>
        <source>Xiangzhi village case desk — %1</source>
        <translation>乡治村级案件办理 — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁屏（Ctrl+L）</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation>待发送：%1</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Sync with the county: open its settings.</source>
        <translation>与县里同步：点击打开同步设置。</translation>
    </message>
    <message>
        <source>Every village&apos;s cases from the county hub</source>
        <translation>来自县级平台的各村案件</translation>
    </message>
    <message>
        <source>Fetched from the county</source>
        <translation>从县里获取</translation>
    </message>
    <message>
        <source>Supervisor mode · read-only</source>
        <translation>督导模式 · 只读</translation>
    </message>
    <message>
        <source>Xiangzhi — %1</source>
        <translation>乡治 — %1</translation>
    </message>
    <message>
        <source>Supervisor mode, read-only: every village&apos;s cases, for looking only</source>
        <translation>督导模式，只读：各村的案件，只能查看</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Register a new case</source>
        <translation>登记新案件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
</context>
<context>
    <name>xz::MonthlyReportDialog</name>
    <message>
        <source>Every village of the county</source>
        <translation>全县所有村</translation>
    </message>
    <message>
        <source>county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the monthly report as</source>
        <translation>月报保存为</translation>
    </message>
    <message>
        <source>Tick PDF, Excel or both, and give each a file name.</source>
        <translation>请勾选 PDF、Excel 或两者，并给每个写上文件名。</translation>
    </message>
    <message>
        <source>The PDF and the Excel file need different file names.</source>
        <translation>PDF 和 Excel 文件要用不同的文件名。</translation>
    </message>
    <message>
        <source>The monthly report is written:
%1</source>
        <translation>月报已生成：
%1</translation>
    </message>
    <message>
        <source>Cancelled. No new file was written.</source>
        <translation>已取消，没有写入新文件。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Monthly report (月报)</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>Write the report as a PDF</source>
        <translation>把月报写成 PDF</translation>
    </message>
    <message>
        <source>PDF file name</source>
        <translation>PDF 文件名</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose where the PDF goes</source>
        <translation>选择 PDF 保存的位置</translation>
    </message>
    <message>
        <source>&amp;Excel</source>
        <translation>&amp;Excel</translation>
    </message>
    <message>
        <source>Write the report as an Excel workbook</source>
        <translation>把月报写成 Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel file name</source>
        <translation>Excel 文件名</translation>
    </message>
    <message>
        <source>Choose where the Excel workbook goes</source>
        <translation>选择 Excel 工作簿保存的位置</translation>
    </message>
    <message>
        <source>Key figures, charts, the tables, and the lists of overdue and escalated cases of the month. Names are shortened (王*明); ID numbers and phone numbers are left out. The report is recorded in the audit log.</source>
        <translation>包括当月的主要数字、图表、统计表，以及超期和上报案件的清单。姓名只显示部分（王*明），不含身份证号和电话号码。生成月报会记入审计日志。</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>月报进度</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation>生成月报(&amp;W)</translation>
    </message>
</context>
<context>
    <name>xz::MonthlyReportPdf</name>
    <message>
        <source>None this month.</source>
        <translation>本月没有。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF 无法开始写入</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>无法开始新的一页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>PDF 无法写完</translation>
    </message>
    <message>
        <source>Only the first %1 of these %2 cases are printed; the Excel workbook of this report lists them all.</source>
        <translation>这里只打印了这 %2 件中的前 %1 件；本月报的 Excel 工作簿列出了全部。</translation>
    </message>
</context>
<context>
    <name>xz::MonthlyReportService</name>
    <message>
        <source>scheduled report (command line)</source>
        <translation>定时月报（命令行）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month. Write the year and the month as YYYY-MM, for example 2026-03.</source>
        <translation>“%1”不是月份。请按 YYYY-MM 写年份和月份，例如 2026-03。</translation>
    </message>
    <message>
        <source>The month %1 has not begun yet. Choose this month or an earlier one.</source>
        <translation>%1 还没到。请选择本月或更早的月份。</translation>
    </message>
    <message>
        <source>There is no village with the code %1. Give the 12-digit division code of a village of the county.</source>
        <translation>没有代码为 %1 的村。请给出本县某个村的 12 位区划代码。</translation>
    </message>
    <message>
        <source>All villages of the county</source>
        <translation>全县所有村</translation>
    </message>
    <message>
        <source>This database holds the cases of %1 (%2) only. Leave out the village, or open a supervisor&apos;s copy of the county.</source>
        <translation>这个数据库只有 %1（%2）的案件。请不要指定村，或者打开全县的督导副本。</translation>
    </message>
    <message>
        <source>%1 (division code %2)</source>
        <translation>%1（区划代码 %2）</translation>
    </message>
    <message>
        <source>Monthly report for %1</source>
        <translation>%1 月报</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期案件</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>超期工作日</translation>
    </message>
    <message>
        <source>Escalated cases</source>
        <translation>上报案件</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>上报到</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Made %1 from the cases entered in Xiangzhi.</source>
        <translation>%1 根据乡治中录入的案件生成。</translation>
    </message>
    <message>
        <source>Residents&apos; names are partly hidden; no ID numbers or phone numbers.</source>
        <translation>居民姓名只显示部分；不含身份证号和电话号码。</translation>
    </message>
</context>
<context>
    <name>xz::NewPasswordFields</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一样。请输入两遍相同的密码。</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输一遍(&amp;R)：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password, repeated</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>xz::OfficeSetup</name>
    <message>
        <source>This office is already set up.</source>
        <translation>本村已经设置过了。</translation>
    </message>
    <message>
        <source>Choose the village from the list (a 12-digit code).</source>
        <translation>请从列表中选择村（12 位区划代码）。</translation>
    </message>
    <message>
        <source>The first account must be the village secretary.</source>
        <translation>第一个账号必须是村支书。</translation>
    </message>
    <message>
        <source>This is a supervisor&apos;s read-only copy of the county&apos;s cases. Cases, residents and accounts are changed in the village office&apos;s own program.</source>
        <translation>这是督导用的全县案件只读副本。案件、居民和账号要在村委会自己的程序中修改。</translation>
    </message>
</context>
<context>
    <name>xz::Outbox</name>
    <message>
        <source>This office has no village code yet, so nothing can be sent to the county. Finish the office set-up first.</source>
        <translation>本办公室还没有村代码，无法向县里发送任何记录。请先完成办公室设置。</translation>
    </message>
    <message>
        <source>The county hub&apos;s answer is not about the batch that was sent. Nothing was marked as sent; sync will try again.</source>
        <translation>县级平台的答复不是针对所发送的这批记录的。没有任何记录被标记为已发送，稍后会重试。</translation>
    </message>
</context>
<context>
    <name>xz::PasswordHasher</name>
    <message>
        <source>The password could not be protected (%1). Try again.</source>
        <translation>密码没能加密保存（%1）。请再试一次。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少要 8 个字符。</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>太短：至少要 8 个字符。</translation>
    </message>
    <message>
        <source>Weak: easy to guess (a common password, a run like 12345678 or a repeated pattern). Choose another.</source>
        <translation>弱：容易被猜到（常用密码、12345678 这样的连续字符或重复的组合）。请换一个。</translation>
    </message>
    <message>
        <source>Weak: mix letters with digits or signs, or make it longer.</source>
        <translation>弱：请把字母和数字或符号混合使用，或者加长密码。</translation>
    </message>
    <message>
        <source>Fair: more kinds of characters or a longer password make it stronger.</source>
        <translation>中：使用更多种类的字符或加长密码，可以更安全。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>较强。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>xz::PdfWriter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>无法新建页面</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF 的生成</translation>
    </message>
</context>
<context>
    <name>xz::Permission</name>
    <message>
        <source>view cases</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <source>register cases</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>accept or reject cases</source>
        <translation>受理或不予受理案件</translation>
    </message>
    <message>
        <source>assign cases</source>
        <translation>分派案件</translation>
    </message>
    <message>
        <source>handle cases</source>
        <translation>办理案件</translation>
    </message>
    <message>
        <source>handle cases assigned to someone else</source>
        <translation>办理分派给别人的案件</translation>
    </message>
    <message>
        <source>resolve simple cases on the spot</source>
        <translation>现场办结简单案件</translation>
    </message>
    <message>
        <source>approve or deny extensions</source>
        <translation>审批延期申请</translation>
    </message>
    <message>
        <source>escalate cases</source>
        <translation>上报案件</translation>
    </message>
    <message>
        <source>record replies to escalated cases</source>
        <translation>登记上报案件的回复</translation>
    </message>
    <message>
        <source>follow up cases</source>
        <translation>回访案件</translation>
    </message>
    <message>
        <source>archive cases</source>
        <translation>归档案件</translation>
    </message>
    <message>
        <source>void cases</source>
        <translation>作废案件</translation>
    </message>
    <message>
        <source>merge duplicate cases</source>
        <translation>合并重复案件</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>add and edit residents</source>
        <translation>添加和修改居民信息</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in and try again.</source>
        <translation>当前没有人登录。请登录后再试。</translation>
    </message>
    <message>
        <source>A %1 may not %2. Ask the village secretary.</source>
        <translation>%1不能%2。如有需要，请找村支书。</translation>
    </message>
    <message>
        <source>show full ID numbers and phone numbers</source>
        <translation>查看完整的身份证号和手机号</translation>
    </message>
    <message>
        <source>export unmasked personal data</source>
        <translation>导出未遮挡的个人信息</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>anonymise old cases</source>
        <translation>对旧案件做匿名化处理</translation>
    </message>
    <message>
        <source>attach photos and scans to cases</source>
        <translation>给案件添加照片和扫描件</translation>
    </message>
    <message>
        <source>settle a clash with the county</source>
        <translation>核对与县里不一致的案件</translation>
    </message>
</context>
<context>
    <name>xz::PersonalDataService</name>
    <message>
        <source>This resident was not found.</source>
        <translation>没有找到这位居民。</translation>
    </message>
    <message>
        <source>This resident&apos;s personal data was removed after the retention period.</source>
        <translation>这位居民的个人信息已在保存期限届满后删除。</translation>
    </message>
    <message>
        <source>No ID number was recorded for this resident.</source>
        <translation>这位居民没有登记身份证号。</translation>
    </message>
    <message>
        <source>No phone number was recorded for this resident.</source>
        <translation>这位居民没有登记手机号。</translation>
    </message>
</context>
<context>
    <name>xz::Phone</name>
    <message>
        <source>This is not a mainland China mobile number: those have 11 digits and start with 1 (a country code, if any, must be +86). Check the number, or leave the field empty if the person has no mobile phone.</source>
        <translation>这不是中国大陆的手机号：手机号是 11 位数字，以 1 开头（如带国家代码，只能是 +86）。请核对号码；本人没有手机的，可以不填。</translation>
    </message>
    <message>
        <source>A mobile number has only digits, but &quot;%1&quot; was entered. Check the number and enter its 11 digits.</source>
        <translation>手机号只能是数字，但输入的是“%1”。请核对后输入 11 位数字。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, but %1 were entered. Check the number and enter all 11 digits.</source>
        <translation>手机号应为 11 位数字，现在输入了 %1 位。请核对后输入全部 11 位。</translation>
    </message>
</context>
<context>
    <name>xz::PrivacyPanel</name>
    <message numerus="yes">
        <source>Saved: personal data is kept %n year(s) after a case is closed.</source>
        <translation>
            <numerusform>已保存：结案后个人信息保存 %n 年。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to anonymise: no case was closed before %1.</source>
        <translation>没有需要匿名化处理的案件：%1 之前没有结案的案件。</translation>
    </message>
    <message>
        <source>Anonymise old cases</source>
        <translation>匿名化处理旧案件</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) were closed before %1, more than the retention period ago.</source>
        <translation>
            <numerusform>有 %n 个案件在 %1 之前结案，已超过保存期限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) will have no other case left and lose their details too.</source>
        <translation>
            <numerusform>其中 %n 位居民没有其他案件，他们的个人信息也会一并清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Names, ID numbers, phone numbers and addresses in these cases are replaced for good. Numbers, dates, categories and states stay, so every statistic stays the same.</source>
        <translation>这些案件中的姓名、身份证号、手机号和地址将被永久替换。编号、日期、类别和状态保留不变，所有统计数据都不受影响。</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n case(s)</source>
        <translation>
            <numerusform>匿名化处理 %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何修改。</translation>
    </message>
    <message>
        <source>Anonymising old cases…</source>
        <translation>正在对旧案件做匿名化处理…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n case(s) were anonymised; the others are unchanged.</source>
        <translation>
            <numerusform>已停止。%n 个案件已匿名化处理，其余案件没有改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n case(s) anonymised.</source>
        <translation>
            <numerusform>完成：%n 个案件已匿名化处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) anonymised.</source>
        <translation>
            <numerusform>%n 位居民的信息已匿名化处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are masked in every list, detail, export and report (for example 138****5678). Showing a full number, or exporting full numbers, is written to the audit log with who, when and which record.</source>
        <translation>身份证号和手机号在所有列表、详情、导出文件和报表中都遮挡显示（如 138****5678）。查看完整号码或导出完整号码时，会把操作人、时间和对应记录写入审计日志。</translation>
    </message>
    <message>
        <source>Keep personal data after a case is closed (&amp;years):</source>
        <translation>结案后个人信息保存年限(&amp;Y)：</translation>
    </message>
    <message>
        <source>Years to keep personal data after a case is closed</source>
        <translation>结案后个人信息保存的年数</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Closed cases older than this are anonymised: names, ID numbers, phone numbers and addresses are replaced, and residents with no other case lose their details. The statistics stay the same. You see how many cases it will change before anything happens.</source>
        <translation>结案时间超过保存期限的案件将做匿名化处理：姓名、身份证号、手机号和地址会被替换，没有其他案件的居民，其个人信息也会被清除。统计数据保持不变。处理前会先显示将改动多少个案件。</translation>
    </message>
    <message>
        <source>&amp;Anonymise old cases…</source>
        <translation>匿名化处理旧案件(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>xz::RegisterView</name>
    <message>
        <source>The case is not registered yet. Please correct what is marked in red.</source>
        <translation>案件还没有登记。请改正标红的地方。</translation>
    </message>
    <message>
        <source>Case %1 registered.</source>
        <translation>案件 %1 已登记。</translation>
    </message>
    <message>
        <source>Case %1 registered; %2.</source>
        <translation>案件 %1 已登记，%2。</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>清空已填写的内容吗？</translation>
    </message>
    <message>
        <source>Everything typed in this form will be removed.</source>
        <translation>本页已填写的内容将全部清除。</translation>
    </message>
    <message>
        <source>Register a case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Fields marked * must be filled in. Ctrl+Enter registers the case; Esc clears the form.</source>
        <translation>带 * 的必须填写。按 Ctrl+Enter 登记案件，按 Esc 清空。</translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>The matter</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复的案件</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>&amp;Demand type</source>
        <translation>诉求类型(&amp;D)</translation>
    </message>
    <message>
        <source>Demand type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Ca&amp;tegory *</source>
        <translation>类别(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Villager group of the place</source>
        <translation>事发地所在的村民小组</translation>
    </message>
    <message>
        <source>For example: Group 3</source>
        <translation>例如：三组</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>地址(&amp;S)</translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation>事发地的地址</translation>
    </message>
    <message>
        <source>Where the matter is</source>
        <translation>事情发生在哪里</translation>
    </message>
    <message>
        <source>Tit&amp;le *</source>
        <translation>标题(&amp;L) *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>One short sentence: what is the matter?</source>
        <translation>用一句话说明是什么事</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>具体情况(&amp;P)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <source>What happened, since when, who is affected, what the resident asks for.</source>
        <translation>发生了什么事、从什么时候开始、影响到谁、居民有什么诉求。</translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation>登记（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Cle&amp;ar</source>
        <translation>清空(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>打开这个案件</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Registering cases is not part of your role (%1). You can look at cases and reports. If a case needs to be registered, please ask the village office.</source>
        <translation>您的身份（%1）不能登记案件，但可以查看案件和报表。如需登记案件，请联系村委会。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Open cases from the last 90 days with the same reporter or a similar title appear here while you type.</source>
        <translation>填写时，这里会列出近 90 天内同一反映人或标题相近的未办结案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) may be about the same matter. If so, link this report to it instead of registering a new case.</source>
        <translation>
            <numerusform>有 %n 个未办结案件可能是同一件事。如果是，请把这次反映关联到该案件，不要重复登记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Same reporter</source>
        <translation>同一反映人</translation>
    </message>
    <message>
        <source>Similar title</source>
        <translation>标题相近</translation>
    </message>
    <message>
        <source>Link to this case</source>
        <translation>关联到此案件</translation>
    </message>
    <message>
        <source>Link this report to case %1</source>
        <translation>把这次反映关联到案件 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>打开案件 %1</translation>
    </message>
    <message>
        <source>%1 reported the same matter again: %2</source>
        <translation>%1再次反映同一事项：%2</translation>
    </message>
    <message>
        <source>The report was added to case %1. No new case was registered.</source>
        <translation>这次反映已关联到案件 %1，没有登记新案件。</translation>
    </message>
    <message>
        <source>Chann&amp;el</source>
        <translation>来源渠道(&amp;E)</translation>
    </message>
    <message>
        <source>Villager &amp;group</source>
        <translation>村民小组(&amp;G)</translation>
    </message>
</context>
<context>
    <name>xz::ResetPasswordDialog</name>
    <message>
        <source>Reset password — Xiangzhi</source>
        <translation>重置密码 — 乡治</translation>
    </message>
    <message>
        <source>A temporary password for %1 (%2). Tell it to them in person; they choose their own at the next login. A lockout ends at once.</source>
        <translation>为%1（%2）生成的临时密码。请当面告诉本人；本人下次登录时再设置自己的密码。账号如已被锁定，将立即解锁。</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>xz::ResidentPicker</name>
    <message>
        <source>Say who reported this: type a name, phone or ID number and pick the resident from the list, press New resident, or tick Anonymous.</source>
        <translation>请填写反映人：输入姓名、手机号或身份证号，从列表中选择居民；也可以点“新增居民”，或勾选“匿名反映”。</translation>
    </message>
    <message>
        <source>Pick &quot;%1&quot; from the list (press ↓), or press New resident to add a new person.</source>
        <translation>请从列表中选择“%1”（按 ↓），或点“新增居民”添加新的人。</translation>
    </message>
    <message>
        <source>Nobody is found for &quot;%1&quot;. Type the resident&apos;s name and press New resident to add them.</source>
        <translation>没有找到“%1”。请输入居民姓名，再点“新增居民”。</translation>
    </message>
    <message>
        <source>&amp;Reporter *</source>
        <translation>反映人(&amp;R) *</translation>
    </message>
    <message>
        <source>Reporter: name, phone or ID number</source>
        <translation>反映人：姓名、手机号或身份证号</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>New resident&apos;s ID number</source>
        <translation>新居民的身份证号</translation>
    </message>
    <message>
        <source>18 characters; may be left empty</source>
        <translation>18 位，可以不填</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机号(&amp;M)</translation>
    </message>
    <message>
        <source>New resident&apos;s mobile number</source>
        <translation>新居民的手机号</translation>
    </message>
    <message>
        <source>11 digits; may be left empty</source>
        <translation>11 位数字，可以不填</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>New resident&apos;s gender</source>
        <translation>新居民的性别</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <source>New resident&apos;s ethnicity</source>
        <translation>新居民的民族</translation>
    </message>
    <message>
        <source>Villager gr&amp;oup</source>
        <translation>村民小组(&amp;O)</translation>
    </message>
    <message>
        <source>New resident&apos;s villager group</source>
        <translation>新居民所在的村民小组</translation>
    </message>
    <message>
        <source>&amp;Home address</source>
        <translation>家庭住址(&amp;H)</translation>
    </message>
    <message>
        <source>New resident&apos;s home address</source>
        <translation>新居民的家庭住址</translation>
    </message>
    <message>
        <source>A&amp;nonymous reporter</source>
        <translation>匿名反映(&amp;N)</translation>
    </message>
    <message>
        <source>Anonymous reporter</source>
        <translation>匿名反映</translation>
    </message>
    <message>
        <source>Ne&amp;w resident</source>
        <translation>新增居民(&amp;W)</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>Add a person who is not in the list yet. They are saved together with the case.</source>
        <translation>添加列表中还没有的人，与案件一起保存。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>The new resident&apos;s name</source>
        <translation>新居民的姓名</translation>
    </message>
    <message>
        <source>Name, phone or ID number</source>
        <translation>姓名、手机号或身份证号</translation>
    </message>
    <message>
        <source>The case will be registered without a reporter.</source>
        <translation>案件将匿名登记，不记录反映人。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>Type the new resident&apos;s name above.</source>
        <translation>请在上面输入新居民的姓名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be added as a new resident together with the case.</source>
        <translation>“%1”将作为新居民，与案件一起保存。</translation>
    </message>
    <message>
        <source>Type part of a name, phone or ID number, then pick the resident from the list.</source>
        <translation>输入姓名、手机号或身份证号的一部分，再从列表中选择居民。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching resident(s): pick one with ↓ and Enter, or press New resident.</source>
        <translation>
            <numerusform>找到 %n 位居民：用 ↓ 和 Enter 选择，或点“新增居民”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is found for &quot;%1&quot;. Type the name to add a new resident.</source>
        <translation>没有找到“%1”。输入姓名即可添加新居民。</translation>
    </message>
</context>
<context>
    <name>xz::ResidentService</name>
    <message>
        <source>Please enter the resident&apos;s name.</source>
        <translation>请填写居民姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>姓名太长（最多 100 个字）。</translation>
    </message>
    <message>
        <source>The address is too long (at most 500 characters).</source>
        <translation>地址太长（最多 500 个字）。</translation>
    </message>
    <message>
        <source>Another resident, %1, already has this ID number. Open that resident instead.</source>
        <translation>居民%1已登记了这个身份证号。请打开这位居民的记录。</translation>
    </message>
    <message>
        <source>The resident was not found.</source>
        <translation>没有找到这位居民。</translation>
    </message>
</context>
<context>
    <name>xz::ResidentTableModel</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Anonymised resident</source>
        <translation>已匿名化的居民</translation>
    </message>
</context>
<context>
    <name>xz::ResidentsView</name>
    <message>
        <source>&amp;Residents</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Name, phone or ID number</source>
        <translation>姓名、手机号或身份证号</translation>
    </message>
    <message>
        <source>Find residents by name, phone or ID number</source>
        <translation>按姓名、手机号或身份证号查找居民</translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation>新增居民(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a new resident</source>
        <translation>添加新居民</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit this resident</source>
        <translation>修改这位居民的信息</translation>
    </message>
    <message>
        <source>Choose a resident on the left to see their details and all their cases.</source>
        <translation>在左边选择一位居民，查看他的详细信息和全部案件。</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>常用语言：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>村民小组：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Entered on:</source>
        <translation>录入时间：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Cases of this resident</source>
        <translation>这位居民的案件</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>没有找到与“%1”相符的居民。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation>
            <numerusform>共 %Ln 位居民</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>居民：%1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>No cases reported yet.</source>
        <translation>还没有反映过案件。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Cases reported: %n</source>
        <translation>
            <numerusform>反映的案件(&amp;C)：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>Edit resident: %1</source>
        <translation>修改居民信息：%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the phone number</source>
        <translation>清除手机号</translation>
    </message>
    <message>
        <source>Remove the ID number</source>
        <translation>清除身份证号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>常用语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>常用语言</translation>
    </message>
    <message>
        <source>Villager g&amp;roup:</source>
        <translation>村民小组(&amp;R)：</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号</translation>
    </message>
    <message>
        <source>Leave empty to keep %1, or type a new number.</source>
        <translation>不填则保留 %1，也可以输入新号码。</translation>
    </message>
    <message>
        <source>Phone and ID number stay hidden. Leave them empty to keep them, or type new ones.</source>
        <translation>手机号和身份证号不显示。不填则保留原号码，也可以输入新号码。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the residents found to a CSV, Excel or PDF file</source>
        <translation>把查找到的居民导出为 CSV、Excel 或 PDF 文件</translation>
    </message>
    <message>
        <source>Anonymised resident</source>
        <translation>已匿名化的居民</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>超过保存期限，已匿名化</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Import residents or cases from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入居民或案件</translation>
    </message>
    <message>
        <source>18 characters: 17 digits, then a digit or X</source>
        <translation>18 位：前 17 位是数字，最后一位是数字或 X</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>xz::RetentionService</name>
    <message>
        <source>Keep personal data for %1 to %2 years after a case is closed.</source>
        <translation>结案后个人信息须保存 %1 到 %2 年。</translation>
    </message>
</context>
<context>
    <name>xz::RevealButton</name>
    <message>
        <source>Cannot show the number</source>
        <translation>无法显示号码</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide the phone number</source>
        <translation>隐藏手机号</translation>
    </message>
    <message>
        <source>Hide the ID number</source>
        <translation>隐藏身份证号</translation>
    </message>
    <message>
        <source>Show the full phone number</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <source>Show the full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Masks the number again.</source>
        <translation>重新遮挡号码。</translation>
    </message>
    <message numerus="yes">
        <source>Shows the full number for %n second(s). Each time is written to the audit log.</source>
        <translation>
            <numerusform>显示完整号码 %n 秒。每次查看都会记入审计日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xz::Role</name>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>村干部</translation>
    </message>
    <message>
        <source>Village secretary</source>
        <translation>村支书</translation>
    </message>
    <message>
        <source>Supervisor (read-only)</source>
        <translation>督导员（只读）</translation>
    </message>
</context>
<context>
    <name>xz::Satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>xz::SessionPolicy</name>
    <message>
        <source>The screen lock takes 0 (never) to %1 minutes.</source>
        <translation>锁屏时间须为 0（从不锁屏）到 %1 分钟。</translation>
    </message>
</context>
<context>
    <name>xz::SettingsView</name>
    <message>
        <source>Save a backup</source>
        <translation>保存备份</translation>
    </message>
    <message>
        <source>Xiangzhi database (*.sqlite)</source>
        <translation>乡治数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to %1. Keep it on a USB stick away from this PC.</source>
        <translation>备份已保存到 %1。请把它拷到U盘上，和这台电脑分开存放。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Village: %1 (%2)
%3

Database: %4
Automatic daily backups: %5
Version %6</source>
        <translation>本村：%1（%2）
%3

数据库：%4
每日自动备份位置：%5
版本 %6</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>账号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Personal information</source>
        <translation>个人信息(&amp;P)</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>审计日志(&amp;D)</translation>
    </message>
    <message>
        <source>Lock the &amp;screen after:</source>
        <translation>自动锁屏(&amp;S)：</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> 分钟无操作后</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Minutes without input before the screen locks</source>
        <translation>无操作多少分钟后锁屏</translation>
    </message>
    <message>
        <source>The screen does not lock by itself. Ctrl+L locks it at once.</source>
        <translation>屏幕不会自动锁定。按 Ctrl+L 可立即锁屏。</translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without input, keeping unsaved work. Ctrl+L locks it at once.</source>
        <translation>
            <numerusform>无操作 %n 分钟后自动锁屏，未保存的内容会保留。按 Ctrl+L 可立即锁屏。</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation>附件大小上限(&amp;A)：</translation>
    </message>
    <message>
        <source> MB per photo or scan</source>
        <translation> MB（每张照片或扫描件）</translation>
    </message>
    <message>
        <source>Largest photo or scan that may be attached to a case, in megabytes</source>
        <translation>每张照片或扫描件作为案件附件的最大大小，单位 MB</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>文字大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Text size of the whole program</source>
        <translation>整个程序的文字大小</translation>
    </message>
    <message>
        <source>100% (normal)</source>
        <translation>100%（标准）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>High contrast: blac&amp;k on white, strong colours</source>
        <translation>高对比度：白底黑字，颜色更鲜明(&amp;K)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>xz::SetupDialog</name>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation>已选：%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>No village matches “%1”. Check the spelling, or choose step by step below.</source>
        <translation>没有找到与“%1”相符的村。请检查输入的字，或在下面逐级选择。</translation>
    </message>
    <message>
        <source>Choose your village first: type its name above, or pick province, city, county, township and village.</source>
        <translation>请先选择本村：在上面输入村名，或逐级选择省、市、县、乡镇和村。</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>太短：至少要 8 个字符。</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一样。请输入两遍相同的密码。</translation>
    </message>
    <message>
        <source>Set up my village — Xiangzhi</source>
        <translation>设置本村 — 乡治</translation>
    </message>
    <message>
        <source>Step 1 of 2: which village is this office?</source>
        <translation>第 1 步（共 2 步）：这是哪个村的村委会？</translation>
    </message>
    <message>
        <source>Step 2 of 2: the village secretary&apos;s account</source>
        <translation>第 2 步（共 2 步）：村支书的账号</translation>
    </message>
    <message>
        <source>Search village</source>
        <translation>查找村</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>省(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;City / prefecture:</source>
        <translation>市（州）(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>县(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再输一遍密码(&amp;R)：</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>More villages match. Type the county or township first to narrow the list, for example: 昭觉 %1</source>
        <translation>符合的村较多。请在前面加上县或乡镇名来缩小范围，例如：昭觉 %1</translation>
    </message>
    <message>
        <source>for example: 昭觉 三河村</source>
        <translation>例如：昭觉 三河村</translation>
    </message>
    <message>
        <source>Find the village by &amp;name; put the county or township first to narrow the list:</source>
        <translation>按名称查找村(&amp;N)；先输入县或乡镇名可缩小范围：</translation>
    </message>
    <message>
        <source>Villages found</source>
        <translation>找到的村</translation>
    </message>
</context>
<context>
    <name>xz::StatsCharts</name>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>按期办结率（%）</translation>
    </message>
    <message>
        <source>Missed deadline</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Cases in %1</source>
        <translation>%1 的案件</translation>
    </message>
    <message>
        <source>Open cases by age on %1</source>
        <translation>%1 的积压案件（按已过工作日）</translation>
    </message>
    <message>
        <source>0–3 working days</source>
        <translation>0–3 个工作日</translation>
    </message>
    <message>
        <source>4–7 working days</source>
        <translation>4–7 个工作日</translation>
    </message>
    <message>
        <source>8–15 working days</source>
        <translation>8–15 个工作日</translation>
    </message>
    <message>
        <source>More than 15 working days</source>
        <translation>超过 15 个工作日</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已回访评价</translation>
    </message>
    <message>
        <source>Received and resolved per month</source>
        <translation>每月受理和办结</translation>
    </message>
    <message>
        <source>On-time resolution and missed deadlines</source>
        <translation>按期办结率和超期件数</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Cases by demand type</source>
        <translation>按诉求类型</translation>
    </message>
    <message>
        <source>Cases by state now</source>
        <translation>按当前状态</translation>
    </message>
    <message>
        <source>Open cases by age</source>
        <translation>积压案件（按已过工作日）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>上报率</translation>
    </message>
    <message>
        <source>Repeat cases</source>
        <translation>重复件</translation>
    </message>
    <message>
        <source>Voided and merged cases are never counted. Days are calendar days in China time; a period includes its first and last day.</source>
        <translation>作废和合并的案件不计。日期按北京时间的日历日；统计期间包括第一天和最后一天。</translation>
    </message>
    <message>
        <source>Received: every case registered in the month. Resolved: cases resolved now whose latest resolution falls in the month (a reopened case counts again only when resolved again).</source>
        <translation>受理：当月登记的全部案件。办结：目前已办结、且最近一次办结在当月的案件（重新办理的案件要再次办结才再计入）。</translation>
    </message>
    <message>
        <source>On-time rate: of the cases resolved in the month, the share resolved at or before their deadline (working days, extensions included). Missed deadline: cases whose deadline fell in the month and has passed without a resolution by it; rejected cases are never overdue.</source>
        <translation>按期办结率：当月办结的案件中，在期限内（按工作日，含延期）办结的比例。超期：期限在当月、已经过去而当时仍未办结的案件；不予受理的案件不算超期。</translation>
    </message>
    <message>
        <source>Cases registered in the period by category. Click a group to see its items; click an item to open its cases.</source>
        <translation>统计期间登记的案件按类别统计。点击大类查看小类；点击小类打开其案件。</translation>
    </message>
    <message>
        <source>Cases registered in the period by demand type.</source>
        <translation>统计期间登记的案件按诉求类型统计。</translation>
    </message>
    <message>
        <source>Cases registered in the period by their state now.</source>
        <translation>统计期间登记的案件按目前的状态统计。</translation>
    </message>
    <message>
        <source>Cases open at 24:00 of the period&apos;s last day: registered by then, neither resolved nor closed by then. Age in working days since registration (the office&apos;s holiday calendar).</source>
        <translation>统计期间最后一天 24 点时仍未办结的案件：那时已登记、尚未办结也未关闭。按登记以来的工作日（本单位的节假日安排）分组。</translation>
    </message>
    <message>
        <source>Cases registered in the period with a satisfaction recorded at the callback. Satisfaction rate: (satisfied + basically satisfied) ÷ rated.</source>
        <translation>统计期间登记、回访时记录了满意度的案件。满意率 =（满意 + 基本满意）÷ 已评价件数。</translation>
    </message>
    <message>
        <source>Cases resolved in the period: working days from the day of registration to the day of resolution, averaged. Registered and resolved on the same day: 0 working days.</source>
        <translation>统计期间办结的案件：从登记那天到办结那天的工作日数的平均值。当天登记当天办结记为 0 个工作日。</translation>
    </message>
    <message>
        <source>Cases registered in the period that were escalated to the township or county at any time, ÷ cases registered in the period.</source>
        <translation>统计期间登记、曾经上报乡镇或县里的案件数 ÷ 统计期间登记的案件数。</translation>
    </message>
    <message>
        <source>Cases registered in the period for which another case of the same resident, or of the same place, was registered in the 90 calendar days before.</source>
        <translation>统计期间登记的案件中，同一居民或同一地点在此前 90 个日历日内已登记过案件的。</translation>
    </message>
    <message>
        <source>No satisfaction was recorded at a callback for the cases of this period</source>
        <translation>这段时间的案件还没有回访满意度</translation>
    </message>
    <message>
        <source>On-time resolution rate</source>
        <translation>按期办结率</translation>
    </message>
</context>
<context>
    <name>xz::StatsTables</name>
    <message>
        <source>Cases received and resolved by month</source>
        <translation>每月受理和办结的案件</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <source>On-time resolution rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Missed deadline</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation>按类别统计的案件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cases by demand type</source>
        <translation>按诉求类型统计的案件</translation>
    </message>
    <message>
        <source>Demand type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <source>Cases by state</source>
        <translation>按状态统计的案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>积压案件（按已过工作日）</translation>
    </message>
    <message>
        <source>Age in working days</source>
        <translation>已过工作日</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未办结件数</translation>
    </message>
    <message>
        <source>0–3</source>
        <translation>0–3</translation>
    </message>
    <message>
        <source>4–7</source>
        <translation>4–7</translation>
    </message>
    <message>
        <source>8–15</source>
        <translation>8–15</translation>
    </message>
    <message>
        <source>more than 15</source>
        <translation>超过 15</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数字</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Cases it is based on</source>
        <translation>依据的件数</translation>
    </message>
    <message>
        <source>Average handling time (working days)</source>
        <translation>平均办理时长（工作日）</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Escalated cases</source>
        <translation>上报件数</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>上报率</translation>
    </message>
    <message>
        <source>Repeat cases</source>
        <translation>重复件</translation>
    </message>
    <message>
        <source>Share of repeat cases</source>
        <translation>重复件占比</translation>
    </message>
    <message>
        <source>Backlog: open cases at the end of the period</source>
        <translation>积压：期末仍未办结的案件</translation>
    </message>
    <message>
        <source>Satisfaction at the callback</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>xz::SupervisorEnrolDialog</name>
    <message>
        <source>Type the hub address, the certificate fingerprint and the supervisor token from the county.</source>
        <translation>请输入县里提供的平台地址、证书指纹和督导令牌。</translation>
    </message>
    <message>
        <source>Connecting to the county hub…</source>
        <translation>正在连接县级平台…</translation>
    </message>
    <message>
        <source>County or township supervisor</source>
        <translation>县/乡镇督导</translation>
    </message>
    <message>
        <source>A read-only view of every village</source>
        <translation>只读查看各村</translation>
    </message>
    <message>
        <source>This computer will show the cases of every village of the county, as the villages send them to the county hub. It only looks: cases are worked in the village offices. Type what the county&apos;s IT staff gave you, and choose your own login for this computer.</source>
        <translation>这台电脑将显示全县各村的案件，内容是各村发送到县级平台的记录。这里只能查看：案件由各村委会办理。请填写县里技术人员给您的信息，并设置您在这台电脑上自己的登录名和密码。</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>证书指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <source>Supervisor &amp;token:</source>
        <translation>督导令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Supervisor token</source>
        <translation>督导令牌</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>Enrol as a supervisor</source>
        <translation>登记为督导</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>xz::SupervisorFeed</name>
    <message>
        <source>The county has revoked this supervisor token. Ask the county&apos;s IT staff for a new supervisor token.</source>
        <translation>县里已作废这个督导令牌。请向县里的技术人员要一个新的督导令牌。</translation>
    </message>
    <message>
        <source>The county hub does not know this supervisor token. Check the token, or ask the county&apos;s IT staff for a new one.</source>
        <translation>县级平台不认识这个督导令牌。请检查令牌，或向县里的技术人员要一个新的。</translation>
    </message>
    <message>
        <source>This database is already set up. A supervisor&apos;s copy needs a new, empty database.</source>
        <translation>这个数据库已经设置过了。督导副本需要一个新的空数据库。</translation>
    </message>
    <message>
        <source>Type the supervisor token that the county&apos;s IT staff gave you.</source>
        <translation>请输入县里技术人员给您的督导令牌。</translation>
    </message>
    <message>
        <source>Type your login name and your name.</source>
        <translation>请输入您的登录名和姓名。</translation>
    </message>
    <message>
        <source>This token belongs to a village&apos;s computer, not to a supervisor. Ask the county&apos;s IT staff for a supervisor token.</source>
        <translation>这个令牌属于村里的电脑，不是督导令牌。请向县里的技术人员要一个督导令牌。</translation>
    </message>
    <message>
        <source>This database is a village office&apos;s, not a supervisor&apos;s copy of the county.</source>
        <translation>这个数据库属于村委会，不是督导用的全县副本。</translation>
    </message>
</context>
<context>
    <name>xz::SyncClient</name>
    <message>
        <source>This office has no village code yet. Set up the office first, then enrol.</source>
        <translation>本办公室还没有村代码。请先完成办公室设置，再登记。</translation>
    </message>
    <message>
        <source>Type the enrolment code from the county and a name for this computer.</source>
        <translation>请输入县里提供的登记码和这台电脑的名称。</translation>
    </message>
</context>
<context>
    <name>xz::SyncPanel</name>
    <message>
        <source> village office</source>
        <translation>村委会办公室</translation>
    </message>
    <message>
        <source>This office sends its records to the county hub at %1 (village %2, %3). Certificate fingerprint: %4</source>
        <translation>本办公室的记录发往县级平台 %1（%2，%3）。证书指纹：%4</translation>
    </message>
    <message>
        <source>Sync runs while the program is open.</source>
        <translation>程序打开期间会自动同步。</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>等待发送：%1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>最近一次同步成功：%1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>尚未同步。</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>最近的问题：%1</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Connecting to the county hub…</source>
        <translation>正在连接县级平台…</translation>
    </message>
    <message>
        <source>Sync with the county</source>
        <translation>与县里同步</translation>
    </message>
    <message>
        <source>Type what is on the sheet the county gave this office. This is done once; after that, records go to the county by themselves whenever the network is there.</source>
        <translation>请照县里给本办公室的单子填写。只需填写一次；之后只要有网络，记录会自动发往县里。</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>证书指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>登记码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Enrol this office</source>
        <translation>登记本办公室(&amp;E)</translation>
    </message>
    <message>
        <source>Only the village secretary enrols this office with the county.</source>
        <translation>只有村支书可以在县里登记本办公室。</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>登记码</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>这台电脑的名称</translation>
    </message>
    <message>
        <source>Name of this co&amp;mputer:</source>
        <translation>这台电脑的名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Xiangzhi USB files (*.xzb)</source>
        <translation>乡治U盘文件 (*.xzb)</translation>
    </message>
    <message>
        <source>Export for the county to a USB stick</source>
        <translation>导出到U盘，交给县里</translation>
    </message>
    <message>
        <source>Import the county&apos;s reply</source>
        <translation>导入县里的回执</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) for the county written to %1. Take the file to the county, and bring back the reply they give you.</source>
        <translation>
            <numerusform>已把给县里的 %n 条记录写入 %1。请把这个文件送到县里，并把县里给的回执带回来。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) are in it too.</source>
        <translation>
            <numerusform>其中还有 %n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the county&apos;s reply…</source>
        <translation>正在读取县里的回执…</translation>
    </message>
    <message numerus="yes">
        <source>The county confirmed %n record(s).</source>
        <translation>
            <numerusform>县里确认了 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The county refused %n record(s); see the status.</source>
        <translation>
            <numerusform>县里拒收了 %n 条记录，请查看状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received from the county, %1 of them applied to cases here.</source>
        <translation>
            <numerusform>从县里收到 %n 条记录，其中 %1 条已应用到本地案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) need a person to look at them (marked in the list).</source>
        <translation>
            <numerusform>有 %n 个案件需要人工查看（已在列表中标出）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) of the case categories or the holiday calendar from the county now apply.</source>
        <translation>
            <numerusform>县里发来的 %n 项案件类别或节假日安排更新现已生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>No network for a long time? Write what waits for the county to a USB stick and take it there. The county gives back a reply file: import it here.</source>
        <translation>很久没有网络？可以把等待发往县里的记录写到U盘上，送到县里。县里会给回一个回执文件，在这里导入即可。</translation>
    </message>
    <message>
        <source>E&amp;xport for USB…</source>
        <translation>导出到U盘(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import the county&apos;s reply…</source>
        <translation>导入县里的回执(&amp;I)…</translation>
    </message>
    <message>
        <source>Export for USB</source>
        <translation>导出到U盘</translation>
    </message>
    <message>
        <source>This supervisor&apos;s copy reads every village&apos;s cases from the county hub at %1, read-only; it sends nothing. Certificate fingerprint: %2</source>
        <translation>本督导副本从县级平台 %1 读取各村的案件，只读，不发送任何内容。证书指纹：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more attached file(s) did not fit in this file: export again after the county&apos;s reply is imported.</source>
        <translation>
            <numerusform>还有 %n 个附件没能放进这个文件：导入县里的回执后请再导出一次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xz::SyncState</name>
    <message>
        <source>The county hub did not understand what was sent. Tell the county&apos;s IT staff.</source>
        <translation>县级平台看不懂发送的内容。请告诉县里的技术人员。</translation>
    </message>
    <message>
        <source>The county hub does not know this computer. Enrol it again in Settings → Sync.</source>
        <translation>县级平台不认识这台电脑。请在“设置 → 同步”中重新登记。</translation>
    </message>
    <message>
        <source>The county has revoked this computer&apos;s access. Ask the county for a new enrolment code and enrol again.</source>
        <translation>县里已撤销这台电脑的访问权限。请向县里申请新的登记码后重新登记。</translation>
    </message>
    <message>
        <source>The county hub refused: this computer may not send these records. Tell the county&apos;s IT staff.</source>
        <translation>县级平台拒绝了：这台电脑不能发送这些记录。请告诉县里的技术人员。</translation>
    </message>
    <message>
        <source>The county hub does not know this village&apos;s code. Ask the county to register the village.</source>
        <translation>县级平台不认识本村的代码。请县里先登记本村。</translation>
    </message>
    <message>
        <source>The county hub already has a batch with this number but other content. The records will be sent again in a new batch.</source>
        <translation>县级平台已有同一编号但内容不同的一批记录。这些记录会换一个新批次重新发送。</translation>
    </message>
    <message>
        <source>A batch was too large for the county hub. Smaller batches will be tried.</source>
        <translation>一批记录对县级平台来说太大了。将改用更小的批次发送。</translation>
    </message>
    <message>
        <source>The county hub did not accept the format that was sent. Tell the county&apos;s IT staff.</source>
        <translation>县级平台不接受所发送的格式。请告诉县里的技术人员。</translation>
    </message>
    <message>
        <source>The county hub is busy and asked to wait. Sync will try again by itself.</source>
        <translation>县级平台正忙，要求稍等。稍后会自动重试。</translation>
    </message>
    <message>
        <source>The county hub had a fault. Sync will try again by itself.</source>
        <translation>县级平台出现故障。稍后会自动重试。</translation>
    </message>
    <message>
        <source>The county hub is not available right now. Sync will try again by itself.</source>
        <translation>县级平台暂时无法使用。稍后会自动重试。</translation>
    </message>
    <message>
        <source>The address in Settings → Sync does not lead to a county hub. Check it.</source>
        <translation>“设置 → 同步”中的地址不是县级平台。请检查。</translation>
    </message>
    <message>
        <source>The county hub gave an answer this program does not understand. Nothing was marked as sent; sync will try again.</source>
        <translation>县级平台的答复本程序无法理解。没有任何记录被标记为已发送，稍后会重试。</translation>
    </message>
    <message>
        <source>The county hub took too long to answer. The link may be slow; sync will try again with smaller batches.</source>
        <translation>县级平台响应太慢。网络可能较慢，稍后会用更小的批次重试。</translation>
    </message>
    <message>
        <source>The county hub cannot be reached. Check the network cable or mobile data; sync will try again by itself.</source>
        <translation>无法连接县级平台。请检查网线或手机流量，稍后会自动重试。</translation>
    </message>
    <message>
        <source>The server that answered is not the county hub this computer was enrolled with. Nothing was sent. Tell the county&apos;s IT staff.</source>
        <translation>答复的服务器不是这台电脑登记时的县级平台。没有发送任何内容。请告诉县里的技术人员。</translation>
    </message>
    <message>
        <source>The county already has this record with different content.</source>
        <translation>县里已有这条记录，但内容不同。</translation>
    </message>
    <message>
        <source>The county hub found this record incomplete or malformed.</source>
        <translation>县级平台认为这条记录不完整或格式有误。</translation>
    </message>
    <message>
        <source>The county hub says this record belongs to another village.</source>
        <translation>县级平台说这条记录属于其他村。</translation>
    </message>
    <message>
        <source>The county hub&apos;s feed went backwards (to %1). Nothing was changed; tell the county&apos;s IT staff.</source>
        <translation>县级平台的数据顺序倒退了（到 %1）。没有做任何更改；请告诉县里的技术人员。</translation>
    </message>
    <message>
        <source>The county hub&apos;s certificate could not be checked, so nothing was sent. Check the hub address, or enrol again if the county changed it.</source>
        <translation>无法核验县级平台的证书，因此没有发送任何内容。请检查平台地址；如县里更换了证书，请重新登记。</translation>
    </message>
    <message>
        <source>The county hub did not answer in time. The link may be slow; sync will try again by itself.</source>
        <translation>县级平台没有及时响应。网络可能较慢，稍后会自动重试。</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, used or expired. Ask the county for a new one.</source>
        <translation>登记码错误、已用过或已过期。请向县里申请新的登记码。</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the county hub yet. The secretary enrols it in Settings → Sync.</source>
        <translation>这台电脑还没有在县级平台登记。请村支书在“设置 → 同步”中登记。</translation>
    </message>
    <message>
        <source>The county hub speaks a newer version of the sync protocol. Update Xiangzhi, then sync again.</source>
        <translation>县级平台使用的是更新版本的同步协议。请先升级乡治，再同步。</translation>
    </message>
    <message>
        <source>An attachment arrived damaged at the county hub twice. It will be sent again at the next sync; if this keeps happening, tell the county&apos;s IT staff.</source>
        <translation>有一个附件两次传到县级平台时都损坏了。下次同步时会重新发送；如果一直这样，请告诉县里的技术人员。</translation>
    </message>
    <message>
        <source>The county hub and this computer disagreed about how much of an attachment was sent. Sync will continue where the hub says.</source>
        <translation>县级平台和这台电脑对附件已经发送了多少的记录不一致。同步会从县级平台记录的位置继续。</translation>
    </message>
    <message>
        <source>The county hub refused this computer&apos;s audit log: a record does not follow the one before it. Check the log in Settings → Audit log and tell the county&apos;s IT staff.</source>
        <translation>县级平台拒收了本电脑的审计日志：有一条记录和前一条接不上。请在“设置 → 审计日志”中检查日志，并告诉县里的技术人员。</translation>
    </message>
    <message>
        <source>The county hub already holds other audit records under the same numbers as this computer&apos;s (was the database restored from a backup?). Tell the county&apos;s IT staff.</source>
        <translation>县级平台在相同编号下已经存有本电脑的其他审计记录（数据库是否从备份恢复过？）。请告诉县里的技术人员。</translation>
    </message>
</context>
<context>
    <name>xz::SyncWire</name>
    <message>
        <source>The county hub gave an answer this program does not understand (%1). Nothing was marked as sent; sync will try again. If this keeps happening, tell the county&apos;s IT staff.</source>
        <translation>县级平台的答复本程序无法理解（%1）。没有任何记录被标记为已发送，稍后会重试。如果一直这样，请告诉县里的技术人员。</translation>
    </message>
</context>
<context>
    <name>xz::TimeLimits</name>
    <message>
        <source>The time-limit rules file is not in the expected form: %1. Correct the file, or reinstall the program to restore the original.</source>
        <translation>办理时限规则文件的格式不对：%1。请改正这个文件，或重新安装程序以恢复原文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least %2</source>
        <translation>“%1”必须是不小于 %2 的整数</translation>
    </message>
    <message>
        <source>The time-limit rules file is not valid JSON (%1 at character %2). Correct the file, or reinstall the program to restore the original.</source>
        <translation>办理时限规则文件不是有效的 JSON（第 %2 个字符处：%1）。请改正这个文件，或重新安装程序以恢复原文件。</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件内容必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;workingDays&quot; has no limit for the demand type &quot;%1&quot;</source>
        <translation>“workingDays”中缺少诉求类型“%1”的时限</translation>
    </message>
    <message>
        <source>&quot;urgencies&quot; does not list the urgency &quot;%1&quot;</source>
        <translation>“urgencies”中缺少紧急程度“%1”</translation>
    </message>
    <message>
        <source>The time-limit rules (%1) cannot be read: %2. The installation is incomplete; reinstall the program.</source>
        <translation>无法读取办理时限规则（%1）：%2。程序安装不完整，请重新安装。</translation>
    </message>
    <message>
        <source>An extension must add at least one working day. Enter how many working days the case needs.</source>
        <translation>延期至少要 1 个工作日。请输入此案件需要延长几个工作日。</translation>
    </message>
    <message>
        <source>Extensions may add at most %1 working day(s) in total, and this case already has %2, so at most %3 more can be approved. Shorten the extension, or escalate the case to the township.</source>
        <translation>延期累计最多 %1 个工作日，此案件已延期 %2 个工作日，最多还能批准 %3 个工作日。请缩短延期，或将案件上报乡镇。</translation>
    </message>
</context>
<context>
    <name>xz::TimelineModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Registered and accepted the case</source>
        <translation>登记并受理</translation>
    </message>
    <message>
        <source>Registered the case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Accepted the case</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>Rejected the case</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Assigned the case</source>
        <translation>分派案件</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派给%1</translation>
    </message>
    <message>
        <source>Started work on the case</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Returned the case to be assigned again</source>
        <translation>退回，待重新分派</translation>
    </message>
    <message numerus="yes">
        <source>Requested %n more working day(s)</source>
        <translation>
            <numerusform>申请延期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n more working day(s); the new deadline is %1</source>
        <translation>
            <numerusform>批准延期 %n 个工作日，新的截止时间为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Denied the request for %n more working day(s)</source>
        <translation>
            <numerusform>不批准延期 %n 个工作日的申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalated to the county</source>
        <translation>上报县级</translation>
    </message>
    <message>
        <source>Escalated to the township</source>
        <translation>上报乡镇</translation>
    </message>
    <message>
        <source>Recorded the reply from above</source>
        <translation>登记上级回复</translation>
    </message>
    <message>
        <source>Resolved the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Called the resident back: %1</source>
        <translation>回访居民：%1</translation>
    </message>
    <message>
        <source>Called the resident back</source>
        <translation>回访居民</translation>
    </message>
    <message>
        <source>Reopened the case</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Archived the case</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Voided the case</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>合并到案件 %1</translation>
    </message>
    <message>
        <source>Case %1 was merged into this one</source>
        <translation>案件 %1 合并到本案件</translation>
    </message>
    <message>
        <source>Another report of this matter was linked</source>
        <translation>关联了同一事项的另一次反映</translation>
    </message>
    <message>
        <source>%1 reported this matter again</source>
        <translation>%1再次反映此事项</translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Recorded “%1”</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <source>Removed the personal data after the retention period</source>
        <translation>保存期限届满，已删除个人信息</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attached the file %1</source>
        <translation>添加附件 %1</translation>
    </message>
    <message>
        <source>Settled the clash: took the county&apos;s</source>
        <translation>核对处理：采用县里的</translation>
    </message>
    <message>
        <source>Settled the clash: kept the village&apos;s</source>
        <translation>核对处理：保留村里的</translation>
    </message>
</context>
<context>
    <name>xz::TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>New, unassigned</source>
        <translation>新登记待分派</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>无法查看</translation>
    </message>
</context>
<context>
    <name>xz::TodayView</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>New, unassigned</source>
        <translation>新登记待分派</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Today — %1</source>
        <translation>工作台 — %1</translation>
    </message>
    <message>
        <source>Register a case
(Ctrl+N)</source>
        <translation>登记案件
（Ctrl+N）</translation>
    </message>
    <message>
        <source>Register a case</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Nothing needs attention now: no overdue, due-soon or unassigned cases.</source>
        <translation>目前没有要处理的事：没有逾期、即将到期或待分派的案件。</translation>
    </message>
    <message>
        <source>Cases that need attention</source>
        <translation>需要处理的案件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s). Press to list them.</source>
        <translation>
            <numerusform>%1：%n 件案件。按下可查看列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs checking: %n case(s) where the village and the county did different things. Open one to settle it.</source>
        <translation>
            <numerusform>需要核对：有 %n 个案件村里和县里的办理不一样。打开案件即可核对处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases that need checking against the county</source>
        <translation>需要与县里核对的案件</translation>
    </message>
</context>
<context>
    <name>xz::Urgency</name>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Time-sensitive</source>
        <translation>较急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂</translation>
    </message>
</context>
<context>
    <name>xz::UserService</name>
    <message>
        <source>Please enter a login name (at most 64 characters).</source>
        <translation>请填写登录名（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The login name “%1” is already used. Choose another.</source>
        <translation>登录名“%1”已被使用，请换一个。</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the village secretary.</source>
        <translation>此账号已停用。请找村支书。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong. Check them and try again. After %1 wrong passwords in a row the account is locked for %2 minutes.</source>
        <translation>登录名或密码不正确，请核对后再试。连续输错 %1 次密码，账号将被锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>This account is locked until %1 because its password was typed wrong %2 times in a row. Wait until then, or ask the village secretary to reset the password.</source>
        <translation>此账号因连续 %2 次输错密码，已被锁定到 %1。请到时再试，或请村支书重置密码。</translation>
    </message>
    <message>
        <source>This account does not exist (any more). Reopen the list of accounts.</source>
        <translation>此账号不存在（可能已被删除）。请重新打开账号列表。</translation>
    </message>
    <message>
        <source>This is the office&apos;s only active village secretary: somebody must be able to manage accounts. Make another account secretary first.</source>
        <translation>这是本村唯一在用的村支书账号，必须有人能管理账号。请先把另一个账号设为村支书。</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Another village secretary can.</source>
        <translation>不能停用自己的账号，可以请另一位村支书操作。</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name (at most 100 characters).</source>
        <translation>请填写姓名（最多 100 个字）。</translation>
    </message>
    <message>
        <source>You cannot change your own role. Another village secretary can.</source>
        <translation>不能更改自己的身份，可以请另一位村支书操作。</translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in and try again.</source>
        <translation>当前没有人登录。请登录后再试。</translation>
    </message>
    <message>
        <source>The current password is wrong. Type the password you logged in with.</source>
        <translation>当前密码不正确。请输入您登录时用的密码。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different one.</source>
        <translation>新密码与当前密码相同，请换一个。</translation>
    </message>
</context>
<context>
    <name>xz::WorkCalendar</name>
    <message>
        <source>The holiday calendar file is not in the expected form: %1. Correct the file, or reinstall the program to restore the original.</source>
        <translation>节假日安排文件的格式不对：%1。请改正这个文件，或重新安装程序以恢复原文件。</translation>
    </message>
    <message>
        <source>year %1 has no &quot;%2&quot; list</source>
        <translation>%1 年缺少“%2”列表</translation>
    </message>
    <message>
        <source>The holiday calendar lists &quot;%1&quot; under year %2 in &quot;%3&quot;, which is not a date of that year. Write dates as YYYY-MM-DD under the year they belong to.</source>
        <translation>节假日安排中，%2 年的“%3”里有“%1”，这不是该年的日期。请按 YYYY-MM-DD 的格式，把日期写在所属的年份下。</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>（不是文本）</translation>
    </message>
    <message>
        <source>The holiday calendar file is not valid JSON (%1 at character %2). Correct the file, or reinstall the program to restore the original.</source>
        <translation>节假日安排文件不是有效的 JSON（第 %2 个字符处：%1）。请改正这个文件，或重新安装程序以恢复原文件。</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件内容必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>the &quot;years&quot; object is missing</source>
        <translation>缺少“years”对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <source>year %1 is not an object</source>
        <translation>%1 年不是一个对象</translation>
    </message>
    <message>
        <source>The holiday calendar lists %1 as a swapped working day, but it is a weekday, which is a working day anyway. Check the date against the State Council&apos;s notice.</source>
        <translation>节假日安排把 %1 列为调休上班日，但这一天本来就是工作日。请对照国务院的通知核对日期。</translation>
    </message>
    <message>
        <source>The holiday calendar lists %1 both as a holiday and as a working day. Check the date against the State Council&apos;s notice and keep it in one list only.</source>
        <translation>节假日安排把 %1 同时列为放假日和上班日。请对照国务院的通知核对，只保留在一个列表里。</translation>
    </message>
</context>
<context>
    <name>xz::XlsxReader</name>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it as .xlsx or as &quot;CSV UTF-8&quot;, then import that file.</source>
        <translation>这个文件不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开，另存为 .xlsx 或“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 cannot be read. Open the file in Excel, save it again and import the new copy.</source>
        <translation>工作簿的 %1 部分无法读取。请用 Excel 打开文件，重新保存后导入新的副本。</translation>
    </message>
    <message>
        <source>The workbook has no such sheet.</source>
        <translation>工作簿里没有这个工作表。</translation>
    </message>
    <message>
        <source>Cell %1%2 holds a formula without a saved value. Open the file in Excel, save it, and import it again (or copy the column and paste it as values).</source>
        <translation>单元格 %1%2 是公式，但没有保存计算结果。请用 Excel 打开并保存后再导入（或者复制这一列，以“值”的方式粘贴）。</translation>
    </message>
    <message>
        <source>Cell %1%2 holds the Excel error %3. Correct it in Excel.</source>
        <translation>单元格 %1%2 是 Excel 错误 %3。请在 Excel 里改正。</translation>
    </message>
    <message>
        <source>Cell %1%2 holds more than 10 MB of text, far more than any cell of a list of residents or cases. Check that this is the right file.</source>
        <translation>单元格 %1%2 的文字超过 10 MB，远超居民或案件表格的任何单元格。请检查是不是选错了文件。</translation>
    </message>
    <message>
        <source>Row %1 is part of the merged cells %2. Unmerge them in Excel and fill in every row, then import again.</source>
        <translation>第 %1 行属于合并单元格 %2。请在 Excel 里取消合并并把每一行填完整，再导入。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; holds no rows to import: it needs a header row and at least one row below it.</source>
        <translation>工作表“%1”里没有可导入的行：需要一行表头，下面至少一行数据。</translation>
    </message>
</context>
<context>
    <name>xz::XlsxWriter</name>
    <message>
        <source>There was not enough memory to write the Excel file. Close other programs, or export fewer rows, and try again.</source>
        <translation>内存不足，无法写入 Excel 文件。请关闭其他程序，或减少导出的行数，然后再试。</translation>
    </message>
</context>
<context>
    <name>xz::ZipReader</name>
    <message>
        <source>The workbook is damaged (perhaps it was not copied completely). Open it in Excel, save it again and import the new copy.</source>
        <translation>工作簿已损坏（可能没有复制完整）。请用 Excel 打开，重新保存后导入新的副本。</translation>
    </message>
    <message>
        <source>This file is not a complete Excel workbook: its end is missing or it is another kind of file. Open it in Excel and save it again as .xlsx.</source>
        <translation>这个文件不是完整的 Excel 工作簿：结尾缺失，或者是别的文件。请用 Excel 打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The workbook lacks its part %1. Open it in Excel and save it again as .xlsx.</source>
        <translation>工作簿缺少 %1 部分。请用 Excel 打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Remove the password in Excel, then import it.</source>
        <translation>工作簿设置了密码保护。请在 Excel 里去掉密码后再导入。</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than 200 MB, far more than a list of residents or cases. It may be damaged or built to harm the computer; it was not imported.</source>
        <translation>工作簿解压后超过 200 MB，远超居民或案件表格。它可能已损坏，或者是故意做成危害电脑的文件；没有导入。</translation>
    </message>
    <message>
        <source>The workbook is packed in a way this program does not read. Open it in Excel and save it again as .xlsx.</source>
        <translation>工作簿的压缩方式本程序无法读取。请用 Excel 打开后重新另存为 .xlsx。</translation>
    </message>
</context>
<context>
    <name>xz::fmt</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>Overdue since today</source>
        <translation>今天已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
</context>
</TS>
