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
import {helpLevels} from '../model/levels.js';
import {UK_EMERGENCY_NUMBERS, dialledNumber, numbersNamedIn} from '../model/phone.js';

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

/** A call action: a `tel:` link, e.g. "Call 999". */
export const CallActionSchema = actionOfKind('call', TelHrefSchema);

/** Short lines under a heading in the partner part: at least one, at most 5. */
const partnerLines = z
  .array(text(200))
  .check(
    z.minLength(1, 'Write at least one line here.'),
    z.maxLength(MAX_SIGNS, `Use ${MAX_SIGNS} lines or fewer, so it stays quick to read.`),
  );

/**
 * Help for a partner or another carer: what to look for in the parent who gave birth (postpartum
 * psychosis is an emergency: call 999), how to support them, and where the partner gets help for
 * themselves. The help card shows it inside its emergency card (or its urgent card when shown
 * without the emergency one), behind a disclosure that starts closed.
 */
export const PartnerHelpSchema = z.strictObject({
  /** What the closed disclosure says, e.g. "Worried about your partner?". */
  summary: text(80),
  /** The emergency: a call to action, up to 5 signs, and the call. */
  signs: z.strictObject({
    /** E.g. "Call 999 or go to A&E now if, in the days or weeks after the birth, your partner:". */
    heading: text(120),
    /** What to look for: at most 5. */
    items: partnerLines,
    /** One optional catch-all line after the signs. */
    catchAll: z.optional(text(200)),
    /** Optional short text after the signs, e.g. what the illness is and that it is treatable. */
    body: z.optional(text(400)),
    /** The call: it must dial an emergency number (999 or 112, or one in `emergencyNumbers`). */
    action: CallActionSchema,
  }),
  /** How to support them: a heading and short lines. */
  support: z.strictObject({heading: text(120), items: partnerLines}),
  /** The partner's own mood and where they get help: a heading, short lines and up to 4 actions. */
  ownHelp: z.strictObject({
    heading: text(120),
    items: partnerLines,
    actions: z.array(HelpActionSchema).check(z.maxLength(4, 'Use 4 actions or fewer.')),
  }),
});
export type PartnerHelp = z.infer<typeof PartnerHelpSchema>;

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
    /**
     * Optional: help for a partner or another carer, shown inside the emergency (or urgent) card
     * behind a disclosure. Every ready pack has one.
     */
    partner: z.optional(PartnerHelpSchema),
  })
  .check(
    z.superRefine((help, ctx) => {
      checkCallRules(help.levels, help.emergencyNumbers, ['levels'], ctx);
      if (help.partner) checkPartner(help.partner, help, help.emergencyNumbers ?? UK_EMERGENCY_NUMBERS, ctx);
    }),
  );
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
  level.actions.forEach((action, i) => checkActionLabel(action, [...path, 'actions', i, 'label'], ctx));
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

/** A call or text action's words name only the number its link dials. */
function checkActionLabel(action: HelpAction, path: PropertyKey[], ctx: RefineContext): void {
  const number = dialledNumber(action.href);
  if (number === undefined) {
    // "Call 111" that opens a web page: the parent expects to be dialling.
    const named = numbersNamedIn(action.label)[0];
    if (named && /^(call|phone|ring|text|ffoniwch|tecstiwch)\b/i.test(action.label.trim()))
      addIssue(
        ctx,
        path,
        `These words say to call or text ${named}, but the link opens a web page. Make it a "call" or "text" action.`,
        action.label,
      );
    return;
  }
  for (const named of numbersNamedIn(action.label)) {
    if (named !== number)
      addIssue(
        ctx,
        path,
        `This action's words name ${named} but its link dials ${number}. Make them the same number.`,
        action.label,
      );
  }
}

/**
 * The partner part: its call dials an emergency number; its action labels name only the number
 * they dial, and its headings only numbers its own actions dial (it is shown inside a card that
 * may not dial them), as on every card; and its action ids differ from each other and from those
 * of the cards it is shown in, so an `attune-help-action` event says which button was used.
 */
function checkPartner(
  partner: PartnerHelp,
  help: {levels: {emergency: HelpLevelContent; urgent: HelpLevelContent}},
  emergencyNumbers: readonly string[],
  ctx: RefineContext,
): void {
  const {signs, support, ownHelp} = partner;
  if (!emergencyNumbers.includes(dialledNumber(signs.action.href) ?? ''))
    addIssue(
      ctx,
      ['partner', 'signs', 'action', 'href'],
      `The partner part's call must be a "call" action that dials an emergency number (${emergencyNumbers.join(' or ')}): what it describes is an emergency.`,
      signs.action.href,
    );
  const actions: [HelpAction, PropertyKey[]][] = [
    [signs.action, ['partner', 'signs', 'action']],
    ...ownHelp.actions.map((action, i): [HelpAction, PropertyKey[]] => [action, ['partner', 'ownHelp', 'actions', i]]),
  ];
  const dialled = new Set(actions.map(([action]) => dialledNumber(action.href)));
  for (const [action, path] of actions) checkActionLabel(action, [...path, 'label'], ctx);
  const headings: [string, PropertyKey[]][] = [
    [partner.summary, ['summary']],
    [signs.heading, ['signs', 'heading']],
    [support.heading, ['support', 'heading']],
    [ownHelp.heading, ['ownHelp', 'heading']],
  ];
  for (const [text, path] of headings)
    for (const named of numbersNamedIn(text))
      if (!dialled.has(named))
        addIssue(
          ctx,
          ['partner', ...path],
          `The heading names ${named}, but no action in the partner part dials it. Add a call or text action for ${named}, or change the heading.`,
          text,
        );
  const cardIds = new Set([...help.levels.emergency.actions, ...help.levels.urgent.actions].map((a) => a.id));
  const seen = new Set<string>();
  for (const [action, path] of actions) {
    if (seen.has(action.id) || cardIds.has(action.id))
      addIssue(
        ctx,
        [...path, 'id'],
        `The action id "${action.id}" is used twice (${seen.has(action.id) ? 'in the partner part' : 'also by the emergency or urgent card, which shows the partner part'}). Each id must be different: try "partner-${action.id}".`,
        action.id,
      );
    seen.add(action.id);
  }
}
