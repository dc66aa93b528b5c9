/** Reads the answers back out of a QuestionnaireResponse that `toQuestionnaireResponse` made. */
import type {PackWith} from '../schema/content.js';
import type {CheckInResponse} from '../schema/check-in-data.js';
import {signpostLevels, type SignpostLevel} from '../model/levels.js';
import type {FhirIssue, QuestionnaireResponse, QuestionnaireResponseItem} from './fhir-types.js';
import {linkIds} from './canonical.js';
import {attuneExtensions, extensionOf, extensionsOf, weightOf} from './extensions.js';

/** What a QuestionnaireResponse says about a check-in: the answers and what they led to. */
export type CheckInAnswersRead = Pick<
  CheckInResponse,
  'mood' | 'feelings' | 'answers' | 'note' | 'score' | 'band' | 'signpost' | 'flags'
>;

export type ReadResult = {ok: true; value: CheckInAnswersRead} | {ok: false; issues: FhirIssue[]};

/** The Codings answered in `item` that have a code, with that code. */
const codesOf = (item: QuestionnaireResponseItem | undefined) =>
  (item?.answer ?? []).flatMap((answer) => {
    const coding = answer.valueCoding;
    return coding?.code === undefined ? [] : [{code: coding.code, coding}];
  });

const isSignpost = (value: string | undefined): value is SignpostLevel =>
  signpostLevels.some((level) => level === value);

/**
 * The mood, feelings, answers (with their scores), note, score, band, signpost and flags of a
 * QuestionnaireResponse for `pack`'s check-in, in Attune's own shapes: what
 * `toQuestionnaireResponse` wrote, read back. The mood's value (1–5) comes from the pack.
 */
export function answersFromQuestionnaireResponse(
  resource: QuestionnaireResponse,
  pack: PackWith<'checkIn'>,
): ReadResult {
  const issues: FhirIssue[] = [];
  const items = resource.item ?? [];
  const find = (linkId: string) => items.find((item) => item.linkId === linkId);

  const moodId = codesOf(find(linkIds.mood))[0]?.code;
  const mood = pack.checkIn.mood.options.find((option) => option.id === moodId);
  if (!mood) {
    issues.push({
      path: 'QuestionnaireResponse.item',
      message: `There is no "${linkIds.mood}" answer with a mood of this pack.`,
    });
  }

  const signpost = extensionOf(resource, attuneExtensions.signpost)?.valueCode;
  if (!isSignpost(signpost)) {
    issues.push({
      path: 'QuestionnaireResponse.extension',
      message: `The "${attuneExtensions.signpost}" extension is missing or is not one of ${signpostLevels.join(', ')}.`,
    });
  }
  if (!mood || !isSignpost(signpost)) return {ok: false, issues};

  const answers = (find(linkIds.questions)?.item ?? []).flatMap((item) =>
    codesOf(item)
      .slice(0, 1)
      .map(({code, coding}) => {
        const score = weightOf({valueCoding: coding});
        return {questionId: item.linkId, optionId: code, ...(score === undefined ? {} : {score})};
      }),
  );
  const note = find(linkIds.note)?.answer?.[0]?.valueString;
  const score = find(linkIds.score)?.answer?.[0]?.valueInteger;
  const band = extensionOf(resource, attuneExtensions.band)?.valueCode;
  return {
    ok: true,
    value: {
      mood: {value: mood.value, optionId: mood.id},
      feelings: codesOf(find(linkIds.feelings)).map(({code}) => code),
      answers,
      ...(note === undefined ? {} : {note}),
      ...(score === undefined ? {} : {score}),
      ...(band === undefined ? {} : {band}),
      signpost,
      flags: extensionsOf(resource, attuneExtensions.flag).flatMap((e) =>
        e.valueCode === undefined ? [] : [e.valueCode],
      ),
    },
  };
}
