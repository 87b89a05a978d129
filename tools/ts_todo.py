#!/usr/bin/python3
"""Moves unfinished messages of a Qt Linguist .ts file out to JSON and back (stdlib only),
so translations can be written in batches, by several people, outside Linguist.

  tools/ts_todo.py export FILE.ts > todo.json
      [{"id": 0, "context": ..., "source": ..., "comment": ..., "numerus": bool}, ...]
  tools/ts_todo.py apply FILE.ts done.json [more.json ...]
      each file: {"<id>": "translation"} or {"<id>": ["form", "form"]} for numerus messages

Ids count the unfinished messages in file order, so export and apply must see the same
file. Run lupdate afterwards: it rewrites the file in its own layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def unfinished(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            tr = message.find('translation')
            if tr is not None and tr.get('type') == 'unfinished':
                yield name, message, tr


def export(path):
    root = ET.parse(path).getroot()
    out = []
    for i, (context, message, _) in enumerate(unfinished(root)):
        out.append({'id': i, 'context': context, 'source': message.findtext('source'),
                    'comment': message.findtext('comment') or '', 'numerus': message.get('numerus') == 'yes'})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


def apply(path, files):
    done = {}
    for f in files:
        with open(f, encoding='utf-8') as fh:
            done.update({int(k): v for k, v in json.load(fh).items()})
    tree = ET.parse(path)
    applied = 0
    for i, (_, message, tr) in enumerate(list(unfinished(tree.getroot()))):
        if i not in done:
            continue
        value = done[i]
        if message.get('numerus') == 'yes':
            forms = value if isinstance(value, list) else [value]
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = value
        del tr.attrib['type']
        applied += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{applied} translations applied to {path}', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'export':
        export(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'apply':
        apply(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
