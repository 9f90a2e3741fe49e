// SPDX-License-Identifier: GPL-3.0-or-later
//
// Frise web page: an interactive bilingual timeline, written into one HTML
// file by `frise export-web` (src/io/webpage.cpp). No library, no request.
//
// It reads the JSON of <script id="frise-data"> (src/io/webpagedata.cpp):
//   lang         the language the page opens in, "fr" or "en"
//   title, description
//   lanes[]      {title, status, colour, description} per dispute, or {other: true}
//   items[]      events and claims: kind ("event"|"claim"), uid, title, text,
//                a0/a1 the start's first and last possible minute (since 1970,
//                UTC), b0/b1 the end's, fuzzy (known to the month or year only,
//                circa, or a range), date (as words), lanes[], sources[],
//                actors[], claims[] (claims made in its sources); claims add
//                verdict, quote, quoteLang, claimant, madeIn, evidence[], rebuts.
//                An undated claim has no a0.
//   eras[]       {title, lane (-1: every lane), a, b, date, status}
//   sources[]    {outlet, title, url, archived, dead, lang, published}
// A text is [fr, en]; a null language shows the other one, marked as the original.
// An address ending in #claim-UID or #event-UID opens on that item.
//
// The timeline draws only what is in view: per lane, the items whose labels
// find room, the others counted in "+N" marks. Every item stays reachable
// with the arrow keys, which walk all items in time order (a listbox with a
// roving focus; the focused item is always drawn).
'use strict';
(() => {
    const started = performance.now();
    const data = JSON.parse(document.getElementById('frise-data').textContent);
    const parsed = performance.now();
    const app = document.getElementById('frise-app');

    // --- the page's own words --------------------------------------------------
    const STRINGS = {
        fr: {
            language: 'Langue',
            view: 'Affichage',
            timelineView: 'Frise',
            listView: 'Liste',
            zoom: 'Zoom',
            zoomIn: 'Zoom avant',
            zoomOut: 'Zoom arrière',
            fit: 'Tout voir',
            earlier: 'Plus tôt',
            later: 'Plus tard',
            timeline: 'Frise chronologique',
            help: 'Clavier\u00a0: flèches gauche et droite pour l’élément précédent ou suivant, haut et bas pour le litige voisin, Entrée pour les détails, + et − pour zoomer, Maj + flèches pour se déplacer. Souris\u00a0: glisser pour se déplacer, Ctrl + molette pour zoomer.',
            itemsLabel: 'Événements et affirmations, dans l’ordre du temps',
            legend: 'Légende',
            legendPrecise: 'date connue au jour près',
            legendFuzzy: 'date connue au mois ou à l’année près, ou approximative',
            legendSpan: 'durée (hachurée là où la date est incertaine)',
            legendClaim: 'affirmation, avec son verdict',
            details: 'Détails',
            choose: 'Choisissez un élément de la frise pour lire son texte, ses sources et ses affirmations.',
            list: 'Tous les événements',
            eras: 'Périodes',
            disputes: 'Litiges',
            other: 'Hors litige',
            allLanes: 'tous les litiges',
            sources: 'Sources',
            claimsMade: 'Affirmations faites dans ces sources',
            event: 'Événement',
            claim: 'Affirmation',
            by: 'Par',
            madeIn: 'Faite dans',
            evidence: 'Preuves',
            rebuts: 'Contredit',
            actors: 'Acteurs',
            status: 'État',
            archived: 'copie archivée, le lien d’origine ne répond plus',
            dead: 'le lien ne répond plus',
            fuzzy: 'date approximative',
            original: { en: '(original en anglais)' },
            moreLabel: (n) => `${n} de plus ici\u202f; cliquer pour zoomer`,
            nothing: 'Rien dans cette période\u202f: dézoomez ou choisissez «\u00a0Tout voir\u00a0».',
            showOnTimeline: 'Voir sur la frise',
            undated: 'Affirmations sans date',
            position: (i, n) => `${i} sur ${n}`,
            bce: 'av. J.-C.',
            verdicts: {
                confirmed: 'Confirmée',
                refuted: 'Réfutée',
                retracted: 'Retirée',
                disputed: 'Contestée',
                unverified: 'Non vérifiée',
            },
        },
        en: {
            language: 'Language',
            view: 'View',
            timelineView: 'Timeline',
            listView: 'List',
            zoom: 'Zoom',
            zoomIn: 'Zoom in',
            zoomOut: 'Zoom out',
            fit: 'Show all',
            earlier: 'Earlier',
            later: 'Later',
            timeline: 'Timeline',
            help: 'Keyboard: left and right arrows for the previous or next item, up and down for the next dispute, Enter for the details, + and − to zoom, Shift + arrows to move. Mouse: drag to move, Ctrl + wheel to zoom.',
            itemsLabel: 'Events and claims, in time order',
            legend: 'Legend',
            legendPrecise: 'date known to the day',
            legendFuzzy: 'date known to the month or year, or approximate',
            legendSpan: 'duration (hatched where the date is uncertain)',
            legendClaim: 'claim, with its verdict',
            details: 'Details',
            choose: 'Choose an item on the timeline to read its text, sources and claims.',
            list: 'All events',
            eras: 'Periods',
            disputes: 'Disputes',
            other: 'No dispute',
            allLanes: 'all disputes',
            sources: 'Sources',
            claimsMade: 'Claims made in these sources',
            event: 'Event',
            claim: 'Claim',
            by: 'By',
            madeIn: 'Made in',
            evidence: 'Evidence',
            rebuts: 'Rebuts',
            actors: 'Actors',
            status: 'Status',
            archived: 'archived copy, the original link is dead',
            dead: 'the link is dead',
            fuzzy: 'approximate date',
            original: { fr: '(original in French)' },
            moreLabel: (n) => `${n} more here; click to zoom in`,
            nothing: 'Nothing in this period: zoom out or choose “Show all”.',
            showOnTimeline: 'Show on the timeline',
            undated: 'Undated claims',
            position: (i, n) => `${i} of ${n}`,
            bce: 'BCE',
            verdicts: {
                confirmed: 'Confirmed',
                refuted: 'Refuted',
                retracted: 'Retracted',
                disputed: 'Disputed',
                unverified: 'Unverified',
            },
        },
    };
    // A symbol besides the word: verdicts never rest on colour alone.
    const VERDICT_SYMBOLS = { confirmed: '✔', refuted: '✘', retracted: '↺', disputed: '⚠', unverified: '?' };

    let lang = data.lang === 'fr' ? 'fr' : 'en';
    const S = () => STRINGS[lang];

    // --- texts ---------------------------------------------------------------------
    function resolve(text) {
        if (!text)
            return { text: '', original: null };
        const own = lang === 'fr' ? 0 : 1;
        if (text[own] !== null && text[own] !== undefined)
            return { text: text[own], original: null };
        const other = text[1 - own];
        return other === null || other === undefined ? { text: '', original: null }
            : { text: other, original: own === 0 ? 'en' : 'fr' };
    }
    const plain = (text) => resolve(text).text;
    // French puts a no-break space before a colon.
    const colon = () => (lang === 'fr' ? '\u00a0:' : ':');

    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        for (const [key, value] of Object.entries(attributes || {})) {
            if (value === null || value === undefined || value === false)
                continue;
            if (key === 'class')
                node.className = value;
            else if (key === 'text')
                node.textContent = value;
            else if (key.startsWith('on'))
                node.addEventListener(key.slice(2), value);
            else
                node.setAttribute(key, value === true ? '' : value);
        }
        for (const child of children) {
            if (child !== null && child !== undefined && child !== false)
                node.append(child);
        }
        return node;
    }

    // A bilingual text in @p tag: in the other language, it says so ("original in English").
    function content(text, tag = 'span') {
        const { text: words, original } = resolve(text);
        const node = el(tag);
        if (!original) {
            node.textContent = words;
            return node;
        }
        node.append(el('span', { lang: original, text: words }), ' ',
            el('span', { class: 'original', text: S().original[original] }));
        return node;
    }

    function verdict(code) {
        return el('span', { class: `verdict verdict-${code}` },
            el('span', { 'aria-hidden': 'true', text: `${VERDICT_SYMBOLS[code] || ''} ` }), S().verdicts[code] || code);
    }

    // --- items in time order ---------------------------------------------------------
    const items = data.items;
    const lanes = data.lanes;
    const laneColour = (l) => (lanes[l] && lanes[l].colour) || '#4a5d7e';
    const laneTitle = (l) => (lanes[l] && lanes[l].other ? S().other : plain(lanes[l] && lanes[l].title));
    const dated = [];
    items.forEach((item, i) => {
        if (typeof item.a0 === 'number')
            dated.push(i);
    });
    const A0 = new Float64Array(items.length);
    const END = new Float64Array(items.length); // the last minute an item can reach
    for (const i of dated) {
        A0[i] = items[i].a0;
        END[i] = Math.max(items[i].a1, items[i].b1);
    }
    dated.sort((a, b) => A0[a] - A0[b] || END[a] - END[b] || a - b);
    const rank = new Int32Array(items.length).fill(-1);
    dated.forEach((i, r) => { rank[i] = r; });
    const laneItems = lanes.map(() => []);
    for (const i of dated) {
        for (const l of items[i].lanes)
            laneItems[l].push(i);
    }
    const shownLanes = lanes.map((_, l) => l).filter((l) => laneItems[l].length > 0);

    // --- civil dates, for the axis (proleptic Gregorian, any year) ------------------
    const DAY = 1440;
    function daysFromCivil(y, m, d) { // astronomical year
        y -= m <= 2 ? 1 : 0;
        const era = Math.floor(y / 400);
        const yoe = y - era * 400;
        const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
        return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
    }
    function civilFromDays(z) {
        z += 719468;
        const era = Math.floor(z / 146097);
        const doe = z - era * 146097;
        const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
        const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
        const mp = Math.floor((5 * doy + 2) / 153);
        const m = mp < 10 ? mp + 3 : mp - 9;
        return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
    }
    const historical = (astronomical) => (astronomical <= 0 ? astronomical - 1 : astronomical);
    const astronomical = (year) => (year < 0 ? year + 1 : year);
    function yearLabel(year) {
        const digits = Math.abs(year) > 9999 ? Math.abs(year).toLocaleString(lang) : String(Math.abs(year));
        return year < 0 ? `${digits} ${S().bce}` : digits;
    }
    function monthName(m) {
        return new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, m - 1, 1)));
    }

    // Ticks at least @p spacing minutes apart: [minute, label] pairs between from and to.
    function ticks(from, to, spacing) {
        const out = [];
        const fixed = [1, 5, 15, 30, 60, 180, 360, 720, DAY, 2 * DAY, 7 * DAY];
        const step = fixed.find((s) => s >= spacing);
        if (step) {
            for (let t = Math.ceil(from / step) * step; t <= to && out.length < 200; t += step) {
                const [y, m, d] = civilFromDays(Math.floor(t / DAY));
                const minute = ((t % DAY) + DAY) % DAY;
                const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
                const day = `${d} ${monthName(m)} ${yearLabel(historical(y))}`;
                out.push([t, step < DAY ? (minute === 0 ? day : time) : day]);
            }
            return out;
        }
        const months = [1, 3, 6].find((k) => k * 30.44 * DAY >= spacing);
        const [fy, fm] = civilFromDays(Math.floor(from / DAY));
        if (months) {
            let y = fy;
            let m = Math.ceil(fm / months) * months - months + 1;
            for (;;) {
                const t = daysFromCivil(y, m, 1) * DAY;
                if (t > to || out.length >= 200)
                    break;
                if (t >= from)
                    out.push([t, m === 1 ? yearLabel(historical(y)) : `${monthName(m)} ${yearLabel(historical(y))}`]);
                m += months;
                if (m > 12) {
                    m -= 12;
                    ++y;
                }
            }
            return out;
        }
        let years = 1;
        while (years * 365.2425 * DAY < spacing)
            years *= [2, 2.5, 2][Math.round(Math.log10(years) * 3) % 3] || 2;
        years = Math.round(years);
        const firstYear = historical(fy);
        for (let year = Math.ceil(firstYear / years) * years; out.length < 200; year += years) {
            if (year === 0)
                continue;
            const t = daysFromCivil(astronomical(year), 1, 1) * DAY;
            if (t > to)
                break;
            if (t >= from)
                out.push([t, yearLabel(year)]);
        }
        return out;
    }

    // --- the page's skeleton -----------------------------------------------------------
    const refs = {};
    function build() {
        app.textContent = '';
        document.documentElement.lang = lang;
        const s = S();
        const pressed = (on) => (on ? 'true' : 'false');
        refs.title = el('h1', {}, content(data.title));
        document.title = plain(data.title) || 'Frise';
        const languageButtons = el('div', { class: 'controls', role: 'group', 'aria-label': s.language },
            el('button', { type: 'button', lang: 'fr', 'aria-pressed': pressed(lang === 'fr'), onclick: () => setLanguage('fr') }, 'Français'),
            el('button', { type: 'button', lang: 'en', 'aria-pressed': pressed(lang === 'en'), onclick: () => setLanguage('en') }, 'English'));
        refs.viewButtons = el('div', { class: 'controls', role: 'group', 'aria-label': s.view },
            el('button', { type: 'button', id: 'frise-view-timeline', 'aria-pressed': pressed(view === 'timeline'), onclick: () => setView('timeline') }, s.timelineView),
            el('button', { type: 'button', id: 'frise-view-list', 'aria-pressed': pressed(view === 'list'), onclick: () => setView('list') }, s.listView));
        refs.zoomButtons = el('div', { class: 'controls', role: 'group', 'aria-label': s.zoom },
            el('button', { type: 'button', onclick: () => zoomBy(0.5) }, '+', el('span', { class: 'visually-hidden', text: ` ${s.zoomIn}` })),
            el('button', { type: 'button', onclick: () => zoomBy(2) }, '−', el('span', { class: 'visually-hidden', text: ` ${s.zoomOut}` })),
            el('button', { type: 'button', onclick: () => fitAll() }, s.fit),
            el('button', { type: 'button', onclick: () => panBy(-0.5) }, `← ${s.earlier}`),
            el('button', { type: 'button', onclick: () => panBy(0.5) }, `${s.later} →`));
        refs.zoomButtons.hidden = view !== 'timeline';
        app.append(el('header', {}, refs.title, data.description ? content(data.description, 'p') : null,
            el('div', { class: 'toolbar' }, languageButtons, refs.viewButtons, refs.zoomButtons)));

        // The timeline, and the details of its chosen item.
        refs.axis = el('div', { class: 'axis', 'aria-hidden': 'true' });
        refs.backdrop = el('div', { class: 'backdrop', 'aria-hidden': 'true' });
        refs.eraLayer = el('div', { class: 'era-layer' });
        refs.listbox = el('div', { class: 'items', role: 'listbox', 'aria-orientation': 'horizontal', 'aria-label': s.itemsLabel, 'aria-describedby': 'frise-help' });
        refs.groups = shownLanes.map((l) => {
            const status = lanes[l].status ? ` (${plain(lanes[l].status)})` : '';
            const group = el('div', { class: 'lane-items', role: 'group', 'aria-label': laneTitle(l) + status });
            refs.listbox.append(group);
            return group;
        });
        refs.empty = el('p', { class: 'empty', text: s.nothing, hidden: true });
        refs.stage = el('div', { class: 'stage' }, refs.backdrop, refs.eraLayer, refs.listbox, refs.empty);
        refs.viewport = el('div', { class: 'viewport' }, refs.axis, refs.stage);
        const legend = el('ul', { class: 'legend', 'aria-label': s.legend },
            ...[['dot', s.legendPrecise], ['dot fuzzy', s.legendFuzzy], ['bar fuzzy', s.legendSpan], ['dot claim', s.legendClaim]]
                .map(([mark, words]) => el('li', {}, el('span', { class: `mk ${mark}`, 'aria-hidden': 'true' }), words)));
        refs.timelineSection = el('section', { 'aria-labelledby': 'frise-timeline-heading' },
            el('h2', { id: 'frise-timeline-heading', text: s.timeline }),
            el('p', { class: 'hint', id: 'frise-help', text: s.help }), legend, refs.viewport);
        refs.details = el('section', { class: 'details', 'aria-labelledby': 'frise-details-heading' },
            el('h2', { id: 'frise-details-heading', text: s.details }), el('p', { class: 'meta', text: s.choose }));
        refs.timelineLayout = el('div', { class: 'layout with-details' }, refs.timelineSection, refs.details);
        refs.list = el('ol', { class: 'list' });
        refs.listSection = el('section', { 'aria-labelledby': 'frise-list-heading' },
            el('h2', { id: 'frise-list-heading', text: s.list }), refs.list);
        refs.timelineLayout.hidden = view !== 'timeline';
        refs.listSection.hidden = view !== 'list';
        app.append(el('main', {}, refs.timelineLayout, refs.listSection, erasSection(), disputesSection()));
        nodes.clear();
        listFilled = 0;
        if (view === 'list')
            fillList();
        attachPointer();
        refs.listbox.addEventListener('keydown', onKey);
        refs.listbox.addEventListener('focusin', (event) => {
            const node = event.target.closest('[role="option"]');
            if (node && (!focus || `${focus.item}:${focus.lane}` !== `${node.dataset.item}:${node.dataset.lane}`))
                focusItem(Number(node.dataset.item), Number(node.dataset.lane), false);
        });
    }

    function erasSection() {
        const s = S();
        if (!data.eras.length)
            return null;
        const list = el('ul', { class: 'eras' });
        const order = data.eras.map((_, e) => e).sort((a, b) => data.eras[a].a - data.eras[b].a);
        for (const e of order) {
            const era = data.eras[e];
            list.append(el('li', { class: 'era-entry' }, el('strong', {}, content(era.title)), ', ',
                content(era.date), ' — ', era.lane >= 0 ? laneTitle(era.lane) : s.allLanes));
        }
        return el('section', { 'aria-labelledby': 'frise-eras-heading' },
            el('h2', { id: 'frise-eras-heading', text: s.eras }), list);
    }

    function disputesSection() {
        const s = S();
        const list = el('ul', { class: 'disputes' });
        lanes.forEach((lane, l) => {
            if (lane.other)
                return;
            list.append(el('li', {}, el('span', { class: 'swatch', 'aria-hidden': 'true' }), el('strong', {}, content(lane.title)),
                lane.status ? ` — ${s.status}${colon()} ${plain(lane.status)}` : null,
                lane.description ? content(lane.description, 'p') : null));
            list.lastChild.querySelector('.swatch').style.background = laneColour(l);
        });
        if (!list.children.length)
            return null;
        return el('section', { 'aria-labelledby': 'frise-disputes-heading' },
            el('h2', { id: 'frise-disputes-heading', text: s.disputes }), list);
    }

    // --- an item's text, sources and claims (details panel and list) --------------
    function sourceEntry(index) {
        const s = S();
        const source = data.sources[index];
        const label = [source.outlet, source.title].filter(Boolean).join(' — ') || source.url || '';
        const li = el('li', {});
        const name = el('span', { lang: source.lang || null, text: label });
        if (source.url && !source.dead)
            li.append(el('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, name));
        else
            li.append(name);
        if (source.archived)
            li.append(` (${s.archived})`);
        else if (source.dead)
            li.append(` (${s.dead})`);
        if (source.published)
            li.append(', ', content(source.published));
        return li;
    }

    function itemHeading(i, level) {
        const item = items[i];
        const heading = el(`h${level}`, { tabindex: '-1' });
        if (item.kind === 'claim')
            heading.append(verdict(item.verdict), ' — ');
        heading.append(content(item.title));
        return heading;
    }

    function itemBody(i, level, linkToTimeline) {
        const s = S();
        const item = items[i];
        const parts = [itemHeading(i, level)];
        const where = item.lanes.map(laneTitle).join(', ');
        const date = item.date ? content(item.date) : null;
        parts.push(el('p', { class: 'meta' }, `${item.kind === 'claim' ? s.claim : s.event} · `, date,
            item.fuzzy ? ` (${s.fuzzy})` : null, where ? ` · ${where}` : null));
        if (item.kind === 'claim') {
            if (item.claimant)
                parts.push(el('p', {}, `${s.by}${colon()} `, content(item.claimant)));
            if (item.quote)
                parts.push(el('blockquote', { lang: item.quoteLang || null, text: item.quote }));
            if (typeof item.rebuts === 'number')
                parts.push(el('p', {}, `${s.rebuts}${colon()} `, content(items[item.rebuts].title), ' (',
                    verdict(items[item.rebuts].verdict), ')'));
        }
        if (item.text)
            parts.push(content(item.text, 'p'));
        if (item.actors && item.actors.length) {
            const actors = el('p', {}, `${s.actors}${colon()} `);
            item.actors.forEach((a, n) => actors.append(n ? ', ' : '', content(a)));
            parts.push(actors);
        }
        const sourceList = (title, indexes) => {
            if (!indexes || !indexes.length)
                return;
            parts.push(el(`h${level + 1}`, { text: title }), el('ul', { class: 'sources' }, ...indexes.map(sourceEntry)));
        };
        if (item.kind === 'claim') {
            sourceList(s.madeIn, typeof item.madeIn === 'number' ? [item.madeIn] : []);
            sourceList(s.evidence, item.evidence);
        } else {
            sourceList(s.sources, item.sources);
        }
        if (item.claims && item.claims.length) {
            parts.push(el(`h${level + 1}`, { text: s.claimsMade }),
                el('ul', {}, ...item.claims.map((c) => el('li', {}, verdict(items[c].verdict), ' — ', content(items[c].title)))));
        }
        if (linkToTimeline && rank[i] >= 0)
            parts.push(el('p', {}, el('button', { type: 'button', onclick: () => { setView('timeline'); focusItem(i, items[i].lanes[0], true); } }, s.showOnTimeline)));
        return parts;
    }

    function showDetails(i) {
        const s = S();
        refs.details.textContent = '';
        refs.details.append(el('h2', { id: 'frise-details-heading', text: s.details }), ...itemBody(i, 3, false));
    }

    // --- the list view, filled a few hundred entries at a time --------------------
    let listFilled = 0;
    let listObserver = null;
    function fillList() {
        const s = S();
        const order = dated.concat(items.map((_, i) => i).filter((i) => rank[i] < 0));
        const end = Math.min(order.length, listFilled + 300);
        for (let n = listFilled; n < end; ++n) {
            const i = order[n];
            if (rank[i] < 0 && (n === 0 || rank[order[n - 1]] >= 0))
                refs.list.append(el('li', {}, el('h3', { text: s.undated })));
            refs.list.append(el('li', { class: items[i].kind, id: `frise-entry-${i}` }, el('article', {}, ...itemBody(i, 3, true))));
        }
        listFilled = end;
        if (listObserver)
            listObserver.disconnect();
        if (listFilled < order.length && 'IntersectionObserver' in window) {
            listObserver = new IntersectionObserver((entries) => {
                if (entries.some((e) => e.isIntersecting))
                    fillList();
            }, { rootMargin: '1200px' });
            listObserver.observe(refs.list.lastElementChild);
        }
    }

    // --- view, zoom and pan ------------------------------------------------------------
    let view = window.matchMedia && window.matchMedia('(max-width: 40rem)').matches ? 'list' : 'timeline';
    let from = 0;
    let to = 1;
    let fullFrom = 0;
    let fullTo = 1;
    {
        const starts = dated.map((i) => A0[i]);
        const ends = dated.map((i) => END[i]).sort((a, b) => a - b);
        const eraStarts = data.eras.map((e) => e.a);
        const eraEnds = data.eras.map((e) => e.b);
        fullFrom = Math.min(...starts.slice(0, 1), ...eraStarts, Infinity);
        fullTo = Math.max(...ends.slice(-1), ...eraEnds, -Infinity);
        if (!Number.isFinite(fullFrom)) {
            fullFrom = 0;
            fullTo = DAY;
        }
        const pad = Math.max((fullTo - fullFrom) * 0.03, 60);
        fullFrom -= pad;
        fullTo += pad;
        // Open on where most things are: a lone event centuries away does not squash the rest.
        if (starts.length > 20) {
            const lo = starts[Math.floor(starts.length * 0.02)];
            const hi = ends[Math.ceil(ends.length * 0.98) - 1];
            const margin = Math.max((hi - lo) * 0.05, 60);
            from = lo - margin;
            to = hi + margin;
        } else {
            from = fullFrom;
            to = fullTo;
        }
    }
    const minSpan = 10;
    const maxSpan = () => Math.max((fullTo - fullFrom) * 4, DAY);

    function setRange(newFrom, newTo) {
        const span = Math.min(Math.max(newTo - newFrom, minSpan), maxSpan());
        const middle = (newFrom + newTo) / 2;
        from = middle - span / 2;
        // Never lose everything from sight: a tenth of the view at least overlaps the timeline.
        from = Math.min(Math.max(from, fullFrom - span * 0.9), fullTo - span * 0.1);
        to = from + span;
        scheduleRender();
    }
    function zoomBy(factor, atX) {
        const width = stageWidth();
        const fraction = atX === undefined ? focusFraction() : atX / width;
        const pivot = from + (to - from) * fraction;
        const span = Math.min(Math.max((to - from) * factor, minSpan), maxSpan());
        setRange(pivot - span * fraction, pivot - span * fraction + span);
    }
    function focusFraction() {
        if (focus && rank[focus.item] >= 0) {
            const f = (A0[focus.item] - from) / (to - from);
            if (f >= 0 && f <= 1)
                return f;
        }
        return 0.5;
    }
    const panBy = (fraction) => setRange(from + (to - from) * fraction, to + (to - from) * fraction);
    const fitAll = () => setRange(fullFrom, fullTo);
    const stageWidth = () => Math.max(refs.viewport ? refs.viewport.clientWidth : 800, 200);

    function setLanguage(newLanguage) {
        if (newLanguage === lang)
            return;
        const hadFocus = refs.listbox && refs.listbox.contains(document.activeElement);
        lang = newLanguage;
        labels.clear();
        build();
        render();
        if (focus)
            focusItem(focus.item, focus.lane, false);
        if (!hadFocus)
            app.querySelector(`button[lang="${lang}"]`).focus();
        else if (focus && nodes.get(`${focus.item}:${focus.lane}`))
            nodes.get(`${focus.item}:${focus.lane}`).focus({ preventScroll: true });
    }
    function setView(newView) {
        view = newView;
        refs.timelineLayout.hidden = view !== 'timeline';
        refs.listSection.hidden = view !== 'list';
        refs.zoomButtons.hidden = view !== 'timeline';
        const [timelineButton, listButton] = refs.viewButtons.querySelectorAll('button');
        timelineButton.setAttribute('aria-pressed', String(view === 'timeline'));
        listButton.setAttribute('aria-pressed', String(view === 'list'));
        if (view === 'list' && !listFilled)
            fillList();
        if (view === 'timeline')
            render();
    }

    // --- drawing -------------------------------------------------------------------------
    const LANE_HEAD = 22;
    const ROW = 32;
    const STRIP = 18;
    const ROWS = shownLanes.length <= 3 ? 4 : 2;
    const LANE_HEIGHT = LANE_HEAD + ROWS * ROW + STRIP;
    const LABEL_MAX = 240;
    const labels = new Map(); // item -> {text, width} in the current language
    const nodes = new Map(); // "item:lane" -> element
    let focus = null; // {item, lane}: the item the keyboard is on and the details show
    let pending = false;
    const measure = document.createElement('canvas').getContext('2d');

    function labelOf(i) {
        let label = labels.get(i);
        if (!label) {
            const item = items[i];
            const title = plain(item.title);
            // A claim's label starts with its verdict, in a symbol and in words.
            const words = item.kind === 'claim' ? `${S().verdicts[item.verdict] || item.verdict} · ${title}` : title;
            const symbol = item.kind === 'claim' ? `${VERDICT_SYMBOLS[item.verdict] || ''} ` : '';
            if (labels.size === 0)
                measure.font = `13px ${getComputedStyle(document.body).fontFamily}`;
            label = { symbol, words, width: Math.min(Math.ceil(measure.measureText(symbol + words).width) + 6, LABEL_MAX) };
            labels.set(i, label);
        }
        return label;
    }

    // What the label shows first (so that speech matches the screen), then what it does not say.
    function accessibleName(i) {
        const s = S();
        const item = items[i];
        const parts = [labelOf(i).words, item.kind === 'claim' ? s.claim : s.event, plain(item.date)];
        if (item.fuzzy)
            parts.push(s.fuzzy);
        parts.push(s.position(rank[i] + 1, dated.length));
        return parts.filter(Boolean).join(', ');
    }

    function nodeFor(i, l) {
        const key = `${i}:${l}`;
        let node = nodes.get(key);
        if (node)
            return node;
        const item = items[i];
        const fuzzy = item.fuzzy ? ' fuzzy' : '';
        const label = labelOf(i);
        node = el('div', { class: 'item', role: 'option', id: `frise-item-${i}-${l}`, tabindex: '-1', 'aria-selected': 'false',
            'aria-setsize': dated.length, 'aria-posinset': rank[i] + 1, 'aria-label': accessibleName(i) },
        el('span', { class: item.kind === 'claim' ? 'dot claim' : 'mark', 'aria-hidden': 'true' }),
        el('span', { class: 'label', 'aria-hidden': 'true' }, label.symbol, label.words));
        node.dataset.item = i;
        node.dataset.lane = l;
        node.firstChild.dataset.fuzzy = fuzzy;
        node.style.setProperty('--c', laneColour(l));
        nodes.set(key, node);
        return node;
    }

    function scheduleRender() {
        if (pending)
            return;
        pending = true;
        requestAnimationFrame(() => {
            pending = false;
            render();
        });
    }

    function render() {
        if (view !== 'timeline' || !refs.viewport)
            return;
        pending = false;
        const width = stageWidth();
        const scale = width / (to - from);
        const x = (m) => (m - from) * scale;
        refs.stage.style.height = `${Math.max(shownLanes.length, 1) * LANE_HEIGHT}px`;

        // Axis.
        refs.axis.textContent = '';
        for (const [t, label] of ticks(from, to, 110 / scale)) {
            const tick = el('div', { class: 'tick', text: label });
            tick.style.left = `${x(t)}px`;
            refs.axis.append(tick);
        }

        // Lanes and their headers.
        refs.backdrop.textContent = '';
        shownLanes.forEach((l, row) => {
            const lane = el('div', { class: 'lane' },
                el('div', { class: 'lane-label' }, el('span', { class: 'swatch' }), laneTitle(l)));
            lane.style.top = `${row * LANE_HEIGHT}px`;
            lane.style.height = `${LANE_HEIGHT}px`;
            lane.querySelector('.swatch').style.background = laneColour(l);
            refs.backdrop.append(lane);
        });

        // Eras in view: bands behind their lane (or every lane), named in their header strip.
        refs.eraLayer.textContent = '';
        for (const era of data.eras) {
            if (era.b < from || era.a > to)
                continue;
            const row = era.lane >= 0 ? shownLanes.indexOf(era.lane) : -1;
            if (era.lane >= 0 && row < 0)
                continue;
            const left = Math.max(x(era.a), -2);
            const right = Math.min(x(era.b), width + 2);
            const band = el('div', { class: 'era' }, el('span', { class: 'era-label' }, content(era.title)));
            band.style.left = `${left}px`;
            band.style.width = `${Math.max(right - left, 1)}px`;
            band.style.top = `${row >= 0 ? row * LANE_HEIGHT + 1 : 0}px`;
            band.style.height = `${row >= 0 ? LANE_HEIGHT - 2 : shownLanes.length * LANE_HEIGHT}px`;
            refs.eraLayer.append(band);
        }

        // Items: per lane, each in the first row where its label fits; the rest counted in "+N" marks.
        const used = new Set();
        let drawn = 0;
        let firstDrawn = null;
        shownLanes.forEach((l, laneRow) => {
            const group = refs.groups[laneRow];
            const top = laneRow * LANE_HEIGHT + LANE_HEAD;
            const rowEnds = new Array(ROWS).fill(-Infinity);
            const buckets = new Map();
            let reserved = null;
            const place = (i, row, left, barWidth) => {
                const node = nodeFor(i, l);
                const mark = node.firstChild;
                const fuzzy = mark.dataset.fuzzy;
                mark.className = items[i].kind === 'claim' ? `dot claim${fuzzy}` : barWidth >= 6 ? `bar${fuzzy}` : `dot${fuzzy}`;
                if (barWidth >= 6) {
                    mark.style.width = `${barWidth}px`;
                    mark.style.left = '0px';
                } else {
                    mark.style.width = '';
                    mark.style.left = '';
                }
                node.style.transform = `translate(${Math.round(left)}px, ${top + row * ROW}px)`;
                // An item that began before the view keeps its label in sight.
                node.lastChild.style.left = left < 0 ? `${Math.min(-left, Math.max(barWidth - 40, 0))}px` : '0px';
                node.style.width = `${Math.max(barWidth, labelOf(i).width)}px`;
                if (node.parentNode !== group)
                    group.append(node);
                used.add(`${i}:${l}`);
                if (!firstDrawn || rank[i] < rank[Number(firstDrawn.dataset.item)])
                    firstDrawn = node;
                ++drawn;
            };
            const geometry = (i) => {
                const left = x(A0[i]);
                const barWidth = x(END[i]) - left;
                return [barWidth >= 6 ? left : left, barWidth, Math.max(left + barWidth, left + labelOf(i).width)];
            };
            if (focus && focus.lane === l && A0[focus.item] <= to && END[focus.item] >= from) {
                const [left, barWidth, right] = geometry(focus.item);
                reserved = [left - 6, right + 6];
                place(focus.item, 0, left, barWidth);
                rowEnds[0] = -Infinity;
            }
            const list = laneItems[l];
            for (const i of list) {
                if (A0[i] > to)
                    break;
                if (END[i] < from || (focus && focus.item === i && focus.lane === l))
                    continue;
                const left = x(A0[i]);
                let row = -1;
                for (let r = 0; r < ROWS; ++r) {
                    if (rowEnds[r] + 6 <= left) {
                        row = r;
                        break;
                    }
                }
                let right = 0;
                let barWidth = 0;
                if (row >= 0) {
                    [, barWidth, right] = geometry(i);
                    if (row === 0 && reserved && right >= reserved[0] && left <= reserved[1]) {
                        row = -1;
                        for (let r = 1; r < ROWS; ++r) {
                            if (rowEnds[r] + 6 <= left) {
                                row = r;
                                break;
                            }
                        }
                    }
                }
                if (row >= 0) {
                    place(i, row, left, barWidth);
                    rowEnds[row] = right;
                } else {
                    const bucket = Math.floor(Math.max(left, 0) / 48);
                    const b = buckets.get(bucket) || { count: 0, from: A0[i], to: END[i] };
                    ++b.count;
                    b.from = Math.min(b.from, A0[i]);
                    b.to = Math.max(b.to, END[i]);
                    buckets.set(bucket, b);
                }
            }
            for (const [bucket, b] of buckets) {
                const more = el('div', { class: 'more', 'aria-hidden': 'true', title: S().moreLabel(b.count), text: `+${b.count}` });
                more.style.left = `${bucket * 48 + 2}px`;
                more.style.top = `${laneRow * LANE_HEIGHT + LANE_HEAD + ROWS * ROW + 1}px`;
                more.addEventListener('click', () => {
                    const span = Math.max(b.to - b.from, (to - from) / 50);
                    setRange(b.from - span * 0.2, b.to + span * 0.2);
                });
                refs.eraLayer.append(more);
            }
        });
        for (const [key, node] of nodes) {
            if (!used.has(key)) {
                node.remove();
                nodes.delete(key);
            }
        }
        refs.empty.hidden = drawn > 0;
        // One tab stop: the focused item, or the first one drawn.
        let tabStop = focus && nodes.get(`${focus.item}:${focus.lane}`);
        if (!tabStop)
            tabStop = firstDrawn;
        for (const node of refs.listbox.querySelectorAll('[tabindex="0"]'))
            node.tabIndex = -1;
        if (tabStop)
            tabStop.tabIndex = 0;
    }

    // --- focus and keyboard ----------------------------------------------------------------
    function select(i, l) {
        const previous = focus && nodes.get(`${focus.item}:${focus.lane}`);
        if (previous)
            previous.setAttribute('aria-selected', 'false');
        focus = { item: i, lane: l };
        showDetails(i);
    }

    // Moves the keyboard to item @p i in lane @p l, bringing it into view.
    function focusItem(i, l, moveFocus) {
        if (rank[i] < 0)
            return;
        if (A0[i] < from || A0[i] > to) {
            const span = to - from;
            from = A0[i] - span / 2;
            to = from + span;
        }
        select(i, l);
        render();
        const node = nodes.get(`${i}:${l}`);
        if (!node)
            return;
        node.setAttribute('aria-selected', 'true');
        if (moveFocus) {
            node.focus({ preventScroll: true });
            const box = node.getBoundingClientRect();
            if (box.top < 0 || box.bottom > window.innerHeight)
                node.scrollIntoView({ block: 'nearest' });
        }
    }

    function nearestInLane(l, minute) {
        const list = laneItems[l];
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (A0[list[mid]] < minute)
                lo = mid + 1;
            else
                hi = mid;
        }
        const before = list[Math.max(lo - 1, 0)];
        const after = list[Math.min(lo, list.length - 1)];
        return Math.abs(A0[before] - minute) <= Math.abs(A0[after] - minute) ? before : after;
    }

    function onKey(event) {
        if (!dated.length)
            return;
        const current = focus && rank[focus.item] >= 0 ? focus : null;
        const goTo = (r, preferLane) => {
            const i = dated[Math.min(Math.max(r, 0), dated.length - 1)];
            focusItem(i, items[i].lanes.includes(preferLane) ? preferLane : items[i].lanes[0], true);
        };
        let handled = true;
        if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight'))
            panBy(event.key === 'ArrowLeft' ? -0.1 : 0.1);
        else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
            const step = event.key === 'ArrowRight' ? 1 : -1;
            goTo(current ? rank[current.item] + step : 0, current && current.lane);
        } else if (event.key === 'Home' || event.key === 'End')
            goTo(event.key === 'Home' ? 0 : dated.length - 1, current && current.lane);
        else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
            const row = current ? shownLanes.indexOf(current.lane) : 0;
            const next = shownLanes[Math.min(Math.max(row + (event.key === 'ArrowDown' ? 1 : -1), 0), shownLanes.length - 1)];
            const i = nearestInLane(next, current ? A0[current.item] : from);
            focusItem(i, next, true);
        } else if (event.key === 'PageUp' || event.key === 'PageDown')
            panBy(event.key === 'PageUp' ? -0.9 : 0.9);
        else if (event.key === '+' || event.key === '=' || event.key === 'Add')
            zoomBy(0.5);
        else if (event.key === '-' || event.key === '−' || event.key === 'Subtract')
            zoomBy(2);
        else if (event.key === '0')
            fitAll();
        else if (event.key === 'Enter' || event.key === ' ') {
            if (current) {
                focusItem(current.item, current.lane, false);
                refs.details.querySelector('h3').focus();
            }
        } else
            handled = false;
        if (handled)
            event.preventDefault();
    }

    // --- mouse, pen and touch -----------------------------------------------------------------
    function attachPointer() {
        const viewport = refs.viewport;
        const pointers = new Map();
        let dragged = false;
        let pinch = null;
        viewport.addEventListener('pointerdown', (event) => {
            if (event.button !== 0)
                return;
            pointers.set(event.pointerId, { x: event.clientX, startX: event.clientX });
            dragged = false;
            if (pointers.size === 2) {
                const [p, q] = [...pointers.values()];
                pinch = { distance: Math.abs(p.x - q.x) || 1, from, to, middle: (p.x + q.x) / 2 - viewport.getBoundingClientRect().left };
            }
        });
        viewport.addEventListener('pointermove', (event) => {
            const pointer = pointers.get(event.pointerId);
            if (!pointer)
                return;
            const dx = event.clientX - pointer.x;
            if (!dragged && Math.abs(event.clientX - pointer.startX) < 4)
                return;
            if (!dragged) {
                dragged = true;
                viewport.setPointerCapture(event.pointerId);
                viewport.classList.add('dragging');
            }
            pointer.x = event.clientX;
            if (pinch && pointers.size === 2) {
                const [p, q] = [...pointers.values()];
                const ratio = pinch.distance / (Math.abs(p.x - q.x) || 1);
                const fraction = pinch.middle / stageWidth();
                const pivot = pinch.from + (pinch.to - pinch.from) * fraction;
                const span = (pinch.to - pinch.from) * ratio;
                setRange(pivot - span * fraction, pivot - span * fraction + span);
            } else if (pointers.size === 1) {
                const shift = (dx / stageWidth()) * (to - from);
                from -= shift;
                to -= shift;
                scheduleRender();
            }
        });
        const release = (event) => {
            if (!pointers.delete(event.pointerId))
                return;
            if (pointers.size < 2)
                pinch = null;
            viewport.classList.remove('dragging');
            if (!dragged && event.type === 'pointerup') {
                const node = event.target.closest && event.target.closest('[role="option"]');
                if (node)
                    focusItem(Number(node.dataset.item), Number(node.dataset.lane), true);
            }
        };
        viewport.addEventListener('pointerup', release);
        viewport.addEventListener('pointercancel', release);
        viewport.addEventListener('wheel', (event) => {
            const box = viewport.getBoundingClientRect();
            if (event.ctrlKey || event.metaKey) {
                zoomBy(Math.exp(event.deltaY * 0.002), event.clientX - box.left);
                event.preventDefault();
            } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
                panBy(event.deltaX / stageWidth());
                event.preventDefault();
            }
        }, { passive: false });
    }

    // --- links to one item: #claim-UID (what a ClaimReview's url points at) and #event-UID ---
    function anchoredItem(hash) {
        const match = /^#(claim|event)-(.+)$/.exec(hash);
        if (!match)
            return -1;
        let uid = '';
        try {
            uid = decodeURIComponent(match[2]);
        } catch {
            return -1;
        }
        return items.findIndex((item) => item.kind === match[1] && item.uid === uid);
    }
    // A dated item is chosen on the timeline, its details shown; an undated
    // one (or any, in the list view) is brought into view in the list.
    function followAnchor() {
        const i = anchoredItem(window.location.hash);
        if (i < 0)
            return;
        if (view === 'timeline' && rank[i] >= 0 && items[i].lanes.length) {
            focusItem(i, items[i].lanes[0], true);
            refs.details.scrollIntoView({ block: 'nearest' });
            return;
        }
        if (view !== 'list')
            setView('list');
        while (!document.getElementById(`frise-entry-${i}`) && listFilled < items.length)
            fillList();
        const entry = document.getElementById(`frise-entry-${i}`);
        if (entry) {
            entry.tabIndex = -1;
            entry.scrollIntoView({ block: 'start' });
            entry.focus({ preventScroll: true });
        }
    }
    window.addEventListener('hashchange', followAnchor);

    window.addEventListener('resize', scheduleRender);
    const prepared = performance.now();
    build();
    const built = performance.now();
    render();
    // When the first picture is up, from the start of the navigation, and where the script's time went
    // (read by the tests and the benchmark).
    const drawn = performance.now();
    document.documentElement.dataset.firstRenderMs = String(Math.round(drawn));
    followAnchor();
    document.documentElement.dataset.scriptMs = [started, parsed - started, prepared - parsed, built - prepared, drawn - built]
        .map((t) => t.toFixed(1)).join(' ');
})();
