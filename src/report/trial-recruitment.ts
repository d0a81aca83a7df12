import type { TrialResult } from "../trial/result.js";
import { formatLongDate } from "../util/format-long-date.js";
import { plural } from "../util/plural.js";

/**
 * CONSORT 14a in one sentence, from results.json's recruitment dates.
 * @example recruitmentSentence(result) // "Recruitment (CONSORT 14a): pre-proceedings letters from 10 April 2022 to …"
 */
export function recruitmentSentence(r: TrialResult): string {
  const x = r.recruitment;
  const window = plural(x.windowDays, "day");
  if (!x.firstLetter || !x.lastLetter || !x.followUpEnd)
    return `Recruitment (CONSORT 14a): letter dates not available; each child followed for ${window} from the pre-proceedings letter.`;
  return `Recruitment (CONSORT 14a): pre-proceedings letters from ${formatLongDate(x.firstLetter)} to ${formatLongDate(x.lastLetter)}; each child followed for ${window} from the letter, the last to ${formatLongDate(x.followUpEnd)}.`;
}
