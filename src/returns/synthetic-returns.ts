// Synthetic statutory returns as text, for the sample data (scripts/make-return-samples.ts), the
// tests and the bench: CIN census XML (header, then one Child at a time, so a writer can stream a
// national-size file), SSDA903 Header and Episodes CSV tables and the 903 XML. A census of a year
// holds the letters sent up to its ReferenceDate and the court applications made by then; an
// older census codes sex as GenderCurrent 1/2/9, one from 2024-25 as Sex M/F/U. A 903 year holds
// the episodes open at some time in its year, with DEC and REC blank when the episode ends later.
// Nothing here is real: LA 999 (Northwold) does not exist.
import { type DayNumber, formatDay, formatDayUk } from "../util/dates.js";

export interface SyntheticBlock {
  LBPSentDate: DayNumber;
  /** null: element left out. */
  FGDMMeetingOffer: boolean | null;
  FGDMMeetingFac: boolean | null;
  CourtAppDate: DayNumber | null;
  /** PPOutcome by census ReferenceDate (a later census may change it); default "A". */
  PPOutcome?: Record<number, string>;
}

export interface SyntheticChild {
  childId: string;
  /** M, F or U. */
  sex: "M" | "F" | "U";
  PersonBirthDate: DayNumber | null;
  ExpectedPersonBirthDate: DayNumber | null;
  Ethnicity: string | null;
  /** null: no Disabilities element. */
  Disabilities: string[] | null;
  blocks: SyntheticBlock[];
  /** ReferenceDates of the censuses that hold the child. */
  censuses: DayNumber[];
}

export interface SyntheticEpisode {
  CHILD: string;
  DECOM: DayNumber;
  DEC: DayNumber | null;
  RNE: string;
  LS: string;
  CIN: string;
  PLACE: string;
  REC: string | null;
}

/** ReferenceDate 31 March 2025: the first census coding sex as M/F/U. */
const FIRST_SEX_MFU = 20178;

/** @example cinCensusXmlHead("999", 19813) // "<?xml …<Children>\n" */
export function cinCensusXmlHead(lea: string, referenceDay: DayNumber, collection = "CIN"): string {
  const year = formatDay(referenceDay).slice(0, 4);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<Message>",
    "  <Header>",
    "    <CollectionDetails>",
    `      <Collection>${collection}</Collection>`,
    `      <Year>${year}</Year>`,
    `      <ReferenceDate>${formatDay(referenceDay)}</ReferenceDate>`,
    "    </CollectionDetails>",
    "    <Source>",
    "      <SourceLevel>L</SourceLevel>",
    `      <LEA>${lea}</LEA>`,
    "      <SoftwareCode>fgc-toolkit synthetic</SoftwareCode>",
    "    </Source>",
    "  </Header>",
    "  <Children>",
    "",
  ].join("\n");
}

export const CIN_CENSUS_XML_TAIL = "  </Children>\n</Message>\n";

