// Every English pack (and the UK-wide fallback) reads plainly: no markup, short sentences,
// Flesch–Kincaid grade 6 or lower, and words that fit any parent, including one who did not give
// birth. The Welsh pack is held to the same rules that do not depend on English (see
// packs.test.mjs for the rest).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {fleschKincaid} from 'flesch-kincaid';
import {syllable} from 'syllable';
import {defaultContent} from 'attune-widgets/schema';
import {packs} from 'attune-widgets/packs/index.js';
import {fallbackPackFor} from 'attune-widgets/packs/fallback.js';

/** The English packs a parent may see: the four ready ones and the UK-wide fallback. */
const englishPacks = {
  ...Object.fromEntries(
    ['en-GB-england', 'en-GB-wales', 'en-GB-scotland', 'en-GB-northern-ireland'].map((name) => [name, packs[name]]),
  ),
  'en-GB-uk-wide (fallback)': fallbackPackFor({}),
};

/** Fields that are codes, not words a parent reads. */
const notProse = new Set([
  'id',
  'href',
  'locale',
  'dir',
  'version',
  'kind',
  'symbol',
  'startTime',
  'category',
  'signpost',
  'safetySignpost',
  'leastHelp',
  'nation',
  'emergencyNumbers',
  'questionId',
  'bands',
  'group',
  'answers',
  'level',
]);

function* strings(value, key = '') {
  if (typeof value === 'string') {
    if (!notProse.has(key)) yield value;
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) yield* strings(item, key);
    return;
  }
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, k);
}

const wordsOf = (s) => s.replace(/\{\w+\}/g, 'some').match(/[\p{L}\p{N}'’-]+/gu) ?? [];
/** A sentence ends at . ! ? or : followed by a space or the end; a label with no stop is one sentence. */
const sentencesOf = (texts) =>
  texts
    .flatMap((t) => t.split(/(?<=[.!?:])\s+/))
    .map((s) => s.trim())
    .filter(Boolean);

it('the built-in pack is the England pack', () => assert.equal(defaultContent, packs['en-GB-england']));

describe('the Welsh pack', () => {
  const texts = [...strings(packs['cy-GB-wales'])];
  it('contains no HTML markup in any string', () => {
    assert.deepEqual(
      texts.filter((t) => /<\/?[a-z!?][^>]*>|&[a-z#0-9]+;/i.test(t)),
      [],
    );
  });
  it('has no sentence over 25 words', () => {
    assert.deepEqual(
      sentencesOf(texts).filter((s) => wordsOf(s).length > 25),
      [],
    );
  });
  it('never uses scoring or gamified words', () => {
    // sgôr (score), pwyntiau (points), bathodyn (badge), rhediad (streak), methiant (failure), diog (lazy).
    const banned = /(^|[^\p{L}])(sgôr|pwyntiau|bathodyn|rhediad|methiant|diog)([^\p{L}]|$)/iu;
    assert.deepEqual(
      texts.filter((t) => banned.test(t)),
      [],
    );
  });
});

for (const [name, pack] of Object.entries(englishPacks))
  describe(`the ${name} pack`, () => {
    const texts = [...strings(pack)];
    const sentences = sentencesOf(texts);

    it('contains no HTML markup in any string', () => {
      const withMarkup = texts.filter((t) => /<\/?[a-z!?][^>]*>|&[a-z#0-9]+;/i.test(t));
      assert.deepEqual(withMarkup, []);
    });

    it('has no sentence over 25 words', () => {
      const long = sentences.filter((s) => wordsOf(s).length > 25);
      assert.deepEqual(long, []);
    });

    const gradeOf = (list) => {
      const words = list.flatMap(wordsOf);
      return {
        words: words.length,
        grade: fleschKincaid({
          sentence: list.length,
          word: words.length,
          syllable: words.reduce((sum, w) => sum + syllable(w), 0),
        }),
      };
    };

    it('reads at Flesch–Kincaid grade 6 or lower, overall and in its prose alone', () => {
      // Short labels ("Back", "Next") pull the overall grade down, so the prose (sentences of
      // five words or more) must also pass on its own.
      const overall = gradeOf(sentences);
      const proseSentences = sentences.filter((s) => wordsOf(s).length >= 5);
      const prose = gradeOf(proseSentences);
      console.log(
        `# ${name}: ${texts.length} strings, ${sentences.length} sentences, ${overall.words} words: Flesch–Kincaid grade ${overall.grade.toFixed(2)} overall, ${prose.grade.toFixed(2)} for the ${proseSentences.length} sentences of 5+ words`,
      );
      assert.ok(overall.grade <= 6, `overall grade ${overall.grade.toFixed(2)} is above 6`);
      assert.ok(prose.grade <= 6, `prose grade ${prose.grade.toFixed(2)} is above 6`);
    });

    it('reads each help card heading together with each of its signs as one short sentence, at grade 8 or lower', () => {
      // "Call 111 and choose the mental health option if: you feel very low or hopeless" is read
      // as one sentence, so a heading ending "if:" and each sign are checked together.
      for (const [level, card] of Object.entries(pack.help.levels)) {
        if (!card.heading.endsWith(':')) continue;
        const joined = card.signs.map((sign) => `${card.heading} ${sign}`);
        const long = joined.filter((s) => wordsOf(s).length > 25);
        assert.deepEqual(long, [], `${level}: heading and sign over 25 words`);
        const {grade} = gradeOf(joined);
        assert.ok(grade <= 8, `${level}: heading with its signs at grade ${grade.toFixed(2)}, above 8`);
      }
    });

    it('never uses blaming or gamified words', () => {
      const banned =
        /\b(streak|points?|badge|level up|score|fail(ed|ing)?|should have|bad (mum|mother|dad|father|parent)|lazy|weak)\b/i;
      assert.deepEqual(
        texts.filter((t) => banned.test(t)),
        [],
      );
    });

    it('fits any parent: help never assumes the reader gave birth, and the partner part says "your partner" and "they"', () => {
      const help = [...strings(pack.help)];
      assert.deepEqual(
        help.filter((t) => /\b(mums?|mothers?|dads?|fathers?|wife|husband)\b/i.test(t)),
        [],
        'the help says "parents" and "partners"',
      );
      const partner = [...strings(pack.help.partner)];
      assert.ok(partner.some((t) => /your partner/.test(t)));
      assert.deepEqual(
        partner.filter((t) => /\b(she|her|hers|he|him|his)\b/i.test(t)),
        [],
        'the partner part fits any partner',
      );
      // The one sign about a birth is the partner part's: a partner may not have given birth.
      assert.deepEqual(
        help.filter((t) => /\bbirth\b/i.test(t) && !partner.includes(t)),
        [],
      );
    });
  });
