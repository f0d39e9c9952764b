// The crossover chart: live sessions per fleet over time, old fleet and new fleet, with the alias switch marked.
// Plain SVG drawn here (no library): a polyline and points per series, time and session axes, a legend.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 720;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 44 };

function el(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function niceMax(value) {
  if (value <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

function clock(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/**
 * Builds the chart as an <svg> element. `observations`: [{at, role: 'old'|'new', liveSessions}]; `switchedAt`: when
 * the alias moved (or null); `title`: its accessible name.
 */
export function crossoverChart({ observations, switchedAt, title }) {
  const points = observations
    .map((o) => ({ t: Date.parse(o.at), role: o.role, value: Number(o.liveSessions) || 0 }))
    .filter((p) => Number.isFinite(p.t) && (p.role === 'old' || p.role === 'new'))
    .sort((a, b) => a.t - b.t);
  const switchTime = switchedAt ? Date.parse(switchedAt) : NaN;

  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'crossover', role: 'img', 'aria-labelledby': 'chart-title chart-desc' });
  svg.append(el('title', { id: 'chart-title' }, title));
  const oldCount = points.filter((p) => p.role === 'old').length;
  const newCount = points.filter((p) => p.role === 'new').length;
  svg.append(el('desc', { id: 'chart-desc' },
    `Live sessions per fleet over time: ${oldCount} readings of the old fleet, ${newCount} of the new fleet`
    + (Number.isFinite(switchTime) ? `; the alias switched at ${new Date(switchTime).toISOString()}.` : '; the alias has not switched.')));

  const times = points.map((p) => p.t).concat(Number.isFinite(switchTime) ? [switchTime] : []);
  const t0 = times.length ? Math.min(...times) : 0;
  const t1 = times.length ? Math.max(...times) : 1;
  const span = Math.max(t1 - t0, 1000);
  const top = niceMax(Math.max(1, ...points.map((p) => p.value)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (t) => MARGIN.left + ((t - t0) / span) * plotW;
  const y = (v) => MARGIN.top + plotH - (v / top) * plotH;

  const axes = el('g', { class: 'axes' });
  for (let i = 0; i <= 4; i += 1) {
    const value = (top / 4) * i;
    axes.append(el('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(value), y2: y(value), class: 'grid' }));
    axes.append(el('text', { x: MARGIN.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, String(Math.round(value))));
  }
  for (let i = 0; i <= 4; i += 1) {
    const t = t0 + (span / 4) * i;
    axes.append(el('text', { x: x(t), y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': i === 0 ? 'start' : i === 4 ? 'end' : 'middle' }, clock(t)));
  }
  axes.append(el('text', { x: 12, y: MARGIN.top + plotH / 2, transform: `rotate(-90 12 ${MARGIN.top + plotH / 2})`, 'text-anchor': 'middle' }, 'live sessions'));
  svg.append(axes);

  if (Number.isFinite(switchTime)) {
    const marker = el('g', { class: 'switch-marker', 'data-at': new Date(switchTime).toISOString() });
    marker.append(el('line', { x1: x(switchTime), x2: x(switchTime), y1: MARGIN.top, y2: MARGIN.top + plotH }));
    const right = x(switchTime) > WIDTH - 140;
    marker.append(el('text', { x: x(switchTime) + (right ? -6 : 6), y: MARGIN.top + 12, 'text-anchor': right ? 'end' : 'start' }, 'alias switch'));
    svg.append(marker);
  }

  for (const role of ['old', 'new']) {
    const series = points.filter((p) => p.role === role);
    const group = el('g', { class: `series series-${role}`, 'data-role': role, 'data-points': series.length });
    if (series.length) {
      // A step line: a reading holds until the next one.
      const path = [];
      series.forEach((p, i) => {
        if (i > 0) path.push(`${x(p.t).toFixed(1)},${y(series[i - 1].value).toFixed(1)}`);
        path.push(`${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`);
      });
      group.append(el('polyline', { points: path.join(' ') }));
      for (const p of series) {
        const dot = el('circle', { cx: x(p.t).toFixed(1), cy: y(p.value).toFixed(1), r: 3 });
        dot.append(el('title', {}, `${role} fleet: ${p.value} live at ${new Date(p.t).toISOString()}`));
        group.append(dot);
      }
    }
    svg.append(group);
  }

  const legend = el('g', { class: 'legend', transform: `translate(${MARGIN.left}, ${HEIGHT - 8})` });
  [['old', 'old fleet'], ['new', 'new fleet']].forEach(([role, label], i) => {
    const item = el('g', { class: `legend-${role}`, transform: `translate(${i * 120}, 0)` });
    item.append(el('line', { x1: 0, x2: 18, y1: -4, y2: -4 }));
    item.append(el('text', { x: 24, y: 0 }, label));
    legend.append(item);
  });
  const switchLegend = el('g', { class: 'legend-switch', transform: 'translate(240, 0)' });
  switchLegend.append(el('line', { x1: 9, x2: 9, y1: -12, y2: 2 }));
  switchLegend.append(el('text', { x: 24, y: 0 }, 'alias switch'));
  legend.append(switchLegend);
  svg.append(legend);
  return svg;
}
