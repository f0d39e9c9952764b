// The start-rollout form: an alias, a target (an existing fleet or a new one), and the options with their defaults
// (README, Rollouts). Only filled fields are sent, so an empty field means the default.

import { api, apiOrNull, ApiError } from '../api.js';
import { fill, h } from '../dom.js';

const DURATION_HINT = 'd.hh:mm:ss, e.g. 00:10:00';

// [field, label, default shown, kind]
const OPTIONS = [
  ['minAvailableSessions', 'Free processes needed before the switch', '1', 'number'],
  ['readinessTimeout', 'Readiness timeout', '00:30:00', 'duration'],
  ['smokeTest', 'Smoke test (a probe session must become ACTIVE)', 'off', 'checkbox'],
  ['smokeTestTimeout', 'Smoke test timeout', '00:05:00', 'duration'],
  ['requireApproval', 'Require approval before the switch', 'off', 'checkbox'],
  ['approvalTimeout', 'Approval timeout (no approval rolls back)', '1.00:00:00', 'duration'],
  ['pollInterval', 'Poll interval', '00:00:10', 'duration'],
  ['maxPollInterval', 'Longest poll interval', '00:02:00', 'duration'],
  ['drainTimeout', 'Drain timeout', '04:00:00', 'duration'],
  ['onDrainTimeout', 'When the drain times out', 'KeepWaiting', ['KeepWaiting', 'EndSessions', 'Fail']],
  ['retention', 'Keep the drained old fleet for', '00:00:00', 'duration'],
  ['retire', 'Then the old fleet is', 'Delete', ['Delete', 'ScaleToZero', 'Keep']],
];

const NEW_FLEET = [
  ['assetId', 'Asset id (required)', 'text'],
  ['name', 'Name', 'text'],
  ['description', 'Description', 'text'],
  ['instanceType', 'Instance type', 'text'],
  ['minSize', 'Minimum instances', 'number'],
  ['desiredInstances', 'Desired instances', 'number'],
  ['maxSize', 'Maximum instances', 'number'],
];

function field(path, label, control, hint) {
  const id = `f-${path.replace(/\./g, '-')}`;
  control.id = id;
  control.name = path;
  control.dataset.field = path;
  const describedBy = [`${id}-error`];
  if (hint) describedBy.push(`${id}-hint`);
  control.setAttribute('aria-describedby', describedBy.join(' '));
  return h('div', { class: 'field' },
    control.type === 'checkbox' ? h('label', { for: id, class: 'inline' }, control, ' ', label) : [h('label', { for: id }, label), control],
    hint ? h('small', { id: `${id}-hint` }, hint) : null,
    h('p', { class: 'error', id: `${id}-error` }));
}

function optionControl([name, label, fallback, kind]) {
  if (kind === 'checkbox') return field(`options.${name}`, `${label} (default ${fallback})`, h('input', { type: 'checkbox' }));
  if (Array.isArray(kind)) {
    return field(`options.${name}`, label, h('select', {}, kind.map((v) => h('option', { value: v, selected: v === fallback }, v === fallback ? `${v} (default)` : v))));
  }
  const input = kind === 'number' ? h('input', { type: 'number', min: 0, step: 1, placeholder: fallback, inputmode: 'numeric' }) : h('input', { type: 'text', placeholder: fallback, autocomplete: 'off' });
  return field(`options.${name}`, `${label} (default ${fallback})`, input, kind === 'duration' ? DURATION_HINT : null);
}

function collect(form) {
  const value = (path) => {
    const control = form.querySelector(`[data-field="${path}"]`);
    if (!control || control.disabled) return undefined;
    if (control.type === 'checkbox') return control.checked ? true : undefined;
    const text = control.value.trim();
    if (!text) return undefined;
    return control.type === 'number' ? Number(text) : text;
  };
  const body = { aliasId: value('aliasId') };
  const target = form.querySelector('input[name="target"]:checked').value;
  if (target === 'existing') {
    body.fleetId = value('fleetId');
  } else {
    body.newFleet = {};
    for (const [name] of NEW_FLEET) {
      const v = value(`newFleet.${name}`);
      if (v !== undefined) body.newFleet[name] = v;
    }
  }
  const key = value('idempotencyKey');
  if (key !== undefined) body.idempotencyKey = key;
  const options = {};
  for (const [name, , fallback] of OPTIONS) {
    const v = value(`options.${name}`);
    if (v !== undefined && v !== fallback) options[name] = v;
  }
  if (target === 'existing') {
    const capacity = {};
    for (const name of ['minSize', 'desiredInstances', 'maxSize']) {
      const v = value(`options.targetCapacity.${name}`);
      if (v !== undefined) capacity[name] = v;
    }
    if (Object.keys(capacity).length) options.targetCapacity = capacity;
  }
  if (Object.keys(options).length) body.options = options;
  return body;
}

