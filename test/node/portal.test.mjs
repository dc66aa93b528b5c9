// The portal example's server: validation with attune-widgets/schema and storage in SQLite.
// (The browser round trip through the real form lives in test/node/portal-browser.test.mjs.)
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {openDatabase, startPortal} from '../../examples/portal/server.mjs';

const response = () => ({
  id: crypto.randomUUID(), contentId: 'attune-en-GB', contentVersion: '1.0.0', locale: 'en-GB',
  startedAt: '2026-11-27T08:00:00.000Z', submittedAt: '2026-11-27T08:02:00.000Z',
  mood: {value: 2, optionId: 'low'}, feelings: ['tired'], answers: [], signpost: 'support', flags: ['mood-very-low'],
});

describe('examples/portal server', () => {
  let portal;
  const count = () => portal.db.prepare('SELECT count(*) AS n FROM check_ins').get().n;
  const post = (body, type = 'application/x-www-form-urlencoded') => fetch(`${portal.url}/check-ins`, {
    method: 'POST', redirect: 'manual', headers: {'content-type': type, accept: 'application/json'}, body,
  });
  const form = (value) => new URLSearchParams({checkin: value}).toString();

  before(async () => { portal = await startPortal({port: 0, db: openDatabase(':memory:')}); });
  after(() => { portal.server.close(); portal.db.close(); });

  it('stores a valid check-in and lists it', async () => {
    const detail = {schemaVersion: 1, response: response()};
    const res = await post(form(JSON.stringify(detail)));
    assert.equal(res.status, 303);
    assert.equal(count(), 1);
    const stored = await (await fetch(`${portal.url}/check-ins.json`)).json();
    assert.deepEqual(stored[0], detail.response);
    const page = await (await fetch(`${portal.url}/check-ins`)).text();
    assert.match(page, new RegExp(detail.response.id));
  });

  const bad = [
    ['malformed JSON', form('{"schemaVersion": 1, "response": '), /not valid JSON/],
    ['a wrong schemaVersion', form(JSON.stringify({schemaVersion: 2, response: response()})), /checkin\.schemaVersion/],
    ['a missing mood', form(JSON.stringify({schemaVersion: 1, response: {...response(), mood: undefined}})), /checkin\.response\.mood/],
    ['no check-in field at all', 'other=1', /No check-in was sent/],
    ['1 MB of junk', form(JSON.stringify({schemaVersion: 1, junk: 'x'.repeat(1024 * 1024)})), /checkin/],
    ['markup in the note that is over 5000 characters', form(JSON.stringify({schemaVersion: 1, response: {...response(), note: '<script>'.repeat(700)}})), /checkin\.response\.note/],
  ];
  for (const [name, body, message] of bad) {
    it(`answers ${name} with 400 and a clear message, stores nothing, keeps serving`, async () => {
      const before = count();
      const res = await post(body);
      assert.equal(res.status, 400);
      const json = await res.json();
      assert.ok(json.issues.length > 0);
      assert.match(json.issues.map((i) => `${i.path}: ${i.message}`).join('\n'), message);
      assert.equal(count(), before);
      assert.equal((await fetch(`${portal.url}/`)).status, 200);
    });
  }

  it('refuses the same check-in twice', async () => {
    const detail = {schemaVersion: 1, response: response()};
    assert.equal((await post(form(JSON.stringify(detail)))).status, 303);
    const again = await post(form(JSON.stringify(detail)));
    assert.equal(again.status, 409);
  });
});
