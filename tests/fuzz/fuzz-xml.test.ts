/**
 * Fuzzing the XML return readers (CIN census, SSDA903) on the bundled samples (the census cut
 * to its first children, for speed): line endings, BOM, prolog comments and DOCTYPE, attribute
 * quoting, namespaces and tag spacing read the same; truncation, byte flips, duplicated elements,
 * bad encodings, control characters, giant text and DOCTYPEs with entities end in a refusal naming
 * the file and line, or a read that keeps every intact record.
 */
import * as fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import { readCinCensusFile } from "../../src/io/node/read-cin-census-file.js";
import { readSsda903XmlFile } from "../../src/io/node/read-ssda903-xml-file.js";
import { fraction, fuzzProperty } from "./fuzz-settings.js";
import {
  addRootAttribute,
  afterDeclaration,
  duplicateElement,
  insertBytes,
  replaceElementText,
  setByte,
  spaceInTags,
  swapDeclarationQuotes,
  tabsForIndentation,
  truncateBytes,
  utf8,
  windows1252,
  withBom,
} from "./mutators.js";
import { expectSameXmlRead, expectXmlRefusedOr, readOrRefusal } from "./oracles.js";
import { attempt, sampleText, scratchDir, writeScratch } from "./samples.js";

const dir = scratchDir();
type Kind = "census" | "ssda903";
type XmlRead = Awaited<ReturnType<typeof readCinCensusFile>> | Awaited<ReturnType<typeof readSsda903XmlFile>>;
interface Spec {
  name: string;
  root: string;
  /** Element whose text is the child's id, and elements a child has once. */
  id: string;
  once: string[];
  /** Where the children start (flips go after it, so the header stays intact). */
  body: string;
  text: string;
  baseline: XmlRead;
}
const specs = new Map<Kind, Spec>();

beforeAll(async () => {
  const census = sampleText("returns/cin-census-2023-24.xml");
  const cut = nthIndex(census, "</Child>", 12) + "</Child>".length;
  const small = `${census.slice(0, cut)}\n  </Children>\n</Message>\n`;
  const kinds: [Kind, Omit<Spec, "baseline">][] = [
    [
      "census",
      {
        name: "cin-census.xml",
        root: "Message",
        id: "LAchildID",
        once: ["LAchildID", "PersonBirthDate", "Ethnicity"],
        body: "<Children>",
        text: small,
      },
    ],
    [
      "ssda903",
      {
        name: "ssda903.xml",
        root: "EXPSSDA903",
        id: "CHILDID",
        once: ["CHILDID", "DOB", "DECOM"],
        body: "<EXPSSDA903>",
        text: sampleText("returns/ssda903-2024-25.xml"),
      },
    ],
  ];
  for (const [kind, s] of kinds) {
    const baseline = readOrRefusal(await read(kind, s.name, s.text), s.name);
    if (baseline === undefined || !baseline.complete || baseline.children.length === 0)
      throw new Error(`${kind} sample not read`);
    specs.set(kind, { ...s, baseline });
  }
});

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  return at;
}

function read(kind: Kind, name: string, content: string | Uint8Array) {
  const path = writeScratch(dir, name, content);
  return attempt<XmlRead>(() =>
    kind === "census" ? readCinCensusFile(path, name) : readSsda903XmlFile(path, name),
  );
}

function spec(kind: Kind): Spec {
  return specs.get(kind) as Spec;
}

/**
 * One record a child, as JSON without lines (a flipped line break moves them): the census child
 * holds its details; a 903 child gets the episodes that follow its header in the file.
 */
function records(r: XmlRead): string[] {
  const withoutLines = (x: unknown) =>
    JSON.stringify(x, (k, v) => (k === "line" || k === "row" ? undefined : v));
  if (!("episodes" in r)) return r.children.map(withoutLines);
  return r.children.map((c, j) => {
    const next = r.children[j + 1]?.row ?? Number.POSITIVE_INFINITY;
    return withoutLines([c, r.episodes.filter((e) => e.row > c.row && e.row < next)]);
  });
}

/**
 * A complete read differs from the sample's in at most `n` records: at most `n` records altered
 * or left out, and a record left out only with an error at a line saying why.
 */
