"use client";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Lesson Markdown: GFM (tables, links, images), raw HTML never rendered (react-markdown ignores it) and the
 * resulting tree sanitized with GitHub's schema, so authored content cannot run scripts or inject handlers.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="lesson-body space-y-3 text-gray-900 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-gray-300 [&_blockquote]:pl-3 [&_blockquote]:italic [&_h3]:text-xl [&_h3]:font-semibold [&_h4]:mt-4 [&_h4]:text-lg [&_h4]:font-semibold [&_h5]:font-semibold [&_img]:max-w-full [&_ol]:list-decimal [&_ol]:pl-6 [&_table]:w-full [&_table]:text-sm [&_td]:border [&_td]:border-gray-200 [&_td]:p-2 [&_th]:border [&_th]:border-gray-200 [&_th]:bg-gray-50 [&_th]:p-2 [&_th]:text-left [&_ul]:list-disc [&_ul]:pl-6">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        components={{
          // The item title is the page's h2: lesson headings sit below it.
          h1: ({ node: _node, children, ...props }) => <h3 {...props}>{children}</h3>,
          h2: ({ node: _node, children, ...props }) => <h4 {...props}>{children}</h4>,
          h3: ({ node: _node, children, ...props }) => <h5 {...props}>{children}</h5>,
          // Wide tables scroll on a phone instead of breaking the layout.
          table: ({ node: _node, ...props }) => (
            <div className="relative overflow-x-auto">
              <table {...props} />
            </div>
          ),
          a: ({ node: _node, children, ...props }) => (
            <a {...props} target="_blank" rel="noopener noreferrer">
              {children}
            </a>
          ),
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
