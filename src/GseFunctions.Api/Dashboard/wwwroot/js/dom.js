// Tiny DOM helpers: API data only ever becomes text nodes and attribute values, never parsed as markup.

/** Creates an element: h('a', { href: '#/x', class: 'y' }, 'text', child, ...). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A time as the user's local date and time, with the UTC value in a tooltip; '—' for none. */
export function time(value) {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return h('time', { datetime: date.toISOString(), title: date.toISOString() }, date.toLocaleString());
}

/** A status word as a badge whose class names its kind (ok, running, bad, muted). */
export function badge(text) {
  const word = String(text ?? '—');
  const kind = /^(Completed|ACTIVE|Started|Healthy)$/.test(word) ? 'ok'
    : /^(Running|Pending|Suspended|ContinuedAsNew|ACTIVATING|Existing|AwaitingApproval|Draining|Switching|WaitingForFleet|Provisioning|SmokeTesting|Retaining|Retiring|RollingBack|Starting)$/.test(word) ? 'running'
      : /^(Failed|Terminated|RolledBack|Refused|ERROR|Canceled)$/.test(word) ? 'bad' : 'muted';
  return h('span', { class: `badge ${kind}` }, word);
}

/** A table with a caption, header cells and rows of cells. */
export function table(caption, headers, rows) {
  return h('div', { class: 'table-wrap' },
    h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headers.map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, rows.length
        ? rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))
        : h('tr', {}, h('td', { colspan: headers.length, class: 'empty' }, 'Nothing here.')))));
}
