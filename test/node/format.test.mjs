// fill(): content placeholders are filled from the values given, and only from them.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {fill} from '../../dist/core/format.js';

describe('fill()', () => {
  it('fills each "{name}" from the values, as text', () => {
    assert.equal(fill('Step {current} of {total}', {current: 2, total: 5}), 'Step 2 of 5');
    assert.equal(fill('{label} moved', {label: '<b>Bath</b> $& $1'}), '<b>Bath</b> $& $1 moved');
  });

  it('leaves a placeholder it has no value for as it is, inherited names included', () => {
    assert.equal(fill('{missing} stays', {}), '{missing} stays');
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      assert.equal(fill(`{${name}}`, {}), `{${name}}`, `{${name}} must not read Object.prototype`);
    }
  });
});
