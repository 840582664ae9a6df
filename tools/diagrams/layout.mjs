// Adds BPMN diagram interchange (shapes, edges, coordinates) to a BPMN file
// that was written without it, using bpmn-auto-layout, and writes the file in place.
// usage: node layout.mjs <file.bpmn>   (see layout.sh)
//
// Hand-written BPMN often omits the <bpmn:incoming>/<bpmn:outgoing> children of
// flow nodes that Camunda Modeler writes. bpmn-auto-layout (and bpmnlint's
// no-disconnected / no-implicit-start / no-implicit-end rules) only follow those
// references, so they are first derived from each sequence flow's sourceRef/targetRef.
import { readFile, writeFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';
import { layoutProcess } from 'bpmn-auto-layout';

const file = process.argv[2];
if (!file) {
  console.error('usage: node layout.mjs <file.bpmn>');
  process.exit(2);
}

const moddle = new BpmnModdle();

function* flowElementContainers(element) {
  if (element.flowElements) {
    yield element;
    for (const child of element.flowElements) {
      yield* flowElementContainers(child);
    }
  }
}

async function addMissingFlowReferences(xml) {
  const { rootElement: definitions, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  for (const w of warnings) {
    console.warn(`layout: import warning: ${w.message.split('\n')[0]}`);
  }
  let added = 0;
  const addRef = (node, prop, flow) => {
    if (!node) return;
    const refs = node.get(prop);
    if (!refs.includes(flow)) {
      refs.push(flow);
      added++;
    }
  };
  for (const root of definitions.rootElements || []) {
    if (!root.$instanceOf('bpmn:Process')) continue;
    for (const container of flowElementContainers(root)) {
      for (const el of container.flowElements) {
        if (el.$instanceOf('bpmn:SequenceFlow')) {
          addRef(el.sourceRef, 'outgoing', el);
          addRef(el.targetRef, 'incoming', el);
        }
      }
    }
  }
  if (added === 0) return xml;
  console.log(`layout: added ${added} missing incoming/outgoing reference(s)`);
  const { xml: out } = await moddle.toXML(definitions, { format: true });
  return out;
}

const xml = await readFile(file, 'utf8');
const withRefs = await addMissingFlowReferences(xml);
const laidOut = await layoutProcess(withRefs);
await writeFile(file, laidOut.endsWith('\n') ? laidOut : laidOut + '\n', 'utf8');
console.log(`layout: wrote diagram interchange to ${file}`);
