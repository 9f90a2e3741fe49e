// SPDX-License-Identifier: GPL-3.0-or-later
//
// The TimelineJS client test: Frise's TimelineJS JSON exports loaded into
// TimelineJS itself (its npm package, pinned in package-lock.json), offline,
// in headless Chromium. Checks that every event becomes a slide and a marker,
// that the eras and the title appear, and that no script error is raised.
//
// node timelinejs-client.mjs --frise BIN --exportset BIN --chromium BIN
//     --npm BIN --work DIR --package-dir DIR
//
// TimelineJS is installed once per package-lock.json into
// $FRISE_CACHE_DIR/timelinejs-client/ (default ~/.cache/frise-dev, the build
// root's cache), so reruns need no network. Anything that stops the test from
// running (no Chromium, no network for the first install) fails it.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function fail(message) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
}

const args = {};
for (let i = 2; i < process.argv.length; i += 2)
    args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const key of ['frise', 'exportset', 'chromium', 'npm', 'work', 'package-dir']) {
    if (!args[key])
        fail(`missing --${key}`);
}
for (const key of ['frise', 'exportset', 'chromium', 'npm']) {
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

// --- TimelineJS, installed once into the cache ---------------------------------

function installTimelineJs() {
    const lock = fs.readFileSync(path.join(args['package-dir'], 'package-lock.json'));
    const key = createHash('sha256').update(lock).digest('hex').slice(0, 16);
    const cacheRoot = process.env.FRISE_CACHE_DIR || path.join(os.homedir(), '.cache', 'frise-dev');
    const dir = path.join(cacheRoot, 'timelinejs-client', key);
    const dist = path.join(dir, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
    if (fs.existsSync(path.join(dir, '.complete')))
        return dist;
    const started = Date.now();
    const staging = `${dir}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    for (const name of ['package.json', 'package-lock.json'])
        fs.copyFileSync(path.join(args['package-dir'], name), path.join(staging, name));
    // npm ci: exactly the versions and checksums of package-lock.json; no install scripts.
    run(args.npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: staging,
        env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    const version = JSON.parse(
        fs.readFileSync(path.join(staging, 'node_modules', '@knight-lab', 'timelinejs', 'package.json'), 'utf8'))
        .version;
    if (!/^3\.9\./.test(version))
        fail(`expected TimelineJS 3.9.x, npm installed ${version}`);
    fs.writeFileSync(path.join(staging, '.complete'), `${version}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
    console.log(`installed TimelineJS ${version} into ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return dist;
}

// --- the exports to check ------------------------------------------------------

function makeExports(work) {
    const db = path.join(work, 'sample.frise');
    for (const suffix of ['', '-wal', '-shm'])
        fs.rmSync(db + suffix, { force: true });
    run(args.frise, ['sample', db]);
    const stats = JSON.parse(run(args.frise, ['stats', db, '--json']));
    const files = [];
    for (const lang of ['fr', 'en']) {
        const out = path.join(work, `sample-${lang}.json`);
        run(args.frise, ['export', db, '-o', out, '--format', 'timelinejs-json', '--lang', lang]);
        files.push({ name: `sample (${lang})`, file: out, events: stats.events });
    }
    for (const lang of ['fr', 'en']) {
        const out = path.join(work, `exportset-${lang}.json`);
        const counts = JSON.parse(run(args.exportset, [out, lang]));
        files.push({ name: `every kind of date, media, group and era (${lang})`, file: out, ...counts });
    }
    return files;
}

// --- one export in TimelineJS ---------------------------------------------------

function pageFor(dist, json) {
    const data = fs.readFileSync(json, 'utf8').replace(/</g, '\\u003c');
    const css = `file://${path.join(dist, 'css', 'timeline.css')}`;
    // Inline, not src="file://…": an error thrown by a script from another
    // file reaches window.onerror as an opaque "Script error.".
    const js = fs.readFileSync(path.join(dist, 'js', 'timeline.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
    return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="${css}">
<script>
window.friseErrors = [];
window.addEventListener('error', (e) => friseErrors.push('error: ' + (e.error && e.error.stack || e.message)));
window.addEventListener('unhandledrejection', (e) => friseErrors.push('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)));
const friseConsoleError = console.error.bind(console);
console.error = (...a) => { friseErrors.push('console.error: ' + a.map(String).join(' ')); friseConsoleError(...a); };
</script>
<script>${js}</script>
</head><body>
<div id="timeline" style="width: 1200px; height: 700px"></div>
<script type="application/json" id="frise-data">${data}</script>
<script>
const friseData = JSON.parse(document.getElementById('frise-data').textContent);
const friseText = (html) => { const d = document.createElement('div'); d.innerHTML = html || ''; return d.textContent.replace(/\\s+/g, ' ').trim(); };
const allText = (selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent.replace(/\\s+/g, ' ').trim());
let friseTimeline = null;
try {
    friseTimeline = new TL.Timeline('timeline', friseData, { debug: false });
} catch (e) {
    friseErrors.push('new TL.Timeline: ' + (e.stack || e));
}
setTimeout(() => {
    const result = {
        expected: {
            events: (friseData.events || []).length,
            eras: (friseData.eras || []).map((e) => friseText(e.text && e.text.headline)),
            title: friseData.title ? friseText(friseData.title.text && friseData.title.text.headline) : null,
            headlines: (friseData.events || []).map((e) => friseText(e.text && e.text.headline)),
        },
        slides: document.querySelectorAll('.tl-slide').length,
        titleSlides: allText('.tl-slide-titleslide .tl-headline-title, .tl-slide-titleslide .tl-headline'),
        headlines: allText('.tl-slide:not(.tl-slide-titleslide) .tl-headline'),
        markers: document.querySelectorAll('.tl-timemarker').length,
        eras: allText('.tl-timeera .tl-timeera-text'),
        // What TimelineJS itself reports: its message box ("Error: …") and its configuration's errors and warnings.
        messages: allText('.tl-message-content').filter((m) => /error|erreur/i.test(m)),
        configErrors: friseTimeline && friseTimeline.config ? friseTimeline.config.messages.errors.map(String) : [],
        configWarnings: friseTimeline && friseTimeline.config ? friseTimeline.config.messages.warnings.map(String) : [],
        errors: friseErrors,
    };
    const pre = document.createElement('pre');
    pre.id = 'frise-result';
    pre.textContent = JSON.stringify(result);
    document.body.appendChild(pre);
}, 4000);
</script>
</body></html>
`;
}

function unescapeHtml(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
        .replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
}

function loadInTimelineJs(dist, work, entry, index) {
    const page = path.join(work, `page-${index}.html`);
    fs.writeFileSync(page, pageFor(dist, entry.file));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-chromium-'));
    try {
        // Offline: every host name fails to resolve; no first-run, sync or update traffic.
        const dom = run(args.chromium, [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--disable-dev-shm-usage', `--user-data-dir=${profile}`, '--host-resolver-rules=MAP * ~NOTFOUND',
            '--window-size=1280,900', '--virtual-time-budget=20000', '--dump-dom', `file://${page}`,
        ], { maxBuffer: 64 * 1024 * 1024, timeout: 180000 });
        const match = dom.match(/<pre id="frise-result">([^<]*)<\/pre>/);
        if (!match)
            fail(`${entry.name}: the page wrote no result; the DOM starts with:\n${dom.slice(0, 2000)}`);
        return JSON.parse(unescapeHtml(match[1]));
    } finally {
        fs.rmSync(profile, { recursive: true, force: true });
    }
}

function check(entry, r) {
    const problems = [];
    const expect = (ok, what) => { if (!ok) problems.push(what); };
    expect(r.errors.length === 0, `script errors:\n    ${r.errors.join('\n    ')}`);
    expect(r.messages.length === 0, `TimelineJS shows: ${r.messages.join(' | ')}`);
    expect(r.configErrors.length === 0, `TimelineJS configuration errors: ${r.configErrors.join(' | ')}`);
    // Every event of the database (or of the generated set) is in the file...
    expect(r.expected.events === entry.events,
        `the file has ${r.expected.events} events, the data ${entry.events}`);
    if (entry.eras !== undefined)
        expect(r.expected.eras.length === entry.eras, `the file has ${r.expected.eras.length} eras, the data ${entry.eras}`);
    // ...and every event of the file is a slide and a marker in TimelineJS.
    const titleSlides = r.expected.title === null ? 0 : 1;
    expect(r.slides === r.expected.events + titleSlides,
        `${r.slides} slides for ${r.expected.events} events and ${titleSlides} title slide`);
    expect(r.markers === r.expected.events, `${r.markers} markers for ${r.expected.events} events`);
    const shown = new Map();
    for (const h of r.headlines)
        shown.set(h, (shown.get(h) || 0) + 1);
    for (const h of r.expected.headlines) {
        if (!shown.get(h))
            problems.push(`no slide shows the headline "${h}"`);
        else
            shown.set(h, shown.get(h) - 1);
    }
    if (r.expected.title !== null)
        expect(r.titleSlides.includes(r.expected.title), `no title slide "${r.expected.title}" (saw ${JSON.stringify(r.titleSlides)})`);
    if (entry.title !== undefined)
        expect(r.expected.title === entry.title, `the file's title is "${r.expected.title}", expected "${entry.title}"`);
    for (const era of r.expected.eras)
        expect(r.eras.includes(era), `no era band "${era}" (saw ${JSON.stringify(r.eras)})`);
    expect(r.eras.length === r.expected.eras.length, `${r.eras.length} era bands for ${r.expected.eras.length} eras`);
    return problems;
}

// --- main -----------------------------------------------------------------------

const work = path.resolve(args.work);
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const dist = installTimelineJs();
const files = makeExports(work);
let failures = 0;
files.forEach((entry, index) => {
    const started = Date.now();
    const result = loadInTimelineJs(dist, work, entry, index);
    const problems = check(entry, result);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length) {
        ++failures;
        console.log(`FAIL ${entry.name} (${path.basename(entry.file)}, ${seconds} s):\n  ${problems.join('\n  ')}`);
    } else {
        console.log(`PASS ${entry.name}: ${result.slides} slides, ${result.markers} markers, ${result.eras.length} eras, `
            + `title ${JSON.stringify(result.expected.title)}, no script error (${seconds} s)`);
        for (const warning of result.configWarnings)
            console.log(`  TimelineJS warning: ${warning}`);
    }
});
process.exit(failures ? 1 : 0);
