import nextPlugin from "@next/eslint-plugin-next";
import react from "./react.js";

/** The Next.js app: the React rules plus Next's recommended and Core Web Vitals rules. */
export default [
  ...react,
  {
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
];
