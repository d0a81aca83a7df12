/**
 * Local authorities with children's services in England: the DfE three-digit code (the CIN
 * header `<LEA>`, the DfE API `la_code`) and the ONS nine-character GSS code, with the authorities
 * retired by local government reorganisation and their successors.
 *
 * Source: data-to-insight/csc-map-of-the-world@29ed4e8c:admin_scripts/dev_archive/web_scrape_from_url/
 * la_web_scrape_la_url_lookup.csv (153 active rows; deprecated 928 Northamptonshire, 909 Cumbria,
 * 836 Poole, 837 Bournemouth), as domain.md §6.3 cites it. Region codes as that file gives them
 * (GL London, NE, NW, YH, EM, WM, E East, SE, SW).
 * Added from the toolkit authors' knowledge of the reorganisations (not in that file, check before
 * relying on them): the GSS codes of the retired authorities, the former GSS codes of authorities
 * that kept their DfE code when they became unitary (North Yorkshire E10000023 and Somerset
 * E10000027 in April 2023, Buckinghamshire E10000002 in April 2020), Dorset's former DfE code 835
 * (E10000009, succeeded by 838 in April 2019) and the dates of each change.
 */

export interface LocalAuthority {
  /** DfE three-digit code, e.g. "202". */
  dfe: string;
  /** ONS GSS code, e.g. "E09000007". */
  gss: string;
  name: string;
  /** Region as the source file abbreviates it. */
  region: string;
  /** Former GSS codes of the same authority (kept its DfE code). */
  formerGss?: string[];
}

export interface RetiredAuthority {
  dfe: string;
  gss: string;
  name: string;
  /** DfE codes of the authorities that took over its children's services. */
  successors: string[];
  /** First day (ISO) the successors were responsible. */
  from: string;
}

const formerGss: Record<string, string[]> = {
  "815": ["E10000023"],
  "933": ["E10000027"],
  "825": ["E10000002"],
};

