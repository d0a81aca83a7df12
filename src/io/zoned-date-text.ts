// An instant as the wall-clock date (and time) of a time zone, as text the date parser reads.
// Arrow timestamps with a zone hold UTC instants; the date a caseworker wrote is the one shown in
// that zone: 2023-04-01T00:00 in London (BST, +01:00) is 2023-03-31T23:00Z, and reading it in
// UTC lost a day. Zones are IANA names (through Intl.DateTimeFormat) or fixed offsets (±hh:mm).

/**
 * A function from epoch milliseconds to wall-clock text in `zone`: `yyyy-mm-dd` at midnight,
 * else `yyyy-mm-ddThh:mm:ss±hh:mm`. Undefined for a zone Intl does not know.
 * @example zonedDateText("Europe/London")?.(Date.UTC(2023, 2, 31, 23)) // "2023-04-01"
 */
export function zonedDateText(zone: string): ((ms: number) => string) | undefined {
  const offset = fixedOffsetMinutes(zone);
  if (offset !== undefined) return (ms) => wallText(ms + offset * 60_000, offset);
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  } catch {
    return undefined;
  }
  return (ms) => {
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(ms))) p[part.type] = Number(part.value);
    // setUTCFullYear, not Date.UTC, which reads years 0–99 as 19xx.
    const d = new Date(0);
    d.setUTCFullYear(p.year, p.month - 1, p.day);
    d.setUTCHours(p.hour, p.minute, p.second, 0);
    const wall = d.getTime();
    const seconds = Math.floor(ms / 1000) * 1000;
    return wallText(wall + (ms - seconds), Math.round((wall - seconds) / 60_000));
  };
}

/** `+01:00`, `-0530`, `Z`, `UTC` as minutes east of UTC; undefined for an IANA name. */
function fixedOffsetMinutes(zone: string): number | undefined {
  if (/^(?:Z|UTC|Etc\/UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (m === null) return undefined;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Text of wall-clock milliseconds (as if UTC) with its offset from UTC in minutes. */
function wallText(wall: number, offsetMinutes: number): string {
  const iso = new Date(wall).toISOString();
  if (wall % 86_400_000 === 0) return iso.slice(0, 10);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const a = Math.abs(offsetMinutes);
  const off = `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
  return `${iso.slice(0, 19)}${off}`;
}
