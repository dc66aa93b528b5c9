// Compiled with the React example (`tsc -p examples/react/tsconfig.json`, in npm test) and never
// rendered: each expected error proves a host's mistake is caught at build time.
import {
  AttuneBabyCues,
  AttuneHelpCard,
  AttuneMoodCheckIn,
  AttuneMoodTrend,
  AttuneRoutinePlanner,
} from 'attune-widgets/react';

export const fine = (
  <>
    <AttuneHelpCard level="urgent" headingLevel={3} onHelpAction={(event) => event.detail.href} />
    <AttuneMoodTrend days={28} onSummaryShare={(event) => event.detail.summary.html} />
    <AttuneRoutinePlanner mode="run" headingLevel={3} onRoutineStepComplete={(event) => event.detail.stepId} />
    <AttuneBabyCues ageMonths={5} headingLevel={2} onCueMoment={(event) => event.detail.moment.cueIds} />
  </>
);

// @ts-expect-error there is no "critical" level
export const unknownLevel = <AttuneHelpCard level="critical" />;

// @ts-expect-error headings go from 2 to 6
export const deepHeading = <AttuneHelpCard headingLevel={9} />;

// @ts-expect-error the trend shows 7, 14 or 28 days
export const oddRange = <AttuneMoodTrend days={10} />;

// @ts-expect-error a submitted check-in has no `score` on its detail
export const wrongDetail = <AttuneMoodCheckIn onCheckInSubmit={(event) => event.detail.score} />;

// @ts-expect-error the summary's event is not a check-in's
export const wrongHandler = <AttuneMoodTrend onSummaryShare={(event) => event.detail.response} />;

// @ts-expect-error the planner's mode is "edit" or "run"
export const unknownMode = <AttuneRoutinePlanner mode="fast" />;

// @ts-expect-error the planner's headings go from 2 to 6 too
export const plannerHeading = <AttuneRoutinePlanner headingLevel={1} />;

// @ts-expect-error the guide's headings go from 2 to 6 too
export const guideHeading = <AttuneBabyCues headingLevel={7} />;

// @ts-expect-error a ticked-off step carries its ids, not the routine
export const stepDetail = <AttuneRoutinePlanner onRoutineStepComplete={(event) => event.detail.routine} />;
