/** The first words of a Markdown text as plain text (marks removed, not rendered), for a list or a digest. */
export function markdownExcerpt(markdown: string, max = 240): string {
  const plain = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length <= max ? plain : `${plain.slice(0, max).replace(/\s+\S*$/, "")}…`;
}
