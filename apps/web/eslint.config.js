import react from "@portal/eslint-config/react";
export default [...react, { ignores: ["next-env.d.ts", "scripts/**"] }];
