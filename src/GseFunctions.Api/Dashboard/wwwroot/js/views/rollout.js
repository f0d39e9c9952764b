// One rollout: phase timeline, both fleets, the crossover chart, the message, drainOverdue, and the actions.
// Polls while the rollout runs and stops when it ends (or when the page shows something else).

import { api, apiOrNull, ApiError } from '../api.js';
import { crossoverChart } from '../chart.js';
import { confirmAction } from '../dialogs.js';
import { badge, fill, h, table, time } from '../dom.js';

export const POLL_MS = 2000;
const RUNNING = new Set(['Running', 'Pending', 'Suspended', 'ContinuedAsNew']);
const BEFORE_SWITCH = new Set(['Starting', 'Provisioning', 'WaitingForFleet', 'SmokeTesting', 'AwaitingApproval']);
const AFTER_SWITCH = new Set(['Switching', 'Draining', 'Retaining']);

/**
 * What this page saw while polling: the rollout's own reports (the fallback when the host has no timeline route) and,
 * while the rollout runs, the console's own reads of both fleets (GET /api/fleets/{id}), which fill the gaps between
 * the rollout's polls (they grow while nothing changes; a rollout started before its drain read both fleets has none of
 * the new fleet's after the switch).
 */
function localHistory() {
  return { observations: new Map(), phases: new Map(), reads: new Map() };
}

function rememberRead(history, role, fleet) {
  if (!fleet || !fleet.readAt) return;
  history.reads.set(`${role}|${fleet.readAt}`, {
    at: fleet.readAt, fleetId: fleet.fleetId, role, status: fleet.status, instances: fleet.instances,
    liveSessions: fleet.liveSessions, availableSessions: fleet.availableSessions, source: 'console',
  });
}

function remember(history, details) {
  const status = details.status;
  if (!status) return;
  if (status.phase && status.phaseStartedAt && !history.phases.has(status.phase)) history.phases.set(status.phase, status.phaseStartedAt);
  for (const fleet of status.fleets || []) {
    if (!fleet.observedAt) continue;
    history.observations.set(`${fleet.role}|${fleet.observedAt}`, {
      at: fleet.observedAt, fleetId: fleet.fleetId, role: fleet.role, status: fleet.status,
      instances: fleet.instances, liveSessions: fleet.sessions, availableSessions: fleet.availableSessions,
    });
  }
}

function switchedAtFrom(phases) {
  const entry = phases.find((p) => p.phase === 'Switching') || phases.find((p) => p.phase === 'Draining');
  return entry ? entry.startedAt : null;
}

