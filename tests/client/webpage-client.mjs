// SPDX-License-Identifier: GPL-3.0-or-later
//
// The web page's browser test: pages written by `frise export-web` (the
// sample, and a generated set with every kind of date, translation status,
// verdict, a confidential source and markup in titles) opened from disk in
// headless Chromium, offline, driven through the DevTools protocol.
//
// Checks: no request but the file itself (any other fails the test); no
// script error and no Content-Security-Policy violation; in French and in
// English after switching, every event, era and verdict in the DOM, a
// missing translation shown with its marker; nothing the page must not carry
// (notes, confidential sources, unverified claims); the arrow keys reach every
// item of the timeline from the one Tab stop; axe-core finds no serious or
// critical violation, in the timeline and in the list view.
//
// node webpage-client.mjs --frise BIN --exportset BIN --chromium BIN --npm BIN
//     --work DIR --package-dir DIR [--bench EVENTS [--results FILE]]
//
// With --bench, it only measures: the first render of a page of EVENTS
// generated events (five loads), and the time an arrow key takes; it prints
// one JSON line. axe-core is installed once per package-lock.json into
// $FRISE_CACHE_DIR/webpage-client/ (default ~/.cache/frise-dev), so reruns
// need no network. Anything that stops the test from running fails it.

import { execFileSync, spawn } from 'node:child_process';
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
        return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20, ...options });
    } catch (error) {
        fail(`${path.basename(file)} ${argv.join(' ')} failed (${error.status}):\n${error.stdout}${error.stderr}`);
    }
}

// --- axe-core, installed once into the cache -------------------------------------

function installAxe() {
    const lock = fs.readFileSync(path.join(args['package-dir'], 'package-lock.json'));
    const key = createHash('sha256').update(lock).digest('hex').slice(0, 16);
    const cacheRoot = process.env.FRISE_CACHE_DIR || path.join(os.homedir(), '.cache', 'frise-dev');
    const dir = path.join(cacheRoot, 'webpage-client', key);
    const script = path.join(dir, 'node_modules', 'axe-core', 'axe.min.js');
    if (fs.existsSync(path.join(dir, '.complete')))
        return fs.readFileSync(script, 'utf8');
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
    fs.writeFileSync(path.join(staging, '.complete'), 'ok\n');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
    console.log(`installed axe-core into ${dir}`);
    return fs.readFileSync(script, 'utf8');
}

// --- Chromium through the DevTools protocol, over a pipe ----------------------------

class Browser {
    constructor() {
        this.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'frise-chromium-'));
        // Offline: every host name fails to resolve; no first-run, sync or update traffic.
        this.process = spawn(args.chromium, [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--disable-dev-shm-usage', `--user-data-dir=${this.profile}`, '--host-resolver-rules=MAP * ~NOTFOUND',
            '--remote-debugging-pipe', 'about:blank',
        ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
        this.stderr = '';
        this.process.stderr.on('data', (chunk) => { this.stderr = (this.stderr + chunk).slice(-4000); });
        this.process.on('exit', (code) => {
            if (!this.closing)
                fail(`Chromium stopped (${code}):\n${this.stderr}`);
        });
        this.nextId = 1;
        this.waiting = new Map();
        this.listeners = [];
        let buffer = '';
        this.process.stdio[4].on('data', (chunk) => {
            buffer += chunk.toString('utf8');
            let end;
            while ((end = buffer.indexOf('\0')) >= 0) {
                const message = JSON.parse(buffer.slice(0, end));
                buffer = buffer.slice(end + 1);
                if (message.id && this.waiting.has(message.id)) {
                    const { resolve, reject, method } = this.waiting.get(message.id);
                    this.waiting.delete(message.id);
                    if (message.error)
                        reject(new Error(`${method}: ${message.error.message}`));
                    else
                        resolve(message.result);
                } else if (message.method) {
                    for (const listener of this.listeners)
                        listener(message);
                }
            }
        });
    }

    send(method, params = {}, sessionId = undefined) {
        const id = this.nextId++;
        this.process.stdio[3].write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject, method });
            setTimeout(() => reject(new Error(`${method}: no answer in 120 s`)), 120000).unref();
        });
    }

    on(listener) { this.listeners.push(listener); }

    async close() {
        this.closing = true;
        const exited = new Promise((resolve) => this.process.once('exit', resolve));
        try {
            await this.send('Browser.close');
        } catch {
            this.process.kill();
        }
        await exited;
        fs.rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    }
}

