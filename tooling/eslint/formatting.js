/**
 * No hand-formatted numbers, percentages or dates in the UI: they go through next-intl's formatters
 * (`useFormatter()` / `getFormatter()`: `number`, `dateTime`, `relativeTime`), which follow the reader's locale and
 * the configured time zone. Reported: `toLocaleString` / `toLocaleDateString` / `toLocaleTimeString`, `toFixed` /
 * `toPrecision`, `Intl.NumberFormat` / `DateTimeFormat` / `RelativeTimeFormat` / `DurationFormat`, a hard-coded
 * region locale such as "en-GB", and a "%" glued to a value (`{n}%`, `${n}%`, `n + "%"`) except in a `style`.
 */
const methods = new Set([
  "toLocaleString",
  "toLocaleDateString",
  "toLocaleTimeString",
  "toFixed",
  "toPrecision",
]);
const intlFormatters = new Set(["NumberFormat", "DateTimeFormat", "RelativeTimeFormat", "DurationFormat"]);
const regionLocale = /^[a-z]{2,3}-[A-Z]{2}$/;
const use = "use next-intl's formatters (useFormatter/getFormatter: number, dateTime, relativeTime)";

const propertyName = (node) =>
  node.computed ? (node.property.type === "Literal" ? node.property.value : null) : node.property.name;

/** Inside a JSX `style={...}` attribute, where "50%" is a CSS length, not text. */
const inStyle = (context, node) =>
  context.sourceCode
    .getAncestors(node)
    .some((a) => a.type === "JSXAttribute" && a.name.type === "JSXIdentifier" && a.name.name === "style");

/** @type {import("eslint").Rule.RuleModule} */
const noHandFormatting = {
  meta: {
    type: "problem",
    docs: { description: "Numbers, percentages and dates only through next-intl's formatters" },
    schema: [],
  },
  create(context) {
    const report = (node, what) => context.report({ node, message: `${what}: ${use}.` });
    return {
      MemberExpression(node) {
        const name = propertyName(node);
        if (methods.has(name)) report(node, `${name}() formats by hand`);
        if (node.object.type === "Identifier" && node.object.name === "Intl" && intlFormatters.has(name))
          report(node, `Intl.${name} formats by hand`);
      },
      Literal(node) {
        if (typeof node.value === "string" && regionLocale.test(node.value))
          report(node, `"${node.value}" fixes the locale`);
      },
      TemplateLiteral(node) {
        if (inStyle(context, node)) return;
        if (node.quasis.slice(1).some((q) => q.value.cooked?.startsWith("%")))
          report(node, "a percentage built by hand");
      },
      JSXText(node) {
        const previous = node.parent.children?.[node.parent.children.indexOf(node) - 1];
        if (previous?.type === "JSXExpressionContainer" && /^\s*%/.test(node.value))
          report(node, "a percentage built by hand");
      },
      BinaryExpression(node) {
        if (
          node.operator === "+" &&
          node.right.type === "Literal" &&
          typeof node.right.value === "string" &&
          node.right.value.startsWith("%") &&
          !inStyle(context, node)
        )
          report(node, "a percentage built by hand");
      },
    };
  },
};

/** Flat-config objects for a UI package's sources (`files`: where the rule applies). */
export function formatting(files) {
  return [
    {
      files,
      plugins: { portal: { rules: { "no-hand-formatting": noHandFormatting } } },
      rules: { "portal/no-hand-formatting": "error" },
    },
  ];
}