export function renderRollout(view, id, page) {
  const history = localHistory();
  const state = { details: null, timeline: null };
  let latest = 0; // after an action a load starts at once: an older load still under way must not draw or poll too

  async function load() {
    const mine = ++latest;
    const [details, timeline] = await Promise.all([
      api(`rollouts/${encodeURIComponent(id)}`),
      apiOrNull(`rollouts/${encodeURIComponent(id)}/timeline`),
    ]);
    if (!page.current() || mine !== latest) return;
    state.details = details;
    state.timeline = timeline;
    remember(history, details);
    const running = RUNNING.has(details.runtimeStatus);
    if (running) await readFleets(details.status);
    if (!page.current() || mine !== latest) return;
    draw();
    if (running) page.later(load, POLL_MS);
  }

  async function readFleets(status) {
    if (!status) return;
    const targets = [['old', status.oldFleetId], ['new', status.newFleetId]].filter(([, fleetId]) => fleetId);
    const fleets = await Promise.all(targets.map(([, fleetId]) => apiOrNull(`fleets/${encodeURIComponent(fleetId)}`).catch((e) => {
      if (e instanceof ApiError) return null; // a fleet being deleted, or GSE busy: the rollout's own figures remain
      throw e;
    })));
    targets.forEach(([role], i) => rememberRead(history, role, fleets[i]));
  }

  async function act(event, title, text, label) {
    if (!(await confirmAction(title, text, label))) return;
    try {
      await api(`rollouts/${encodeURIComponent(id)}/${event}`, { method: 'POST' });
      page.notice(`${label}: sent to ${id}.`);
      page.cancelTimers();
      await load();
    } catch (e) {
      if (e instanceof ApiError) page.notice(`${label} refused: ${e.message}`);
      else throw e;
    }
  }

  function actions(details) {
    const status = details.status || {};
    const phase = status.phase;
    const running = RUNNING.has(details.runtimeStatus);
    const buttons = [];
    if (!running) return buttons;
    const options = (details.request && details.request.options) || {};
    const alias = status.aliasId || (details.request && details.request.aliasId);
    if (options.requireApproval && (!phase || BEFORE_SWITCH.has(phase))) {
      buttons.push(h('button', { type: 'button', id: 'approve', onclick: () => act('approve', 'Approve the switch?',
        `Approving ${id} lets it move alias ${alias} to fleet ${status.newFleetId || 'the new fleet'} once that fleet is ready, then drain and retire ${status.oldFleetId || 'the old fleet'}.`, 'Approve') }, 'Approve'));
    }
    if (!phase || BEFORE_SWITCH.has(phase)) {
      buttons.push(h('button', { type: 'button', id: 'abort', class: 'danger', onclick: () => act('abort', 'Abort this rollout?',
        `Aborting ${id} stops it before the switch: alias ${alias} stays on ${status.oldFleetId || 'its fleet'}, and a fleet the rollout created is deleted.`, 'Abort') }, 'Abort'));
    } else if (AFTER_SWITCH.has(phase)) {
      buttons.push(h('button', { type: 'button', id: 'rollback', class: 'danger', onclick: () => act('rollback', 'Roll back this rollout?',
        `Rolling back ${id} points alias ${alias} back to ${status.oldFleetId || 'the old fleet'}, restores that fleet's capacity, and drains and retires ${status.newFleetId || 'the new fleet'} if the rollout created it.`, 'Roll back') }, 'Roll back'));
    }
    return buttons;
  }

  function draw() {
    const details = state.details;
    const status = details.status || {};
    const timeline = state.timeline;
    const phases = timeline ? timeline.phases : [...history.phases].map(([phase, startedAt]) => ({ phase, startedAt }));
    const reported = (timeline ? timeline.observations : [...history.observations.values()]).map((o) => ({ ...o, source: 'rollout' }));
    const observations = reported.concat([...history.reads.values()]).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const switchedAt = timeline ? timeline.switchedAt : switchedAtFrom(phases);
    const running = RUNNING.has(details.runtimeStatus);
    const result = details.result;
    // A redraw replaces the elements: keep the keyboard focus and the open data table where they were.
    const focused = document.activeElement && document.activeElement.id;
    const dataOpen = Boolean(view.querySelector('details[open]'));

    fill(view,
      h('p', {}, h('a', { href: '#/rollouts' }, '← All rollouts')),
      h('h2', {}, 'Rollout ', h('code', {}, id)),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Status'), h('dd', { id: 'runtime-status' }, badge(details.runtimeStatus)),
        h('dt', {}, 'Phase'), h('dd', { id: 'phase' }, badge(status.phase || '—')),
        h('dt', {}, 'Alias'), h('dd', {}, status.aliasId || (details.request && details.request.aliasId) || '—'),
        h('dt', {}, 'Message'), h('dd', { id: 'message' }, status.message || '—'),
        h('dt', {}, 'Drain overdue'), h('dd', { id: 'drain-overdue' }, status.drainOverdue ? badge('Overdue') : 'no'),
        h('dt', {}, 'Started'), h('dd', {}, time(details.createdTime)),
        h('dt', {}, 'Updated'), h('dd', {}, time(details.lastUpdatedTime)),
        result ? [h('dt', {}, 'Outcome'), h('dd', { id: 'outcome' }, badge(result.outcome), result.reason ? ` ${result.reason}` : '')] : null,
        details.failure ? [h('dt', {}, 'Failure'), h('dd', {}, details.failure)] : null),
      h('div', { class: 'actions', id: 'rollout-actions' }, actions(details)),
      h('p', { class: 'live', id: 'live-state' }, running ? `Live: refreshing every ${POLL_MS / 1000} s.` : 'Ended: not refreshing.'),
      h('section', { 'aria-labelledby': 'chart-heading' },
        h('h3', { id: 'chart-heading' }, 'Crossover: live sessions per fleet'),
        timeline ? (timeline.truncated ? h('p', { class: 'hint' }, 'Only the latest observations are shown.') : null)
          : h('p', { class: 'hint' }, 'This host has no timeline route: the chart shows what this page has seen since it opened.'),
        h('figure', { class: 'chart' }, crossoverChart({ observations, switchedAt, title: `Live sessions on the old and new fleet of ${id}` })),
        h('details', { open: dataOpen }, h('summary', {}, 'Chart data'),
          table('Fleet observations: by the rollout, and by this page while it watched', ['Time', 'Role', 'Fleet', 'Status', 'Instances', 'Live sessions', 'Free processes', 'Read by'],
            observations.map((o) => [time(o.at), o.role, o.fleetId, o.status || '—', o.instances ?? '—', o.liveSessions ?? '—', o.availableSessions ?? '—', o.source === 'console' ? 'this page' : 'rollout'])))),
      h('section', { 'aria-labelledby': 'phases-heading' },
        h('h3', { id: 'phases-heading' }, 'Phases'),
        h('ol', { class: 'phases' }, phases.map((p) => h('li', {}, badge(p.phase), ' ', time(p.startedAt))))),
      h('section', { 'aria-labelledby': 'fleets-heading' },
        h('h3', { id: 'fleets-heading' }, 'Fleets'),
        table('Both fleets as the rollout last read them', ['Role', 'Fleet', 'Status', 'Instances', 'Live sessions', 'Free processes', 'Read at'],
          (status.fleets || []).map((f) => [f.role, f.fleetId, badge(f.status || '—'), f.instances, f.sessions, f.availableSessions, time(f.observedAt)]))));
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  return load();
}