function differsInAtMost(r: XmlRead, base: XmlRead, n: number): void {
  const a = records(r);
  const b = new Set(records(base));
  expect(a.length, "no record made up").toBeLessThanOrEqual(b.size);
  expect(
    a.filter((x) => !b.has(x)).length + (b.size - a.length),
    "records altered or left out",
  ).toBeLessThanOrEqual(n);
  if (a.length < b.size) {
    const why = r.issues.find((i) => i.severity === "error" && i.row !== undefined);
    expect(why, "a record left out with no error naming its line").toBeDefined();
  }
}

const kindArb = fc.constantFrom<Kind>("census", "ssda903");

/** A semantics-preserving rewrite of the text must give the sample's read. */
function same(title: string, seed: number, rewrite: (xml: string, s: Spec) => string) {
  fuzzProperty(
    title,
    seed,
    fc.asyncProperty(kindArb, async (kind) => {
      const s = spec(kind);
      expectSameXmlRead(await read(kind, s.name, rewrite(s.text, s)), s.baseline, s.name);
    }),
    { runs: 2 },
  );
}

describe("XML returns: semantics-preserving mutations read the same", () => {
  same("CRLF line endings", 901, (x) => x.replaceAll("\n", "\r\n"));
  same("CR-only line endings", 902, (x) => x.replaceAll("\n", "\r"));
  same("a UTF-8 byte-order mark", 903, (x) => withBom(x));
  same("a comment and a processing instruction after the declaration", 904, (x) =>
    afterDeclaration(x, "<!-- exported by a case system --><?app v=1?>"),
  );
  same("a DOCTYPE without an internal subset", 905, (x, s) => afterDeclaration(x, `<!DOCTYPE ${s.root}>`));
  same("declaration quotes swapped and a namespace on the root in single quotes", 906, (x, s) =>
    addRootAttribute(
      swapDeclarationQuotes(x),
      s.root,
      "xmlns='urn:example:returns' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'",
    ),
  );
  same("white space inside tags and tabs for indentation", 907, (x) => tabsForIndentation(spaceInTags(x)));
});

