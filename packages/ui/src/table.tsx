import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props} />
    </div>
  );
}
export const THead = (props: ComponentProps<"thead">) => (
  <thead className="bg-gray-50 text-xs uppercase text-muted" {...props} />
);
export const TBody = (props: ComponentProps<"tbody">) => (
  <tbody className="divide-y divide-gray-100" {...props} />
);
export const Tr = ({ className, ...props }: ComponentProps<"tr">) => (
  <tr className={cn("hover:bg-gray-50", className)} {...props} />
);
export const Th = ({ className, ...props }: ComponentProps<"th">) => (
  <th className={cn("px-4 py-3 font-semibold", className)} {...props} />
);
export const Td = ({ className, ...props }: ComponentProps<"td">) => (
  <td className={cn("px-4 py-3 align-top", className)} {...props} />
);
