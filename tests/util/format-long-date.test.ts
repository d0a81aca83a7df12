// util/format-long-date.ts: the dates written here must be, character for character, what
// Intl's en-GB long date in UTC writes; the rest is Intl's own output (or its error).
import { describe, expect, it } from "vitest";
import { formatLongDate } from "../../src/util/format-long-date.js";

const intl = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const viaIntl = (iso: string) => intl.format(new Date(`${iso}T00:00:00Z`));

describe("formatLongDate", () => {
  it("writes day, month name and year", () => {
    expect(formatLongDate("2022-04-10")).toBe("10 April 2022");
    expect(formatLongDate("2023-01-01")).toBe("1 January 2023");
    expect(formatLongDate("2024-02-29")).toBe("29 February 2024");
  });

  it("writes what Intl writes for every day from 1899 to 2101", () => {
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatLongDate(iso)).toBe(viaIntl(iso));
    }
  });

  it("leaves to Intl what is not a plain real date from year 1000, with the same result or error", () => {
    for (const iso of [
      "0999-12-31",
      "1000-01-01",
      "2022-02-30",
      "2023-02-29",
      "2022-04-31",
      "+002022-04-10",
      "9999-12-31",
    ])
      expect(formatLongDate(iso), iso).toBe(viaIntl(iso));
    for (const iso of ["2022-13-01", "2022-4-1", "not a date", ""])
      expect(() => formatLongDate(iso), iso).toThrow(RangeError);
  });
});
