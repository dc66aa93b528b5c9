/** The `help` section: "when to ask for help" guidance, one entry per level. */
import * as z from 'zod/mini';
import {
  IdSchema,
  SmsHrefSchema,
  TelHrefSchema,
  WebHrefSchema,
  addIssue,
  checkUniqueIds,
  text,
  type RefineContext,
} from './common.js';
import {helpLevels} from './plain/levels.js';
import {UK_EMERGENCY_NUMBERS, dialledNumber, numbersNamedIn} from './plain/phone.js';

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

export const EmergencyHelpSchema = helpLevelSchema(
  1,
  'The emergency level needs at least one action, such as a link to call 999.',
);
export const UrgentHelpSchema = helpLevelSchema(
  1,
  'The urgent level needs at least one action, such as a link to call 111.',
);

/** An emergency number as dialled, digits only, e.g. "999", "112" or "911". */
const EmergencyNumberSchema = z
  .string()
  .check(z.regex(/^[0-9]{2,6}$/, 'Write an emergency number as digits only, such as "999".'));

export const HelpContentSchema = z
  .strictObject({
    /**
     * The numbers the emergency level's call may dial. Leave it out for the UK (999 and 112); a
     * pack whose locale names another region lists its own.
     */
    emergencyNumbers: z.optional(z.array(EmergencyNumberSchema).check(z.minLength(1), z.maxLength(4))),
    levels: z.strictObject({
      emergency: EmergencyHelpSchema,
      urgent: UrgentHelpSchema,
      'non-urgent': HelpLevelContentSchema,
      support: HelpLevelContentSchema,
    }),
  })
  .check(z.superRefine((help, ctx) => checkCallRules(help.levels, help.emergencyNumbers, ['levels'], ctx)));
export type HelpContent = z.infer<typeof HelpContentSchema>;

/**
 * The call rules every set of help levels keeps (the pack's own, and the baby-cues guide's help
 * for a baby): each call or text dials the number its words name, the emergency level calls an
 * emergency number, and urgent help has a call or text. `path` leads to the levels, for issues.
 */
export function checkCallRules(
  levels: {emergency: HelpLevelContent; urgent: HelpLevelContent} & Partial<Record<string, HelpLevelContent>>,
  emergencyNumbers: readonly string[] | undefined,
  path: PropertyKey[],
  ctx: RefineContext,
): void {
  for (const level of helpLevels) {
    const content = levels[level];
    if (content) checkNumbersMatch(content, [...path, level], ctx);
  }
  const numbers: readonly string[] = emergencyNumbers ?? UK_EMERGENCY_NUMBERS;
  const dialsEmergency = levels.emergency.actions.some(
    (action) => action.kind === 'call' && numbers.includes(dialledNumber(action.href) ?? ''),
  );
  if (!dialsEmergency)
    addIssue(
      ctx,
      [...path, 'emergency', 'actions'],
      `The emergency level needs a "call" action that dials an emergency number (${numbers.join(' or ')}).`,
      levels.emergency.actions,
    );
  if (!levels.urgent.actions.some((action) => action.kind !== 'link'))
    addIssue(
      ctx,
      [...path, 'urgent', 'actions'],
      'Urgent help needs a "call" or "text" action, not only a web link: a parent may have no data or time to read.',
      levels.urgent.actions,
    );
}

/**
 * A call or text action dials the number its words name, and a heading names only numbers its
 * actions dial: "Call 999" never dials 111.
 */
function checkNumbersMatch(level: HelpLevelContent, path: PropertyKey[], ctx: RefineContext): void {
  const dialled = new Set(level.actions.map((action) => dialledNumber(action.href)));
  level.actions.forEach((action, i) => {
    const number = dialledNumber(action.href);
    if (number === undefined) return;
    for (const named of numbersNamedIn(action.label)) {
      if (named !== number)
        addIssue(
          ctx,
          [...path, 'actions', i, 'label'],
          `This action's words name ${named} but its link dials ${number}. Make them the same number.`,
          action.label,
        );
    }
  });
  for (const named of numbersNamedIn(level.heading)) {
    if (!dialled.has(named))
      addIssue(
        ctx,
        [...path, 'heading'],
        `The heading names ${named}, but no action on this card dials it. Add a call or text action for ${named}, or change the heading.`,
        level.heading,
      );
  }
}
