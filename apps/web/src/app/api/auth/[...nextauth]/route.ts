import { handlers } from "@portal/auth";

export const { GET, POST } = handlers;
