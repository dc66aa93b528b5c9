import {prepareWhenIdle, type PreparingHost} from '../core/prepare.js';
import {now} from '../core/stamps.js';
import {prepareHelpCards} from '../help-card/prepare.js';
import {atStep, buildResponse} from './draft.js';
import {resultView} from './result.js';
import {stepScreen, type CheckInView} from './steps.js';

/**
 * Readies the screens a parent may reach from `view()` while the browser is idle (see
 * `prepareWhenIdle`): every step with the crisis help showing, a result at each end of the mood
 * scale, and the help cards. `levels`: the title's heading level, then those below.
 */
export function prepareScreensAhead(host: PreparingHost, view: () => CheckInView, levels: readonly number[]): void {
  const [, subLevel, subSubLevel] = levels;
  prepareHelpCards(host, subLevel);
  prepareWhenIdle(host, 'check-in screens', () => {
    // The help cards in the built-in words: the same templates and type sizes, with no pack of
    // the host's to check again (and report on) while unseen.
    const current: CheckInView = {...view(), cardContent: undefined};
    const crisis: CheckInView = {...current, urgentHelp: 'emergency'};
    const steps = current.steps.map((step) => stepScreen({...crisis, state: atStep(current.state, step)}, subLevel));
    const {options} = current.content.mood;
    const results = [options[0], options[options.length - 1]].map(({value, id}) => {
      const mood = {value, optionId: id};
      const response = buildResponse({...current.state, mood}, current.pack, 'unseen', now());
      return resultView(current, response, subLevel, subSubLevel);
    });
    return [...steps, ...results];
  });
}
