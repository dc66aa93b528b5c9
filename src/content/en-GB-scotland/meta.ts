/** What names the pack for Scotland: its id, version, language and direction. */
import type {PackMeta} from '../../schema/content.js';

export const meta: PackMeta = {
  schemaVersion: 1,
  id: 'attune-en-GB-scotland',
  version: '1.3.0',
  locale: 'en-GB',
  dir: 'ltr',
  nation: 'scotland',
};
