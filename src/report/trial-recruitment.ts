import type { TrialResult } from "../trial/result.js";
import { plural } from "../util/plural.js";

const longDate = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "2022-04-10" → "10 April 2022". */
function readable(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * CONSORT 14a in one sentence, from results.json's recruitment dates.
 * @example recruitmentSentence(result) // "Recruitment (CONSORT 14a): pre-proceedings letters from 10 April 2022 to …"
 */
export function recruitmentSentence(r: TrialResult): string {
  const x = r.recruitment;
  const window = plural(x.windowDays, "day");
  if (!x.firstLetter || !x.lastLetter || !x.followUpEnd)
    return `Recruitment (CONSORT 14a): letter dates not available; each child followed for ${window} from the pre-proceedings letter.`;
  return `Recruitment (CONSORT 14a): pre-proceedings letters from ${readable(x.firstLetter)} to ${readable(x.lastLetter)}; each child followed for ${window} from the letter, the last to ${readable(x.followUpEnd)}.`;
}
