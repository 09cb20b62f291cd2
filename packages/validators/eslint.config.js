import base from "@portal/eslint-config/base";
import { boundaries } from "@portal/eslint-config/boundaries";

export default [...base, ...boundaries("@portal/validators")];
