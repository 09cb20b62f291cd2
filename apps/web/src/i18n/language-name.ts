/** A language's name in the reader's language ("sv" -> "Swedish"), never the raw code. */
export function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code.toLowerCase()) ?? code;
  } catch {
    return code;
  }
}
