import react from "@portal/eslint-config/react";
export default react;
