import type { ValidationKey } from "./messages";

/**
 * A problem found in an imported file (a CSV's header or row, a course file), as a message key with values,
 * rendered in the importer's language by the web app: `imports.<key>` keys are in the `imports` namespace of its
 * message files, `validation.<key>` keys (from the shared schemas) in `validation`.
 */
export const importMessages = {
  fileEmpty: "imports.fileEmpty",
  noRows: "imports.noRows",
  /** { column } */ columnTwice: "imports.columnTwice",
  /** { column } */ columnMissing: "imports.columnMissing",
  /** { column, columns, prefix } */ staffColumnUnknown: "imports.staffColumnUnknown",
  /** { column, prefix } */ columnNoSegment: "imports.columnNoSegment",
  /** { column, segment } */ columnSegmentUnknown: "imports.columnSegmentUnknown",
  /** { column, segment } */ columnSegmentArchived: "imports.columnSegmentArchived",
  /** { segment } */ segmentColumnTwice: "imports.segmentColumnTwice",
  /** { column, columns } */ candidateColumnUnknown: "imports.candidateColumnUnknown",
  positionMissing: "imports.positionMissing",
  /** { position } */ positionClosed: "imports.positionClosed",
  rowExtraCells: "imports.rowExtraCells",
  quotesUnclosed: "imports.quotesUnclosed",
  quotesInvalid: "imports.quotesInvalid",
  unreadable: "imports.unreadable",
  /** { row } */ emailTwice: "imports.emailTwice",
  /** { department } */ departmentUnknown: "imports.departmentUnknown",
  /** { department } */ departmentArchived: "imports.departmentArchived",
  /** { department, position } */ positionUnknown: "imports.positionUnknown",
  /** { position } */ positionArchived: "imports.positionArchived",
  /** { segment } */ segmentUnknown: "imports.segmentUnknown",
  /** { segment } */ segmentArchived: "imports.segmentArchived",
  notJson: "imports.notJson",
} as const;
export type ImportMessageKey = (typeof importMessages)[keyof typeof importMessages];

export type ImportProblem = {
  message: ImportMessageKey | ValidationKey;
  values?: Record<string, string | number>;
};

/** A problem of the CSV reader (papaparse's error code) as a message: unclosed or stray quotes, or anything else. */
export const csvReaderProblem = (code: string): ImportProblem => ({
  message:
    code === "MissingQuotes"
      ? importMessages.quotesUnclosed
      : code === "InvalidQuotes"
        ? importMessages.quotesInvalid
        : importMessages.unreadable,
});
