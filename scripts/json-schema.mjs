// Writes dist/attune-content.schema.json and dist/attune-events.schema.json from the zod
// schemas in the built dist/schema, so a CMS or a server in any language checks the same shapes.
import {writeFileSync} from 'node:fs';
import * as z from 'zod/mini';
import {ContentPackSchema, eventDetailSchemas} from '../dist/schema/index.js';

const base = 'urn:attune-widgets:';
const toJson = (schema) => z.toJSONSchema(schema, {target: 'draft-2020-12', unrepresentable: 'any', io: 'input'});

/**
 * What JSON Schema cannot say, rule by rule. Everything else (the link allow-list, kind and
 * link, id and language-tag patterns, lengths, enums, required and unknown keys) is in the
 * schema itself, so any validator gives the parser's verdict; on these rules alone the schema
 * lets through what the parser refuses. test/node/schema-differential.test.mjs holds both to it.
 */
const parserOnlyRules = [
  'Unique ids: ids are unique within each list (mood options, feelings, questions, question options, bands, rules, help actions, routine categories, library steps, templates, routine steps).',
  'References: every id a rule, template or library step names exists (questions and their options, feelings, categories, library steps).',
  'Safety mapping: a safety question (safety: true) scores every option, has an option scored above 0 and leads to "urgent" or "emergency"; only a safety question has a safetySignpost; the check-in\'s safetySignpost is "urgent" or "emergency"; no rule maps a safety answer below "urgent".',
  'Mood order: mood options are listed with values 1, 2, 3 … in order.',
  "Score bands: each band's max is at least its min, and no two bands overlap.",
  'Language tags: the locale has the shape of a BCP 47 tag (in the schema) and is also accepted by Intl.getCanonicalLocales (parser only).',
];

const content = {
  ...toJson(ContentPackSchema),
  $id: `${base}attune-content.schema.json`,
  title: 'Attune content pack',
  description:
    'Every word, number and rule an Attune widget shows. Check packs with parseContentPack ' +
    '(attune-widgets/schema) where you can: it also checks these rules, which JSON Schema cannot express:\n' +
    parserOnlyRules.map((rule) => `- ${rule}`).join('\n'),
};

const events = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${base}attune-events.schema.json`,
  title: 'Attune event details',
  description:
    'The `detail` of every Attune DOM event, by event name (see $defs). Every rule of the event schemas is in it but one, ' +
    'which JSON Schema cannot express: the step ids of a routine are unique (the parsers check it).',
  $defs: Object.fromEntries(
    Object.entries(eventDetailSchemas).map(([name, schema]) => {
      const {$schema, ...rest} = toJson(schema);
      return [name, rest];
    }),
  ),
  oneOf: Object.keys(eventDetailSchemas).map((name) => ({$ref: `#/$defs/${name}`})),
};

writeFileSync(new URL('../dist/attune-content.schema.json', import.meta.url), JSON.stringify(content, null, 2) + '\n');
writeFileSync(new URL('../dist/attune-events.schema.json', import.meta.url), JSON.stringify(events, null, 2) + '\n');
