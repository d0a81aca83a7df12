// The shape of one work of the bibliography (stats/references.ts).

/** One cited work: authors, year, title, journal and, where known, volume, pages and DOI. */
export interface Reference {
  authors: string;
  year: number;
  title: string;
  journal: string;
  volume?: string;
  pages?: string;
  doi?: string;
}
