// Dates written out in full ("10 April 2022"), as Intl's en-GB long date in UTC writes them. A
// plain ISO date from year 1000 on is written here, the same text as Intl's; anything else goes
// to Intl, built on first use: building it took ~12 ms of every `fgc trial`'s start.
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

let longDate: Intl.DateTimeFormat | undefined;

/**
 * An ISO date (YYYY-MM-DD) as day, month name and year, in UTC.
 * @example formatLongDate("2022-04-10") // "10 April 2022"
 */
export function formatLongDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  // A real date, written back as it came (so no day 31 of a 30-day month slips through).
  if (
    match !== null &&
    Number(match[1]) >= 1000 &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === iso
  )
    return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  longDate ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return longDate.format(date);
}
