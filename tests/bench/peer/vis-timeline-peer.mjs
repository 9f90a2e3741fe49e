// SPDX-License-Identifier: GPL-3.0-or-later
//
// The browser peer of the export benchmark: the same events `frise
// export-timeline` draws, given to vis-timeline (its npm package, pinned in
// package-lock.json) in headless Chromium, timed to their first render. It
// makes the "at least 100 times faster than vis-timeline" comparison of
// SPEC.md reproducible. Run by `tools/dev bench` (ctest label bench) only,
// never by `tools/dev test`.
//
// node vis-timeline-peer.mjs --frise BIN --db DB --chromium BIN --npm BIN
//     --work DIR --package-dir DIR --results FILE.json [--frise-results cli.json] [--runs N]
//
// The events come from DB through `frise export --format timelinejs-json`
// (one vis item per event, one vis group per TimelineJS group: Frise's
// dispute lanes). The page is served by this script over loopback HTTP and
// posts its timings back, so the clock is the browser's real one (no
// --virtual-time-budget, which would make performance.now() virtual).
// Times reported, median of the runs:
//  - first_render_ms: from `new vis.Timeline(...)` with the items in hand
//    to the first frame after its first redraw ('changed', then a frame);
//  - page_to_render_ms: from the navigation's start (library and items
//    loaded and parsed as well) to the same point;
//  - process_ms: from starting Chromium to that point.
// vis-timeline is installed once per package-lock.json into
// $FRISE_CACHE_DIR/browser-peer/ (default ~/.cache/frise-dev).

import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

function fail(message) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
}

const args = { runs: '3' };
for (let i = 2; i < process.argv.length; i += 2)
    args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const key of ['frise', 'db', 'chromium', 'npm', 'work', 'package-dir', 'results']) {
    if (!args[key])
        fail(`missing --${key}`);
}
for (const key of ['frise', 'db', 'chromium', 'npm']) {
    if (!fs.existsSync(args[key]))
        fail(`${key} not found at ${args[key]} (tools/dev's build root installs chromium, nodejs and npm)`);
}

function run(file, argv, options = {}) {
    try {
        return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
    } catch (error) {
        fail(`${path.basename(file)} ${argv.join(' ')} failed (${error.status}):\n${error.stdout}${error.stderr}`);
    }
}

function loadAverage() {
    return os.loadavg().map((x) => Math.round(x * 100) / 100);
}

// --- vis-timeline, installed once into the cache -------------------------------

function installVisTimeline() {
    const lock = fs.readFileSync(path.join(args['package-dir'], 'package-lock.json'));
    const key = createHash('sha256').update(lock).digest('hex').slice(0, 16);
    const cacheRoot = process.env.FRISE_CACHE_DIR || path.join(os.homedir(), '.cache', 'frise-dev');
    const dir = path.join(cacheRoot, 'browser-peer', key);
    const pkg = path.join(dir, 'node_modules', 'vis-timeline');
    if (fs.existsSync(path.join(dir, '.complete')))
        return pkg;
    const staging = `${dir}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    for (const name of ['package.json', 'package-lock.json'])
        fs.copyFileSync(path.join(args['package-dir'], name), path.join(staging, name));
    // Exactly the lock's version and checksum, no install scripts; the standalone
    // build bundles what the peer dependencies would bring, hence no peers.
    run(args.npm, ['ci', '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: staging,
        env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    const version = JSON.parse(
        fs.readFileSync(path.join(staging, 'node_modules', 'vis-timeline', 'package.json'), 'utf8')).version;
    fs.writeFileSync(path.join(staging, '.complete'), `${version}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
    return pkg;
}

// --- the items: Frise's own export of the database ------------------------------

function dateOf(d) {
    if (!d || d.year === undefined || d.year === '')
        return null;
    const num = (v, fallback) => (v === undefined || v === '' ? fallback : Number(v));
    return Date.UTC(Number(d.year), num(d.month, 1) - 1, num(d.day, 1), num(d.hour, 0), num(d.minute, 0));
}

function itemsOf(db) {
    const json = path.join(args.work, 'peer-events.json');
    run(args.frise, ['export', db, '-o', json, '--format', 'timelinejs-json', '--lang', 'en']);
    const timeline = JSON.parse(fs.readFileSync(json, 'utf8'));
    const groups = new Map();
    const items = [];
    for (const [i, event] of (timeline.events || []).entries()) {
        const start = dateOf(event.start_date);
        if (start === null)
            continue;
        const end = dateOf(event.end_date);
        const group = event.group || '';
        if (!groups.has(group))
            groups.set(group, groups.size);
        const item = { id: i, start, content: (event.text && event.text.headline) || '', group: groups.get(group) };
        if (end !== null && end > start) {
            item.end = end;
            item.type = 'range';
        }
        items.push(item);
    }
    return { items, groups: [...groups.entries()].map(([name, id]) => ({ id, content: name || '—' })) };
}

// --- one run in headless Chromium ----------------------------------------------