/// One tab on a page file: what it requested, its errors, and ways to drive it.
class Tab {
    static async open(browser, file) {
        const tab = new Tab();
        tab.browser = browser;
        tab.url = `file://${file}`;
        tab.requests = [];
        tab.errors = [];
        const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
        tab.targetId = targetId;
        tab.session = (await browser.send('Target.attachToTarget', { targetId, flatten: true })).sessionId;
        let loaded = null;
        const load = new Promise((resolve) => { loaded = resolve; });
        browser.on((message) => {
            if (message.sessionId !== tab.session)
                return;
            const p = message.params;
            if (message.method === 'Network.requestWillBeSent')
                tab.requests.push(p.request.url);
            else if (message.method === 'Runtime.exceptionThrown')
                tab.errors.push(`exception: ${p.exceptionDetails.exception ? p.exceptionDetails.exception.description : p.exceptionDetails.text}`);
            else if (message.method === 'Runtime.consoleAPICalled' && (p.type === 'error' || p.type === 'warning'))
                tab.errors.push(`console.${p.type}: ${p.args.map((a) => a.value || a.description).join(' ')}`);
            else if (message.method === 'Log.entryAdded' && (p.entry.level === 'error' || /Content Security Policy/i.test(p.entry.text)))
                tab.errors.push(`log: ${p.entry.text} ${p.entry.url || ''}`);
            else if (message.method === 'Page.loadEventFired')
                loaded();
        });
        for (const domain of ['Network', 'Runtime', 'Log', 'Page'])
            await tab.send(`${domain}.enable`);
        await tab.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });
        await tab.send('Page.navigate', { url: tab.url });
        await load;
        return tab;
    }

    send(method, params) { return this.browser.send(method, params, this.session); }

    async evaluate(expression) {
        const result = await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
        if (result.exceptionDetails)
            throw new Error(`evaluate: ${result.exceptionDetails.exception ? result.exceptionDetails.exception.description : result.exceptionDetails.text}\n${expression.slice(0, 300)}`);
        return result.result.value;
    }

    // A real key press, as the keyboard sends it.
    async key(key, { shift = false } = {}) {
        const codes = {
            Tab: ['Tab', 9], ArrowRight: ['ArrowRight', 39], ArrowLeft: ['ArrowLeft', 37], ArrowUp: ['ArrowUp', 38],
            ArrowDown: ['ArrowDown', 40], Home: ['Home', 36], End: ['End', 35], Enter: ['Enter', 13], '+': ['Equal', 187],
        };
        const [code, keyCode] = codes[key];
        const modifiers = shift ? 8 : 0;
        const common = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, modifiers };
        await this.send('Input.dispatchKeyEvent', { type: key.length === 1 ? 'keyDown' : 'rawKeyDown', ...common, text: key.length === 1 ? key : undefined });
        if (key.length === 1)
            await this.send('Input.dispatchKeyEvent', { type: 'char', ...common, text: key });
        await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
    }

    // A real click in the middle of the element @p selector finds.
    async click(selector) {
        const box = await this.evaluate(`(() => { const e = document.querySelector(${JSON.stringify(selector)});
            if (!e) return null; e.scrollIntoView({ block: 'center' }); const r = e.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
        if (!box)
            throw new Error(`nothing to click at ${selector}`);
        for (const type of ['mousePressed', 'mouseReleased'])
            await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }

    async close() { await this.browser.send('Target.closeTarget', { targetId: this.targetId }); }
}

// --- what the pages must show, from the database's backup --------------------------

const VERDICT_WORDS = {
    fr: { confirmed: 'Confirmée', refuted: 'Réfutée', retracted: 'Retirée', disputed: 'Contestée', unverified: 'Non vérifiée' },
    en: { confirmed: 'Confirmed', refuted: 'Refuted', retracted: 'Retracted', disputed: 'Disputed', unverified: 'Unverified' },
};
const MARKERS = { fr: '(original en anglais)', en: '(original in French)' };
const PUBLISHED = new Set(['confirmed', 'refuted', 'retracted']);

// What a text shows in @p lang: [text, marked as the other language's original].
function shown(text, lang) {
    if (!text)
        return ['', false];
    const other = lang === 'fr' ? 'en' : 'fr';
    const usable = (l) => text[l] && text[`${l}Status`] !== 'needs_review';
    if (usable(lang))
        return [text[lang], false];
    if (usable(other))
        return [text[other], true];
    return [text[lang] || text[other] || '', !text[lang]];
}

function expectationsOf(db) {
    const backupFile = `${db}.backup.json`;
    run(args.frise, ['export', db, '-o', backupFile, '--format', 'backup']);
    const backup = JSON.parse(fs.readFileSync(backupFile, 'utf8'));
    const claims = backup.claims.filter((c) => PUBLISHED.has(c.status));
    const withEras = new Set((backup.eras || []).map((e) => e.dispute).filter(Boolean));
    const periods = (backup.statusChanges || []).filter((c) => !withEras.has(c.dispute)).length;
    const secrets = [];
    for (const record of [...backup.events, ...backup.claims])
        secrets.push(record.notes);
    for (const claim of backup.claims.filter((c) => !PUBLISHED.has(c.status)))
        secrets.push(claim.text && claim.text.fr, claim.text && claim.text.en);
    for (const source of backup.sources.filter((s) => s.confidential))
        secrets.push(source.outlet, source.title, source.url, source.excerpt);
    return {
        events: backup.events,
        claims,
        datedItems: backup.events.length + claims.filter((c) => c.madeOn).length,
        eraCount: (backup.eras || []).length + periods,
        eras: backup.eras || [],
        secrets: secrets.filter((s) => typeof s === 'string' && s.length >= 12),
    };
}

function makePages(work, generated) {
    const pages = [];
    if (!generated) {
        const db = path.join(work, 'sample.frise');
        run(args.frise, ['sample', db]);
        const file = path.join(work, 'sample.html');
        run(args.frise, ['export-web', db, '-o', file, '--lang', 'fr']);
        pages.push({ name: 'sample', file, lang: 'fr', ...expectationsOf(db) });
    }
    const db = path.join(work, 'generated.frise');
    const backup = path.join(work, 'generated.json');
    run(args.exportset, generated ? [backup, String(generated)] : [backup]);
    run(args.frise, ['new', db]);
    run(args.frise, ['import', db, backup, '--format', 'backup']);
    const file = path.join(work, 'generated.html');
    run(args.frise, ['export-web', db, '-o', file, '--lang', 'en']);
    pages.push({ name: generated ? `${generated} generated events` : 'generated set', file, lang: 'en', ...expectationsOf(db) });
    return pages;
}

// --- checks ---------------------------------------------------------------------------

const LIST_STATE = `(() => {
    const entries = [...document.querySelectorAll('.list > li[id^="frise-entry-"]')];
    return {
        entries: entries.map((li) => ({
            kind: li.className,
            heading: li.querySelector('h3').textContent.replace(/\\s+/g, ' ').trim(),
            marked: li.querySelector('h3 .original') !== null,
        })),
        eras: [...document.querySelectorAll('.era-entry strong')].map((e) => e.textContent.replace(/\\s+/g, ' ').trim()),
        total: JSON.parse(document.getElementById('frise-data').textContent).items.length,
    };
})()`;

async function listInLanguage(tab, lang) {
    await tab.click(`button[lang="${lang}"]`);
    await tab.click('#frise-view-list');
    let state = await tab.evaluate(LIST_STATE);
    for (let rounds = 0; state.entries.length < state.total && rounds < 200; ++rounds) {
        await tab.evaluate('window.scrollTo(0, document.body.scrollHeight)');
        await new Promise((resolve) => setTimeout(resolve, 50));
        state = await tab.evaluate(LIST_STATE);
    }
    return state;
}

const norm = (text) => text.replace(/\s+/g, ' ').trim();

function checkList(page, lang, state, problems) {
    const expect = (ok, what) => { if (!ok) problems.push(`${lang}: ${what}`); };
    const headings = new Map();
    for (const entry of state.entries)
        headings.set(entry.heading, entry);
    expect(state.entries.length === page.events.length + page.claims.length,
        `${state.entries.length} entries in the list, ${page.events.length} events and ${page.claims.length} published claims expected`);
    let markers = 0;
    for (const event of page.events) {
        const [title, marked] = shown(event.title, lang);
        const heading = norm(marked ? `${title} ${MARKERS[lang]}` : title);
        const entry = headings.get(heading);
        expect(entry && entry.marked === marked, `no list entry headed "${heading}"`);
        markers += marked ? 1 : 0;
    }
    for (const claim of page.claims) {
        const [title, marked] = shown(claim.text, lang);
        const heading = norm(`${VERDICT_WORDS[lang][claim.status]} — ${marked ? `${title} ${MARKERS[lang]}` : title}`);
        expect([...headings.keys()].some((h) => h.endsWith(heading)), `no claim headed "${heading}"`);
    }
    expect(state.eras.length === page.eraCount, `${state.eras.length} periods listed, ${page.eraCount} expected`);
    for (const era of page.eras) {
        const title = norm(shown(era.title, lang)[0]);
        expect(state.eras.some((e) => e.startsWith(title)), `no period "${title}" (saw ${JSON.stringify(state.eras)})`);
    }
    return markers;
}

async function keyboardReachesEverything(tab, page, problems) {
    // Back to the timeline, then Tab from the top of the page to the timeline's one stop.
    await tab.evaluate('document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)');
    await tab.click('#frise-view-timeline');
    await tab.evaluate('document.activeElement.blur()');
    let role = null;
    for (let n = 0; n < 40 && role !== 'option'; ++n) {
        await tab.key('Tab');
        role = await tab.evaluate('document.activeElement && document.activeElement.getAttribute("role")');
    }
    if (role !== 'option') {
        problems.push('Tab never reached an item of the timeline');
        return;
    }
    await tab.key('Home');
    const FOCUSED = `(() => { const e = document.activeElement; const d = JSON.parse(document.getElementById('frise-data').textContent);
        return e && e.getAttribute('role') === 'option' ? d.items[Number(e.dataset.item)].uid : null; })()`;
    const reached = new Set([await tab.evaluate(FOCUSED)]);
    for (let n = 1; n < page.datedItems + 2; ++n) {
        await tab.key('ArrowRight');
        reached.add(await tab.evaluate(FOCUSED));
    }
    reached.delete(null);
    const expected = [...page.events.map((e) => e.uid), ...page.claims.filter((c) => c.madeOn).map((c) => c.uid)];
    const missed = expected.filter((uid) => !reached.has(uid));
    if (missed.length || reached.size !== expected.length)
        problems.push(`the arrow keys reached ${reached.size} of ${expected.length} items; missed ${missed.slice(0, 10).join(', ')}`);
    // Down moves to another lane, + zooms in, Enter shows the details.
    await tab.key('Home');
    const lane = await tab.evaluate('document.activeElement.dataset.lane');
    await tab.key('ArrowDown');
    let laneAfter = await tab.evaluate('document.activeElement.dataset.lane');
    if (lane === laneAfter) { // the first item is in the last lane
        await tab.key('ArrowUp');
        laneAfter = await tab.evaluate('document.activeElement.dataset.lane');
    }
    if (lane === laneAfter && (await tab.evaluate('document.querySelectorAll(".items [role=group]").length')) > 1)
        problems.push('ArrowDown and ArrowUp stayed in the same lane');
    const ticks = await tab.evaluate('document.querySelector(".axis").textContent');
    await tab.key('+');
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (ticks === await tab.evaluate('document.querySelector(".axis").textContent'))
        problems.push('+ did not zoom (the axis did not change)');
    await tab.key('Enter');
    const heading = await tab.evaluate('document.activeElement.tagName + " " + document.activeElement.closest("section").className');
    if (heading !== 'H3 details')
        problems.push(`Enter did not move to the details (focus on ${heading})`);
}

// The page opened at #claim-UID (a ClaimReview's url) or #event-UID shows that
// item: a dated one chosen on the timeline with its details, an undated claim
// in the list.
async function anchorsLead(browser, page, problems) {
    const dated = page.claims.find((c) => c.madeOn);
    const undated = page.claims.find((c) => !c.madeOn);
    const targets = [
        page.events.length && { anchor: `event-${page.events[0].uid}`, uid: page.events[0].uid },
        dated && { anchor: `claim-${dated.uid}`, uid: dated.uid },
        undated && { anchor: `claim-${undated.uid}`, uid: undated.uid, inList: true },
    ].filter(Boolean);
    for (const target of targets) {
        const tab = await Tab.open(browser, `${page.file}#${encodeURIComponent(target.anchor)}`);
        const shown = await tab.evaluate(`(() => {
            const d = JSON.parse(document.getElementById('frise-data').textContent);
            const option = document.activeElement && document.activeElement.closest('[role="option"]');
            const entry = document.activeElement && document.activeElement.closest('.list > li');
            const details = document.querySelector('.details h3');
            return {
                focused: option ? d.items[Number(option.dataset.item)].uid
                    : entry ? d.items[Number(entry.id.replace('frise-entry-', ''))].uid : null,
                inList: !!entry && !document.querySelector('.list').closest('section').hidden,
                details: details ? details.textContent : '',
            };
        })()`);
        if (shown.focused !== target.uid)
            problems.push(`#${target.anchor} focused ${shown.focused}, not ${target.uid}`);
        if (target.inList && !shown.inList)
            problems.push(`#${target.anchor} did not bring the undated claim up in the list`);
        if (!target.inList && !shown.details)
            problems.push(`#${target.anchor} showed no details`);
        if (tab.errors.length)
            problems.push(`#${target.anchor}: ${tab.errors.join('; ')}`);
        await tab.close();
    }
    return targets.length;
}

