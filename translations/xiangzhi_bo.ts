<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo" sourcelanguage="en">
<context>
    <name>xz</name>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (empty the recycle bin, remove old files) and try again; what was saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database is busy with other work. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database cannot be written (it is read-only). Check that the disk or USB stick is not write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database file is damaged or is not a Xiangzhi database. Restore the latest backup from the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database reported an error; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangzhi: the village office&apos;s case desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangzhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar for %1 is not in this version yet: deadlines count weekends only. Update Xiangzhi when the State Council publishes the year&apos;s holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) are past the retention period: anonymise them in Settings → Personal information.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangzhi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which database: --database PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many residents (default: 300, more for many cases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed, for the same data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 5,000,000 and --seed a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3 cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 residents, %2 cases, %3 events in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 (%2, %3), password %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the backup goes: --to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name so that no earlier backup is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the county: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the county and set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of %1 on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment needs --enrol URL --fingerprint FP --code CODE --user LOGIN (the password is read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with the county hub %1 as village %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 new, %2 the county already had, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the county: %1 (%2 applied, %3 in conflict with a case here, %4 about cases this office does not have).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments sent: %1 (%2 KiB); still waiting: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub asks to wait %1 seconds before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what waits to be sent, what was sent, and the last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this office with the county hub at URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub certificate&apos;s fingerprint from the county&apos;s sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time enrolment code from the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this computer at the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary who enrols (password on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status and --enrol cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has not been prepared for sync yet. Open it once in Xiangzhi, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary who does it (password on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: xiangzhi bundle export|import --database PATH --user LOGIN FILE (the password is read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 records and %2 attached files for the county to %3. Take the file to the county, and bring back their reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more attached files did not fit in this file: export again after the county&apos;s reply is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county confirmed %1 records and refused %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who imports (password on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column mapping saved by the import window (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds: residents (default) or cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sheet of a workbook, from 1 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: xiangzhi import --database PATH --user LOGIN FILE [--mapping FILE] [--kind residents|cases] [--valid-only] (the password is read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new residents, %3 merged with a resident already present, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 cases registered, %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub&apos;s address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor token from `xiangzhi-hub supervisor add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login name in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as shown (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment needs --hub URL --fingerprint FP --token TOKEN --login NAME (the password is read from %1, or else from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password on standard input, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is now a supervisor&apos;s read-only copy of the county hub %1. Log in as %2; `xiangzhi sync --database PATH` fetches every village&apos;s cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of the report, for example 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One village of a supervisor&apos;s copy (its 12-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report&apos;s tables as an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which month: --month YYYY-MM, for example --month 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the report goes: --pdf FILE, --xlsx FILE or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by an older version of Xiangzhi. Open it once in Xiangzhi, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report for %1: %2 received, %3 resolved, %4 overdue, %5 escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many cases (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for: characters, words, a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of cases, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to look for: a character, a word or a case number (punctuation alone finds nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The newest %1 cases found; --limit shows more.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xiangzhi supervisor enrol --database PATH --hub URL --fingerprint FP --token TOKEN --login NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AccountDialog</name>
    <message>
        <source>Edit account — Xiangzhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name stays as it is: the history of the office knows the account by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account — Xiangzhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a first password and tell it to the person yourself. They choose their own at their first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AccountTableModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AccountsPage</name>
    <message>
        <source>Account of %1 added. Tell them the first password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer log in. Their cases and their history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the account of %1 again? They can log in with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password set for %1. They choose their own at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody who works at this desk has their own account. Accounts are never deleted: disable the account of somebody who has left, and their history stays theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in as %1 (%2, login name %3). In a supervisor&apos;s copy each supervisor changes only their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in as %1 (%2, login name %3). The village secretary manages the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AtomicFile</name>
    <message>
        <source>The folder for “%1” does not exist. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so “%1” was not written. Free some space or choose another disk (a USB stick) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: the disk is read-only. Check that the USB stick is not write-protected, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that the file is not open in another program (Excel, WPS) and that you may write in this folder, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AttachmentStore</name>
    <message>
        <source>The size limit for attachments is 1 to %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2). Check that it is still there, close any program that has it open, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty. Choose the photo or scan itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; a file attached to a case may be at most %3 MB. Take the photo at a lower resolution or scan at fewer dots per inch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a JPEG or PNG photo or a PDF scan, whatever its name says. Only photos and scans of those three kinds can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed while it was read. Wait until it is saved completely and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this attachment is no longer here (the case was anonymised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored attachment is incomplete. Restore the office database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written (%1). Check that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AttachmentsPanel</name>
    <message>
        <source>Attach&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo (JPEG, PNG) or a scan (PDF) to this case. You can also drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen attachment with the computer&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos or scans yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file removed with the personal data
%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3 · %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an attachment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made to open the file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written to open it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. It was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AuditAction</name>
    <message>
        <source>Register a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work on a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a reply from above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the resident back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a case into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another case merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link another report of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county&apos;s reply arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county reassigned a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county added a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a clash with the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicate residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a full ID number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one&apos;s own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unmasked personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import residents from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise old cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how long personal data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this office with the county hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records for the county to a USB file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the county&apos;s reply from a USB file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county sent new case categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county sent a holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A county update could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates from the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody logged in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AuditLog</name>
    <message>
        <source>The audit log of this database is damaged (its head is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 is missing: the log jumps from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 does not follow record %2: the log was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing: the log was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 is missing: the log ends at %2 but was written up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s head does not match record %1: the log was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %1 records, each linked to the one before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AuditLogModel</name>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>first changed or missing record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AuditLogView</name>
    <message>
        <source>Audit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only records between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only failures and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only failed logins and other failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters: show every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the records shown as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the records that the filters show, oldest first, to a file that Excel opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check that the log is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no record of the audit log was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every record and checks that each is linked to the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n record(s), each linked to the one before. Nothing has been changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NOT intact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: keep this database file exactly as it is. Do not delete, repair or replace it with a backup. Write down record %1 and tell the county office at once; they will say how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check could not be written to the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every record of the audit log… On a long log this takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::AuditService</name>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2). Choose another folder, for example on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (%2). Check that the disk or USB stick has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::BlobUploader</name>
    <message>
        <source>A stored attachment is incomplete and cannot be sent. Restore the office database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Bundle</name>
    <message>
        <source>This bundle file was changed or damaged after it was made (a byte is different, or the file was cut short). Nothing was imported. Copy the file again from where it was made, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Xiangzhi bundle file. Choose the file the county gave back (or the one this program wrote for the USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle file was made by a newer version of Xiangzhi (format %1). Update this program, then import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::BundleService</name>
    <message>
        <source>This office was enrolled with the county before USB files existed, so it has no key to sign them with. Ask the county for a new enrolment code and enrol this office again (Settings → Sync); nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Check that the USB stick is plugged in and not full, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2). Check that the USB stick is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the file this office wrote for the county, not the county&apos;s reply. Take it to the county; import the file they give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply is for another village (%1), not this office. Nothing was imported. Ask the county for this village&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply is for another computer of this village. Import it on the computer that exported the file; nothing was imported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply comes from a county hub this office is not enrolled with. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseAction</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseActionDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is accepted and waits to be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed as not accepted. Write down why, so that the resident can be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who handles the case. It then appears in their list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark that work on the case has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes back to the village secretary to be assigned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the village secretary for more working days. The deadline moves only when the request is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More working days were requested for this case. Approving moves the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More working days were requested for this case. Denying keeps the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is sent to the township or the county for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the township or the county replied. The case then goes back to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was done. The resident is then called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the resident said when called back, and how satisfied they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident was not satisfied. The case goes back to work with a new time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed and kept in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case registered by mistake is voided. It is kept, but no longer counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case reports the same matter as another case. It is closed, and the other case notes the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is added to the history of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n more working day(s) for this case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This case has already had the longest extension allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number, or words from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain why more time is needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why help is needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the resident said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves. Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose who handles the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the number of the case to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has the number %1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be merged into itself. Enter the number of the other case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down what the resident said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how satisfied the resident is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of the case that stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has this number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the case itself. Enter the number of the other case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseDetailView</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why escalated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the resident and the other cases they reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the case, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was not found. It may belong to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more working day(s) requested; waiting for the secretary&apos;s decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more working day(s) requested; waiting for the secretary&apos;s decision. Reason: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Escalated to the county; waiting for its reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to the township; waiting for its reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was merged into case %1; the work goes on there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in the supervisor&apos;s copy (residents stay in the village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) granted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor mode, read-only: the village works this case in its own office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing for you to do on this case now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseListView</name>
    <message>
        <source>No case matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cases shown to a CSV, Excel or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseProjection</name>
    <message>
        <source>A registration record from the county hub lacks the field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not found; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseService</name>
    <message>
        <source>Please fill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3). Shorten it or attach a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a short title that says what the matter is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (%1 characters; at most %2). Put the details in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place or address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This village has registered 9,999 cases today, the most a day can number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has no village set up yet. Finish the set-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 is not in this office&apos;s list. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen resident was not found. Pick the resident again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active colleague to assign the case to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot handle cases in their role; choose a village cadre or the secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must be between 1 and %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has already had the longest extension allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was done (the result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how satisfied the resident is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the case is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2; choose a case that is still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2; files can no longer be attached to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already attached to case %1 (as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is still %2; only closed cases are anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2; register a new case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no clash with the county to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the village&apos;s handling stands; the county will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office cannot carry out what the county sent; keep the village&apos;s handling and write why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county&apos;s “%1” cannot be carried out: the case is %2 here, and “%1” is not possible then. Keep the village&apos;s handling and write why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseStateMachine</name>
    <message>
        <source>“%1” is not possible for a case that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency cases cannot be extended; escalate the case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is assigned to %1; only they or the village secretary may handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who registered this case, or the village secretary, may resolve it on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CaseTableModel</name>
    <message>
        <source>%1, extension requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CategoryPicker</name>
    <message>
        <source>Type part of the name, or press ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of a category name, for example a road or water matter, then pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CategoryTree</name>
    <message>
        <source>The category list is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in category list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ChangePasswordDialog</name>
    <message>
        <source>Change password — Xiangzhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, choose a new password. Only you should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the village secretary set a temporary password for you. Choose your own password now: only you should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Channel</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned from above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ChartCard</name>
    <message>
        <source>Show &quot;%1&quot; as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers as a table: arrows move, Enter opens the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an SVG picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ChartRenderer</name>
    <message>
        <source>No cases in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ChartView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open these cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CjkTokenizer</name>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library on this computer has no full-text search (FTS5). Install the program&apos;s own package, which brings a suitable SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case search could not be set up on the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ColumnMapping</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not one this program wrote (it needs &quot;kind&quot; and &quot;columns&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is for importing cases, not residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is for importing residents, not cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file names the field &quot;%1&quot;, which this import does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file names the column &quot;%1&quot;, which this file does not have. Check the header row, or make a new mapping in the import window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ConflictBanner</name>
    <message>
        <source>%1: %2 on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village: nothing done on this computer before the county&apos;s event arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county&apos;s event arrived on %1 but could not be carried out as the case stands here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs checking: the village and the county did different things with this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the county&apos;s (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the county&apos;s: carry out what the county sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the village&apos;s (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the village&apos;s handling, with the reason typed beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the village&apos;s handling stands (needed to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for keeping the village&apos;s handling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ConflictListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County&apos;s event arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CountyUpdate</name>
    <message>
        <source>The category list names %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar has no version number (a whole number, at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A county update must not name a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown county update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::CsvReader</name>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not. Save it again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as Unicode text. Save it again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a spreadsheet: it is neither an Excel workbook (.xlsx) nor CSV text. Open it in Excel and save it as .xlsx or as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of this file is neither UTF-8 nor GB18030 (GBK), so its Chinese characters cannot be read. Open it in Excel or WPS and save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 200 MB. Split it into several smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 holds more than 10 MB of text, far more than any cell of a list of residents or cases. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation mark opened on line %1 is never closed, so the rest of the file would be one cell. Check that line in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows to import: it needs a header row and at least one row below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::DashboardView</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered from %1. Point at a title for what a figure counts; click a bar or a number to open its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers above for the whole period, each with the cases it is based on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to resolve (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Opens these cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last month of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi&amp;llage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Database</name>
    <message>
        <source>The database file %1 does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database is already open in another Xiangzhi window (process %1 on %2). Use that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Xiangzhi database (or it is badly damaged). Choose another file, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database file %1 is damaged. Restore the latest backup from the backups folder beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of Xiangzhi (schema %1; this program knows up to %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver did not give access to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of Xiangzhi (schema %1; this program knows up to %2). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade step %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left as it was. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database file %1 is damaged (%2). Restore the latest backup from the backups folder beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::DemandType</name>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of wrongdoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::DemoContent</name>
    <message>
        <source>The demo data of this installation is damaged (%1). Reinstall the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::DemoGenerator</name>
    <message>
        <source>At most %1 cases fit in %2 months (9,999 a day). Ask for fewer cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many cases for the time span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written (case %1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The demo database is incomplete: delete the file and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs at least one resident and zero or more cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already in use. Demo data only goes into a new, empty database file: choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo village %1 is not in the division table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::DivisionTable</name>
    <message>
        <source>The division table %1 is damaged (%2). Reinstall the program to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the division table %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a division table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division table %1 has format %2, but this program reads format %3. Install a matching version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has no parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of rows on level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::EscalationLevel</name>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Ethnicity</name>
    <message>
        <source>Han</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouyei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ewenki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ExportDialog</name>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the residents list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file, for any spreadsheet program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document, for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to save the export in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder and file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include full ID numbers and phone numbers (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file holds at most %L1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) will be exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One file holds at most %L1 rows: only the first %L1 of %L2 are exported. Narrow the filter to export the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold full ID numbers and phone numbers. Keep it safe and delete it when it is no longer needed; the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are partly hidden in the file (138****5678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; exporting replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export; no file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 more matched the filter but do not fit in one file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ExportProgress</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ExportService</name>
    <message>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 cases are in this file. Narrow the filter to export the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents found by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 residents are in this file. Narrow the search to export the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (division code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains full ID numbers and phone numbers: personal information. Keep this file safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are partly hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases chosen by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::FilterBar</name>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, title, name or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cases by number, title, reporter or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;soon only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cases due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cases registered between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the chart&apos;s cases and show all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters: show every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chosen statuses (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every village</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From the statistics: %1 (%n case(s)). Other filters below narrow it further.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::FirstRunDialog</name>
    <message>
        <source>The demo data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Xiangzhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Xiangzhi (乡治)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangzhi keeps the village office&apos;s cases: residents&apos; requests, disputes, complaints and hazards, from registration to closure, within the legal time limits. It works without a network.

How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo data
(a real village, 2,000 sample cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my village
(start with an empty office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County or township supervisor
(read-only view of every village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County or township supervisor: a read-only view of every village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::HubConnection</name>
    <message>
        <source>The hub address must start with https:// and name the hub, for example https://hub.example.gov.cn:8443. Check what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county&apos;s certificate stored for this office is damaged or does not match its fingerprint. Enrol this office with the hub again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match the fingerprint this office enrolled with, so nothing was sent. Ask the county IT staff whether the hub&apos;s certificate was changed; if so, enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not one the county&apos;s certificate vouches for, so nothing was sent. Check the hub address; if the county changed its certificate, enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not answer in time. The link may be slow or down; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the hub (%1). Check the network and the hub address; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint has 64 characters, each 0–9 or A–F (colons and spaces may be left out). Check what was typed against the county&apos;s sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at this address shows a certificate whose fingerprint is not the one typed. Check the fingerprint on the county&apos;s sheet character by character, and the hub address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::IdCard</name>
    <message>
        <source>An ID number has 18 characters, but %1 were entered. Check the number on the ID card and enter all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has only digits, and only its last character may be X, but character %1 is &quot;%2&quot;. Check the number on the ID card and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 of an ID number are the birth date, but here they read %1, which is not a possible date of birth. Check the number on the ID card and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 of an ID number are the birth date, but here they read %1, which is in the future. Check the number on the ID card and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number has a typo: its last character does not match the other digits. Compare each digit with the ID card and correct the mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ImportDialog</name>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column-mapping.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows-not-imported.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file. Check which column holds what, check the rows, then import. A resident whose ID number is already here is merged, never entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file: choose in the first row what each holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Check the columns, then press Check rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot, for the reasons below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) are already here or appear twice, and will be merged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: save the rejected rows to see them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new residents, %2 merged with a resident already here, %3 rows not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 cases registered, %2 rows not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ImportFile</name>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 200 MB. Split it into several smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls, Excel 97-2003). Open it in Excel or WPS, save it as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is named .%1 but is not an Excel workbook. Check that it is the right file; open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ImportService</name>
    <message>
        <source>No column is chosen for: %1. Choose the column that holds it, or add it to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has no village set up yet. Finish the set-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number was stored by Excel as a number and lost its last digits. Format the column as text and type the numbers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is not understood: write 男 or 女.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ethnicity &quot;%1&quot; is not one of the 56 nationalities (GB/T 3304): write its name, e.g. 汉族 or 彝族, or its two-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not understood: write 汉语, 彝语 or 藏语.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The villager group is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds this ID number under the name %1. Check the name and the ID number in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has the same ID number under another name. Check both rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is not in this office&apos;s list: write its code or its name as the category list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of demand &quot;%1&quot; is not understood: write 咨询, 求助, 投诉, 举报 or 建议.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not understood: write 来访, 来电, 网格巡查, 12345转办 or 上级交办.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urgency &quot;%1&quot; is not understood: write 一般, 紧急, 限时 or 复杂.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date: write it as 2026-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date registered %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date registered %1 is before 2000: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident has the reporter&apos;s ID number. Import the residents first, or enter the reporter in the Residents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, and you chose all or nothing: nothing was imported. Correct those rows, or import the valid rows only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Language</name>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yi (Nuosu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::LockPanel</name>
    <message>
        <source>Type your password, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out %1? Anything not saved yet, such as a half-filled registration, will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents&apos; information stays private while the desk is empty. The work of %1 (%2) is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your &amp;password to go on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::LoginDialog</name>
    <message>
        <source>You need a password of your own before you can start. Log in again with the temporary password to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in — Xiangzhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 village office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who are you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo database: every account&apos;s password is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every village&apos;s cases from the county hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched from the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the county: open its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor mode · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangzhi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangzhi village case desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor mode, read-only: every village&apos;s cases, for looking only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::MonthlyReportDialog</name>
    <message>
        <source>Every village of the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick PDF, Excel or both, and give each a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF and the Excel file need different file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report is written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No new file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report (月报)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the PDF goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the Excel workbook goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures, charts, the tables, and the lists of overdue and escalated cases of the month. Names are shortened (王*明); ID numbers and phone numbers are left out. The report is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::MonthlyReportPdf</name>
    <message>
        <source>None this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of these %2 cases are printed; the Excel workbook of this report lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::MonthlyReportService</name>
    <message>
        <source>scheduled report (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month. Write the year and the month as YYYY-MM, for example 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 has not begun yet. Choose this month or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no village with the code %1. Give the 12-digit division code of a village of the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All villages of the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds the cases of %1 (%2) only. Leave out the village, or open a supervisor&apos;s copy of the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (division code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 from the cases entered in Xiangzhi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents&apos; names are partly hidden; no ID numbers or phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::NewPasswordFields</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password, repeated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::OfficeSetup</name>
    <message>
        <source>This is a supervisor&apos;s read-only copy of the county&apos;s cases. Cases, residents and accounts are changed in the village office&apos;s own program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village from the list (a 12-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be the village secretary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Outbox</name>
    <message>
        <source>This office has no village code yet, so nothing can be sent to the county. Finish the office set-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub&apos;s answer is not about the batch that was sent. Nothing was marked as sent; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::PasswordHasher</name>
    <message>
        <source>The password could not be protected (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess (a common password, a run like 12345678 or a repeated pattern). Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: mix letters with digits or signs, or make it longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: more kinds of characters or a longer password make it stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::PdfWriter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Permission</name>
    <message>
        <source>view cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept or reject cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle cases assigned to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve simple cases on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or deny extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record replies to escalated cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge duplicate cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach photos and scans to cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add and edit residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show full ID numbers and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export unmasked personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymise old cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle a clash with the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not %2. Ask the village secretary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::PersonalDataService</name>
    <message>
        <source>This resident was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resident&apos;s personal data was removed after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID number was recorded for this resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number was recorded for this resident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Phone</name>
    <message>
        <source>This is not a mainland China mobile number: those have 11 digits and start with 1 (a country code, if any, must be +86). Check the number, or leave the field empty if the person has no mobile phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has only digits, but &quot;%1&quot; was entered. Check the number and enter its 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, but %1 were entered. Check the number and enter all 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::PrivacyPanel</name>
    <message numerus="yes">
        <source>Saved: personal data is kept %n year(s) after a case is closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to anonymise: no case was closed before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise old cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) were closed before %1, more than the retention period ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) will have no other case left and lose their details too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Names, ID numbers, phone numbers and addresses in these cases are replaced for good. Numbers, dates, categories and states stay, so every statistic stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymising old cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n case(s) were anonymised; the others are unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n case(s) anonymised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) anonymised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers and phone numbers are masked in every list, detail, export and report (for example 138****5678). Showing a full number, or exporting full numbers, is written to the audit log with who, when and which record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep personal data after a case is closed (&amp;years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep personal data after a case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases older than this are anonymised: names, ID numbers, phone numbers and addresses are replaced, and residents with no other case lose their details. The statistics stay the same. You see how many cases it will change before anything happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise old cases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::RegisterView</name>
    <message>
        <source>The case is not registered yet. Please correct what is marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 registered; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything typed in this form will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * must be filled in. Ctrl+Enter registers the case; Esc clears the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demand type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Group 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the matter is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One short sentence: what is the matter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, since when, who is affected, what the resident asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cle&amp;ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering cases is not part of your role (%1). You can look at cases and reports. If a case needs to be registered, please ask the village office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases from the last 90 days with the same reporter or a similar title appear here while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) may be about the same matter. If so, link this report to it instead of registering a new case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Same reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this report to case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported the same matter again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was added to case %1. No new case was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chann&amp;el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ResetPasswordDialog</name>
    <message>
        <source>Reset password — Xiangzhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %1 (%2). Tell it to them in person; they choose their own at the next login. A lockout ends at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ResidentPicker</name>
    <message>
        <source>Say who reported this: type a name, phone or ID number and pick the resident from the list, press New resident, or tick Anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick &quot;%1&quot; from the list (press ↓), or press New resident to add a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is found for &quot;%1&quot;. Type the resident&apos;s name and press New resident to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporter *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter: name, phone or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits; may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident&apos;s ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager gr&amp;oup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident&apos;s villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident&apos;s home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymous reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who is not in the list yet. They are saved together with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new resident&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case will be registered without a reporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new resident&apos;s name above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be added as a new resident together with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, phone or ID number, then pick the resident from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching resident(s): pick one with ↓ and Enter, or press New resident.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is found for &quot;%1&quot;. Type the name to add a new resident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ResidentService</name>
    <message>
        <source>Please enter the resident&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another resident, %1, already has this ID number. Open that resident instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ResidentTableModel</name>
    <message>
        <source>Anonymised resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ResidentsView</name>
    <message>
        <source>&amp;Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find residents by name, phone or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the residents found to a CSV, Excel or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import residents or cases from an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resident on the left to see their details and all their cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of this resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymised resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Cases reported: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit resident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep %1, or type a new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager g&amp;roup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone and ID number stay hidden. Leave them empty to keep them, or type new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters: 17 digits, then a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::RetentionService</name>
    <message>
        <source>Keep personal data for %1 to %2 years after a case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::RevealButton</name>
    <message>
        <source>Cannot show the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masks the number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shows the full number for %n second(s). Each time is written to the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xz::Role</name>
    <message>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SessionPolicy</name>
    <message>
        <source>The screen lock takes 0 (never) to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SettingsView</name>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangzhi database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1. Keep it on a USB stick away from this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the &amp;screen after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input before the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB per photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest photo or scan that may be attached to a case, in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen does not lock by itself. Ctrl+L locks it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without input, keeping unsaved work. Ctrl+L locks it at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Village: %1 (%2)
%3

Database: %4
Automatic daily backups: %5
Version %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size of the whole program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100% (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast: blac&amp;k on white, strong colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SetupDialog</name>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No village matches “%1”. Check the spelling, or choose step by step below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More villages match. Type the county or township first to narrow the list, for example: 昭觉 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your village first: type its name above, or pick province, city, county, township and village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my village — Xiangzhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2: which village is this office?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2: the village secretary&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the village by &amp;name; put the county or township first to narrow the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: 昭觉 三河村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City / prefecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::StatsCharts</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by age on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–7 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8–15 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 15 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No satisfaction was recorded at a callback for the cases of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and resolved per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time resolution and missed deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by demand type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by state now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided and merged cases are never counted. Days are calendar days in China time; a period includes its first and last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: every case registered in the month. Resolved: cases resolved now whose latest resolution falls in the month (a reopened case counts again only when resolved again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate: of the cases resolved in the month, the share resolved at or before their deadline (working days, extensions included). Missed deadline: cases whose deadline fell in the month and has passed without a resolution by it; rejected cases are never overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered in the period by category. Click a group to see its items; click an item to open its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered in the period by demand type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered in the period by their state now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases open at 24:00 of the period&apos;s last day: registered by then, neither resolved nor closed by then. Age in working days since registration (the office&apos;s holiday calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered in the period with a satisfaction recorded at the callback. Satisfaction rate: (satisfied + basically satisfied) ÷ rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases resolved in the period: working days from the day of registration to the day of resolution, averaged. Registered and resolved on the same day: 0 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered in the period that were escalated to the township or county at any time, ÷ cases registered in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases registered in the period for which another case of the same resident, or of the same place, was registered in the 90 calendar days before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::StatsTables</name>
    <message>
        <source>Cases received and resolved by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by demand type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction at the callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8–15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases it is based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handling time (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of repeat cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog: open cases at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SupervisorEnrolDialog</name>
    <message>
        <source>Type the hub address, the certificate fingerprint and the supervisor token from the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the county hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County or township supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only view of every village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer will show the cases of every village of the county, as the villages send them to the county hub. It only looks: cases are worked in the village offices. Type what the county&apos;s IT staff gave you, and choose your own login for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol as a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SupervisorFeed</name>
    <message>
        <source>The county has revoked this supervisor token. Ask the county&apos;s IT staff for a new supervisor token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub does not know this supervisor token. Check the token, or ask the county&apos;s IT staff for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already set up. A supervisor&apos;s copy needs a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the supervisor token that the county&apos;s IT staff gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your login name and your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token belongs to a village&apos;s computer, not to a supervisor. Ask the county&apos;s IT staff for a supervisor token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is a village office&apos;s, not a supervisor&apos;s copy of the county.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SyncClient</name>
    <message>
        <source>This office has no village code yet. Set up the office first, then enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the enrolment code from the county and a name for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SyncPanel</name>
    <message>
        <source> village office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervisor&apos;s copy reads every village&apos;s cases from the county hub at %1, read-only; it sends nothing. Certificate fingerprint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office sends its records to the county hub at %1 (village %2, %3). Certificate fingerprint: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiangzhi USB files (*.xzb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the county to a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the county&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) for the county written to %1. Take the file to the county, and bring back the reply they give you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) are in it too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more attached file(s) did not fit in this file: export again after the county&apos;s reply is imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the county&apos;s reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The county confirmed %n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The county refused %n record(s); see the status.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received from the county, %1 of them applied to cases here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) need a person to look at them (marked in the list).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) of the case categories or the holiday calendar from the county now apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync runs while the program is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the county hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what is on the sheet the county gave this office. This is done once; after that, records go to the county by themselves whenever the network is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this co&amp;mputer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the village secretary enrols this office with the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network for a long time? Write what waits for the county to a USB stick and take it there. The county gives back a reply file: import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the county&apos;s reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SyncState</name>
    <message>
        <source>The county hub did not understand what was sent. Tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub does not know this computer. Enrol it again in Settings → Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county has revoked this computer&apos;s access. Ask the county for a new enrolment code and enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub refused: this computer may not send these records. Tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub does not know this village&apos;s code. Ask the county to register the village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub already has a batch with this number but other content. The records will be sent again in a new batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch was too large for the county hub. Smaller batches will be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment arrived damaged at the county hub twice. It will be sent again at the next sync; if this keeps happening, tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub and this computer disagreed about how much of an attachment was sent. Sync will continue where the hub says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub did not accept the format that was sent. Tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub is busy and asked to wait. Sync will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub had a fault. Sync will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub is not available right now. Sync will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address in Settings → Sync does not lead to a county hub. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub gave an answer this program does not understand. Nothing was marked as sent; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub took too long to answer. The link may be slow; sync will try again with smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub cannot be reached. Check the network cable or mobile data; sync will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that answered is not the county hub this computer was enrolled with. Nothing was sent. Tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub&apos;s certificate could not be checked, so nothing was sent. Check the hub address, or enrol again if the county changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub did not answer in time. The link may be slow; sync will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code is wrong, used or expired. Ask the county for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not enrolled with the county hub yet. The secretary enrols it in Settings → Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub speaks a newer version of the sync protocol. Update Xiangzhi, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county already has this record with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub found this record incomplete or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub refused this computer&apos;s audit log: a record does not follow the one before it. Check the log in Settings → Audit log and tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub already holds other audit records under the same numbers as this computer&apos;s (was the database restored from a backup?). Tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub says this record belongs to another village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county hub&apos;s feed went backwards (to %1). Nothing was changed; tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::SyncWire</name>
    <message>
        <source>The county hub gave an answer this program does not understand (%1). Nothing was marked as sent; sync will try again. If this keeps happening, tell the county&apos;s IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::TimeLimits</name>
    <message>
        <source>The time-limit rules file is not in the expected form: %1. Correct the file, or reinstall the program to restore the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-limit rules file is not valid JSON (%1 at character %2). Correct the file, or reinstall the program to restore the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workingDays&quot; has no limit for the demand type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;urgencies&quot; does not list the urgency &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-limit rules (%1) cannot be read: %2. The installation is incomplete; reinstall the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension must add at least one working day. Enter how many working days the case needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions may add at most %1 working day(s) in total, and this case already has %2, so at most %3 more can be approved. Shorten the extension, or escalate the case to the township.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::TimelineModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered and accepted the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started work on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned the case to be assigned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Requested %n more working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n more working day(s); the new deadline is %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Denied the request for %n more working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Escalated to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the reply from above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called the resident back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called the resident back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another report of this matter was linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported this matter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the personal data after the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled the clash: took the county&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled the clash: kept the village&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::TodayView</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s). Press to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs checking: %n case(s) where the village and the county did different things. Open one to settle it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cases that need checking against the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case
(Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention now: no overdue, due-soon or unassigned cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases that need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::Urgency</name>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::UserService</name>
    <message>
        <source>The login name or the password is wrong. Check them and try again. After %1 wrong passwords in a row the account is locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked until %1 because its password was typed wrong %2 times in a row. Wait until then, or ask the village secretary to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not exist (any more). Reopen the list of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the office&apos;s only active village secretary: somebody must be able to manage accounts. Make another account secretary first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a login name (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name “%1” is already used. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the village secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account. Another village secretary can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role. Another village secretary can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong. Type the password you logged in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::WorkCalendar</name>
    <message>
        <source>The holiday calendar file is not in the expected form: %1. Correct the file, or reinstall the program to restore the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 has no &quot;%2&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar lists &quot;%1&quot; under year %2 in &quot;%3&quot;, which is not a date of that year. Write dates as YYYY-MM-DD under the year they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar file is not valid JSON (%1 at character %2). Correct the file, or reinstall the program to restore the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;years&quot; object is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar lists %1 as a swapped working day, but it is a weekday, which is a working day anyway. Check the date against the State Council&apos;s notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar lists %1 both as a holiday and as a working day. Check the date against the State Council&apos;s notice and keep it in one list only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::XlsxReader</name>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it as .xlsx or as &quot;CSV UTF-8&quot;, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 cannot be read. Open the file in Excel, save it again and import the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no such sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1%2 holds a formula without a saved value. Open the file in Excel, save it, and import it again (or copy the column and paste it as values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1%2 holds the Excel error %3. Correct it in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1%2 holds more than 10 MB of text, far more than any cell of a list of residents or cases. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is part of the merged cells %2. Unmerge them in Excel and fill in every row, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; holds no rows to import: it needs a header row and at least one row below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::XlsxWriter</name>
    <message>
        <source>There was not enough memory to write the Excel file. Close other programs, or export fewer rows, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::ZipReader</name>
    <message>
        <source>The workbook is damaged (perhaps it was not copied completely). Open it in Excel, save it again and import the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a complete Excel workbook: its end is missing or it is another kind of file. Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook lacks its part %1. Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected by a password. Remove the password in Excel, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook unpacks to more than 200 MB, far more than a list of residents or cases. It may be damaged or built to harm the computer; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is packed in a way this program does not read. Open it in Excel and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xz::fmt</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
