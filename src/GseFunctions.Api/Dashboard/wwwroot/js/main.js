// The release console's entry point: hash routing, the key prompt, and one "page" context per view, whose timers
// stop when another view is shown (so a rollout stops being polled once you leave it).

import { ApiError, forgetKey, hasKey, onUnauthorized, Unauthorized } from './api.js';
import { askForKey, keyPromptOpen, wireKeyDialog } from './dialogs.js';
import { fill, h } from './dom.js';
import { renderAliases } from './views/aliases.js';
import { renderRollout } from './views/rollout.js';
import { renderRollouts } from './views/rollouts.js';
import { renderSchedules } from './views/schedules.js';
import { renderStart } from './views/start.js';

const view = document.getElementById('view');
let generation = 0;
let timers = [];

function notice(text) {
  document.getElementById('notice').textContent = text;
}

function cancelTimers() {
  timers.forEach(clearTimeout);
  timers = [];
}

function route() {
  const hash = location.hash.replace(/^#/, '') || '/aliases';
  const [path, search] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search || '') };
}

async function show() {
  cancelTimers();
  generation += 1;
  const mine = generation;
  const page = {
    current: () => mine === generation,
    later: (fn, ms) => { if (mine === generation) timers.push(setTimeout(() => guard(fn), ms)); },
    cancelTimers,
    notice,
    reload: () => show(),
  };
  const { parts, query } = route();
  document.querySelectorAll('header nav a').forEach((a) => {
    if (a.getAttribute('href') === `#/${parts[0] || 'aliases'}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (!hasKey()) {
    await askForKey();
    if (mine !== generation) return;
  }

  await guard(() => {
    switch (parts[0]) {
      case 'rollouts': return parts[1] ? renderRollout(view, parts[1], page) : renderRollouts(view, query, page);
      case 'schedules': return renderSchedules(view, page);
      case 'start': return renderStart(view, query, page);
      case 'aliases':
      case undefined: return renderAliases(view, page);
      default: fill(view, h('h2', {}, 'Not found'), h('p', {}, 'Nothing is shown at this address. ', h('a', { href: '#/aliases' }, 'Aliases'))); return null;
    }
  });
}

async function guard(fn) {
  try {
    await fn();
  } catch (e) {
    if (e instanceof Unauthorized) return; // the key prompt is up; the view is shown again once a key is entered
    fill(view, h('h2', {}, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, e instanceof ApiError ? `${e.status}: ${e.message}` : String(e.message || e)));
  }
}

onUnauthorized((refused) => {
  cancelTimers();
  if (!keyPromptOpen()) {
    fill(view, h('p', {}, 'Waiting for the API key…'));
    askForKey(refused ? 'The API refused the key (401). Enter the master key.' : '').then(() => show());
  }
});

wireKeyDialog();
document.getElementById('forget-key').addEventListener('click', () => {
  forgetKey();
  show();
});
window.addEventListener('hashchange', () => {
  view.focus();
  show();
});
show();
