// Aliases: each with the fleet it routes to, that fleet's live sessions, and the rollout running on it.

import { api, apiOrNull } from '../api.js';
import { badge, fill, h, table } from '../dom.js';

export async function renderAliases(view, page) {
  const [aliases, fleets, running] = await Promise.all([
    api('aliases?limit=100'),
    apiOrNull('fleets'),
    api('rollouts?runtimeStatus=Running,Pending,Suspended&top=500'),
  ]);
  if (!page.current()) return;
  const live = new Map((fleets ? fleets.items : []).map((f) => [f.fleetId, f]));
  const rolloutOf = new Map();
  for (const r of running.items) if (r.aliasId && !rolloutOf.has(r.aliasId)) rolloutOf.set(r.aliasId, r);

  fill(view,
    h('h2', {}, 'Aliases'),
    fleets ? null : h('p', { class: 'hint' }, 'This host does not list fleets: live sessions are not shown.'),
    table(`${aliases.totalCount ?? aliases.items.length} aliases`, ['Alias', 'Id', 'Routes to', 'Fleet status', 'Live sessions', 'Rollout'],
      aliases.items.map((a) => {
        const strategy = a.routingStrategy || {};
        const fleet = strategy.fleetId ? live.get(strategy.fleetId) : null;
        const rollout = rolloutOf.get(a.aliasId);
        return [
          a.name,
          h('code', {}, a.aliasId),
          strategy.type === 'TERMINAL' ? h('span', {}, 'TERMINAL: ', strategy.message || '') : h('code', {}, strategy.fleetId || '—'),
          fleet ? badge(fleet.status) : '—',
          fleet ? String(fleet.liveSessions) : '—',
          rollout
            ? h('span', {}, h('a', { href: `#/rollouts/${encodeURIComponent(rollout.rolloutId)}` }, rollout.rolloutId), ' ', badge(rollout.phase || rollout.runtimeStatus))
            : h('a', { href: `#/start?aliasId=${encodeURIComponent(a.aliasId)}` }, 'Start a rollout'),
        ];
      })));
}
