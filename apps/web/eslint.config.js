import { boundaries } from "@portal/eslint-config/boundaries";
import { formatting } from "@portal/eslint-config/formatting";
import next from "@portal/eslint-config/next";

export default [
  ...next,
  ...boundaries("@portal/web"),
  ...formatting(["src/**/*.{ts,tsx}"]),
  { ignores: ["next-env.d.ts", "scripts/**"] },
];
