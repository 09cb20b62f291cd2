import react from "@portal/eslint-config/react";
import { boundaries } from "@portal/eslint-config/boundaries";

export default [...react, ...boundaries("@portal/ui")];