/** One Child element as the census of `referenceDay` would hold it. */
export function cinChildXml(c: SyntheticChild, referenceDay: DayNumber): string {
  const out: string[] = [
    "    <Child>",
    "      <ChildIdentifiers>",
    `        <LAchildID>${c.childId}</LAchildID>`,
    "        <UPNunknown>UN1</UPNunknown>",
  ];
  if (c.PersonBirthDate !== null && c.PersonBirthDate <= referenceDay)
    out.push(`        <PersonBirthDate>${formatDay(c.PersonBirthDate)}</PersonBirthDate>`);
  else if (c.ExpectedPersonBirthDate !== null)
    out.push(
      `        <ExpectedPersonBirthDate>${formatDay(c.ExpectedPersonBirthDate)}</ExpectedPersonBirthDate>`,
    );
  if (referenceDay >= FIRST_SEX_MFU) out.push(`        <Sex>${c.sex}</Sex>`);
  else out.push(`        <GenderCurrent>${c.sex === "M" ? 1 : c.sex === "F" ? 2 : 9}</GenderCurrent>`);
  out.push("      </ChildIdentifiers>", "      <ChildCharacteristics>");
  if (c.Ethnicity !== null) out.push(`        <Ethnicity>${c.Ethnicity}</Ethnicity>`);
  if (c.Disabilities !== null) {
    out.push("        <Disabilities>");
    for (const d of c.Disabilities) out.push(`          <Disability>${d}</Disability>`);
    out.push("        </Disabilities>");
  }
  out.push("      </ChildCharacteristics>");
  const blocks = c.blocks.filter((b) => b.LBPSentDate <= referenceDay);
  const referral = blocks.length > 0 ? blocks[0].LBPSentDate - 120 : referenceDay - 200;
  out.push(
    "      <CINdetails>",
    `        <CINreferralDate>${formatDay(referral)}</CINreferralDate>`,
    "        <ReferralSource>1A</ReferralSource>",
    "        <PrimaryNeedCode>N1</PrimaryNeedCode>",
    "        <Assessments>",
    `          <AssessmentActualStartDate>${formatDay(referral + 2)}</AssessmentActualStartDate>`,
    `          <AssessmentAuthorisationDate>${formatDay(referral + 30)}</AssessmentAuthorisationDate>`,
    "          <FactorsIdentifiedAtAssessment>",
    "            <AssessmentFactors>2A</AssessmentFactors>",
    "          </FactorsIdentifiedAtAssessment>",
    "        </Assessments>",
    "        <CINPlanDates>",
    `          <CINPlanStartDate>${formatDay(referral + 35)}</CINPlanStartDate>`,
    "        </CINPlanDates>",
    "        <Section47>",
    `          <S47ActualStartDate>${formatDay(referral + 3)}</S47ActualStartDate>`,
    `          <InitialCPCtarget>${formatDay(referral + 18)}</InitialCPCtarget>`,
    "          <ICPCnotRequired>false</ICPCnotRequired>",
    "        </Section47>",
    "        <ReferralNFA>0</ReferralNFA>",
  );
  for (const b of blocks) {
    out.push(
      "        <PreProceedingsandFGDM>",
      `          <PPStartDate>${formatDay(b.LBPSentDate - 14)}</PPStartDate>`,
      `          <LBPSentDate>${formatDay(b.LBPSentDate)}</LBPSentDate>`,
    );
    if (b.FGDMMeetingOffer !== null)
      out.push(`          <FGDMMeetingOffer>${b.FGDMMeetingOffer ? 1 : 0}</FGDMMeetingOffer>`);
    if (b.FGDMMeetingFac !== null)
      out.push(`          <FGDMMeetingFac>${b.FGDMMeetingFac ? "true" : "false"}</FGDMMeetingFac>`);
    out.push(`          <PPOutcome>${b.PPOutcome?.[referenceDay] ?? "A"}</PPOutcome>`);
    if (b.CourtAppDate !== null && b.CourtAppDate <= referenceDay)
      out.push(`          <CourtAppDate>${formatDay(b.CourtAppDate)}</CourtAppDate>`);
    out.push("        </PreProceedingsandFGDM>");
  }
  out.push("      </CINdetails>", "    </Child>", "");
  return out.join("\n");
}

/** The whole census of one year for the children it holds. */
export function cinCensusXml(
  lea: string,
  referenceDay: DayNumber,
  children: readonly SyntheticChild[],
): string {
  const parts = [cinCensusXmlHead(lea, referenceDay)];
  for (const c of children) if (c.censuses.includes(referenceDay)) parts.push(cinChildXml(c, referenceDay));
  parts.push(CIN_CENSUS_XML_TAIL);
  return parts.join("");
}

