// Schedules with their next and last occurrences, and delete (confirmed).

import { api, ApiError } from '../api.js';
import { confirmAction } from '../dialogs.js';
import { badge, fill, h, table, time } from '../dom.js';

const DETAILS_LIMIT = 50; // one GET per schedule for its occurrences: the list does not carry them

export async function renderSchedules(view, page) {
  const list = await api('schedules?top=100');
  if (!page.current()) return;
  const details = await Promise.all(list.items.slice(0, DETAILS_LIMIT).map((s) =>
    api(`schedules/${encodeURIComponent(s.scheduleId)}`).catch((e) => (e instanceof ApiError ? null : Promise.reject(e)))));
  if (!page.current()) return;
  const byId = new Map(details.filter(Boolean).map((d) => [d.scheduleId, d]));

  async function remove(schedule) {
    const ok = await confirmAction('Delete this schedule?',
      `Deleting ${schedule.scheduleId} removes its definition and stops its workflow: no further rollout of alias ${schedule.rollout.aliasId} starts from it. Rollouts it already started go on.`,
      'Delete schedule');
    if (!ok) return;
    try {
      await api(`schedules/${encodeURIComponent(schedule.scheduleId)}`, { method: 'DELETE' });
      page.notice(`Schedule ${schedule.scheduleId} deleted.`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      page.notice(`Delete refused: ${e.message}`);
    }
    page.reload();
  }

  fill(view,
    h('h2', {}, 'Schedules'),
    table(`${list.items.length} schedules`, ['Schedule', 'Alias', 'When', 'Next', 'Last occurrences', ''],
      list.items.map((s) => {
        const d = byId.get(s.scheduleId);
        const status = (d && d.status) || {};
        const last = (status.lastOccurrences || []).slice(-3).reverse();
        return [
          h('code', {}, s.scheduleId),
          s.rollout.aliasId,
          s.cron ? `cron ${s.cron} (${s.timeZone})` : h('span', {}, 'once at ', time(s.startAt)),
          status.ended ? 'ended' : time(status.nextOccurrence),
          last.length ? h('ul', { class: 'plain' }, last.map((o) => h('li', {}, time(o.occurrence), ' ', badge(o.outcome),
            o.rolloutId ? [' ', h('a', { href: `#/rollouts/${encodeURIComponent(o.rolloutId)}` }, 'rollout')] : null))) : '—',
          h('button', { type: 'button', class: 'danger', 'data-schedule': s.scheduleId, onclick: () => remove(s) }, 'Delete'),
        ];
      })));
}
