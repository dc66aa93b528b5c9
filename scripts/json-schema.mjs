// Writes dist/attune-content.schema.json and dist/attune-events.schema.json from the zod
// schemas in the built dist/schema, so a CMS or a server in any language checks the same shapes.
import {writeFileSync} from 'node:fs';
import * as z from 'zod/mini';
import {ContentPackSchema, eventDetailSchemas} from '../dist/schema/index.js';

const base = 'urn:attune-widgets:';
const toJson = (schema) => z.toJSONSchema(schema, {target: 'draft-2020-12', unrepresentable: 'any', io: 'input'});

const content = {
  ...toJson(ContentPackSchema),
  $id: `${base}attune-content.schema.json`,
  title: 'Attune content pack',
  description: 'Every word, number and rule an Attune widget shows. Some rules (unique ids, references between ids, safety levels) are only checked by parseContentPack.',
};

const events = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${base}attune-events.schema.json`,
  title: 'Attune event details',
  description: 'The `detail` of every Attune DOM event, by event name (see $defs).',
  $defs: Object.fromEntries(Object.entries(eventDetailSchemas).map(([name, schema]) => {
    const {$schema, ...rest} = toJson(schema);
    return [name, rest];
  })),
  oneOf: Object.keys(eventDetailSchemas).map((name) => ({$ref: `#/$defs/${name}`})),
};

writeFileSync(new URL('../dist/attune-content.schema.json', import.meta.url), JSON.stringify(content, null, 2) + '\n');
writeFileSync(new URL('../dist/attune-events.schema.json', import.meta.url), JSON.stringify(events, null, 2) + '\n');
