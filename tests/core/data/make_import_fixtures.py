#!/usr/bin/python3
# Writes the XLSX fixtures of tests/core/tst_import*.cpp with openpyxl (Debian's
# python3-openpyxl), as a program other than Excel writes them: formulas WITHOUT a saved
# value, merged cells, real date cells. Run it from this folder; the files are committed so
# that the tests need no Python.
import datetime
import openpyxl


def id_number(region, birth, seq):
    body = f"{region}{birth}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights))
    return body + "10X98765432"[total % 11]


HEADER = ["姓名", "身份证号", "手机号码", "性别", "民族", "村民小组", "住址", "出生日期"]


def people():
    return [
        ["吉克阿呷", id_number("513431", "19800101", 11), "13800285678", "女", "彝族", "一组", "一组12号"],
        ["马海军", id_number("513431", "19750315", 23), "13900001111", "男", "汉族", "二组", "二组3号"],
        ["曲比阿果", id_number("513431", "19920720", 34), "15928001234", "女", "彝族", "三组", "三组7号"],
    ]


# 1. Formulas without a saved value (openpyxl never computes them), beside plain rows.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "居民"
ws.append(HEADER)
for i, p in enumerate(people()):
    ws.append(p + [datetime.date(1980 + i, 1, 1)])
ws["F3"] = '=CONCATENATE("二","组")'
ws["B4"] = "=\"513431\"&\"199207200345\""
for row in ws.iter_rows(min_row=2, min_col=8, max_col=8):
    for c in row:
        c.number_format = "yyyy-mm-dd"
wb.save("formulas.xlsx")

# 2. A title merged across the top (skipped: it is above the header), and a villager
#    group merged over two data rows (a problem of those rows).
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "居民名册"
ws.append(["三河村居民名册（2026年）"])
ws.merge_cells("A1:H1")
ws.append(HEADER)
for p in people():
    ws.append(p + [None])
ws.merge_cells("F4:F5")
wb.save("merged.xlsx")

# 3. Typed cells: a date cell, a phone typed as a number, a boolean, a second sheet.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "名单"
ws.append(HEADER + ["党员"])
p = people()[0]
ws.append(p[:2] + [13800285678] + p[3:] + [datetime.date(1980, 1, 1), True])
ws["H2"].number_format = "yyyy\"年\"m\"月\"d\"日\""
wb.create_sheet("空表")
wb.save("typed.xlsx")

# 4. A workbook whose only sheet is empty.
wb = openpyxl.Workbook()
wb.active.title = "Sheet1"
wb.save("empty.xlsx")