// [DfE code, GSS code, name, region]
const rows: [string, string, string, string][] = [
  ["301", "E09000002", "Barking and Dagenham", "GL"],
  ["302", "E09000003", "Barnet", "GL"],
  ["370", "E08000016", "Barnsley", "YH"],
  ["800", "E06000022", "Bath and North East Somerset", "SW"],
  ["822", "E06000055", "Bedford Borough", "E"],
  ["303", "E09000004", "Bexley", "GL"],
  ["330", "E08000025", "Birmingham", "WM"],
  ["889", "E06000008", "Blackburn with Darwen", "NW"],
  ["890", "E06000009", "Blackpool", "NW"],
  ["350", "E08000001", "Bolton", "NW"],
  ["839", "E06000058", "Bournemouth, Christchurch and Poole", "SW"],
  ["867", "E06000036", "Bracknell Forest", "SE"],
  ["380", "E08000032", "Bradford", "YH"],
  ["304", "E09000005", "Brent", "GL"],
  ["846", "E06000043", "Brighton and Hove", "SE"],
  ["801", "E06000023", "Bristol, City of", "SW"],
  ["305", "E09000006", "Bromley", "GL"],
  ["825", "E06000060", "Buckinghamshire", "SE"],
  ["351", "E08000002", "Bury", "NW"],
  ["381", "E08000033", "Calderdale", "YH"],
  ["873", "E10000003", "Cambridgeshire", "E"],
  ["202", "E09000007", "Camden", "GL"],
  ["823", "E06000056", "Central Bedfordshire", "E"],
  ["895", "E06000049", "Cheshire East", "NW"],
  ["896", "E06000050", "Cheshire West and Chester", "NW"],
  ["201", "E09000001", "City of London", "GL"],
  ["908", "E06000052", "Cornwall", "SW"],
  ["331", "E08000026", "Coventry", "WM"],
  ["306", "E09000008", "Croydon", "GL"],
  ["942", "E06000063", "Cumberland", "NW"],
  ["841", "E06000005", "Darlington", "NE"],
  ["831", "E06000015", "Derby", "EM"],
  ["830", "E10000007", "Derbyshire", "EM"],
  ["878", "E10000008", "Devon", "SW"],
  ["371", "E08000017", "Doncaster", "YH"],
  ["838", "E06000059", "Dorset", "SW"],
  ["332", "E08000027", "Dudley", "WM"],
  ["840", "E06000047", "Durham", "NE"],
  ["307", "E09000009", "Ealing", "GL"],
  ["811", "E06000011", "East Riding of Yorkshire", "YH"],
  ["845", "E10000011", "East Sussex", "SE"],
  ["308", "E09000010", "Enfield", "GL"],
  ["881", "E10000012", "Essex", "E"],
  ["390", "E08000037", "Gateshead", "NE"],
  ["916", "E10000013", "Gloucestershire", "SW"],
  ["203", "E09000011", "Greenwich", "GL"],
  ["204", "E09000012", "Hackney", "GL"],
  ["876", "E06000006", "Halton", "NW"],
  ["205", "E09000013", "Hammersmith and Fulham", "GL"],
  ["850", "E10000014", "Hampshire", "SE"],
  ["309", "E09000014", "Haringey", "GL"],
  ["310", "E09000015", "Harrow", "GL"],
  ["805", "E06000001", "Hartlepool", "NE"],
  ["311", "E09000016", "Havering", "GL"],
  ["884", "E06000019", "Herefordshire", "WM"],
  ["919", "E10000015", "Hertfordshire", "E"],
  ["312", "E09000017", "Hillingdon", "GL"],
  ["313", "E09000018", "Hounslow", "GL"],
  ["921", "E06000046", "Isle of Wight", "SE"],
  ["420", "E06000053", "Isles of Scilly", "SW"],
  ["206", "E09000019", "Islington", "GL"],
  ["207", "E09000020", "Kensington and Chelsea", "GL"],
  ["886", "E10000016", "Kent", "SE"],
  ["810", "E06000010", "Kingston Upon Hull, City of", "YH"],
  ["314", "E09000021", "Kingston upon Thames", "GL"],
  ["382", "E08000034", "Kirklees", "YH"],
  ["340", "E08000011", "Knowsley", "NW"],
  ["208", "E09000022", "Lambeth", "GL"],
  ["888", "E10000017", "Lancashire", "NW"],
  ["383", "E08000035", "Leeds", "YH"],
  ["856", "E06000016", "Leicester", "EM"],
  ["855", "E10000018", "Leicestershire", "EM"],
  ["209", "E09000023", "Lewisham", "GL"],
  ["925", "E10000019", "Lincolnshire", "EM"],
  ["341", "E08000012", "Liverpool", "NW"],
  ["821", "E06000032", "Luton", "E"],
  ["352", "E08000003", "Manchester", "NW"],
  ["887", "E06000035", "Medway", "SE"],
  ["315", "E09000024", "Merton", "GL"],
  ["806", "E06000002", "Middlesbrough", "NE"],
  ["826", "E06000042", "Milton Keynes", "SE"],
  ["391", "E08000021", "Newcastle upon Tyne", "NE"],
  ["316", "E09000025", "Newham", "GL"],
  ["926", "E10000020", "Norfolk", "E"],
  ["812", "E06000012", "North East Lincolnshire", "YH"],
  ["813", "E06000013", "North Lincolnshire", "YH"],
  ["940", "E06000061", "North Northamptonshire", "EM"],
  ["802", "E06000024", "North Somerset", "SW"],
  ["392", "E08000022", "North Tyneside", "NE"],
  ["815", "E06000065", "North Yorkshire", "YH"],
  ["929", "E06000057", "Northumberland", "NE"],
  ["892", "E06000018", "Nottingham", "EM"],
  ["891", "E10000024", "Nottinghamshire", "EM"],
  ["353", "E08000004", "Oldham", "NW"],
  ["931", "E10000025", "Oxfordshire", "SE"],
  ["874", "E06000031", "Peterborough", "E"],
  ["879", "E06000026", "Plymouth", "SW"],
  ["851", "E06000044", "Portsmouth", "SE"],
  ["870", "E06000038", "Reading", "SE"],
  ["317", "E09000026", "Redbridge", "GL"],
  ["807", "E06000003", "Redcar and Cleveland", "NE"],
  ["318", "E09000027", "Richmond upon Thames", "GL"],
  ["354", "E08000005", "Rochdale", "NW"],
  ["372", "E08000018", "Rotherham", "YH"],
  ["857", "E06000017", "Rutland", "EM"],
  ["355", "E08000006", "Salford", "NW"],
  ["333", "E08000028", "Sandwell", "WM"],
  ["343", "E08000014", "Sefton", "NW"],
  ["373", "E08000019", "Sheffield", "YH"],
  ["893", "E06000051", "Shropshire", "WM"],
  ["871", "E06000039", "Slough", "SE"],
  ["334", "E08000029", "Solihull", "WM"],
  ["933", "E06000066", "Somerset", "SW"],
  ["803", "E06000025", "South Gloucestershire", "SW"],
  ["393", "E08000023", "South Tyneside", "NE"],
  ["852", "E06000045", "Southampton", "SE"],
  ["882", "E06000033", "Southend-on-Sea", "E"],
  ["210", "E09000028", "Southwark", "GL"],
  ["342", "E08000013", "St. Helens", "NW"],
  ["860", "E10000028", "Staffordshire", "WM"],
  ["356", "E08000007", "Stockport", "NW"],
  ["808", "E06000004", "Stockton-on-Tees", "NE"],
  ["861", "E06000021", "Stoke-on-Trent", "WM"],
  ["935", "E10000029", "Suffolk", "E"],
  ["394", "E08000024", "Sunderland", "NE"],
  ["936", "E10000030", "Surrey", "SE"],
  ["319", "E09000029", "Sutton", "GL"],
  ["866", "E06000030", "Swindon", "SW"],
  ["357", "E08000008", "Tameside", "NW"],
  ["894", "E06000020", "Telford and Wrekin", "WM"],
  ["883", "E06000034", "Thurrock", "E"],
  ["880", "E06000027", "Torbay", "SW"],
  ["211", "E09000030", "Tower Hamlets", "GL"],
  ["358", "E08000009", "Trafford", "NW"],
  ["384", "E08000036", "Wakefield", "YH"],
  ["335", "E08000030", "Walsall", "WM"],
  ["320", "E09000031", "Waltham Forest", "GL"],
  ["212", "E09000032", "Wandsworth", "GL"],
  ["877", "E06000007", "Warrington", "NW"],
  ["937", "E10000031", "Warwickshire", "WM"],
  ["869", "E06000037", "West Berkshire", "SE"],
  ["941", "E06000062", "West Northamptonshire", "EM"],
  ["938", "E10000032", "West Sussex", "SE"],
  ["213", "E09000033", "Westminster", "GL"],
  ["943", "E06000064", "Westmorland and Furness", "NW"],
  ["359", "E08000010", "Wigan", "NW"],
  ["865", "E06000054", "Wiltshire", "SW"],
  ["868", "E06000040", "Windsor and Maidenhead", "SE"],
  ["344", "E08000015", "Wirral", "NW"],
  ["872", "E06000041", "Wokingham", "SE"],
  ["336", "E08000031", "Wolverhampton", "WM"],
  ["885", "E10000034", "Worcestershire", "WM"],
  ["816", "E06000014", "York", "YH"],
];

/**
 * The 153 current authorities, in the source's order (alphabetical).
 * @example currentAuthorities.find((a) => a.dfe === "202")?.gss // "E09000007"
 */
export const currentAuthorities: readonly LocalAuthority[] = rows.map(([dfe, gss, name, region]) =>
  formerGss[dfe] ? { dfe, gss, name, region, formerGss: formerGss[dfe] } : { dfe, gss, name, region },
);

/**
 * Authorities that no longer exist, with their successors.
 * @example retiredAuthorities.find((a) => a.dfe === "928")?.successors // ["940", "941"]
 */
export const retiredAuthorities: readonly RetiredAuthority[] = [
  { dfe: "928", gss: "E10000021", name: "Northamptonshire", successors: ["940", "941"], from: "2021-04-01" },
  { dfe: "909", gss: "E10000006", name: "Cumbria", successors: ["942", "943"], from: "2023-04-01" },
  { dfe: "836", gss: "E06000029", name: "Poole", successors: ["839"], from: "2019-04-01" },
  { dfe: "837", gss: "E06000028", name: "Bournemouth", successors: ["839"], from: "2019-04-01" },
  { dfe: "835", gss: "E10000009", name: "Dorset (county)", successors: ["838"], from: "2019-04-01" },
];
