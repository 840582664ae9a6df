#!/usr/bin/env python3
"""Hand refinements on top of bpmn-auto-layout: shift a diagram, re-route edges, move labels.

usage: adjust.py FILE.bpmn --shift DY [--edge ID x,y x,y ...]... [--label ID x,y,w,h]... [--shape ID x,y]...
Edits only the diagram interchange (bpmndi), never the process semantics.
"""
import re
import sys


def main(argv):
    path = argv[0]
    s = open(path).read()
    head, di = s.split('<bpmndi:BPMNDiagram', 1)
    di = '<bpmndi:BPMNDiagram' + di
    args = argv[1:]
    i = 0
    while i < len(args):
        opt = args[i]
        if opt == '--shift':
            dy = int(args[i + 1])
            di = re.sub(r'(<(?:dc:Bounds|di:waypoint)[^>]*\by=")(-?[\d.]+)"', lambda m: f'{m.group(1)}{int(float(m.group(2))) + dy}"', di)
            i += 2
        elif opt == '--edge':
            eid = args[i + 1]
            pts = []
            i += 2
            while i < len(args) and not args[i].startswith('--'):
                x, y = args[i].split(',')
                pts.append(f'        <di:waypoint x="{x}" y="{y}" />')
                i += 1
            pattern = re.compile(r'(<bpmndi:BPMNEdge id="[^"]*" bpmnElement="' + re.escape(eid) + r'"[^>]*>)(.*?)(</bpmndi:BPMNEdge>)', re.S)
            m = pattern.search(di)
            if not m:
                sys.exit(f'no edge {eid}')
            label = re.search(r'\s*<bpmndi:BPMNLabel>.*?</bpmndi:BPMNLabel>', m.group(2), re.S)
            body = '\n' + '\n'.join(pts) + (label.group(0) if label else '') + '\n      '
            di = di[:m.start()] + m.group(1) + body + m.group(3) + di[m.end():]
        elif opt == '--label':
            eid, box = args[i + 1], args[i + 2].split(',')
            pattern = re.compile(r'(<bpmndi:BPMN(?:Shape|Edge) id="[^"]*" bpmnElement="' + re.escape(eid) + r'"[^>]*>)(.*?)(</bpmndi:BPMN(?:Shape|Edge)>)', re.S)
            m = pattern.search(di)
            if not m:
                sys.exit(f'no element {eid}')
            inner = re.sub(r'\s*<bpmndi:BPMNLabel>.*?</bpmndi:BPMNLabel>', '', m.group(2), flags=re.S).rstrip()
            inner += (f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{box[0]}" y="{box[1]}" width="{box[2]}" height="{box[3]}" />'
                      '\n        </bpmndi:BPMNLabel>\n      ')
            di = di[:m.start()] + m.group(1) + inner + m.group(3) + di[m.end():]
            i += 3
        elif opt == '--shape':
            eid, (x, y) = args[i + 1], args[i + 2].split(',')
            pattern = re.compile(r'(<bpmndi:BPMNShape id="[^"]*" bpmnElement="' + re.escape(eid) + r'"[^>]*>\s*<dc:Bounds )x="[\d.]+" y="[\d.]+"', re.S)
            if not pattern.search(di):
                sys.exit(f'no shape {eid}')
            di = pattern.sub(lambda m: f'{m.group(1)}x="{x}" y="{y}"', di, count=1)
            i += 3
        else:
            sys.exit(f'unknown option {opt}')
    open(path, 'w').write(head + di)


if __name__ == '__main__':
    main(sys.argv[1:])
