import type { Actor } from "../harness";

/** Procedure path -> the actors the role check lets through (row scopes are tested separately). */
export type AccessRows = Record<string, Actor[]>;
