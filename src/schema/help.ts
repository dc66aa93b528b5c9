/** The `help` section: "when to ask for help" guidance, one entry per level. */
import * as z from 'zod/mini';
import {IdSchema, SmsHrefSchema, TelHrefSchema, WebHrefSchema, checkUniqueIds, text} from './common.js';

export const actionKinds = ['call', 'text', 'link'] as const;

/** One kind of action: `call` needs a `tel:` link, `text` an `sms:` link, `link` a web page. */
function actionOfKind<K extends (typeof actionKinds)[number]>(kind: K, href: typeof TelHrefSchema) {
  return z.strictObject({
    id: IdSchema,
    /** What the link says, e.g. "Call 999". */
    label: text(80),
    href,
    kind: z.literal(kind),
  });
}

/** A help link. Its kind decides which links it may hold, in the parser and the JSON Schema alike. */
export const HelpActionSchema = z.discriminatedUnion('kind', [
  actionOfKind('call', TelHrefSchema),
  actionOfKind('text', SmsHrefSchema),
  actionOfKind('link', WebHrefSchema),
]);
export type HelpAction = z.infer<typeof HelpActionSchema>;

export const MAX_SIGNS = 5;

function helpLevelSchema(minActions: number, missingActionMessage: string) {
  return z.strictObject({
    /** One call to action, e.g. "Call 999 or go to A&E now if:". */
    heading: text(120),
    /** Read by screen readers before the heading, e.g. "Immediate action required:". */
    hiddenPrefix: text(60),
    /** Optional short text under the heading. */
    body: z.optional(text(400)),
    /** What to look out for: at most 5, so the card stays quick to read. */
    signs: z
      .array(text(200))
      .check(
        z.maxLength(
          MAX_SIGNS,
          `Use ${MAX_SIGNS} signs or fewer, so the card stays quick to read. Put the rest in "catchAll".`,
        ),
      ),
    /** One optional catch-all line after the signs, e.g. "or you feel something is badly wrong". */
    catchAll: z.optional(text(200)),
    /** Who to contact. */
    actions: z.array(HelpActionSchema).check(
      z.minLength(minActions, missingActionMessage),
      z.maxLength(4, 'Use 4 actions or fewer.'),
      z.superRefine((actions, ctx) =>
        checkUniqueIds(
          ctx,
          actions.map((a) => a.id),
          (i) => [i, 'id'],
          'action',
        ),
      ),
    ),
  });
}

export const HelpLevelContentSchema = helpLevelSchema(0, '');
export type HelpLevelContent = z.infer<typeof HelpLevelContentSchema>;

export const HelpContentSchema = z.strictObject({
  levels: z.strictObject({
    emergency: helpLevelSchema(1, 'The emergency level needs at least one action, such as a link to call 999.'),
    urgent: helpLevelSchema(1, 'The urgent level needs at least one action, such as a link to call 111.'),
    'non-urgent': HelpLevelContentSchema,
    support: HelpLevelContentSchema,
  }),
});
export type HelpContent = z.infer<typeof HelpContentSchema>;
