// Compiled with the React example (`tsc -p examples/react/tsconfig.json`, in npm test) and never
// rendered: each expected error proves a host's mistake is caught at build time.
import {AttuneHelpCard, AttuneMoodCheckIn, AttuneMoodTrend} from 'attune-widgets/react';

export const fine = (
  <>
    <AttuneHelpCard level="urgent" headingLevel={3} onHelpAction={(event) => event.detail.href} />
    <AttuneMoodTrend days={28} onSummaryShare={(event) => event.detail.summary.html} />
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