async function accessibility(tab, axe, where, problems) {
    await tab.evaluate(axe);
    const violations = await tab.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`);
    for (const v of violations) {
        const line = `axe (${where}): ${v.impact} ${v.id}: ${v.help} at ${v.nodes.join(' | ')}`;
        if (v.impact === 'serious' || v.impact === 'critical')
            problems.push(line);
        else
            console.log(`  note: ${line}`);
    }
}

function checkSecrets(page, html, dom, problems) {
    const raw = fs.readFileSync(page.file, 'utf8');
    for (const secret of page.secrets) {
        const escaped = JSON.stringify(secret).slice(1, -1).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
        if (raw.includes(secret) || raw.includes(escaped) || dom.includes(secret))
            problems.push(`the page carries "${secret.slice(0, 60)}", which it must not publish`);
    }
}

function checkRequests(page, tab, problems) {
    // data: URLs are inline, not requests to anything.
    const others = tab.requests.filter((url) => url !== tab.url && !url.startsWith('data:'));
    if (others.length)
        problems.push(`requests other than the file: ${others.slice(0, 10).join(', ')}`);
    if (!tab.requests.includes(tab.url))
        problems.push(`the file itself was never requested (saw ${tab.requests.slice(0, 5).join(', ')})`);
    if (tab.errors.length)
        problems.push(`errors:\n    ${tab.errors.join('\n    ')}`);
}

async function testPage(browser, axe, page) {
    const problems = [];
    const started = Date.now();
    const tab = await Tab.open(browser, page.file);
    const firstRender = await tab.evaluate('document.documentElement.dataset.firstRenderMs');
    if (!firstRender)
        problems.push('the page never drew its timeline');
    await accessibility(tab, axe, `timeline, ${page.lang}`, problems);
    const other = page.lang === 'fr' ? 'en' : 'fr';
    const markers = {};
    for (const lang of [page.lang, other]) {
        const state = await listInLanguage(tab, lang);
        const htmlLang = await tab.evaluate('document.documentElement.lang');
        if (htmlLang !== lang)
            problems.push(`<html lang> is ${htmlLang} after switching to ${lang}`);
        markers[lang] = checkList(page, lang, state, problems);
    }
    await accessibility(tab, axe, `list, ${other}`, problems);
    checkSecrets(page, null, await tab.evaluate('document.documentElement.outerHTML'), problems);
    await keyboardReachesEverything(tab, page, problems);
    await accessibility(tab, axe, `timeline with a focused item, ${other}`, problems);
    checkRequests(page, tab, problems);
    await tab.close();
    const anchors = await anchorsLead(browser, page, problems);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length) {
        console.log(`FAIL ${page.name} (${seconds} s):\n  ${problems.join('\n  ')}`);
        return false;
    }
    console.log(`PASS ${page.name}: ${page.events.length} events, ${page.claims.length} claims, ${page.eraCount} periods in FR and EN `
        + `(marked originals: fr ${markers.fr}, en ${markers.en}); ${page.datedItems} items reached by the arrow keys; `
        + `${anchors} links to one item followed; `
        + `no request but the file, no axe-core serious or critical violation; first render ${firstRender} ms (${seconds} s)`);
    return true;
}

async function bench(browser, page) {
    const loads = [];
    for (let n = 0; n < 5; ++n) {
        const tab = await Tab.open(browser, page.file);
        loads.push(Number(await tab.evaluate('document.documentElement.dataset.firstRenderMs')));
        // Script start (from the navigation), then JSON parse, preparation, skeleton, first drawing.
        (loads.parts = loads.parts || []).push(await tab.evaluate('document.documentElement.dataset.scriptMs'));
        if (n === 4) {
            // An arrow key: the next item found, the view moved to it and redrawn, focus moved.
            const perKey = await tab.evaluate(`(() => {
                const list = document.querySelector('[role=listbox]');
                list.querySelector('[tabindex="0"]').focus();
                const started = performance.now();
                for (let i = 0; i < 200; ++i)
                    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
                return (performance.now() - started) / 200;
            })()`);
            const zoom = await tab.evaluate(`(() => {
                const started = performance.now();
                for (let i = 0; i < 20; ++i)
                    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: i < 10 ? '-' : '+', bubbles: true }));
                return new Promise((resolve) => requestAnimationFrame(() => resolve((performance.now() - started))));
            })()`);
            loads.perKey = perKey;
            loads.zoom = zoom;
            if (tab.requests.some((url) => url !== tab.url && !url.startsWith('data:')) || tab.errors.length)
                fail(`benchmark page: ${tab.requests.join(', ')} ${tab.errors.join(' ')}`);
        }
        await tab.close();
    }
    const sorted = [...loads].sort((a, b) => a - b);
    const result = JSON.stringify({
        benchmark: 'webpage_first_render', events: page.events.length, items: page.datedItems,
        file_bytes: fs.statSync(page.file).size, first_render_ms: loads, median_ms: sorted[2],
        script_start_parse_prepare_build_draw_ms: loads.parts, arrow_key_ms: Number(loads.perKey.toFixed(2)), zoom_steps_20_ms: Number(loads.zoom.toFixed(1)),
        load_average: os.loadavg().map((l) => Number(l.toFixed(2))),
    });
    console.log(result);
    if (args.results)
        fs.writeFileSync(args.results, `${result}\n`);
}

// --- main -----------------------------------------------------------------------------

const work = path.resolve(args.work);
// Emptied rather than removed: the folder may be a mount point (tools/dev exec mounts paths it is given).
fs.mkdirSync(work, { recursive: true });
for (const name of fs.readdirSync(work))
    fs.rmSync(path.join(work, name), { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
const generated = args.bench ? Number(args.bench) : 0;
const axe = generated ? null : installAxe();
const pages = makePages(work, generated);
const browser = new Browser();
let ok = true;
try {
    await browser.send('Target.setDiscoverTargets', { discover: false });
    if (generated)
        await bench(browser, pages[0]);
    else {
        for (const page of pages)
            ok = (await testPage(browser, axe, page)) && ok;
    }
} catch (error) {
    console.log(`FAIL: ${error.stack || error}`);
    ok = false;
} finally {
    await browser.close();
}
process.exit(ok ? 0 : 1);
