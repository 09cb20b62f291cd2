/**
 * Refusals reach the user as a message key with params, rendered in their language (README, "Errors"):
 * - `portal/no-error-text` (the web app): an error's `message` is English developer text and must not be shown:
 *   `e.message`, `err.message`, `error.message`, `mutation.error.message`, … are reported; render the error with
 *   `useServerErrorText()` / `getServerErrorText()` instead (src/i18n/server-errors.ts). A form field's message
 *   handed straight to `errorText(...)` (useErrorText, which renders `validation.*` keys) is not an error's text.
 * - `portal/keyed-refusals` (packages/api): a `TRPCError` built with a message of its own is reported; throw
 *   `AppError` (src/errors.ts), whose key is typed against the catalogue, so an English sentence fails typecheck.
 */
const errorNames = /^(e|err|error|thrown|cause|exception)$/;

const isErrorObject = (node) =>
  (node.type === "Identifier" && errorNames.test(node.name)) ||
  (node.type === "MemberExpression" && !node.computed && node.property.name === "error");

/** `errorText(x.message)`: a form field's message, rendered as a message key by useErrorText. */
const renderedAsKey = (node) => {
  let child = node;
  let parent = node.parent;
  while (parent?.type === "ChainExpression") [child, parent] = [parent, parent.parent];
  return (
    parent?.type === "CallExpression" &&
    parent.callee.type === "Identifier" &&
    parent.callee.name === "errorText" &&
    parent.arguments.includes(child)
  );
};

/** @type {import("eslint").Rule.RuleModule} */
const noErrorText = {
  meta: {
    type: "problem",
    docs: { description: "An error's English message never reaches the screen" },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (
          !node.computed &&
          node.property.name === "message" &&
          isErrorObject(node.object) &&
          !renderedAsKey(node)
        )
          context.report({
            node,
            message:
              "An error's message is English developer text: render the error with useServerErrorText() (src/i18n/server-errors.ts).",
          });
      },
    };
  },
};

/** @type {import("eslint").Rule.RuleModule} */
const keyedRefusals = {
  meta: { type: "problem", docs: { description: "Refusals carry a message key (AppError)" }, schema: [] },
  create(context) {
    return {
      NewExpression(node) {
        if (node.callee.type === "Identifier" && node.callee.name === "TRPCError")
          context.report({
            node,
            message: "Throw AppError with a message key (src/errors.ts), not a TRPCError with a sentence.",
          });
      },
    };
  },
};

const plugin = { rules: { "no-error-text": noErrorText, "keyed-refusals": keyedRefusals } };

/** For the web app's sources (tests may read an error's message). */
export const errorText = (files) => [
  {
    files,
    ignores: ["**/*.test.ts"],
    plugins: { refusals: plugin },
    rules: { "refusals/no-error-text": "error" },
  },
];

/** For packages/api's sources; `except`: the files that map refusals to tRPC errors (trpc.ts, outage.ts). */
export const keyedRefusalRules = (files, except) => [
  { files, ignores: except, plugins: { refusals: plugin }, rules: { "refusals/keyed-refusals": "error" } },
];
