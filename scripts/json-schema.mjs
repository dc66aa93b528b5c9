// Writes dist/attune-content.schema.json and dist/attune-events.schema.json from the zod
// schemas in the built dist/schema, so a CMS or a server in any language checks the same shapes.
import {writeFileSync} from 'node:fs';
import * as z from 'zod/mini';
import {
  ContentPackSchema,
  EmergencyHelpSchema,
  QuestionSchema,
  REQUIRED_RED_FLAGS,
  RedFlagItemsSchema,
  UrgentHelpSchema,
  eventDetailSchemas,
} from '../dist/schema/index.js';

const base = 'urn:attune-widgets:';

/**
 * Rules the parser checks in code that JSON Schema can also say, added to the generated schema
 * of the zod schema that checks them.
 */
const declares = (values) => ({properties: {leastHelp: {enum: values}}, required: ['leastHelp']});
const alsoInJsonSchema = new Map([
  [
    QuestionSchema,
    (json) => {
      // A safety question's options each declare leastHelp beside a score that agrees with it;
      // one declares no concern and one calls for help. Other questions' options declare none.
      json.if = {properties: {safety: {const: true}}, required: ['safety']};
      json.then = {
        properties: {
          options: {
            items: {
              required: ['score', 'leastHelp'],
              anyOf: [
                {properties: {leastHelp: {const: 'none'}, score: {const: 0}}},
                {properties: {leastHelp: {enum: ['urgent', 'emergency']}, score: {minimum: 1}}},
              ],
            },
            allOf: [{contains: declares(['none'])}, {contains: declares(['urgent', 'emergency'])}],
          },
        },
      };
      json.else = {properties: {options: {items: {not: {required: ['leastHelp']}}}}};
    },
  ],
  [
    EmergencyHelpSchema,
    (json) => {
      json.properties.actions.contains = {properties: {kind: {const: 'call'}}, required: ['kind']};
    },
  ],
  [
    UrgentHelpSchema,
    (json) => {
      json.properties.actions.contains = {properties: {kind: {enum: ['call', 'text']}}, required: ['kind']};
    },
  ],
  [
    RedFlagItemsSchema,
    (json) => {
      // The baby-cues guide lists every required red flag at its least level or higher.
      json.allOf = Object.entries(REQUIRED_RED_FLAGS).map(([id, least]) => ({
        contains: {
          properties: {id: {const: id}, level: {enum: least === 'emergency' ? ['emergency'] : ['urgent', 'emergency']}},
          required: ['id', 'level'],
        },
      }));
    },
  ],
]);

const toJson = (schema) =>
  z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
    override: ({zodSchema, jsonSchema}) => alsoInJsonSchema.get(zodSchema)?.(jsonSchema),
  });

/**
 * What JSON Schema cannot say, rule by rule. Everything else (the link allow-list, kind and
 * link, id and language-tag patterns, lengths, enums, required and unknown keys) is in the
 * schema itself, so any validator gives the parser's verdict; on these rules alone the schema
 * lets through what the parser refuses. test/node/schema-differential.test.mjs holds both to it.
 */
const parserOnlyRules = [
  'Unique ids: ids are unique within each list (mood options, feelings, questions, question options, bands, rules, help actions, routine categories, library steps, templates, routine steps; in the baby-cues guide: age bands, cue groups, readings, ideas, and cues with red flags together).',
  'References: every id a rule, template or library step names exists (questions and their options, feelings, categories, library steps); in the baby-cues guide, every cue group and age band a cue, reading or idea names exists, and every band has a reading for each of its cue groups alone, with words to say and an idea to try in every reading (and steps and words in the repair path) for every band.',
  'Safety mapping: a safety question (safety: true) has an option scored above 0 and leads to "urgent" or "emergency"; only a safety question has a safetySignpost; the check-in\'s safetySignpost is "urgent" or "emergency"; no rule maps a safety answer below "urgent". (That every option of a safety question has a score and a leastHelp that agree, and that one declares no concern and one calls for help, is in the schema.)',
  "Phone numbers: a call or text action's words name only the number its link dials (help cards, the partner part, the baby-cues guide's help for a baby and the planner's reminder links alike); a heading names only numbers its card's actions dial; the emergency level, and the partner part's call, dial 999 or 112, or a number in help.emergencyNumbers (in the schema: a call action); a pack whose locale names a region other than GB lists help.emergencyNumbers, and a UK pack lists only 999 and 112 there; the check-in's emergencyNow words name only an emergency number; a link action's words never say to call or text a number; urgent help has a call or text action (in the schema too); partner action ids differ from each other and from the emergency and urgent cards' ids.",
  "Crying routines: a template marked crying: true needs the routine's crying words.",
  'Mood order: mood options are listed with values 1, 2, 3 … in order.',
  "Score bands: each band's max is at least its min, and no two bands overlap. In the baby-cues guide, the age bands run from 0 to 24 months in order, each starting where the one before ends.",
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
