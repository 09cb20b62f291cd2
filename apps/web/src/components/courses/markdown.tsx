"use client";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";
import rehypeSanitize from "rehype-sanitize";

/**
 * Lesson Markdown as a learner sees it: GitHub-flavoured, sanitized (no raw HTML, no script URLs).
 * A small local copy for the author's preview; the learner pages own theirs on the other branch, with the
 * same libraries, so both render the same.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose-lesson space-y-3 text-sm leading-6 [&_a]:text-brand-700 [&_a]:underline [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_table]:border [&_td]:border [&_td]:px-2 [&_th]:border [&_th]:px-2 [&_ul]:list-disc">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
