#!/usr/bin/python3
"""Checks Xiangzhi's Qt Linguist .ts files (stdlib only).

Fails (exit 1) when a message is unfinished or empty, when the placeholders of a
translation differ from its source (%1..%9, %n, %Ln, %L1..%L9), or when a numerus
message has the wrong number of forms for its language (zh_CN 1, en 2).

usage: tools/ts_check.py [FILE.ts ...]   (default: translations/xiangzhi_*.ts)
"""
import collections
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?(?:[1-9][0-9]?|n)')
NUMERUS_FORMS = {'zh_CN': 1, 'zh': 1, 'ja': 1, 'ko': 1, 'bo': 1, 'ii': 1, 'en': 2}


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text or ''))


def describe(counter):
    return ' '.join(sorted(counter.elements())) or '(none)'


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    language = root.get('language') or os.path.basename(path).rsplit('_', 1)[-1][:-3]
    expected_forms = NUMERUS_FORMS.get(language, NUMERUS_FORMS.get(language.split('_')[0]))
    if expected_forms is None:
        problems.append(f'{path}: unknown language "{language}", numerus forms not checked')
    messages = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            messages += 1
            source = message.findtext('source') or ''
            where = f'{path}: [{name}] "{source[:70]}"'
            translation = message.find('translation')
            if translation is None:
                problems.append(f'{where}: no <translation>')
                continue
            kind = translation.get('type')
            if kind in ('unfinished', 'vanished', 'obsolete'):
                problems.append(f'{where}: translation is {kind}')
            numerus = message.get('numerus') == 'yes'
            if numerus:
                texts = [f.text or '' for f in translation.findall('numerusform')]
                if expected_forms is not None and len(texts) != expected_forms:
                    problems.append(f'{where}: {len(texts)} numerus form(s), {language} needs {expected_forms}')
                if '%n' not in source and '%Ln' not in source:
                    problems.append(f'{where}: numerus message without %n in the source')
            else:
                texts = [translation.text or '']
            wanted = placeholders(source)
            for i, text in enumerate(texts):
                label = f' form {i + 1}' if numerus else ''
                if not text.strip():
                    problems.append(f'{where}: empty translation{label}')
                    continue
                got = placeholders(text)
                if got != wanted:
                    problems.append(f'{where}: placeholders{label} {describe(got)} != source {describe(wanted)}')
                if source.count('&') - source.count('&&') > 0 and text.count('&') - text.count('&&') == 0:
                    problems.append(f'{where}: mnemonic (&) lost{label}')
                if source.count('\n') != text.count('\n') and '\n' in source:
                    problems.append(f'{where}: line breaks{label} differ from the source')
    return messages, problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    files = argv[1:] or sorted(glob.glob(os.path.normpath(os.path.join(here, '..', 'translations', 'xiangzhi_*.ts'))))
    if not files:
        print('ts_check: no .ts files found', file=sys.stderr)
        return 2
    failed = False
    for path in files:
        count, problems = check_file(path)
        for p in problems:
            print(p)
        status = 'OK' if not problems else f'{len(problems)} problem(s)'
        print(f'{os.path.relpath(path)}: {count} messages, {status}')
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
