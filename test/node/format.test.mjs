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

describe('writeNumber()', () => {
  it('writes a small whole number as Intl.NumberFormat does in each language it skips Intl for, and asks Intl otherwise', async () => {
    const {writeNumber} = await import('../../dist/core/intl.js');
    const plain = [
      'en',
      'en-GB',
      'cy',
      'cy-GB',
      'gd',
      'ga',
      'de',
      'es',
      'fr',
      'it',
      'nl',
      'pl',
      'pt',
      'ro',
      'lt',
      'lv',
      'sk',
      'cs',
      'hu',
      'sq',
      'so',
      'tr',
    ];
    for (const locale of plain) {
      const intl = new Intl.NumberFormat(locale);
      for (let n = 0; n < 1000; n++) assert.equal(writeNumber(locale, n), intl.format(n), `${locale} ${n}`);
    }
    // Where the digits or separators differ, Intl writes it.
    assert.equal(writeNumber('ar-EG', 5), new Intl.NumberFormat('ar-EG').format(5));
    assert.equal(writeNumber('bn', 12), new Intl.NumberFormat('bn').format(12));
    assert.equal(writeNumber('en-GB', 4000), '4,000');
    assert.equal(writeNumber('de', 4000), '4.000');
    assert.equal(writeNumber('en-GB', 2.5), '2.5');
  });
});
