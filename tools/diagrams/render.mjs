// Renders processes/*.bpmn (bpmn-js) and processes/*.dmn (dmn-js) to
// docs/diagrams/<basename>.png in headless Debian Chromium, and records the
// SHA-256 of each source file in docs/diagrams/<basename>.png.sha256.
//
// usage: node render.mjs [--check] [--force] [--root DIR]   (see render.sh)
//
// The pictures are made fully offline: the production bundles are loaded from
// node_modules into a local HTML page with the model inlined, and every
// non-file: request is aborted (and counted).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PAD = 50; // px around the diagram; keeps the bpmn.io watermark off the shapes
const MAX_W = 3000; // CSS px; larger diagrams are zoomed out by fit-viewport
const MAX_H = 2000;
const SCALE = Number(process.env.DIAGRAM_SCALE || 2); // device pixels per CSS px: crisp text in docs

function parseArgs(argv) {
  const opts = { check: false, force: false, root: path.resolve(here, '..', '..') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') opts.check = true;
    else if (a === '--force') opts.force = true;
    else if (a === '--root') opts.root = path.resolve(argv[++i] ?? '.');
    else {
      console.error(`render: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

async function recordedHash(file) {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    return null;
  }
}

async function listSources(processesDir) {
  if (!existsSync(processesDir)) return [];
  const names = (await readdir(processesDir)).filter((n) => /\.(bpmn|dmn)$/.test(n)).sort();
  const byBase = new Map();
  for (const n of names) {
    const base = n.replace(/\.(bpmn|dmn)$/, '');
    if (byBase.has(base)) {
      throw new Error(`processes/${byBase.get(base)} and processes/${n} would both render to docs/diagrams/${base}.png; rename one`);
    }
    byBase.set(base, n);
  }
  return names.map((n) => ({
    name: n,
    base: n.replace(/\.(bpmn|dmn)$/, ''),
    kind: n.endsWith('.bpmn') ? 'bpmn' : 'dmn',
    file: path.join(processesDir, n)
  }));
}

// JSON that is safe inside <script type="application/json">
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const fileUrl = (p) => pathToFileURL(p).href;

function bpmnPage(xml) {
  const dist = path.join(here, 'node_modules', 'bpmn-js', 'dist');
  return `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="${fileUrl(path.join(dist, 'assets', 'diagram-js.css'))}">
<link rel="stylesheet" href="${fileUrl(path.join(dist, 'assets', 'bpmn-js.css'))}">
<style>
  html, body { margin: 0; padding: 0; width: 100%; height: 100%; background: #fff; overflow: hidden; }
  #canvas { width: 100%; height: 100%; background: #fff; }
</style>
<script src="${fileUrl(path.join(dist, 'bpmn-navigated-viewer.production.min.js'))}"></script>
</head><body>
<div id="canvas"></div>
<script type="application/json" id="model">${inlineJson(xml)}</script>
<script>
  window.renderResult = (async () => {
    const xml = JSON.parse(document.getElementById('model').textContent);
    const viewer = new BpmnJS({ container: '#canvas' });
    window.viewer = viewer;
    const { warnings } = await viewer.importXML(xml);
    const inner = viewer.get('canvas').viewbox().inner;
    return {
      warnings: warnings.map((w) => String(w.message).split('\\n')[0]),
      width: inner.width, height: inner.height
    };
  })().catch((e) => ({ error: String(e && e.message || e) }));
  window.fitViewport = () => {
    const canvas = window.viewer.get('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
    return !!document.querySelector('.bjs-powered-by');
  };
</script>
</body></html>`;
}

function dmnPage(xml) {
  const dist = path.join(here, 'node_modules', 'dmn-js', 'dist');
  const css = [
    'diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css', 'dmn-js-decision-table.css',
    'dmn-js-literal-expression.css', 'dmn-js-boxed-expression.css', 'dmn-font/css/dmn-embedded.css'
  ].map((c) => `<link rel="stylesheet" href="${fileUrl(path.join(dist, 'assets', c))}">`).join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8">
${css}
<style>
  html, body { margin: 0; padding: 0; background: #fff; }
  #views { display: inline-block; padding: ${PAD / 2}px; background: #fff; }
  .view { position: relative; margin-bottom: 30px; background: #fff; }
  .view.drd { width: 1200px; height: 800px; }
  /* a picture has no navigation: hide the "View DRD" button */
  .view-drd { display: none !important; }
  /* room below each table for the bpmn.io watermark (bottom: 15px in this box) */
  .dmn-decision-table-container, .dmn-literal-expression-container { padding-bottom: 50px; }
  /* size the picture to the table, not to the browser window */
  #views { width: max-content; min-width: 400px; max-width: 2400px; }
</style>
<script src="${fileUrl(path.join(dist, 'dmn-navigated-viewer.production.min.js'))}"></script>
</head><body>
<div id="views"></div>
<script type="application/json" id="model">${inlineJson(xml)}</script>
<script>
  window.renderResult = (async () => {
    const xml = JSON.parse(document.getElementById('model').textContent);
    const views = document.getElementById('views');
    const probeEl = document.createElement('div');
    views.appendChild(probeEl);
    const probe = new DmnJS({ container: probeEl });
    const { warnings } = await probe.importXML(xml);
    // one picture with every decision table and literal expression stacked;
    // a model with neither is shown as its decision requirements diagram
    let wanted = probe.getViews().filter((v) => v.type === 'decisionTable' || v.type === 'literalExpression');
    if (wanted.length === 0) wanted = probe.getViews().filter((v) => v.type === 'drd');
    probe.destroy();
    probeEl.remove();
    for (const [i, v] of wanted.entries()) {
      const el = document.createElement('div');
      el.className = 'view ' + v.type;
      views.appendChild(el);
      const viewer = new DmnJS({ container: el });
      await viewer.importXML(xml);
      await viewer.open(viewer.getViews().find((w) => w.element.id === v.element.id && w.type === v.type));
      if (v.type === 'drd') viewer.getActiveViewer().get('canvas').zoom('fit-viewport', 'auto');
    }
    return {
      warnings: warnings.map((w) => String(w.message).split('\\n')[0]),
      views: wanted.map((v) => v.type + ':' + v.element.id),
      watermarks: document.querySelectorAll('.powered-by, .bjs-powered-by, .dmn-powered-by').length
    };
  })().catch((e) => ({ error: String(e && e.message || e) }));
</script>
</body></html>`;
}

async function renderOne(context, workDir, src, outPng, stats) {
  const xml = await readFile(src.file, 'utf8');
  const htmlFile = path.join(workDir, `${src.base}.${src.kind}.html`);
  await writeFile(htmlFile, src.kind === 'bpmn' ? bpmnPage(xml) : dmnPage(xml), 'utf8');

  const page = await context.newPage();
  try {
    page.on('pageerror', (e) => console.error(`render: ${src.name}: page error: ${e.message}`));
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(fileUrl(htmlFile), { waitUntil: 'load', timeout: 30000 });
    const result = await page.evaluate(() => window.renderResult);
    if (result.error) throw new Error(`${src.name}: import failed: ${result.error}`);
    for (const w of result.warnings) console.warn(`render: ${src.name}: import warning: ${w}`);

    if (src.kind === 'bpmn') {
      const width = Math.min(MAX_W, Math.max(300, Math.ceil(result.width) + 2 * PAD));
      const height = Math.min(MAX_H, Math.max(150, Math.ceil(result.height) + 2 * PAD));
      await page.setViewportSize({ width, height });
      const watermark = await page.evaluate(() => window.fitViewport());
      if (!watermark) throw new Error(`${src.name}: bpmn.io watermark not found on the page`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.screenshot({ path: outPng, type: 'png', omitBackground: false });
    } else {
      if (result.watermarks < 1) throw new Error(`${src.name}: bpmn.io watermark not found on the page`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.locator('#views').screenshot({ path: outPng, type: 'png', omitBackground: false });
      console.log(`render: ${src.name}: views ${result.views.join(', ')}`);
    }
  } finally {
    await page.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const processesDir = path.join(opts.root, 'processes');
  const outDir = path.join(opts.root, 'docs', 'diagrams');
  const sources = await listSources(processesDir);

  const stale = [];
  for (const src of sources) {
    const png = path.join(outDir, `${src.base}.png`);
    const hash = sha256(await readFile(src.file));
    const recorded = await recordedHash(`${png}.sha256`);
    src.hash = hash;
    src.png = png;
    if (!existsSync(png)) src.reason = 'picture missing';
    else if (recorded === null) src.reason = 'hash file missing';
    else if (recorded !== hash) src.reason = 'source changed since the picture was rendered';
    if (src.reason) stale.push(src);
  }

  // pictures whose source is gone: reported, never deleted
  if (existsSync(outDir)) {
    const bases = new Set(sources.map((s) => s.base));
    for (const n of (await readdir(outDir)).filter((n) => n.endsWith('.png')).sort()) {
      if (!bases.has(n.slice(0, -4))) console.warn(`render: note: docs/diagrams/${n} has no source in processes/`);
    }
  }

  if (opts.check) {
    if (sources.length === 0) {
      console.error('render --check: no processes/*.bpmn or *.dmn found, nothing to check');
      process.exit(1);
    }
    if (stale.length) {
      for (const s of stale) console.error(`render --check: docs/diagrams/${s.base}.png is out of date for processes/${s.name} (${s.reason})`);
      console.error('run tools/diagrams/render.sh');
      process.exit(1);
    }
    console.log(`render --check: ${sources.length} picture(s) up to date`);
    return;
  }

  const todo = opts.force ? sources : stale;
  if (sources.length === 0) {
    console.log('render: no processes/*.bpmn or *.dmn found, nothing to render');
    return;
  }
  if (todo.length === 0) {
    console.log(`render: ${sources.length} picture(s) already up to date (use --force to re-render)`);
    return;
  }

  await mkdir(outDir, { recursive: true });
  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'diagrams-chromium-'));
  const workDir = await mkdtemp(path.join(tmpdir(), 'diagrams-pages-'));
  const started = Date.now();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'
    ],
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: SCALE,
    offline: true
  });
  let blocked = 0;
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    blocked++;
    console.warn(`render: blocked network request ${route.request().url()}`);
    return route.abort();
  });
  let failed = 0;
  try {
    for (const src of todo) {
      const t0 = Date.now();
      try {
        await renderOne(context, workDir, src, src.png, {});
        await writeFile(`${src.png}.sha256`, `${src.hash}\n`, 'utf8');
        console.log(`render: processes/${src.name} -> docs/diagrams/${src.base}.png (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.error(`render: FAILED processes/${src.name}: ${e.message}`);
      }
    }
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    if (process.env.DIAGRAMS_KEEP_HTML) console.log(`render: pages kept in ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
  console.log(`render: ${todo.length - failed} rendered, ${failed} failed, ${blocked} network request(s) blocked, ${Date.now() - started} ms with browser`);
  if (failed) process.exit(1);
}

main().catch((e) => {
  console.error(`render: ${e.message}`);
  process.exit(1);
});