function showErrors(form, problem) {
  form.querySelectorAll('.field .error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  const summary = form.querySelector('#form-errors');
  const lines = [];
  let first = null;
  for (const [path, messages] of Object.entries(problem.errors || {})) {
    const clean = path.replace(/^\$\.?/, '');
    const control = form.querySelector(`[data-field="${clean}"]`) || form.querySelector(`[data-field="${clean.replace(/\.[^.]*$/, '')}"]`);
    const text = messages.join(' ');
    lines.push(`${clean || 'body'}: ${text}`);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      document.getElementById(`${control.id}-error`).textContent = text;
      first = first || control;
    }
  }
  fill(summary, problem.detail || problem.title || 'The request was refused.', lines.length ? h('ul', {}, lines.map((l) => h('li', {}, l))) : null);
  (first || summary).focus();
}

export async function renderStart(view, query, page) {
  const [aliases, fleets] = await Promise.all([api('aliases?limit=100'), apiOrNull('fleets')]);
  if (!page.current()) return;

  const targetExisting = h('input', { type: 'radio', name: 'target', value: 'existing', id: 'target-existing', checked: true });
  const targetNew = h('input', { type: 'radio', name: 'target', value: 'new', id: 'target-new' });
  const existing = h('fieldset', { id: 'existing-fleet' }, h('legend', {}, 'Existing fleet'),
    field('fleetId', 'Fleet id', h('input', { type: 'text', list: 'fleet-ids', autocomplete: 'off', required: true })),
    h('datalist', { id: 'fleet-ids' }, (fleets ? fleets.items : []).map((f) => h('option', { value: f.fleetId }, `${f.name || ''} ${f.status || ''}`.trim()))),
    h('p', { class: 'hint' }, 'Target capacity (optional; default: the old fleet\'s when the target wants no instances)'),
    ['minSize', 'desiredInstances', 'maxSize'].map((n) => field(`options.targetCapacity.${n}`, n, h('input', { type: 'number', min: 0, step: 1 }))));
  const created = h('fieldset', { id: 'new-fleet', disabled: true, hidden: true }, h('legend', {}, 'New fleet (a copy of the alias\'s fleet with this asset)'),
    NEW_FLEET.map(([name, label, kind]) => field(`newFleet.${name}`, label, h('input', kind === 'number' ? { type: 'number', min: 0, step: 1 } : { type: 'text', autocomplete: 'off', required: name === 'assetId' }))));

  function switchTarget() {
    const isNew = targetNew.checked;
    created.disabled = !isNew;
    created.hidden = !isNew;
    existing.disabled = isNew;
    existing.hidden = isNew;
  }
  targetExisting.addEventListener('change', switchTarget);
  targetNew.addEventListener('change', switchTarget);

  const submit = h('button', { type: 'submit' }, 'Start rollout');
  const form = h('form', { id: 'start-form', novalidate: true, 'aria-labelledby': 'start-heading' },
    h('div', { id: 'form-errors', class: 'error', role: 'alert', tabindex: '-1' }),
    field('aliasId', 'Alias id', h('input', { type: 'text', list: 'alias-ids', required: true, autocomplete: 'off', value: query.get('aliasId') || '' })),
    h('datalist', { id: 'alias-ids' }, aliases.items.map((a) => h('option', { value: a.aliasId }, a.name))),
    h('fieldset', {}, h('legend', {}, 'Target'),
      h('label', { class: 'inline', for: 'target-existing' }, targetExisting, ' An existing fleet'),
      h('label', { class: 'inline', for: 'target-new' }, targetNew, ' A new fleet')),
    existing,
    created,
    h('fieldset', {}, h('legend', {}, 'Options'), OPTIONS.map(optionControl)),
    field('idempotencyKey', 'Idempotency key (optional: the same key starts the same rollout once)', h('input', { type: 'text', autocomplete: 'off' })),
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const accepted = await api('rollouts', { method: 'POST', body: collect(form) });
      page.notice(`Rollout ${accepted.id} started.`);
      location.hash = `#/rollouts/${encodeURIComponent(accepted.id)}`;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      showErrors(form, e.problem);
      if (e.problem.activeRolloutId) {
        form.querySelector('#form-errors').append(h('p', {}, 'Running on this alias: ',
          h('a', { href: `#/rollouts/${encodeURIComponent(e.problem.activeRolloutId)}` }, e.problem.activeRolloutId)));
      }
    } finally {
      submit.disabled = false;
    }
  });

  fill(view, h('h2', { id: 'start-heading' }, 'Start a rollout'), form);
}
