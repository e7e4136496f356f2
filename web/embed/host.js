// Acme Mail's script: it signs its people in its own way, and hands Roster a
// token for the signed-in person through its callback. Here the "own way" is
// the local API's token route for the address in the page's address
// (?email=...&account=...); a real product would ask its backend, which holds
// the person's Cognito session.
import { embed } from '../js/embed.js';

const params = new URLSearchParams(location.search);
const email = params.get('email') || 'owner@example.com';
document.getElementById('host-user').textContent = `Signed in to Acme Mail as ${email}`;

let cached = null;
async function rosterToken() {
  cached ??= fetch('/_local/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sub: `sub-${email}`, email }),
  }).then((res) => res.json()).then((body) => body.token);
  return cached;
}

// What Roster tells the page.
const heard = document.getElementById('heard');
const say = (text) => heard.append(Object.assign(document.createElement('li'), { textContent: text }));
document.addEventListener('roster-user-invited', (e) => say(`Invited ${e.detail.user.email}`));
document.addEventListener('roster-user-changed', (e) => say(`Changed ${e.detail.user.email}: ${e.detail.user.status}`));
document.addEventListener('roster-user-removed', (e) => say(`Removed ${e.detail.email}`));
document.addEventListener('roster-sign-in-needed', () => say('Roster needs a new token'));

for (const el of document.querySelectorAll('[data-account]')) el.setAttribute('account-id', params.get('account'));
await embed({ token: rosterToken });
