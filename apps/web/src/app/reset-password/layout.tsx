import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/trpc/react";

/** This area's client components fetch with tRPC (the root and portal layouts do not provide it). */
export default function ResetPasswordLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
