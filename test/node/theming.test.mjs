// The theming docs cannot drift from the styles: each element documents (`@cssprop`, in
// custom-elements.json) exactly the `--attune-*` tokens its styles read, with the defaults the
// styles fall back to; docs/theming.md's token table is the one the manifest gives; and every
// widget that shows a help card inside it documents the card's parts as `help-<part>`.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {describe, it} from 'node:test';
import {elementsOf, fallbacksOf, tokenMarkdown, tokensRead, updatedDoc} from '../../scripts/token-table.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = elementsOf(manifest);

describe('theming tokens', () => {
  it('finds all five widgets in the manifest', () => {
    assert.deepEqual(
      elements.map((el) => el.tagName),
      ['attune-baby-cues', 'attune-help-card', 'attune-mood-check-in', 'attune-mood-trend', 'attune-routine-planner'],
    );
  });

  for (const el of elements) {
    it(`<${el.tagName}> documents exactly the tokens its styles read`, () => {
      const read = tokensRead(el.path);
      const documented = (el.cssProperties ?? []).map((p) => p.name).sort();
      assert.ok(read.includes('--attune-color-text'), 'the styles were found');
      assert.deepEqual(
        {missing: read.filter((t) => !documented.includes(t)), notRead: documented.filter((t) => !read.includes(t))},
        {missing: [], notRead: []},
      );
    });

    it(`<${el.tagName}>'s documented defaults are the ones its styles fall back to`, () => {
      const fallbacks = fallbacksOf(el.path);
      const wrong = (el.cssProperties ?? [])
        .filter((p) => p.default && !fallbacks.get(p.name)?.has(p.default))
        .map((p) => `${p.name}: documented ${p.default}, styles ${[...(fallbacks.get(p.name) ?? [])].join(' | ')}`);
      assert.deepEqual(wrong, []);
    });
  }

  it('every widget reads the heading font, the font and the radius', () => {
    for (const el of elements)
      for (const token of [
        '--attune-font-family-heading',
        '--attune-font-family',
        '--attune-font-size',
        '--attune-radius',
      ])
        assert.ok(tokensRead(el.path).includes(token), `${el.tagName} reads ${token}`);
  });

  it('docs/theming.md holds the token table the manifest gives (node scripts/token-table.mjs)', () => {
    const {doc, next} = updatedDoc(manifest);
    assert.equal(doc, next, 'the token table is stale: run `node scripts/token-table.mjs`');
  });

  it('the table has one row per token, naming every element that reads it', () => {
    const table = tokenMarkdown(manifest);
    const row = table.split('\n').find((line) => line.startsWith('| `--attune-radius` |'));
    for (const el of elements) assert.ok(row.includes(`\`${el.tagName}\``), `${el.tagName} in ${row}`);
    assert.match(row, /\| `0\.5rem` \|$/);
    assert.equal(table.split('\n').filter((line) => line.startsWith('| `--attune-color-accent` |')).length, 1);
  });
});

describe('parts of the inner help cards', () => {
  const source = readFileSync(new URL('src/help-card/parts.ts', root), 'utf8');
  const parts = [...source.match(/helpCardParts = \[([^\]]*)\]/)[1].matchAll(/'([\w-]+)'/g)].map(([, part]) => part);
  const partsOf = (tag) => elements.find((el) => el.tagName === tag).cssParts.map((p) => p.name);

  it('the help card documents every part it passes on, and only those (src/help-card/parts.ts)', () => {
    assert.ok(parts.length > 10);
    assert.deepEqual([...partsOf('attune-help-card')].sort(), [...parts].sort());
  });

  for (const tag of ['attune-mood-check-in', 'attune-mood-trend', 'attune-baby-cues'])
    it(`<${tag}> documents each of them as help-<part>`, () => {
      const documented = partsOf(tag);
      assert.deepEqual(
        parts.map((part) => `help-${part}`).filter((part) => !documented.includes(part)),
        [],
      );
    });

  it('every <attune-help-card> inside another widget passes its parts on', () => {
    const files = readdirSync(new URL('src/', root), {recursive: true}).filter((file) => file.endsWith('.ts'));
    const cards = files.flatMap((file) =>
      (readFileSync(new URL(`src/${file}`, root), 'utf8').match(/<attune-help-card\s[^>]*>/g) ?? []).map((card) => ({
        file,
        card,
      })),
    );
    assert.deepEqual([...new Set(cards.map((c) => c.file))].sort(), [
      'baby-cues/help.ts',
      'help-card/prepare.ts',
      'mood-check-in/result.ts',
      'mood-trend/mood-trend.ts',
    ]);
    // The cards readied while idle are never shown, on a stage no page style reaches.
    const shown = cards.filter(({file}) => file !== 'help-card/prepare.ts');
    for (const {file, card} of shown) assert.match(card, /exportparts=\$\{helpCardExportParts\}/, `${file}: ${card}`);
  });
});

describe('the ready themes use only tokens and parts', () => {
  const documented = new Set(elements.flatMap((el) => (el.cssProperties ?? []).map((p) => p.name)));
  const tags = elements.map((el) => el.tagName);

  for (const theme of ['nhs.css', 'brand-example.css'])
    it(`themes/${theme}`, () => {
      const css = readFileSync(new URL(`themes/${theme}`, root), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)];
      assert.ok(rules.length > 0);
      const problems = [];
      for (const [, selectors, body] of rules) {
        const declarations = body
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean);
        for (const selector of selectors.split(',').map((s) => s.trim())) {
          const [, tag, part] = selector.match(/^([a-z-]+)(?:::part\(([a-z-]+)\))?$/) ?? [];
          if (!tags.includes(tag)) problems.push(`selector ${selector}`);
          else if (part && !elements.find((el) => el.tagName === tag).cssParts.some((p) => p.name === part))
            problems.push(`${tag} has no part ${part}`);
          else if (!part)
            for (const d of declarations)
              if (!documented.has(d.split(':')[0].trim())) problems.push(`${selector} sets ${d.split(':')[0]}`);
        }
      }
      assert.deepEqual(problems, []);
    });
});
