/** What names and places the default (England) pack: its id, version, language and direction. */
import type {PackMeta} from '../../schema/content.js';

export const meta: PackMeta = {
  schemaVersion: 1,
  id: 'attune-en-GB-england',
  version: '1.4.0',
  locale: 'en-GB',
  dir: 'ltr',
  nation: 'england',
};
