"use client";
import { useFormStatus } from "react-dom";
import { Button } from "@portal/ui";
import { ssoSignInAction } from "./actions";

function Submit({ label, primary }: { label: string; primary: boolean }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={primary ? "primary" : "secondary"} className="w-full" disabled={pending}>
      {label}
    </Button>
  );
}

/** The way in through the company's identity provider (README "Single sign-on"). */
export function SsoSignInButton({ next, label, primary }: { next: string; label: string; primary: boolean }) {
  return (
    <form action={ssoSignInAction}>
      <input type="hidden" name="next" value={next} />
      <Submit label={label} primary={primary} />
    </form>
  );
}