/** The episodes the 903 of the year ending `referenceDay` holds: open at some time in the year; later ends blanked. */
export function episodesOfYear(
  episodes: readonly SyntheticEpisode[],
  referenceDay: DayNumber,
): SyntheticEpisode[] {
  const yearStart = referenceDay - 364;
  return episodes
    .filter((e) => e.DECOM <= referenceDay && (e.DEC === null || e.DEC >= yearStart))
    .map((e) => (e.DEC !== null && e.DEC > referenceDay ? { ...e, DEC: null, REC: null } : e));
}

/** 903 Episodes table (UK dates). */
export function ssda903EpisodesCsv(episodes: readonly SyntheticEpisode[]): string {
  const lines = [
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
  ];
  for (const e of episodes) {
    const change = e.RNE === "P" || e.RNE === "T" || e.RNE === "U" || e.RNE === "B" ? "CARPL" : "";
    lines.push(
      [
        e.CHILD,
        formatDayUk(e.DECOM),
        e.RNE,
        e.LS,
        e.CIN,
        e.PLACE,
        "PR1",
        e.DEC === null ? "" : formatDayUk(e.DEC),
        e.REC ?? "",
        change,
        "ZZ9 2",
        "ZZ3 5",
        "XXXXXXX",
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** 903 Header table; SEX 1/2 before 2024-25, M/F/U from then. */
export function ssda903HeaderCsv(children: readonly SyntheticChild[], referenceDay: DayNumber): string {
  const lines = ["CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"];
  for (const c of children)
    lines.push(
      [
        c.childId,
        sexCode(c.sex, referenceDay),
        c.PersonBirthDate === null ? "" : formatDayUk(c.PersonBirthDate),
        c.Ethnicity ?? "NOBT",
        "",
        "",
        "",
      ].join(","),
    );
  return `${lines.join("\n")}\n`;
}

/** The 903 XML return: EXPSSDA903 > CHILD > HEADER + EPISODE (CHILDID, PL). */
export function ssda903Xml(
  children: readonly SyntheticChild[],
  episodes: readonly SyntheticEpisode[],
  referenceDay: DayNumber,
): string {
  const byChild = new Map<string, SyntheticEpisode[]>();
  for (const e of episodes) (byChild.get(e.CHILD) ?? byChild.set(e.CHILD, []).get(e.CHILD))?.push(e);
  const known = new Map(children.map((c) => [c.childId, c]));
  const out = ["<?xml version='1.0' encoding='utf-8'?>", "<EXPSSDA903>"];
  for (const [id, list] of byChild) {
    const c = known.get(id);
    out.push(
      "  <CHILD>",
      "    <HEADER>",
      `      <CHILDID>${id}</CHILDID>`,
      `      <SEX>${sexCode(c?.sex ?? "U", referenceDay)}</SEX>`,
    );
    out.push(
      c?.PersonBirthDate != null ? `      <DOB>${formatDayUk(c.PersonBirthDate)}</DOB>` : "      <DOB />",
      `      <ETHNIC>${c?.Ethnicity ?? "NOBT"}</ETHNIC>`,
      "    </HEADER>",
    );
    for (const e of list) {
      out.push(
        "    <EPISODE>",
        `      <DECOM>${formatDayUk(e.DECOM)}</DECOM>`,
        `      <RNE>${e.RNE}</RNE>`,
        `      <LS>${e.LS}</LS>`,
        `      <CIN>${e.CIN}</CIN>`,
        `      <PL>${e.PLACE}</PL>`,
        "      <PLACE_PROVIDER>PR1</PLACE_PROVIDER>",
        e.DEC === null ? "      <DEC />" : `      <DEC>${formatDayUk(e.DEC)}</DEC>`,
        e.REC === null ? "      <REC />" : `      <REC>${e.REC}</REC>`,
        "    </EPISODE>",
      );
    }
    out.push("  </CHILD>");
  }
  out.push("</EXPSSDA903>", "");
  return out.join("\n");
}

function sexCode(sex: "M" | "F" | "U", referenceDay: DayNumber): string {
  if (referenceDay >= FIRST_SEX_MFU) return sex;
  return sex === "M" ? "1" : sex === "F" ? "2" : "";
}
