// docs/clinical-safety.md names, for each hazard, the tests that prove its mitigation.
// This keeps the safety case honest: every named test must exist in the named file.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';

const doc = readFileSync(new URL('../../docs/clinical-safety.md', import.meta.url), 'utf8');
const rows = doc.split('\n').filter((line) => /^\| H\d+ \|/.test(line));

/** The titles of it()/describe() blocks in a test file, `${…}` parts kept as written. */
function titlesIn(file) {
  const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const titles = [];
  for (const match of source.matchAll(/\b(?:it|describe)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) {
    titles.push(match[2].replace(/\\(['"`])/g, '$1'));
  }
  return titles;
}

describe('the clinical safety case', () => {
  it('has a hazard log covering at least the hazards the safety review asked for', () => {
    assert.ok(rows.length >= 7, `only ${rows.length} hazards`);
    rows.forEach((row, i) => assert.match(row, new RegExp(`^\\| H${i + 1} \\|`), 'ids run H1, H2, … in order'));
    for (const topic of [
      /crisis signpost/i,
      /contact/i,
      /weakens a safety rule/i,
      /lost before/i,
      /reassuring/i,
      /misconfigures/i,
      /screen-reader/i,
    ]) {
      assert.ok(
        rows.some((row) => topic.test(row)),
        `no hazard about ${topic}`,
      );
    }
  });

  for (const row of rows) {
    const id = row.match(/^\| (H\d+)/)[1];
    it(`${id}: every named test exists in the named file`, () => {
      const cells = row.split(' | ');
      const proof = cells[cells.length - 1];
      const named = [...proof.matchAll(/`((?:\\`|[^`])+)` \(([\w/.-]+)\)/g)];
      assert.ok(named.length > 0, `${id} names no test`);
      for (const [, title, file] of named) {
        const wanted = title.replace(/\\`/g, '`');
        assert.ok(titlesIn(file).includes(wanted), `${id}: no test titled "${wanted}" in ${file}`);
      }
    });
  }
});
