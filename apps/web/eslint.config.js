import { boundaries } from "@portal/eslint-config/boundaries";
import { formatting } from "@portal/eslint-config/formatting";
import next from "@portal/eslint-config/next";
import { errorText } from "@portal/eslint-config/refusals";

export default [
  ...next,
  ...boundaries("@portal/web"),
  ...formatting(["src/**/*.{ts,tsx}"]),
  ...errorText(["src/**/*.{ts,tsx}"]),
  { ignores: ["next-env.d.ts", "scripts/**"] },
];
