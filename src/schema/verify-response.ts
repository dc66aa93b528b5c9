/**
 * `verifyResponse`: what a server runs before it trusts a check-in response. Anything computed in
 * the browser is the parent's device talking: this re-scores the answers against the pack with the
 * same code the widget uses, and refuses a response the pack could not have produced.
 */
import type {CheckInContent} from './check-in.js';
import {CheckInResponseSchema, type CheckInResponse} from './check-in-data.js';
import type {ContentPack} from './content.js';
import type {ContentIssue} from './events.js';
import {parseWith} from './parse-data.js';
import {scoreCheckIn} from '../model/check-in-scoring.js';

export type VerifyResult = {ok: true; response: CheckInResponse} | {ok: false; issues: ContentIssue[]};

/**
 * Checks a submitted response (e.g. the JSON a form posted) against the pack it names: the pack's
 * id, version and locale; every mood, feeling, question and option id; the mood value, each
 * answer's score and the note's length; an answer to every safety question; and the score, band,
 * signpost and flags that the pack gives for those answers. Pure: no DOM. Never throws.
 */
export function verifyResponse(input: unknown, pack: ContentPack | undefined): VerifyResult {
  const parsed = parseWith(CheckInResponseSchema, input, 'response');
  if (!parsed.ok) return parsed;
  const response = parsed.value;
  // A server looks the pack up by the ids the request names: a forged or retired one finds none.
  if (!pack)
    return {
      ok: false,
      issues: [
        issue(
          'contentVersion',
          `No pack is known for "${response.contentId}" version "${response.contentVersion}", so this response cannot be checked.`,
        ),
      ],
    };
  if (!pack.checkIn) return {ok: false, issues: [{path: 'pack.checkIn', message: 'This pack has no check-in.'}]};
  const issues = [
    ...packIssues(response, pack),
    ...answerIssues(response, pack.checkIn),
    ...outcomeIssues(response, pack.checkIn),
  ];
  return issues.length ? {ok: false, issues} : {ok: true, response};
}

const issue = (path: string, message: string): ContentIssue => ({path: `response.${path}`, message});

function packIssues(response: CheckInResponse, pack: ContentPack): ContentIssue[] {
  const fields = [
    ['contentId', pack.id],
    ['contentVersion', pack.version],
    ['locale', pack.locale],
  ] as const;
  return fields.flatMap(([field, expected]) =>
    response[field] === expected
      ? []
      : [issue(field, `This response is for "${response[field]}", but the pack is "${expected}".`)],
  );
}

function answerIssues(response: CheckInResponse, content: CheckInContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const mood = content.mood.options.find((o) => o.id === response.mood.optionId);
  if (!mood) issues.push(issue('mood.optionId', `The pack has no mood "${response.mood.optionId}".`));
  else if (mood.value !== response.mood.value)
    issues.push(issue('mood.value', `Mood "${mood.id}" has the value ${mood.value}, not ${response.mood.value}.`));

  const feelingIds = new Set(content.feelings.options.map((f) => f.id));
  response.feelings.forEach((id, i) => {
    if (!feelingIds.has(id)) issues.push(issue(`feelings.${i}`, `The pack has no feeling "${id}".`));
    else if (response.feelings.indexOf(id) !== i) issues.push(issue(`feelings.${i}`, `"${id}" is chosen twice.`));
  });

  const answered = new Set<string>();
  response.answers.forEach(({questionId, optionId, score}, i) => {
    const question = content.questions.items.find((q) => q.id === questionId);
    const option = question?.options.find((o) => o.id === optionId);
    if (!question) issues.push(issue(`answers.${i}.questionId`, `The pack has no question "${questionId}".`));
    else if (answered.has(questionId))
      issues.push(issue(`answers.${i}.questionId`, `Question "${questionId}" is answered twice.`));
    else if (!option)
      issues.push(issue(`answers.${i}.optionId`, `Question "${questionId}" has no option "${optionId}".`));
    else if (option.score !== score)
      issues.push(
        issue(
          `answers.${i}.score`,
          `Option "${optionId}" scores ${option.score ?? 'nothing'}, not ${score ?? 'nothing'}.`,
        ),
      );
    answered.add(questionId);
  });
  content.questions.items.forEach((question) => {
    if (question.safety && !answered.has(question.id))
      issues.push(
        issue(
          'answers',
          `The safety question "${question.id}" has no answer; the check-in never sends one without it.`,
        ),
      );
  });

  if (response.note !== undefined && response.note.length > content.note.maxLength)
    issues.push(
      issue('note', `The note is ${response.note.length} characters; this pack allows ${content.note.maxLength}.`),
    );
  if (Date.parse(response.submittedAt) < Date.parse(response.startedAt))
    issues.push(issue('submittedAt', 'This response was submitted before it was started.'));
  return issues;
}

/** The score, band, signpost and flags must be exactly what the pack gives for these answers. */
function outcomeIssues(response: CheckInResponse, content: CheckInContent): ContentIssue[] {
  const expected = scoreCheckIn(response, content);
  const issues: ContentIssue[] = [];
  if (response.signpost !== expected.signpost)
    issues.push(
      issue('signpost', `The pack gives "${expected.signpost}" for these answers, not "${response.signpost}".`),
    );
  if (response.score !== expected.score)
    issues.push(
      issue(
        'score',
        `The pack gives a score of ${expected.score ?? 'none'} for these answers, not ${response.score ?? 'none'}.`,
      ),
    );
  if (response.band !== expected.band)
    issues.push(
      issue(
        'band',
        `The pack gives the band ${expected.band ?? 'none'} for these answers, not ${response.band ?? 'none'}.`,
      ),
    );
  if (JSON.stringify(response.flags) !== JSON.stringify(expected.flags))
    issues.push(
      issue(
        'flags',
        `The pack gives the flags [${expected.flags.join(', ')}] for these answers, not [${response.flags.join(', ')}].`,
      ),
    );
  return issues;
}
