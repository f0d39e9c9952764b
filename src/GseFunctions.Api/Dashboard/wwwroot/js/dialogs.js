// The two modal dialogs: the key prompt and the confirmation of an action. Native <dialog>: focus moves into it,
// Tab stays inside, and the page behind is inert while it is open.

import { setKey } from './api.js';

const keyDialog = () => document.getElementById('key-dialog');

let keyWaiters = [];

/** Shows the key prompt (once, however many calls were refused); resolves when a key has been entered. */
export function askForKey(message = '') {
  const dialog = keyDialog();
  document.getElementById('key-error').textContent = message;
  if (!dialog.open) {
    document.getElementById('key-input').value = '';
    dialog.showModal();
    document.getElementById('key-input').focus();
  }

  return new Promise((resolve) => keyWaiters.push(resolve));
}

export function keyPromptOpen() { return keyDialog().open; }

export function wireKeyDialog() {
  const dialog = keyDialog();
  // Escape would close the prompt with no key: keep it open, nothing works without one.
  dialog.addEventListener('cancel', (event) => event.preventDefault());
  document.getElementById('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.getElementById('key-input');
    const key = input.value.trim();
    if (!key) {
      document.getElementById('key-error').textContent = 'Enter the key.';
      return;
    }

    setKey(key);
    input.value = '';
    dialog.close();
    const waiters = keyWaiters;
    keyWaiters = [];
    waiters.forEach((resolve) => resolve());
  });
}

/**
 * Asks to confirm an action. `title` names it, `text` says what will happen, `action` is the confirming button's label.
 * Resolves true only for the confirming button; Cancel, Escape or closing resolve false.
 */
export function confirmAction(title, text, action) {
  const dialog = document.getElementById('confirm-dialog');
  document.getElementById('confirm-title').textContent = title;
  document.getElementById('confirm-text').textContent = text;
  document.getElementById('confirm-ok').textContent = action;
  dialog.returnValue = '';
  const opener = document.activeElement;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      if (opener instanceof HTMLElement) opener.focus();
      resolve(dialog.returnValue === 'ok');
    }, { once: true });
    dialog.showModal();
    // The safe choice has the focus, so Enter does not confirm by accident.
    document.getElementById('confirm-cancel').focus();
  });
}