function page() {
    return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>vis-timeline peer</title>
<style>html, body { margin: 0; }</style>
<script src="/vis-timeline-graph2d.min.js"></script>
<script src="/data.js"></script>
</head><body><div id="timeline"></div>
<script>
function report(result) {
    fetch('/result', { method: 'POST', body: JSON.stringify(result) });
}
window.onerror = (message) => report({ error: String(message) });
const t0 = performance.now();
const timeline = new vis.Timeline(document.getElementById('timeline'),
    new vis.DataSet(PEER.items), new vis.DataSet(PEER.groups), { height: '1080px' });
let done = false;
timeline.on('changed', () => {
    if (done)
        return;
    done = true;
    requestAnimationFrame(() => setTimeout(() => {
        const t1 = performance.now();
        report({ first_render_ms: t1 - t0, page_to_render_ms: t1,
            drawn: document.querySelectorAll('.vis-item').length });
    }, 0));
});
</script></body></html>`;
}

// Chromium and its helper processes (renderer, GPU, crash handler), which would otherwise go on writing to
// its profile: it was started in a process group of its own.
function killBrowser(chromium) {
    try {
        process.kill(-chromium.pid, 'SIGKILL');
    } catch {
        chromium.kill('SIGKILL');
    }
}

function oneRun(library, dataJs) {
    return new Promise((resolve) => {
        let chromium = null;
        let started = 0;
        const server = http.createServer((request, response) => {
            if (request.method === 'POST' && request.url === '/result') {
                let body = '';
                request.on('data', (chunk) => (body += chunk));
                request.on('end', () => {
                    const processMs = performance.now() - started;
                    response.end('ok');
                    killBrowser(chromium);
                    server.close();
                    resolve({ ...JSON.parse(body), process_ms: processMs });
                });
                return;
            }
            const files = {
                '/': ['text/html', page()],
                '/vis-timeline-graph2d.min.js': ['text/javascript', library],
                '/data.js': ['text/javascript', dataJs],
            };
            const file = files[request.url];
            response.writeHead(file ? 200 : 404, { 'content-type': file ? file[0] : 'text/plain' });
            response.end(file ? file[1] : 'not found');
        });
        server.listen(0, '127.0.0.1', () => {
            const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-peer-'));
            started = performance.now();
            chromium = spawn(args.chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                '--disable-extensions', '--disable-background-networking', `--user-data-dir=${profile}`,
                '--window-size=1920,1080', `http://127.0.0.1:${server.address().port}/`],
                { stdio: 'ignore', detached: true });
            // Its helper processes die with it (killBrowser()); a profile that still cannot be removed is left in
            // the temporary folder rather than failing the run.
            chromium.on('exit', () => {
                try {
                    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
                } catch (error) {
                    console.warn(`could not remove ${profile}: ${error.message}`);
                }
            });
            setTimeout(() => {
                killBrowser(chromium);
                server.close();
                resolve({ error: 'no render within 300 s' });
            }, 300000).unref();
        });
    });
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

// --- main -------------------------------------------------------------------------

fs.mkdirSync(args.work, { recursive: true });
const pkg = installVisTimeline();
const version = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;
const library = fs.readFileSync(path.join(pkg, 'standalone', 'umd', 'vis-timeline-graph2d.min.js'), 'utf8');
const { items, groups } = itemsOf(args.db);
const dataJs = `const PEER = ${JSON.stringify({ items, groups })};`;
const chromiumVersion = run(args.chromium, ['--version']).trim();
console.log(`vis-timeline ${version}, ${chromiumVersion}: ${items.length} items in ${groups.length} groups`);

const runs = [];
for (let i = 0; i < Number(args.runs); ++i) {
    const loadBefore = loadAverage();
    const result = await oneRun(library, dataJs);
    if (result.error)
        fail(`vis-timeline run ${i + 1}: ${result.error}`);
    runs.push({ ...result, load_average_before: loadBefore });
    console.log(`run ${i + 1}: first render ${result.first_render_ms.toFixed(0)} ms, from navigation ` +
        `${result.page_to_render_ms.toFixed(0)} ms, whole Chromium ${result.process_ms.toFixed(0)} ms, ` +
        `${result.drawn} items drawn; load ${loadBefore.join(' ')}`);
}

const results = {
    peer: `vis-timeline ${version}`,
    browser: chromiumVersion,
    items: items.length,
    groups: groups.length,
    runs,
    first_render_ms: median(runs.map((r) => r.first_render_ms)),
    page_to_render_ms: median(runs.map((r) => r.page_to_render_ms)),
    process_ms: median(runs.map((r) => r.process_ms)),
    load_average: loadAverage(),
};
// Frise's whole-process export of the same database, when its benchmark ran first.
if (args['frise-results'] && fs.existsSync(args['frise-results'])) {
    const cli = JSON.parse(fs.readFileSync(args['frise-results'], 'utf8'));
    const frise = cli.export_timeline_30k && cli.export_timeline_30k.cached && cli.export_timeline_30k.cached.median_ms;
    if (frise) {
        results.frise_export_ms = frise;
        results.times_faster_than_first_render = results.first_render_ms / frise;
        results.times_faster_than_whole_browser = results.process_ms / frise;
    }
}
fs.writeFileSync(args.results, JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