describe("XML returns: damaging mutations are refused or keep every intact record", () => {
  fuzzProperty(
    "truncated at any byte: refused at a line, or the same read",
    1001,
    fc.asyncProperty(kindArb, fraction(), async (kind, f) => {
      const s = spec(kind);
      const bytes = utf8(s.text);
      const cut = Math.floor(f * bytes.length);
      expectXmlRefusedOr(await read(kind, s.name, truncateBytes(bytes, cut)), s.name, (r) =>
        differsInAtMost(r, s.baseline, 0),
      );
    }),
  );

  fuzzProperty(
    "one byte of the body replaced by a printable ASCII character: refused, or one record altered",
    1002,
    fc.asyncProperty(kindArb, fraction(), fc.integer({ min: 0x20, max: 0x7e }), async (kind, f, byte) => {
      const s = spec(kind);
      const bytes = utf8(s.text);
      const from = s.text.indexOf(s.body) + s.body.length;
      const at = from + Math.floor(f * (bytes.length - from - 1));
      expectXmlRefusedOr(await read(kind, s.name, setByte(bytes, at, byte)), s.name, (r) =>
        differsInAtMost(r, s.baseline, 1),
      );
    }),
  );

  fuzzProperty(
    "invalid UTF-8 in a child's id is refused at its line",
    1003,
    fc.asyncProperty(
      kindArb,
      fc.nat(),
      fc.constantFrom([0xff], [0xc3], [0x80], [0xed, 0xa0, 0x80]),
      async (kind, k, bad) => {
        const s = spec(kind);
        const { xml, line } = replaceElementText(s.text, s.id, k, (t) => `${t}\u0000`);
        const at = utf8(xml.slice(0, xml.indexOf("\u0000"))).length;
        const bytes = insertBytes(utf8(xml.replace("\u0000", "")), at, bad);
        const outcome = await read(kind, s.name, bytes);
        expectXmlRefusedOr(outcome, s.name, () => expect.fail("invalid UTF-8 read as a complete file"), line);
      },
    ),
  );

  fuzzProperty(
    "a Windows-1252 return that says so is read as written, or refused",
    1004,
    fc.asyncProperty(kindArb, fc.nat(), async (kind, k) => {
      const s = spec(kind);
      const declared = s.text.replace(/encoding=["'][^"']*["']/, 'encoding="windows-1252"');
      const { xml } = replaceElementText(declared, s.id, k, (t) => `${t}é`);
      const outcome = await read(kind, s.name, windows1252(xml));
      expectXmlRefusedOr(outcome, s.name, (r) => {
        const ids = r.children.map((c) => ("childId" in c ? c.childId : c.CHILD));
        expect(
          ids.filter((id) => id.includes("\uFFFD")),
          "ids with U+FFFD",
        ).toEqual([]);
        expect(
          ids.some((id) => id.endsWith("é")),
          "the id with é",
        ).toBe(true);
      });
    }),
  );

  fuzzProperty(
    "an element given twice in one child is refused or reported at its line",
    1005,
    fc.asyncProperty(kindArb, fc.nat(), fc.nat(), async (kind, e0, k) => {
      const s = spec(kind);
      const element = s.once[e0 % s.once.length];
      const other = element === s.id ? "ZZ99" : element === "Ethnicity" ? "WIRI" : "2015-01-01";
      const value = s.root === "EXPSSDA903" && element !== s.id ? "01/01/2015" : other;
      const { xml, line } = duplicateElement(s.text, element, k, value);
      const outcome = await read(kind, s.name, xml);
      expectXmlRefusedOr(outcome, s.name, (r) => {
        const reported = r.issues.some((i) => i.row === line && i.severity === "error");
        expect(reported, `${element} twice at line ${line}, no error there`).toBe(true);
      });
    }),
  );

  fuzzProperty(
    "a control character in a value (raw or as a character reference) is refused or read as written",
    1006,
    fc.asyncProperty(
      kindArb,
      fc.nat(),
      fc.constantFrom("\u0001", "\u001b", "&#1;", "&#0;", "&#x1b;", "\u007f"),
      async (kind, k, ctrl) => {
        const s = spec(kind);
        const { xml, line } = replaceElementText(s.text, s.id, k, (t) => `${t}${ctrl}`);
        expectXmlRefusedOr(
          await read(kind, s.name, xml),
          s.name,
          (r) => differsInAtMost(r, s.baseline, 1),
          line,
        );
      },
    ),
  );

  fuzzProperty(
    "a giant text value (up to 2 MiB, across the 1 MiB chunks) is read whole",
    1007,
    fc.asyncProperty(kindArb, fc.nat(), fc.integer({ min: 1 << 16, max: 1 << 21 }), async (kind, k, size) => {
      const s = spec(kind);
      const giant = "Z".repeat(size);
      const { xml } = replaceElementText(s.text, s.id, k, () => giant);
      expectXmlRefusedOr(await read(kind, s.name, xml), s.name, (r) => {
        const ids = r.children.map((c) => ("childId" in c ? c.childId : c.CHILD));
        expect(ids.filter((id) => id.length === size).length, "the giant id read whole").toBe(1);
      });
    }),
    { runs: 3 },
  );

  fuzzProperty(
    "a DOCTYPE with entities (internal, nested, external) is refused or expanded, never fetched",
    1008,
    fc.asyncProperty(
      kindArb,
      fc.nat(),
      fc.constantFrom("internal", "laughs", "external"),
      async (kind, k, how) => {
        const s = spec(kind);
        const secret = writeScratch(dir, "secret.txt", "SECRET-CONTENT");
        const subset =
          how === "internal"
            ? '<!ENTITY x "X">'
            : how === "laughs"
              ? `<!ENTITY a "aaaaaaaaaa">${[..."bcdefghi"].map((c, i) => `<!ENTITY ${c} "${`&${"abcdefgh"[i]};`.repeat(10)}">`).join("")}`
              : `<!ENTITY x SYSTEM "file://${secret}">`;
        const use = how === "laughs" ? "&i;" : "&x;";
        const declared = afterDeclaration(s.text, `<!DOCTYPE ${s.root} [${subset}]>`);
        const { xml, line } = replaceElementText(declared, s.id, k, (t) => `${t}${use}`);
        const outcome = await read(kind, s.name, xml);
        expectXmlRefusedOr(
          outcome,
          s.name,
          (r) => {
            const ids = r.children.map((c) => ("childId" in c ? c.childId : c.CHILD));
            expect(
              ids.some((id) => id.includes("SECRET")),
              "an external entity was fetched",
            ).toBe(false);
            expect(
              ids.some((id) => id.length > 1000),
              "entities expanded without limit",
            ).toBe(false);
            if (how === "internal")
              expect(
                ids.some((id) => id.endsWith("X")),
                "the internal entity expanded",
              ).toBe(true);
          },
          line,
        );
      },
    ),
  );
});
