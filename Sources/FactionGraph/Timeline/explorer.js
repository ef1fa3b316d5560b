// The FactionGraph explorer: the script of the page `factiongraph timeline`
// writes. It reads the data the tool embedded (`#explorer-data`, described
// in docs/timeline.md), replays the date steps the tool computed, and draws
// the graph as SVG from the positions and styles in the data.
//
// What a snapshot contains is decided in Swift, never here: each step lists
// the edges and factions that came, went or changed, and this script only
// applies those lists. Article text is data, never markup: every name, title
// and quote reaches the page through textContent or an attribute, and only
// http(s) addresses become links.
//
// No dependencies, no network: the page is one file.
'use strict';
(function explorer() {
  // ---------------------------------------------------------------- data

  const DATA = JSON.parse(document.getElementById('explorer-data').textContent);
  const { types, articles, reports, factions, edges, steps } = DATA;
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const factionByID = new Map(factions.map((faction, index) => [faction.id, index]));
  const typeByName = new Map(types.map((type, index) => [type.name, index]));
  const CONFIDENCES = ['confirmed', 'reported', 'alleged'];

  /** `combat:from:to`: an edge's stable id (type and faction ids). */
  function edgeID(e) {
    const edge = edges[e];
    return `${types[edge.type].name}:${factions[edge.from].id}:${factions[edge.to].id}`;
  }
  const edgeByID = new Map(edges.map((_, e) => [edgeID(e), e]));

  // ---------------------------------------------------------------- state

  /** Everything the view shows; the URL hash is written from it. */
  const state = {
    step: steps.length - 1,
    selected: null, // {faction: index} or {edge: index}
    focus: -1, // a faction whose neighbourhood alone is shown
    depth: 1,
    hiddenTypes: new Set(),
    hiddenConfidences: new Set(),
    pathFrom: -1,
    pathTo: -1,
    directed: false,
    marks: true, // mark what changed at this date
    view: null, // {scale, cx, cy}: layout point at the centre of the pane
  };

  /** Copies of the replayed graph every CHECKPOINT steps (see `replay`). */
  const checkpoints = [];
  const CHECKPOINT = 16;
  /** The graph as of the current step, replayed from the steps. */
  let now = replay(state.step);

  /**
   * The snapshot as of step `k`: which edges are drawn (each with its state),
   * which factions, and every faction's name. Replays the steps in order,
   * from the nearest saved copy of an earlier step's (one every 16 steps),
   * so that any date is a few steps away.
   */
  function replay(k) {
    const last = Math.min(k, steps.length - 1);
    let from = Math.floor(last / CHECKPOINT);
    while (from > 0 && !checkpoints[from]) from--;
    const start = checkpoints[from];
    const edgeState = start ? new Map(start.edgeState) : new Map();
    const present = start ? new Set(start.present) : new Set();
    const names = start ? start.names.slice() : factions.map((faction) => faction.name);
    let renames = start ? start.renames : 0;
    for (let i = start ? from * CHECKPOINT + 1 : 0; i <= last; i++) {
      const step = steps[i];
      for (const [e] of step.removed || []) edgeState.delete(e);
      for (const [from] of step.changed || []) edgeState.delete(from);
      for (const [, to, s] of step.changed || []) edgeState.set(to, s);
      for (const [e, s] of step.added || []) edgeState.set(e, s);
      for (const [e, s] of step.updated || []) edgeState.set(e, s);
      for (const f of step.factionsRemoved || []) present.delete(f);
      for (const f of step.factionsAdded || []) present.add(f);
      for (const [f, name] of step.names || []) { names[f] = name; renames += 1; }
      if (i % CHECKPOINT === 0 && !checkpoints[i / CHECKPOINT]) {
        checkpoints[i / CHECKPOINT] = { edgeState: new Map(edgeState), present: new Set(present), names: names.slice(), renames };
      }
    }
    // `renames` tells apart two sets of names: they follow from how many
    // renames were applied.
    return { edgeState, present, names, renames };
  }

  function stateOf(e) { return edges[e].states[now.edgeState.get(e)]; }
  function nameOf(f) { return now.names[f]; }

  /** True when the filters (types, confidence) let edge `e` be drawn. */
  function passesFilters(e) {
    return !state.hiddenTypes.has(edges[e].type) && !state.hiddenConfidences.has(stateOf(e).confidence);
  }

  /**
   * The factions within `state.depth` hops of the focus, walking drawn edges
   * either way (as `render --focus` does); null without a focus.
   */
  function focusSet(candidates) {
    if (state.focus < 0) return null;
    const near = new Set();
    if (!now.present.has(state.focus)) return near;
    const neighbours = new Map();
    for (const e of candidates) {
      const { from, to } = edges[e];
      if (!neighbours.has(from)) neighbours.set(from, []);
      if (!neighbours.has(to)) neighbours.set(to, []);
      neighbours.get(from).push(to);
      neighbours.get(to).push(from);
    }
    near.add(state.focus);
    let frontier = [state.focus];
    for (let hop = 0; hop < state.depth; hop++) {
      const next = [];
      for (const f of frontier) {
        for (const g of neighbours.get(f) || []) if (!near.has(g)) { near.add(g); next.push(g); }
      }
      frontier = next;
    }
    return near;
  }

  /** The edges and factions drawn now: after filters and focus. */
  function visible() {
    let shown = [...now.edgeState.keys()].filter(passesFilters);
    const filtering = state.hiddenTypes.size > 0 || state.hiddenConfidences.size > 0;
    const near = focusSet(shown);
    if (near) shown = shown.filter((e) => near.has(edges[e].from) && near.has(edges[e].to));
    let factionsShown;
    if (near || filtering) {
      // As `render --types` and `--focus`: only factions of the edges shown
      // (and the focus itself).
      factionsShown = new Set();
      for (const e of shown) { factionsShown.add(edges[e].from); factionsShown.add(edges[e].to); }
      if (near && now.present.has(state.focus)) factionsShown.add(state.focus);
    } else {
      factionsShown = new Set(now.present);
    }
    return { edges: shown, factions: factionsShown };
  }

  // ---------------------------------------------------------------- helpers

  const $ = (selector) => document.querySelector(selector);

  /** An HTML element with text content (never markup) and attributes. */
  function html(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'onclick') element.addEventListener('click', value);
      else element.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      element.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return element;
  }

  /** An SVG element with attributes. */
  function svgElement(tag, attributes = {}) {
    const element = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  }

  /** A link to an article's address, only for http(s); else null. */
  function safeHref(url) {
    if (typeof url !== 'string') return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (error) {
      return null;
    }
  }

  /** A clickable span (keyboard too) that runs `action`. */
  function action(text, run, title) {
    const element = html('span', { class: 'link', role: 'button', tabindex: 0, title }, text);
    element.addEventListener('click', run);
    element.addEventListener('keydown', (event) => { if (event.key === 'Enter') run(event); });
    return element;
  }

  /** Day number (days since 1970-01-01) of the first day of `year`. */
  function yearStart(year) { return Math.round(Date.UTC(year, 0, 1) / 86400000); }
  function yearOf(day) { return new Date(day * 86400000).getUTCFullYear(); }

  // ---------------------------------------------------------------- view

  const svg = $('#graph');
  const layers = {};
  for (const name of ['ghosts', 'edges', 'nodes', 'overlay']) {
    layers[name] = svgElement('g', { class: `layer-${name}` });
  }
  const defs = svgElement('defs');
  svg.append(defs, layers.ghosts, layers.edges, layers.nodes, layers.overlay);
  let paneWidth = 800;
  let paneHeight = 600;

  /** The box around faction centres `indices` (all factions when empty). */
  function bounds(indices) {
    const list = indices && indices.length ? indices : factions.map((_, i) => i);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const f of list) {
      const { x, y, w, h } = factions[f];
      minX = Math.min(minX, x - w / 2); maxX = Math.max(maxX, x + w / 2);
      minY = Math.min(minY, y - h / 2); maxY = Math.max(maxY, y + h / 2);
    }
    if (!isFinite(minX)) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
    return { minX, minY, maxX, maxY };
  }

  /**
   * The view that shows `indices` whole, with a margin, above the legend
   * when the pane is wide enough to put it beside the legend instead.
   */
  function fitted(indices) {
    const box = bounds(indices);
    const margin = 40;
    const legend = $('#legend').getBoundingClientRect();
    const below = legend.height ? legend.height + 10 : 0;
    const width = paneWidth - 2 * margin;
    const height = paneHeight - 2 * margin - below;
    const scale = Math.min(width / Math.max(box.maxX - box.minX, 1), height / Math.max(box.maxY - box.minY, 1), 1.5);
    // Centred in the space above the legend.
    const shift = below / 2 / Math.max(scale, 0.02);
    return { scale: Math.max(scale, 0.02), cx: (box.minX + box.maxX) / 2, cy: (box.minY + box.maxY) / 2 - shift };
  }

  /**
   * The view: the user's zoom and pan, or the whole graph fitted (worked
   * out once per size of the pane, since fitting measures the legend).
   */
  let fittedView = null;
  function currentView() {
    if (state.view) return state.view;
    if (!fittedView) fittedView = fitted(null);
    return fittedView;
  }

  /** Screen position (pixels in the pane) of layout point (x, y) in `view`; y grows upwards in the layout. */
  function toScreen(x, y, view) {
    return [(x - view.cx) * view.scale + paneWidth / 2, (view.cy - y) * view.scale + paneHeight / 2];
  }

  /** Zooms by `factor` keeping the layout point under (sx, sy) in place. */
  function zoomAt(factor, sx = paneWidth / 2, sy = paneHeight / 2) {
    const view = { ...currentView() };
    const scale = Math.min(Math.max(view.scale * factor, 0.02), 12);
    const lx = view.cx + (sx - paneWidth / 2) / view.scale;
    const ly = view.cy - (sy - paneHeight / 2) / view.scale;
    view.cx = lx - (sx - paneWidth / 2) / scale;
    view.cy = ly + (sy - paneHeight / 2) / scale;
    view.scale = scale;
    state.view = view;
    schedulePlace();
  }

  function panBy(dx, dy) {
    const view = { ...currentView() };
    view.cx -= dx / view.scale;
    view.cy += dy / view.scale;
    state.view = view;
    schedulePlace();
  }

  function centreOn(f) {
    const view = { ...currentView() };
    view.cx = factions[f].x;
    view.cy = factions[f].y;
    if (view.scale < 0.6) view.scale = 0.6;
    state.view = view;
  }

  // ---------------------------------------------------------------- drawing

  const nodeElements = new Map(); // faction -> <g>
  const edgeElements = new Map(); // edge -> <g>
  let shown = { edges: [], factions: new Set() };
  let lit = null; // {factions: Set, edges: Set} to emphasise, or null
  let placeQueued = false;

  /** The SVG arrowhead of each directed type, in its colour. */
  function addMarkers() {
    types.forEach((type, index) => {
      if (!type.directed || type.arrowhead === 'none') return;
      const marker = svgElement('marker', {
        id: `arrow-${index}`, viewBox: '0 0 10 10', refX: 9.5, refY: 5, markerUnits: 'userSpaceOnUse',
        markerWidth: 9 + type.penwidth * 2, markerHeight: 9 + type.penwidth * 2, orient: 'auto',
      });
      marker.append(arrowShape(type.arrowhead, type.color));
      defs.append(marker);
    });
  }

  /**
   * A Graphviz arrowhead name (`normal`, `onormal`, `diamond`, `odot`, `tee`,
   * ...) as a shape pointing right in a 10x10 box: `o` makes it open, `l`/`r`
   * (half) are drawn whole.
   */
  function arrowShape(name, color) {
    let rest = name;
    const open = rest.startsWith('o') || rest === 'empty' || rest === 'invempty';
    if (rest.startsWith('o')) rest = rest.slice(1);
    if (rest.startsWith('l') || rest.startsWith('r')) rest = rest.slice(1);
    const shapes = {
      normal: 'M0,1 L10,5 L0,9 Z', empty: 'M0,1 L10,5 L0,9 Z', inv: 'M10,1 L0,5 L10,9 Z',
      invempty: 'M10,1 L0,5 L10,9 Z', diamond: 'M0,5 L5,1.5 L10,5 L5,8.5 Z', box: 'M2,2 L10,2 L10,8 L2,8 Z',
      vee: 'M0,1 L10,5 L0,9 L3,5 Z', tee: 'M7,0 L10,0 L10,10 L7,10 Z', crow: 'M10,1 L0,5 L10,9 L7,5 Z',
      curve: 'M0,1 Q10,5 0,9', icurve: 'M10,1 Q0,5 10,9',
    };
    if (rest === 'dot') {
      return svgElement('circle', { cx: 6, cy: 5, r: 3.6, fill: open ? '#fff' : color, stroke: color, 'stroke-width': 1.2 });
    }
    return svgElement('path', { d: shapes[rest] || shapes.normal, fill: open ? '#fff' : color, stroke: color,
                                'stroke-width': 1.2, 'stroke-linejoin': 'round' });
  }

  /** A faction's node: its shape (by kind) and its name. */
  function nodeElement(f) {
    let element = nodeElements.get(f);
    if (element) return element;
    const faction = factions[f];
    const kind = DATA.kinds[faction.kind] || { fill: '#edf2f7', border: '#4a5568', shape: 'box' };
    element = svgElement('g', { class: `faction ${faction.kind}`, id: `faction-${faction.id}`, 'data-id': faction.id,
                                tabindex: 0, role: 'button' });
    const title = svgElement('title');
    const shape = svgElement('path', { class: 'shape', fill: kind.fill, stroke: kind.border });
    const label = svgElement('text', { 'text-anchor': 'middle' });
    element.append(title, shape, label);
    element.addEventListener('click', (event) => { event.stopPropagation(); select({ faction: f }); });
    element.addEventListener('keydown', (event) => { if (event.key === 'Enter') select({ faction: f }); });
    nodeElements.set(f, element);
    return element;
  }

  /** A drawn relation: a wide invisible stroke to click, its line, a halo when marked. */
  function edgeElement(e) {
    let element = edgeElements.get(e);
    if (element) return element;
    const edge = edges[e];
    const type = types[edge.type];
    const from = factions[edge.from].id;
    const to = factions[edge.to].id;
    element = svgElement('g', {
      class: `relation ${type.name}`, id: `relation-${type.name}-${from}-${to}`,
      'data-type': type.name, 'data-from': from, 'data-to': to, 'data-edge': edgeID(e),
    });
    const width = type.style === 'bold' ? type.penwidth * 1.5 : type.penwidth;
    const line = svgElement('path', { class: 'line', stroke: type.color, 'stroke-width': width });
    const dashes = { dashed: `${3 * width + 3} ${2 * width + 2}`, dotted: `0.1 ${2 * width + 2}` }[type.style];
    if (dashes) line.setAttribute('stroke-dasharray', dashes);
    if (type.directed && type.arrowhead !== 'none') line.setAttribute('marker-end', `url(#arrow-${edge.type})`);
    const halo = svgElement('path', { class: 'halo' });
    const hit = svgElement('path', { class: 'hit' });
    element.append(svgElement('title'), halo, line, hit);
    element.parts = { halo, paths: [halo, line, hit] };
    element.addEventListener('click', (event) => { event.stopPropagation(); select({ edge: e }); });
    edgeElements.set(e, element);
    return element;
  }

  /** The marks of this step's changes: edge -> 'added' | 'changed'; factions added and renamed. */
  function stepMarks() {
    const marks = { edges: new Map(), factions: new Map(), removedEdges: [], removedFactions: [] };
    if (!state.marks || state.step < 0) return marks;
    const step = steps[state.step];
    for (const [e] of step.added || []) marks.edges.set(e, 'added');
    for (const [, to] of step.changed || []) marks.edges.set(to, 'changed');
    for (const f of step.factionsAdded || []) marks.factions.set(f, 'added');
    for (const f of step.renamed || []) marks.factions.set(f, 'renamed');
    marks.removedEdges = (step.removed || []).map(([e]) => e).concat((step.changed || []).map(([from]) => from));
    marks.removedFactions = step.factionsRemoved || [];
    return marks;
  }

  /**
   * Decides what is drawn (after a new date, filter, focus or selection):
   * attaches and detaches elements, sets their classes, then places them.
   */
  function render() {
    shown = visible();
    lit = litSet();
    const marks = stepMarks();
    const edgesShown = new Set(shown.edges);
    for (const [e, element] of edgeElements) if (!edgesShown.has(e)) element.remove();
    for (const [f, element] of nodeElements) if (!shown.factions.has(f)) element.remove();
    for (const e of shown.edges) {
      const element = edgeElement(e);
      const mark = marks.edges.get(e);
      const selected = isSelected('edge', e);
      const emphasised = lit !== null && lit.edges.has(e);
      // Touch the DOM only where something changed: a date step then
      // costs little more than the relations that came, went or changed.
      const key = `${now.edgeState.get(e)}|${mark}|${selected}|${emphasised}|${now.renames}`;
      if (drawnAs.get(e) !== key) {
        drawnAs.set(e, key);
        const s = stateOf(e);
        const classes = ['relation', types[edges[e].type].name];
        if (s.contested) classes.push('contested');
        if (s.confidence !== 'reported') classes.push(s.confidence);
        if (mark) classes.push(mark);
        if (selected) classes.push('selected');
        if (emphasised) classes.push('lit');
        const halo = mark === 'added' ? '#2f855a' : mark === 'changed' ? '#dd6b20' : s.contested ? '#d69e2e' : 'none';
        update(element, classes.join(' '), headline(e));
        attributes(element.parts.halo, halo === 'none' ? { display: 'none' } : { display: null, stroke: halo });
      }
      if (!element.isConnected) layers.edges.append(element);
    }
    for (const f of shown.factions) {
      const element = nodeElement(f);
      const classes = ['faction', factions[f].kind];
      const mark = marks.factions.get(f);
      if (mark) classes.push(mark);
      if (isSelected('faction', f)) classes.push('selected');
      if (lit && lit.factions.has(f)) classes.push('lit');
      if (pathFactions.has(f)) classes.push('on-path');
      if (update(element, classes.join(' '), `${nameOf(f)} (${factions[f].id})`)) element.querySelector('text').textContent = nameOf(f);
      if (!element.isConnected) layers.nodes.append(element);
    }
    svg.classList.toggle('dimmed', lit !== null);
    // What ended at this date: ghosts, in the background.
    layers.ghosts.replaceChildren();
    ghosts = { edges: marks.removedEdges.filter((e) => !edgesShown.has(e)), factions: marks.removedFactions };
    // What is drawn, for scripts reading the page (and its tests).
    const facts = { date: steps[state.step] ? steps[state.step].date : '', step: String(state.step),
                    factions: String(shown.factions.size), relations: String(shown.edges.length) };
    for (const [key, value] of Object.entries(facts)) if (svg.dataset[key] !== value) svg.dataset[key] = value;
    place();
  }
  let ghosts = { edges: [], factions: [] };

  /** What each element shows, to change only what differs. */
  const shownAs = new WeakMap();
  /** Per edge: the state, marks and names it was last drawn with. */
  const drawnAs = new Map();

  /** Sets an element's class and tooltip, each only when it differs; true when the tooltip changed. */
  function update(element, classes, title) {
    const last = shownAs.get(element) || {};
    if (last.classes !== classes) element.setAttribute('class', classes);
    const retitled = last.title !== title;
    if (retitled) element.firstChild.textContent = title; // the <title>
    shownAs.set(element, { classes, title, d: last.d });
    return retitled;
  }

  /** Sets attributes of an element, each only when it differs from what was set last. */
  const attributesSet = new WeakMap();
  function attributes(element, values) {
    let last = attributesSet.get(element);
    if (!last) { last = {}; attributesSet.set(element, last); }
    for (const [key, value] of Object.entries(values)) {
      if (last[key] === value) continue;
      if (value === null) element.removeAttribute(key); else element.setAttribute(key, value);
      last[key] = value;
    }
  }

  /** Sets the `d` of an element's paths when it differs. */
  function setShape(element, d) {
    const last = shownAs.get(element);
    if (last && last.d === d) return;
    for (const path of element.parts.paths) path.setAttribute('d', d);
    if (last) last.d = d;
  }

  /** `1 faction`, `2 factions`. */
  function count(n, noun) { return `${n} ${noun}${n === 1 ? '' : 's'}`; }

  function isSelected(kind, index) { return state.selected !== null && state.selected[kind] === index; }

  /**
   * What to emphasise: the paths found (and the faction selected), else the
   * selected faction and its relations, else the selected relation.
   */
  function litSet() {
    if (pathEdges.size) {
      const result = { factions: new Set(pathFactions), edges: pathEdges };
      if (state.selected && state.selected.faction !== undefined) result.factions.add(state.selected.faction);
      return result;
    }
    if (state.selected && state.selected.edge !== undefined && now.edgeState.has(state.selected.edge)) {
      const edge = edges[state.selected.edge];
      return { factions: new Set([edge.from, edge.to]), edges: new Set([state.selected.edge]) };
    }
    if (state.selected && state.selected.faction !== undefined && shown.factions.has(state.selected.faction)) {
      const f = state.selected.faction;
      const result = { factions: new Set([f]), edges: new Set() };
      for (const e of shown.edges) {
        if (edges[e].from === f || edges[e].to === f) {
          result.edges.add(e); result.factions.add(edges[e].from); result.factions.add(edges[e].to);
        }
      }
      return result;
    }
    return null;
  }

  function schedulePlace() {
    if (placeQueued) return;
    placeQueued = true;
    markSettling();
    requestAnimationFrame(() => { placeQueued = false; place(); writeHash(); });
  }

  /**
   * `data-settling` on the body while a redraw or a hash write is still to
   * come: whoever drives the page (the browser tests) waits for it to go,
   * rather than for some time that a slower machine might exceed.
   */
  function markSettling() {
    document.body.toggleAttribute('data-settling', placeQueued || hashTimer !== null);
  }

  /**
   * Puts every drawn element where the current zoom and pan put it. Node
   * shapes grow with the zoom, but names stay 12 pixels high; when zoomed
   * out, nodes become small marks and names that would overlap are left
   * out (the busiest factions, and the selected ones, first).
   */
  let viewVersion = 0;
  let lastViewKey = '';
  const shapeCache = new Map();
  function place() {
    const view = currentView();
    const viewKey = `${view.scale},${view.cx},${view.cy},${paneWidth},${paneHeight}`;
    if (viewKey !== lastViewKey) { lastViewKey = viewKey; viewVersion += 1; }
    const boxes = view.scale >= 0.95;
    const geometry = new Map();
    for (const f of new Set([...shown.factions, ...ghosts.factions])) {
      const faction = factions[f];
      const [x, y] = toScreen(faction.x, faction.y, view);
      const hw = boxes ? faction.w * view.scale / 2 : 6;
      const hh = boxes ? faction.h * view.scale / 2 : 6;
      geometry.set(f, { x, y, hw, hh });
    }
    for (const f of shown.factions) {
      // In the same view, the same outline as last time (a date step moves nothing).
      let known = shapeCache.get(f);
      if (!known || known.version !== viewVersion) {
        const g = geometry.get(f);
        const shape = DATA.kinds[factions[f].kind] ? DATA.kinds[factions[f].kind].shape : 'box';
        known = { version: viewVersion, d: shapePath(shape, g.x, g.y, g.hw, g.hh) };
        shapeCache.set(f, known);
      }
      attributes(nodeElements.get(f).querySelector('.shape'), { d: known.d });
    }
    cullLabels(geometry, boxes, view.scale);
    placeEdges(shown.edges, geometry, (e, d) => setShape(edgeElements.get(e), d));
    // Ghosts of what ended at this date.
    layers.ghosts.replaceChildren();
    placeEdges(ghosts.edges.filter((e) => geometry.has(edges[e].from) && geometry.has(edges[e].to)), geometry, (e, d) => {
      layers.ghosts.append(svgElement('path', { class: 'ghost-relation', d, 'stroke-width': 1.5 }));
    });
    for (const f of ghosts.factions) {
      const g = geometry.get(f);
      const ghost = svgElement('g', { class: 'ghost-faction' });
      ghost.append(svgElement('path', { class: 'shape', d: shapePath('box', g.x, g.y, g.hw, g.hh) }));
      const text = svgElement('text', { x: boxes ? g.x : g.x + g.hw + 4, y: g.y + 4, 'text-anchor': boxes ? 'middle' : 'start' });
      text.textContent = nameOf(f);
      ghost.append(text);
      layers.ghosts.append(ghost);
    }
    placeOverlay();
    $('#status').textContent = `${count(shown.factions.size, 'faction')}, ${count(shown.edges.length, 'relation')} drawn · zoom ${(view.scale * 100).toFixed(0)} %`;
  }

  /** A kind's shape (Graphviz's names) centred at (x, y), half-width hw, half-height hh. */
  function shapePath(shape, x, y, hw, hh) {
    const p = (points) => 'M' + points.map(([px, py]) => `${(x + px).toFixed(1)},${(y + py).toFixed(1)}`).join(' L') + ' Z';
    switch (shape) {
      case 'hexagon': return p([[-hw, 0], [-hw * 0.6, -hh], [hw * 0.6, -hh], [hw, 0], [hw * 0.6, hh], [-hw * 0.6, hh]]);
      case 'octagon': return p([[-hw, -hh * 0.4], [-hw * 0.6, -hh], [hw * 0.6, -hh], [hw, -hh * 0.4],
                                [hw, hh * 0.4], [hw * 0.6, hh], [-hw * 0.6, hh], [-hw, hh * 0.4]]);
      case 'parallelogram': return p([[-hw, hh], [-hw * 0.7, -hh], [hw, -hh], [hw * 0.7, hh]]);
      case 'ellipse':
        return `M${(x - hw).toFixed(1)},${y.toFixed(1)} a${hw.toFixed(1)},${hh.toFixed(1)} 0 1,0 ${(2 * hw).toFixed(1)},0`
          + ` a${hw.toFixed(1)},${hh.toFixed(1)} 0 1,0 ${(-2 * hw).toFixed(1)},0 Z`;
      case 'box3d': {
        const d = Math.min(4, hw / 4);
        return p([[-hw, -hh + d], [-hw + d, -hh], [hw, -hh], [hw, hh - d], [hw - d, hh], [-hw, hh]]);
      }
      default: { // a rounded box
        const r = Math.min(6, hw / 2, hh / 2);
        return `M${(x - hw + r).toFixed(1)},${(y - hh).toFixed(1)} H${(x + hw - r).toFixed(1)} Q${(x + hw).toFixed(1)},${(y - hh).toFixed(1)} ${(x + hw).toFixed(1)},${(y - hh + r).toFixed(1)}`
          + ` V${(y + hh - r).toFixed(1)} Q${(x + hw).toFixed(1)},${(y + hh).toFixed(1)} ${(x + hw - r).toFixed(1)},${(y + hh).toFixed(1)}`
          + ` H${(x - hw + r).toFixed(1)} Q${(x - hw).toFixed(1)},${(y + hh).toFixed(1)} ${(x - hw).toFixed(1)},${(y + hh - r).toFixed(1)}`
          + ` V${(y - hh + r).toFixed(1)} Q${(x - hw).toFixed(1)},${(y - hh).toFixed(1)} ${(x - hw + r).toFixed(1)},${(y - hh).toFixed(1)} Z`;
      }
    }
  }

  /**
   * The path of each edge in `list`, handed to `draw`: straight, or curved
   * apart when one pair has several edges, from border to border of its
   * factions' shapes.
   */
  const pathCache = new Map();
  function placeEdges(list, geometry, draw) {
    const byPair = new Map();
    for (const e of list) {
      const { from, to } = edges[e];
      const key = from < to ? from * factions.length + to : to * factions.length + from;
      if (!byPair.has(key)) byPair.set(key, []);
      byPair.get(key).push(e);
    }
    for (const group of byPair.values()) {
      group.forEach((e, index) => {
        const edge = edges[e];
        const a = geometry.get(edge.from);
        const b = geometry.get(edge.to);
        if (!a || !b) return;
        // The same view and place in its pair as last time: the same path.
        const key = viewVersion * 1e6 + index * 1000 + group.length;
        const known = pathCache.get(e);
        if (known && known.key === key) { draw(e, known.d); return; }
        // The normal of the pair, from its smaller faction to its larger,
        // so that curves of one pair never cross.
        const [low, high] = edge.from < edge.to ? [a, b] : [b, a];
        const dx = high.x - low.x, dy = high.y - low.y;
        const length = Math.hypot(dx, dy) || 1;
        const offset = (index - (group.length - 1) / 2) * 18;
        const mx = (a.x + b.x) / 2 - (dy / length) * offset * 2;
        const my = (a.y + b.y) / 2 + (dx / length) * offset * 2;
        const start = border(a, offset ? mx : b.x, offset ? my : b.y);
        const end = border(b, offset ? mx : a.x, offset ? my : a.y);
        const d = offset
          ? `M${start[0].toFixed(1)},${start[1].toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${end[0].toFixed(1)},${end[1].toFixed(1)}`
          : `M${start[0].toFixed(1)},${start[1].toFixed(1)} L${end[0].toFixed(1)},${end[1].toFixed(1)}`;
        pathCache.set(e, { key, d });
        draw(e, d);
      });
    }
  }

  /** Where the line from a node's centre towards (tx, ty) leaves its box. */
  function border(g, tx, ty) {
    const dx = tx - g.x, dy = ty - g.y;
    if (dx === 0 && dy === 0) return [g.x, g.y];
    const t = Math.min(g.hw / Math.abs(dx || 1e-9), g.hh / Math.abs(dy || 1e-9), 1);
    return [g.x + dx * t, g.y + dy * t];
  }

  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map();
  function textWidth(text) {
    let width = widths.get(text);
    if (width === undefined) {
      measure.font = '12px "DejaVu Sans", system-ui, sans-serif';
      width = measure.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  }

  /**
   * Hides names that would overlap a name already shown, most important
   * first: the selected, found, focused and path factions, then by the
   * number of relations drawn. Names inside boxes never overlap.
   */
  function cullLabels(geometry, boxes, scale) {
    const degree = new Map();
    for (const e of shown.edges) {
      degree.set(edges[e].from, (degree.get(edges[e].from) || 0) + 1);
      degree.set(edges[e].to, (degree.get(edges[e].to) || 0) + 1);
    }
    const important = (f) => (isSelected('faction', f) || f === foundFaction || f === state.focus || pathFactions.has(f)
      || (lit && lit.factions.has(f)) ? 1 : 0);
    const order = [...shown.factions].sort((a, b) => important(b) - important(a) || (degree.get(b) || 0) - (degree.get(a) || 0) || a - b);
    // Boxes on a coarse grid, to find overlaps in about constant time.
    const cell = 80;
    const grid = (boxesIn) => {
      const map = new Map();
      return {
        hits(box) {
          for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++) {
            for (let gy = Math.floor(box.y0 / cell); gy <= Math.floor(box.y1 / cell); gy++) {
              for (const other of map.get(`${gx},${gy}`) || []) {
                if (box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1) return true;
              }
            }
          }
          return false;
        },
        add(box) {
          for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++) {
            for (let gy = Math.floor(box.y0 / cell); gy <= Math.floor(box.y1 / cell); gy++) {
              const key = `${gx},${gy}`;
              if (!map.has(key)) map.set(key, []);
              map.get(key).push(box);
            }
          }
        },
      };
    };
    const names = grid();
    const marks = grid();
    if (!boxes) for (const f of order) { const g = geometry.get(f); marks.add({ x0: g.x - g.hw, y0: g.y - g.hh, x1: g.x + g.hw, y1: g.y + g.hh }); }
    // Names never overlap each other; they keep off other factions' marks,
    // except the busiest few, whose names matter most.
    const add = (box) => names.add(box);
    let rank = 0;
    for (const f of order) {
      rank += 1;
      const hits = (box) => names.hits(box) || (rank > 12 && marks.hits(box))
        || box.x0 < 0 || box.y0 < 0 || box.x1 > paneWidth || box.y1 > paneHeight;
      const label = nodeElements.get(f).querySelector('text');
      const g = geometry.get(f);
      if (boxes) {
        // Inside its box the name grows with it, as Graphviz sized the box for it.
        const size = Math.min(Math.max(11 * scale, 12), 20);
        attributes(label, { display: null, x: g.x.toFixed(1), y: (g.y + size / 3).toFixed(1), 'text-anchor': 'middle' });
        label.style.fontSize = `${size.toFixed(1)}px`;
        continue;
      }
      label.style.fontSize = '';
      const offscreen = g.x < -200 || g.y < -20 || g.x > paneWidth + 20 || g.y > paneHeight + 20;
      const width = textWidth(nameOf(f));
      // Right of the mark, else left, below or above it.
      const spots = [
        { x: g.x + g.hw + 4, y: g.y + 4, anchor: 'start', box: { x0: g.x + g.hw + 2, y0: g.y - 9, x1: g.x + g.hw + 6 + width, y1: g.y + 7 } },
        { x: g.x - g.hw - 4, y: g.y + 4, anchor: 'end', box: { x0: g.x - g.hw - 6 - width, y0: g.y - 9, x1: g.x - g.hw - 2, y1: g.y + 7 } },
        { x: g.x, y: g.y + g.hh + 13, anchor: 'middle', box: { x0: g.x - width / 2 - 2, y0: g.y + g.hh + 1, x1: g.x + width / 2 + 2, y1: g.y + g.hh + 16 } },
        { x: g.x, y: g.y - g.hh - 5, anchor: 'middle', box: { x0: g.x - width / 2 - 2, y0: g.y - g.hh - 17, x1: g.x + width / 2 + 2, y1: g.y - g.hh - 1 } },
      ];
      const spot = offscreen ? null : spots.find((candidate) => !hits(candidate.box)) || (important(f) ? spots[0] : null);
      if (spot) {
        attributes(label, { display: null, x: spot.x.toFixed(1), y: spot.y.toFixed(1), 'text-anchor': spot.anchor });
        add(spot.box);
      } else {
        attributes(label, { display: 'none' });
      }
    }
  }

  /** A ring around the faction found by search, drawn or not at this date. */
  let foundFaction = -1;
  function placeOverlay() {
    layers.overlay.replaceChildren();
    if (foundFaction < 0) return;
    const faction = factions[foundFaction];
    const view = currentView();
    const [x, y] = toScreen(faction.x, faction.y, view);
    const r = Math.max(14, (view.scale >= 0.95 ? Math.max(faction.w, faction.h) * view.scale / 2 : 6) + 8);
    layers.overlay.append(svgElement('circle', { class: 'found-ring', cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }));
  }

  // ---------------------------------------------------------------- words

  /** `combat: A -- B, since DATE until DATE [contested, alleged]`, as the CLI writes a relation. */
  function headline(e) {
    const edge = edges[e];
    const type = types[edge.type];
    const s = stateOf(e) || edge.states[0];
    let text = `${type.name}: ${nameOf(edge.from)} ${type.directed ? '->' : '--'} ${nameOf(edge.to)}, since ${s.since}`;
    if (s.until) text += ` until ${s.until}`;
    const marks = [];
    if (s.contested) marks.push('contested');
    if (s.confidence !== 'reported') marks.push(s.confidence);
    if (marks.length) text += ` [${marks.join(', ')}]`;
    return text;
  }

  /** One quote of a report: the quote, its article (linked if http(s)), date and `file:line`. */
  function quoteElement(r, quote, line) {
    const report = reports[r];
    const article = articles[report.article];
    const href = safeHref(article.url);
    const title = href
      ? html('a', { href, target: '_blank', rel: 'noopener noreferrer' }, article.title)
      : html('cite', {}, article.title);
    return html('div', { class: 'quote' },
      html('q', {}, quote),
      html('div', { class: 'source' }, '— ', title, ` (${article.published})`,
        article.source ? `, ${article.source}` : '', ', ', html('code', {}, `${article.path}:${line}`),
        report.confidence !== 'reported' ? ` [${report.confidence}]` : '',
        report.date !== article.published ? `, dated ${report.date}` : ''));
  }

  function quotesOf(reportNumbers) {
    const list = [];
    for (const r of reportNumbers) for (const [quote, line] of reports[r].quotes) list.push(quoteElement(r, quote, line));
    return list;
  }

  // ---------------------------------------------------------------- panels

  /** Selects a faction or a relation, shows it in the panel. */
  function select(selection) {
    state.selected = selection;
    render();
    showDetails();
    writeHash();
  }

  function showDetails() {
    const panel = $('#details');
    panel.replaceChildren();
    if (!state.selected) return;
    if (state.selected.edge !== undefined) showEdge(panel, state.selected.edge);
    else showFaction(panel, state.selected.faction);
  }

  function showEdge(panel, e) {
    const edge = edges[e];
    const drawn = now.edgeState.has(e);
    const s = drawn ? stateOf(e) : edge.states[edge.states.length - 1];
    panel.append(html('h2', {}, drawn ? headline(e) : `${types[edge.type].name}: ${nameOf(edge.from)} – ${nameOf(edge.to)}`));
    if (!drawn) panel.append(html('p', { class: 'muted' }, `Not in the graph as of ${steps[state.step].date}; as last drawn:`));
    const facts = html('ul', { class: 'plain' });
    facts.append(html('li', {}, 'between ', action(nameOf(edge.from), () => select({ faction: edge.from })), ' and ',
                      action(nameOf(edge.to), () => select({ faction: edge.to }))));
    facts.append(html('li', {}, `confidence: ${s.confidence}; last reported ${s.lastReported}`));
    if (s.casualties) {
      facts.append(html('li', {}, 'casualties: ' + Object.entries(s.casualties)
        .map(([id, count]) => `${factionByID.has(id) ? nameOf(factionByID.get(id)) : id} ${count}`).join(', ')));
    }
    if (s.fatalities) {
      const f = s.fatalities;
      facts.append(html('li', {}, `killed in all: ${f.best}${f.low !== undefined ? ` (${f.low}-${f.high})` : ''}`));
    }
    if (s.where) facts.append(html('li', {}, `where: ${s.where.join(', ')}`));
    panel.append(facts);
    const count = s.reports.reduce((n, r) => n + reports[r].quotes.length, 0);
    panel.append(html('h3', {}, `Evidence (${count} quote${count === 1 ? '' : 's'})`));
    panel.append(...quotesOf(s.reports));
  }

  function showFaction(panel, f) {
    const faction = factions[f];
    const date = steps[state.step].date;
    panel.append(html('h2', {}, `${nameOf(f)} `, html('span', { class: 'muted' }, `(${faction.id})`)));
    const kind = DATA.kinds[faction.kind];
    const facts = html('ul', { class: 'plain' });
    facts.append(html('li', {}, kind ? kind.label : faction.kind));
    if (faction.names) {
      facts.append(html('li', {}, 'names: ' + faction.names.map(([from, name]) => (from ? `${name} from ${from}` : name)).join('; ')));
    }
    if (faction.aliases) facts.append(html('li', {}, `also: ${faction.aliases.join(', ')}`));
    if (faction.founded) facts.append(html('li', {}, `founded ${faction.founded}`));
    if (faction.dissolved) facts.append(html('li', {}, `dissolved ${faction.dissolved}`));
    if (faction.note) facts.append(html('li', {}, faction.note));
    if (!now.present.has(f)) facts.append(html('li', { class: 'muted' }, `not in the graph as of ${date}`));
    panel.append(facts);

    const controls = html('div', { class: 'row' });
    const depth = html('select', { 'aria-label': 'Depth' });
    for (const n of [1, 2, 3]) depth.append(html('option', { value: n, selected: n === state.depth }, `depth ${n}`));
    controls.append(
      html('button', { type: 'button', onclick: () => setFocus(f, Number(depth.value)) }, 'Focus on its neighbourhood'), depth,
      html('button', { type: 'button', onclick: () => setPath(f, state.pathTo) }, 'Path from here'),
      html('button', { type: 'button', onclick: () => setPath(state.pathFrom, f) }, 'Path to here'));
    panel.append(controls);

    const own = [...now.edgeState.keys()].filter((e) => edges[e].from === f || edges[e].to === f);
    if (own.length) {
      panel.append(html('h3', {}, `Relations as of ${date} (${own.length})`));
      const list = html('ul', { class: 'plain' });
      for (const e of own) list.append(html('li', {}, action(headline(e), () => select({ edge: e }))));
      panel.append(list);
    }
    panel.append(html('h3', {}, 'History'));
    panel.append(historyElement(faction));
  }

  /** The faction's history as `factiongraph history` prints it, each line's quotes below it. */
  function historyElement(faction) {
    const box = html('div', { class: 'history' });
    box.append(html('div', {}, faction.history.header));
    const lines = faction.history.lines;
    if (!lines.length) { box.append(html('div', {}, 'No relations.')); return box; }
    const shownLines = 150;
    const addLines = (from, to) => {
      for (const [date, mark, text, reportNumbers] of lines.slice(from, to)) {
        box.append(html('div', { class: 'line' }, `${date.padEnd(10)}  ${mark} ${text}`));
        for (const r of reportNumbers) {
          const report = reports[r];
          const article = articles[report.article];
          for (const [quote, line] of report.quotes) {
            const href = safeHref(article.url);
            box.append(html('div', { class: 'q' }, `“${quote}” — `,
              href ? html('a', { href, target: '_blank', rel: 'noopener noreferrer' }, article.title) : article.title,
              ` (${article.published}), ${article.path}:${line}`));
          }
        }
      }
    };
    addLines(0, shownLines);
    if (lines.length > shownLines) {
      const more = html('button', { type: 'button' }, `Show all ${lines.length} lines`);
      more.addEventListener('click', () => { more.remove(); addLines(shownLines, lines.length); });
      box.append(more);
    }
    return box;
  }

  /** Every faction's name as of the step before step `k`. */
  function namesBefore(k) {
    const names = now.names.slice();
    // Undo this step's renames: the names it replaced are the latest
    // earlier ones.
    for (const [f] of steps[k].names || []) {
      names[f] = factions[f].name;
      for (let i = 1; i < k; i++) for (const [g, name] of steps[i].names || []) if (g === f) names[f] = name;
    }
    return names;
  }

  /** The changes of the current step, read like `diff`. */
  function showChanges() {
    const panel = $('#changes');
    panel.replaceChildren();
    const step = steps[state.step];
    if (!step) return;
    const previous = state.step > 0 ? `since ${steps[state.step - 1].label}` : 'from nothing';
    const before = { names: namesBefore(state.step) };
    const items = [];
    const item = (kind, mark, ...content) => items.push(html('li', { class: `change ${kind}` }, html('span', { class: 'mark' }, mark), ' ', ...content));
    for (const f of step.factionsRemoved || []) item('removed', '-', 'faction ', action(before.names[f], () => select({ faction: f })));
    for (const f of step.factionsAdded || []) item('added', '+', 'faction ', action(nameOf(f), () => select({ faction: f })));
    for (const f of step.renamed || []) item('changed', '~', `faction ${factions[f].id} renamed: ${before.names[f]} -> `, action(nameOf(f), () => select({ faction: f })));
    for (const [e, reason] of step.removed || []) {
      item('removed', '-', action(`${types[edges[e].type].name}: ${before.names[edges[e].from]} – ${before.names[edges[e].to]}`, () => select({ edge: e })),
        reason ? ` (${reason})` : '');
    }
    for (const [from, to] of step.changed || []) {
      item('changed', '~', action(`${nameOf(edges[to].from)} -- ${nameOf(edges[to].to)}: ${types[edges[from].type].name} -> ${types[edges[to].type].name}`,
        () => select({ edge: to })));
    }
    for (const [e] of step.added || []) item('added', '+', action(headline(e), () => select({ edge: e })));
    panel.append(html('h2', {}, `As of ${step.label}`),
      html('p', { class: 'muted' }, `${items.length} change${items.length === 1 ? '' : 's'} ${previous}; ${count(now.present.size, 'faction')}, ${count(now.edgeState.size, 'relation')}.`),
      html('ul', { class: 'plain' }, ...items));
  }

  /**
   * The legend over the drawing: each type a toggle (the type filter), then
   * the confidence toggles and whether to mark this date's changes.
   */
  function showLegend() {
    const panel = $('#legend');
    panel.replaceChildren();
    types.forEach((type, index) => {
      const sample = svgElement('svg', { width: 40, height: 12, 'aria-hidden': 'true' });
      const line = svgElement('line', { x1: 2, y1: 6, x2: 33, y2: 6, stroke: type.color, 'stroke-width': type.style === 'bold' ? type.penwidth * 1.5 : type.penwidth });
      const dashes = { dashed: '6 4', dotted: '0.1 5' }[type.style];
      if (dashes) { line.setAttribute('stroke-dasharray', dashes); line.setAttribute('stroke-linecap', 'round'); }
      sample.append(line);
      if (type.directed && type.arrowhead !== 'none') {
        // The type's own arrowhead, as drawn on its lines.
        const head = svgElement('g', { transform: 'translate(30,1)' });
        head.append(arrowShape(type.arrowhead, type.color));
        sample.append(head);
      }
      const button = html('button', { type: 'button', class: 'legend-entry type-toggle', 'data-type': type.name,
                                      title: `Show or hide ${type.name}`, 'aria-pressed': String(!state.hiddenTypes.has(index)) }, sample, type.legend);
      button.addEventListener('click', () => toggle(state.hiddenTypes, index));
      panel.append(button);
    });
    const row = html('div', { class: 'row' }, html('span', { class: 'muted' }, 'confidence:'));
    for (const confidence of CONFIDENCES) {
      const button = html('button', { type: 'button', class: 'confidence-toggle', 'data-confidence': confidence,
                                      title: `Show or hide ${confidence} relations`,
                                      'aria-pressed': String(!state.hiddenConfidences.has(confidence)) }, confidence);
      button.addEventListener('click', () => toggle(state.hiddenConfidences, confidence));
      row.append(button);
    }
    const marks = html('label', { title: 'Green: new at this date; orange: stance changed, renamed or contested; red dashed: ended at this date; faded: alleged' },
      html('input', { type: 'checkbox', id: 'marks', checked: state.marks }), ' mark changes');
    marks.querySelector('input').addEventListener('change', (event) => { state.marks = event.target.checked; render(); writeHash(); });
    row.append(marks);
    panel.append(row);
  }

  function toggle(set, value) {
    if (set.has(value)) set.delete(value); else set.add(value);
    showLegend();
    refresh();
  }

  /** What is shown: counts, the focus and a way out of it. */
  function showView() {
    const panel = $('#view');
    panel.replaceChildren();
    const parts = [`${shown.factions.size} of ${count(now.present.size, 'faction')}, ${shown.edges.length} of ${count(now.edgeState.size, 'relation')} shown`];
    panel.append(html('p', { class: 'muted' }, parts.join('')));
    if (state.focus >= 0) {
      const depth = html('select', { 'aria-label': 'Focus depth', id: 'focus-depth' });
      for (const n of [1, 2, 3]) depth.append(html('option', { value: n, selected: n === state.depth }, String(n)));
      depth.addEventListener('change', () => setFocus(state.focus, Number(depth.value)));
      panel.append(html('div', { class: 'row' }, 'Focus: ', action(nameOf(state.focus), () => select({ faction: state.focus })),
        ', depth ', depth, html('button', { type: 'button', id: 'clear-focus', onclick: () => setFocus(-1, state.depth) }, 'Show all')));
      if (!now.present.has(state.focus)) panel.append(html('p', { class: 'muted' }, `${nameOf(state.focus)} is not in the graph as of ${steps[state.step].date}.`));
    }
  }

  function setFocus(f, depth) {
    state.focus = f;
    state.depth = Math.min(Math.max(depth || 1, 1), 3);
    shown = visible();
    state.view = f >= 0 ? fitted([...shown.factions]) : null;
    refresh();
  }

  // ---------------------------------------------------------------- paths

  let pathFactions = new Set();
  let pathEdges = new Set();

  /**
   * Every shortest path from `source` to `target` over the edges drawn at
   * this date, as `factiongraph path` finds them: relations walked either
   * way (directed types only along their arrows with `directed`), only the
   * types shown (as `--types`), in the same order (by the factions' ids
   * along the way, then the types' order), each with its sign.
   */
  function shortestPaths(source, target, limit = 1000) {
    const ids = [...now.present].sort((a, b) => a - b); // faction numbers are in id order
    const number = new Map(ids.map((f, n) => [f, n]));
    const start = number.get(source);
    const goal = number.get(target);
    if (start === undefined || goal === undefined || start === goal) return { paths: [], complete: true };
    const out = ids.map(() => []);
    for (const e of now.edgeState.keys()) {
      const edge = edges[e];
      if (state.hiddenTypes.has(edge.type)) continue;
      const a = number.get(edge.from), b = number.get(edge.to);
      if (a === undefined || b === undefined) continue;
      const directed = types[edge.type].directed;
      out[a].push({ to: b, edge: e, forward: true });
      if (!(state.directed && directed)) out[b].push({ to: a, edge: e, forward: !directed });
    }
    for (const list of out) list.sort((x, y) => x.to - y.to || edges[x.edge].type - edges[y.edge].type || (x.forward ? 0 : 1) - (y.forward ? 0 : 1));
    // Hops from each faction to the goal: over the steps backwards.
    const incoming = ids.map(() => []);
    out.forEach((list, node) => { for (const step of list) incoming[step.to].push(node); });
    const distance = ids.map(() => -1);
    distance[goal] = 0;
    const queue = [goal];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const next of incoming[node]) if (distance[next] < 0) { distance[next] = distance[node] + 1; queue.push(next); }
    }
    const paths = [];
    if (distance[start] <= 0) return { paths, complete: true };
    const trail = [];
    let complete = true;
    const extend = (node) => {
      if (paths.length >= limit) { complete = false; return; }
      if (node === goal) {
        paths.push({ factions: [source, ...trail.map((step) => ids[step.to])], hops: trail.map((step) => ({ edge: step.edge, forward: step.forward })) });
        return;
      }
      for (const step of out[node]) {
        if (distance[step.to] !== distance[node] - 1) continue;
        trail.push(step);
        extend(step.to);
        trail.pop();
      }
    };
    extend(start);
    return { paths, complete };
  }

  /** The product of the hops' polarities: `?` wins, then an odd number of `-` is `-`. */
  function sign(path) {
    let result = '+';
    for (const hop of path.hops) {
      const polarity = types[edges[hop.edge].type].polarity;
      if (polarity === '?' || result === '?') result = '?';
      else if (polarity === '-') result = result === '+' ? '-' : '+';
    }
    return result;
  }

  /** The sign in words, as the CLI's text output says it. */
  function reading(path, s) {
    const hostile = path.hops.filter((hop) => types[edges[hop.edge].type].polarity === '-').length;
    const length = path.hops.length;
    if (s === '?') {
      const unsigned = path.hops.find((hop) => types[edges[hop.edge].type].polarity === '?');
      return `through a ${unsigned ? types[edges[unsigned.edge].type].name : 'split'}, sign unknown`;
    }
    if (s === '+') return hostile === 0 ? (length === 1 ? 'friends' : 'friendly chain') : hostile === 2 ? 'enemy of an enemy' : 'an even number of hostile links';
    if (hostile === 1) return length === 1 ? 'enemies' : 'friend of an enemy';
    return hostile === 3 && length === 3 ? 'enemy of an enemy of an enemy' : 'an odd number of hostile links';
  }

  function setPath(from, to) {
    state.pathFrom = from;
    state.pathTo = to;
    refresh();
  }

  /** The path panel: two factions to pick, then every shortest path between them. */
  function showPaths() {
    const panel = $('#paths');
    panel.replaceChildren(html('h2', {}, 'Paths'));
    const row = html('div', { class: 'row' });
    row.append(picker('path-from', 'From', state.pathFrom, (f) => setPath(f, state.pathTo)),
               picker('path-to', 'To', state.pathTo, (f) => setPath(state.pathFrom, f)));
    const directed = html('label', {}, html('input', { type: 'checkbox', id: 'path-directed', checked: state.directed }), ' along arrows only');
    directed.querySelector('input').addEventListener('change', (event) => { state.directed = event.target.checked; refresh(); });
    panel.append(row, directed);
    pathFactions = new Set();
    pathEdges = new Set();
    if (state.pathFrom < 0 || state.pathTo < 0) {
      panel.append(html('p', { class: 'muted' }, 'Pick two factions (or use “Path from here” on a faction) to see how they are connected.'));
      return;
    }
    const date = steps[state.step].date;
    const { paths, complete } = shortestPaths(state.pathFrom, state.pathTo);
    const types_ = state.hiddenTypes.size ? ` --types ${types.filter((_, i) => !state.hiddenTypes.has(i)).map((t) => t.name).join(',')}` : '';
    panel.append(html('p', { class: 'muted' },
      `factiongraph path CORPUS ${factions[state.pathFrom].id} ${factions[state.pathTo].id} --at ${date}${types_}${state.directed ? ' --directed' : ''}`));
    const list = html('ol', { id: 'path-list' });
    for (const path of paths) {
      const s = sign(path);
      const item = html('li', { class: 'path', 'data-factions': path.factions.map((f) => factions[f].id).join(' '), 'data-sign': s,
                                'data-hops': path.hops.map((hop) => `${edgeID(hop.edge)}${hop.forward ? '' : '<'}`).join(' ') });
      item.append(nameOf(path.factions[0]));
      path.hops.forEach((hop, index) => {
        const type = types[edges[hop.edge].type];
        const connector = !type.directed ? `-${type.name}-` : hop.forward ? `-${type.name}->` : `<-${type.name}-`;
        item.append(' ', action(connector, () => select({ edge: hop.edge }), headline(hop.edge)), ' ', nameOf(path.factions[index + 1]));
        pathEdges.add(hop.edge);
      });
      for (const f of path.factions) pathFactions.add(f);
      const hops = path.hops.length === 1 ? '1 hop' : `${path.hops.length} hops`;
      item.append('  (', html('span', { class: 'sign' }, s), `, ${hops}: ${reading(path, s)})`);
      list.append(item);
    }
    const count = paths.length === 1 ? '1 shortest path' : `${complete ? '' : 'the first '}${paths.length} shortest paths`;
    panel.append(html('p', { id: 'path-summary' }, paths.length
      ? `${count} from ${nameOf(state.pathFrom)} to ${nameOf(state.pathTo)} as of ${date}:`
      : `No path from ${nameOf(state.pathFrom)} to ${nameOf(state.pathTo)} as of ${date}.`), list);
    panel.append(html('button', { type: 'button', id: 'clear-path', onclick: () => setPath(-1, -1) }, 'Clear'));
  }

  // ---------------------------------------------------------------- search

  /**
   * A name folded for search: case, accents and Arabic marks (harakat,
   * hamza forms, tatweel) ignored, runs of spaces as one.
   */
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
      .replace(/\u0640/g, '').replace(/[\u0671\u0672\u0673\u0675]/g, '\u0627').replace(/\u0649/g, '\u064a')
      .replace(/\u0629/g, '\u0647').replace(/\s+/g, ' ').trim();
  }

  /** Every name of every faction: ids, names over time, aliases, folded. */
  const searchIndex = factions.flatMap((faction, f) => {
    const names = new Set([faction.id, faction.name, ...(faction.names || []).map(([, name]) => name), ...(faction.aliases || [])]);
    return [...names].map((name) => ({ f, name, key: fold(name) }));
  });

  /** The factions matching `query`, best first: whole name, then start, then a word's start, then anywhere. */
  function search(query, limit = 12) {
    const key = fold(query);
    if (!key) return [];
    const best = new Map();
    for (const entry of searchIndex) {
      const at = entry.key.indexOf(key);
      if (at < 0) continue;
      const rank = entry.key === key ? 0 : at === 0 ? 1 : entry.key[at - 1] === ' ' || entry.key[at - 1] === '-' ? 2 : 3;
      const score = rank * 1000 + Math.min(entry.key.length, 999);
      const known = best.get(entry.f);
      if (!known || score < known.score) best.set(entry.f, { f: entry.f, name: entry.name, score });
    }
    return [...best.values()].sort((a, b) => a.score - b.score || a.f - b.f).slice(0, limit);
  }

  /**
   * Makes `input` a search box: typing lists matches below it, arrow keys
   * move through them, Enter or a click picks one.
   */
  function autocomplete(input, list, pick) {
    let matches = [];
    let active = 0;
    const close = () => { list.hidden = true; list.replaceChildren(); input.setAttribute('aria-expanded', 'false'); };
    const show = () => {
      list.replaceChildren();
      matches.forEach((match, index) => {
        const current = nameOf(match.f);
        const item = html('li', { role: 'option', 'aria-selected': String(index === active), 'data-id': factions[match.f].id },
          current,
          match.name !== current ? html('span', { class: 'also' }, ` — ${match.name}`) : null,
          !now.present.has(match.f) ? html('span', { class: 'absent' }, ` (not drawn as of ${steps[state.step].date})`) : null);
        item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(index); });
        list.append(item);
      });
      list.hidden = matches.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
    };
    const choose = (index) => {
      const match = matches[index];
      close();
      if (match) { input.value = nameOf(match.f); pick(match.f); }
    };
    input.addEventListener('input', () => { matches = search(input.value); active = 0; show(); });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!matches.length) return;
        active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
        show();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (!matches.length) matches = search(input.value);
        choose(active);
      } else if (event.key === 'Escape') {
        close();
      }
      event.stopPropagation();
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
  }

  /** A faction picker for the path panel: a search box with the faction's name. */
  function picker(id, label, f, pick) {
    const wrap = html('div', { class: 'pick-wrap' });
    const input = html('input', { id, class: 'pick', type: 'search', placeholder: label, 'aria-label': `${label} faction`,
                                  autocomplete: 'off', value: f >= 0 ? nameOf(f) : '' });
    const list = html('ul', { class: 'results', role: 'listbox', hidden: true });
    autocomplete(input, list, pick);
    wrap.append(input, list);
    return wrap;
  }

  /**
   * A faction found by the main search: centred, ringed, selected. A faction
   * not in the graph at this date is shown at the nearest date where it is
   * (the earlier one when two are as near).
   */
  function found(f) {
    foundFaction = f;
    if (!now.present.has(f)) {
      const k = nearestStepWith(f);
      if (k >= 0) { state.step = k; now = replay(k); }
    }
    centreOn(f);
    state.selected = { faction: f };
    refresh();
    showDetails();
  }

  /** The step nearest to the current one at which faction `f` is drawn; -1 if none. */
  function nearestStepWith(f) {
    let drawn = false;
    let best = -1;
    steps.forEach((step, k) => {
      if ((step.factionsRemoved || []).includes(f)) drawn = false;
      if ((step.factionsAdded || []).includes(f)) drawn = true;
      if (drawn && (best < 0 || Math.abs(k - state.step) < Math.abs(best - state.step))) best = k;
    });
    return best;
  }

  // ---------------------------------------------------------------- time

  const slider = $('#slider');
  const firstDay = steps.length ? steps[0].day : 0;
  const lastDay = steps.length ? Math.max(steps[steps.length - 1].day, firstDay + 1) : 1;

  /** The slider spans real time: its value is a day, each step sits at its date. */
  function setUpSlider() {
    slider.min = String(firstDay);
    slider.max = String(lastDay);
    slider.step = '1';
    slider.addEventListener('input', () => {
      const day = Number(slider.value);
      let k = 0;
      while (k + 1 < steps.length && steps[k + 1].day <= day) k++;
      go(k);
    });
    drawTicks();
  }

  /** Year ticks (labelled as space allows) and a mark at each step's date. */
  function drawTicks() {
    const ticks = $('#ticks');
    ticks.replaceChildren();
    const span = lastDay - firstDay;
    const width = ticks.getBoundingClientRect().width || 600;
    const first = yearOf(firstDay), last = yearOf(lastDay);
    const years = last - first + 1;
    const every = [1, 2, 5, 10, 20, 50, 100].find((n) => (width / years) * n >= 42) || 100;
    for (let year = first; year <= last + 1; year++) {
      const day = yearStart(year);
      if (day < firstDay || day > lastDay) continue;
      const tick = html('div', { class: 'year' });
      tick.style.left = `${((day - firstDay) / span) * 100}%`;
      if (year % every === 0) tick.append(html('span', {}, String(year)));
      ticks.append(tick);
    }
    for (const step of steps) {
      const mark = html('div', { class: 'mark', title: step.label });
      mark.style.left = `${((step.day - firstDay) / span) * 100}%`;
      ticks.append(mark);
    }
  }

  /** Shows step `k`. */
  function go(k) {
    const target = Math.min(Math.max(k, 0), steps.length - 1);
    if (target !== state.step) {
      state.step = target;
      now = replay(state.step);
    }
    refresh();
  }

  let playing = null;
  function play() {
    if (playing) { stop(); return; }
    if (state.step >= steps.length - 1) go(0);
    const button = $('#play');
    button.textContent = '❚❚';
    button.setAttribute('aria-label', 'Pause');
    playing = setInterval(() => {
      if (state.step >= steps.length - 1) { stop(); return; }
      go(state.step + 1);
    }, 900);
  }
  function stop() {
    clearInterval(playing);
    playing = null;
    const button = $('#play');
    button.textContent = '▶';
    button.setAttribute('aria-label', 'Play');
  }

  // ---------------------------------------------------------------- address

  /**
   * The view as the URL hash, so a view can be shared:
   * `#date=2018-11-19&focus=hts&depth=2&hide=truce,combat&confidence=alleged
   *  &select=hts (or select=combat:a:b)&path=a,b&directed=1&marks=0&view=1.25,310.5,-42`.
   */
  function hashText() {
    const parts = [];
    const step = steps[state.step];
    if (step) parts.push(`date=${encodeURIComponent(step.label)}`);
    if (state.focus >= 0) parts.push(`focus=${encodeURIComponent(factions[state.focus].id)}`, `depth=${state.depth}`);
    if (state.hiddenTypes.size) parts.push(`hide=${[...state.hiddenTypes].map((t) => types[t].name).sort().join(',')}`);
    if (state.hiddenConfidences.size) parts.push(`confidence=${[...state.hiddenConfidences].sort().join(',')}`);
    if (state.selected) {
      parts.push(`select=${encodeURIComponent(state.selected.edge !== undefined ? edgeID(state.selected.edge) : factions[state.selected.faction].id)}`);
    }
    if (state.pathFrom >= 0 || state.pathTo >= 0) {
      parts.push(`path=${[state.pathFrom, state.pathTo].map((f) => (f >= 0 ? encodeURIComponent(factions[f].id) : '')).join(',')}`);
    }
    if (state.directed) parts.push('directed=1');
    if (!state.marks) parts.push('marks=0');
    if (state.view) parts.push(`view=${[state.view.scale.toFixed(4), state.view.cx.toFixed(1), state.view.cy.toFixed(1)].join(',')}`);
    return parts.join('&');
  }

  let lastHash = null;
  let hashTimer = null;
  /** Writes the hash once things settle (a played or held-down step changes it often). */
  function writeHash() {
    clearTimeout(hashTimer);
    hashTimer = setTimeout(writeHashNow, 120);
    markSettling();
  }
  function writeHashNow() {
    hashTimer = null;
    markSettling();
    const text = hashText();
    if (text === lastHash) return;
    lastHash = text;
    try {
      history.replaceState(null, '', `#${text}`);
    } catch (error) {
      location.replace(`#${text}`);
    }
  }

  /** The step shown for a date written as a label, a date, or any YYYY[-MM[-DD]]. */
  function stepFor(text) {
    const exact = steps.findIndex((step) => step.label === text || step.date === text);
    if (exact >= 0) return exact;
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!match) return -1;
    const [, y, m, d] = match.map(Number);
    // The end of that period, as `render --at` reads a date.
    const end = d ? Date.UTC(y, m - 1, d) : m ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
    const day = Math.round(end / 86400000);
    let k = -1;
    for (let i = 0; i < steps.length && steps[i].day <= day; i++) k = i;
    return k;
  }

  /** Restores the view from the hash (on load, and when it is edited). */
  function readHash() {
    const text = location.hash.replace(/^#/, '');
    if (text === lastHash) return;
    const values = new Map();
    for (const part of text.split('&')) {
      const at = part.indexOf('=');
      if (at > 0) {
        try { values.set(part.slice(0, at), decodeURIComponent(part.slice(at + 1))); } catch (error) { /* ignore a malformed part */ }
      }
    }
    const faction = (id) => (factionByID.has(id) ? factionByID.get(id) : -1);
    if (values.has('date')) {
      const k = stepFor(values.get('date'));
      if (k >= 0) state.step = k;
    }
    state.focus = values.has('focus') ? faction(values.get('focus')) : -1;
    state.depth = Math.min(Math.max(Number(values.get('depth')) || 1, 1), 3);
    state.hiddenTypes = new Set((values.get('hide') || '').split(',').filter((name) => typeByName.has(name)).map((name) => typeByName.get(name)));
    state.hiddenConfidences = new Set((values.get('confidence') || '').split(',').filter((c) => CONFIDENCES.includes(c)));
    const selected = values.get('select');
    state.selected = null;
    if (selected && edgeByID.has(selected)) state.selected = { edge: edgeByID.get(selected) };
    else if (selected && factionByID.has(selected)) state.selected = { faction: factionByID.get(selected) };
    const [from, to] = (values.get('path') || ',').split(',');
    state.pathFrom = faction(from);
    state.pathTo = faction(to);
    state.directed = values.get('directed') === '1';
    state.marks = values.get('marks') !== '0';
    const view = (values.get('view') || '').split(',').map(Number);
    state.view = view.length === 3 && view.every(isFinite) && view[0] > 0 ? { scale: view[0], cx: view[1], cy: view[2] } : null;
    now = replay(state.step);
    showLegend();
    refresh();
    showDetails();
  }

  // ---------------------------------------------------------------- wiring

  /** Everything that follows the date, filters, focus or path: redrawn. */
  function refresh() {
    const step = steps[state.step];
    if (step) {
      slider.value = String(step.day);
      $('#date').textContent = step.label;
      $('#counter').textContent = `${state.step + 1} / ${steps.length}`;
    }
    if (!$('#legend').firstChild) showLegend(); // before drawing: fitting keeps clear of it
    showPaths(); // decides the path highlight before drawing
    render();
    showView();
    showChanges();
    if (state.selected) showDetails();
    writeHash();
  }

  function measurePane() {
    const box = $('#stage').getBoundingClientRect();
    paneWidth = Math.max(box.width, 100);
    paneHeight = Math.max(box.height, 100);
    svg.setAttribute('viewBox', `0 0 ${paneWidth} ${paneHeight}`);
    fittedView = null;
  }

  function wire() {
    $('#play').addEventListener('click', play);
    $('#previous').addEventListener('click', () => go(state.step - 1));
    $('#next').addEventListener('click', () => go(state.step + 1));
    $('#zoom-in').addEventListener('click', () => zoomAt(1.4));
    $('#zoom-out').addEventListener('click', () => zoomAt(1 / 1.4));
    $('#fit').addEventListener('click', () => { state.view = state.focus >= 0 ? fitted([...shown.factions]) : null; schedulePlace(); });
    autocomplete($('#search'), $('#search-results'), found);

    document.addEventListener('keydown', (event) => {
      const typing = event.target instanceof HTMLInputElement && event.target.type !== 'range'
        || event.target instanceof HTMLSelectElement;
      if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
      const keys = {
        ArrowRight: () => go(state.step + 1), ArrowLeft: () => go(state.step - 1),
        Home: () => go(0), End: () => go(steps.length - 1), ' ': play,
        '+': () => zoomAt(1.4), '=': () => zoomAt(1.4), '-': () => zoomAt(1 / 1.4), '0': () => $('#fit').click(),
        '/': () => $('#search').focus(), Escape: () => { foundFaction = -1; select(null); },
      };
      const run = keys[event.key];
      if (run) { event.preventDefault(); run(); }
    });

    // Zoom with the wheel (a trackpad's pinch arrives as a wheel with ctrl).
    svg.addEventListener('wheel', (event) => {
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.0015)), event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });

    // Pan by dragging; pinch with two fingers.
    const pointers = new Map();
    let moved = 0;
    let pinch = null;
    svg.addEventListener('pointerdown', (event) => {
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      moved = 0;
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = Math.hypot(a.x - b.x, a.y - b.y);
      }
    });
    svg.addEventListener('pointermove', (event) => {
      const last = pointers.get(event.pointerId);
      if (!last) return;
      const dx = event.clientX - last.x, dy = event.clientY - last.y;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 2 && pinch) {
        const [a, b] = [...pointers.values()];
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        const box = svg.getBoundingClientRect();
        zoomAt(distance / pinch, (a.x + b.x) / 2 - box.left, (a.y + b.y) / 2 - box.top);
        pinch = distance;
      } else if (pointers.size === 1) {
        moved += Math.abs(dx) + Math.abs(dy);
        if (moved > 3) {
          if (!svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId);
          svg.classList.add('panning');
          panBy(dx, dy);
        }
      }
    });
    const release = (event) => {
      pointers.delete(event.pointerId);
      if (pointers.size < 2) pinch = null;
      svg.classList.remove('panning');
    };
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);
    // A click on the background (not after a drag) clears the selection.
    svg.addEventListener('click', (event) => {
      if (moved > 3) { event.stopPropagation(); return; }
      if (event.target === svg) { foundFaction = -1; select(null); }
    }, true);

    new ResizeObserver(() => { measurePane(); drawTicks(); place(); }).observe($('#stage'));
    window.addEventListener('hashchange', readHash);
  }

  function start() {
    addMarkers();
    measurePane();
    setUpSlider();
    wire();
    if (!steps.length) {
      $('#status').textContent = 'No relation holds at any date.';
      return;
    }
    if (location.hash.length > 1) readHash(); else refresh();
    document.body.dataset.ready = 'true';
    performance.mark('explorer-ready');
    // The next frame's callback runs once the first frame (with the drawing)
    // has been painted: the benchmark's first paint.
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('explorer-painted')));
  }

  start();
})();
