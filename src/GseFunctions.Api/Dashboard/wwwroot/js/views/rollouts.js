// The rollout list with the filters GET /api/rollouts takes: alias, runtime status, created time range.

import { api } from '../api.js';
import { badge, fill, h, table, time } from '../dom.js';

const STATUSES = ['Running', 'Pending', 'Suspended', 'Completed', 'Failed', 'Terminated'];

function localInputToIso(value) {
  if (!value) return null;
  const date = new Date(value); // a datetime-local value is the user's local time
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function renderRollouts(view, query, page) {
  const aliasId = query.get('aliasId') || '';
  const statuses = (query.get('runtimeStatus') || '').split(',').filter(Boolean);
  const from = query.get('from') || '';
  const to = query.get('to') || '';

  const params = new URLSearchParams({ top: '50' });
  if (aliasId) params.set('aliasId', aliasId);
  if (statuses.length) params.set('runtimeStatus', statuses.join(','));
  if (localInputToIso(from)) params.set('createdFrom', localInputToIso(from));
  if (localInputToIso(to)) params.set('createdTo', localInputToIso(to));

  const items = [];
  const list = h('div', { id: 'rollout-list' });
  const more = h('button', { type: 'button', hidden: true }, 'Load more');

  function onFilter(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const next = new URLSearchParams();
    if (form.get('aliasId')) next.set('aliasId', String(form.get('aliasId')).trim());
    const chosen = form.getAll('runtimeStatus');
    if (chosen.length) next.set('runtimeStatus', chosen.join(','));
    if (form.get('from')) next.set('from', String(form.get('from')));
    if (form.get('to')) next.set('to', String(form.get('to')));
    location.hash = `#/rollouts?${next}`;
  }

  fill(view,
    h('h2', {}, 'Rollouts'),
    h('form', { class: 'filters', onsubmit: onFilter, 'aria-label': 'Filter rollouts' },
      h('label', {}, 'Alias id', h('input', { name: 'aliasId', value: aliasId, placeholder: 'any alias', autocomplete: 'off' })),
      h('fieldset', {}, h('legend', {}, 'Status'),
        STATUSES.map((s) => h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'runtimeStatus', value: s, checked: statuses.includes(s) }), s))),
      h('label', {}, 'Created from', h('input', { type: 'datetime-local', name: 'from', value: from })),
      h('label', {}, 'Created to', h('input', { type: 'datetime-local', name: 'to', value: to })),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Filter'), h('a', { href: '#/rollouts', class: 'button quiet' }, 'Clear'))),
    list,
    more);

  function draw() {
    fill(list, table('Rollouts, newest first as the task hub returns them', ['Rollout', 'Alias', 'Status', 'Phase', 'Outcome', 'Created', 'Updated'],
      items.map((r) => [h('a', { href: `#/rollouts/${encodeURIComponent(r.rolloutId)}` }, r.rolloutId), r.aliasId || '—', badge(r.runtimeStatus),
        r.phase ? badge(r.phase) : '—', r.outcome ? badge(r.outcome) : '—', time(r.createdTime), time(r.lastUpdatedTime)])));
  }

  async function page1(token) {
    const p = new URLSearchParams(params);
    if (token) p.set('continuationToken', token);
    const answer = await api(`rollouts?${p}`);
    if (!page.current()) return;
    items.push(...answer.items);
    draw();
    more.hidden = !answer.continuationToken;
    more.onclick = () => page1(answer.continuationToken);
  }

  return page1(null);
}
