/** What names the Welsh pack: its id, version, language and direction, and its review status. */
import type {PackMeta} from '../../schema/content.js';

export const meta: PackMeta = {
  schemaVersion: 1,
  id: 'attune-cy-GB-wales',
  version: '1.3.0-review',
  locale: 'cy',
  dir: 'ltr',
  nation: 'wales',
  review: {
    status: 'awaiting-review',
    note:
      'Awaits review by a Welsh-speaking clinician before clinical use. ' +
      'Yn aros am adolygiad gan glinigydd sy’n siarad Cymraeg cyn ei ddefnyddio’n glinigol.',
  },
};
