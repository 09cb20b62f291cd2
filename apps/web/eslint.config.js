import { boundaries } from "@portal/eslint-config/boundaries";
import next from "@portal/eslint-config/next";

export default [...next, ...boundaries("@portal/web"), { ignores: ["next-env.d.ts", "scripts/**"] }];
