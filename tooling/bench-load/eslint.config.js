import base from "@portal/eslint-config/base";
export default base;
