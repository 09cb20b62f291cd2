/** A database date (midnight UTC) as the YYYY-MM-DD a date input and the schemas use. */
export const toIsoDate = (d: Date) => d.toISOString().slice(0, 10);
