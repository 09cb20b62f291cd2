import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { cn } from "./cn";

// cn() replaces tailwind-merge in the browser bundle; these tests hold it to tailwind-merge's answers for the class
// names this code base uses (every token of every string in apps/web/src and packages/ui/src, paired with every
// token of the same kind) and for generated pairs of the groups cn() knows.

const root = fileURLToPath(new URL("../../../", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === "node_modules" || name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/^cn(\.test)?\.ts$/.test(name) ? [path] : [];
  });
}

const tokens = new Set<string>();
for (const file of [
  ...sourceFiles(join(root, "apps/web/src")),
  ...sourceFiles(join(root, "packages/ui/src")),
]) {
  for (const [, text] of readFileSync(file, "utf8").matchAll(/"([^"\n]*)"|`([^`\n]*)`/g)) {
    for (const token of (text ?? "").split(/\s+/))
      if (/^!?-?[a-z@[(*][\w:./[\]()%#!,-]*$/.test(token) && token.length < 60) tokens.add(token);
  }
}
/** The part before the first `-` of the utility (after variants): tokens of the same kind are paired. */
const kind = (token: string) =>
  token
    .slice(token.lastIndexOf(":") + 1)
    .replace(/^!?-?/, "")
    .split("-")[0]!;
const byKind = new Map<string, string[]>();
for (const token of tokens) byKind.set(kind(token), [...(byKind.get(kind(token)) ?? []), token]);

describe("cn", () => {
  it("joins conditional class names like clsx", () => {
    expect(cn("a", false, null, undefined, ["b", { c: true, d: false }])).toBe("a b c");
  });

  it("resolves the usual overrides", () => {
    expect(cn("px-4 h-10", "px-2")).toBe("h-10 px-2");
    expect(cn("p-4", "px-2")).toBe("p-4 px-2");
    expect(cn("px-2", "p-4")).toBe("p-4");
    expect(cn("text-sm text-gray-700", "text-red-700")).toBe("text-sm text-red-700");
    expect(cn("hidden", "md:block", "block")).toBe("md:block block");
  });

  it(`agrees with tailwind-merge on every pair of this code base's class names (${tokens.size} tokens)`, () => {
    const differences: string[] = [];
    for (const group of byKind.values())
      for (const a of group)
        for (const b of group) {
          const input = `${a} ${b}`;
          if (cn(input) !== twMerge(input))
            differences.push(`${input} -> cn "${cn(input)}", tailwind-merge "${twMerge(input)}"`);
        }
    expect(differences).toEqual([]);
  });

  it("agrees with tailwind-merge on generated pairs of valid utilities, with variants and importance", () => {
    const spacing = ["0", "1", "2.5", "4", "px", "[3px]", "(--gap)"];
    const sizing = ["0", "4", "full", "auto", "1/2", "screen", "fit", "[10%]", "(--w)"];
    const colors = ["red-500", "gray-700", "white", "brand-700/50", "[#fff]"];
    const families: [string[], string[]][] = [
      [
        [
          "p",
          "px",
          "py",
          "pt",
          "pl",
          "m",
          "mx",
          "my",
          "mt",
          "-mt",
          "ml",
          "gap",
          "gap-x",
          "space-y",
          "indent",
          "scroll-m",
          "scroll-mt",
          "scroll-px",
          "scroll-pt",
        ],
        spacing,
      ],
      [
        ["inset", "inset-x", "top", "left", "-translate-x", "translate-y"],
        [...spacing, "full", "1/2", "auto"],
      ],
      [["w", "h", "size", "min-w", "max-w", "min-h", "max-h", "basis"], sizing],
      [["max-w"], ["sm", "xl", "2xl", "prose", "none", "screen-md"]],
      [
        ["text"],
        [
          "xs",
          "sm",
          "base",
          "lg",
          "2xl",
          "left",
          "center",
          "wrap",
          "balance",
          "ellipsis",
          "[13px]",
          ...colors,
        ],
      ],
      [
        [
          "bg",
          "border",
          "border-t",
          "border-x",
          "ring",
          "outline",
          "divide",
          "decoration",
          "ring-offset",
          "accent",
          "fill",
          "stroke",
          "caret",
        ],
        colors,
      ],
      [
        [
          "border",
          "border-t",
          "border-x",
          "ring",
          "outline",
          "divide-y",
          "ring-offset",
          "outline-offset",
          "decoration",
        ],
        ["", "0", "2", "4", "[3px]", "solid", "dashed", "none"],
      ],
      [
        ["rounded", "rounded-t", "rounded-tl", "rounded-l"],
        ["", "none", "sm", "md", "lg", "full", "[3px]"],
      ],
      [["font"], ["medium", "semibold", "bold", "normal", "mono", "sans"]],
      [
        ["leading", "tracking"],
        ["none", "tight", "wide", "6", "[1.2]"],
      ],
      [["flex"], ["1", "auto", "none", "initial", "row", "col", "wrap", "nowrap"]],
      [
        ["grow", "shrink"],
        ["", "0"],
      ],
      [
        ["grid-cols", "grid-rows", "col-span", "row-span", "col-start"],
        ["1", "2", "3", "none", "full", "[16rem_1fr]"],
      ],
      [
        ["justify", "items", "self", "content", "place-items", "justify-items"],
        ["start", "end", "center", "between", "stretch", "baseline"],
      ],
      [
        ["overflow", "overflow-x", "overflow-y"],
        ["auto", "hidden", "visible", "scroll"],
      ],
      [["shadow"], ["", "sm", "md", "lg", "none", "inner", "red-500"]],
      [
        ["opacity", "z", "order", "line-clamp"],
        ["0", "10", "50", "none", "auto", "first"],
      ],
      [
        ["transition", "duration", "ease", "delay"],
        ["", "colors", "opacity", "none", "150", "300", "in-out", "linear"],
      ],
      [["underline-offset"], ["2", "4", "auto"]],
      [["whitespace"], ["nowrap", "normal", "pre-wrap"]],
      [["break"], ["words", "all", "normal"]],
      [["object"], ["cover", "contain"]],
      [["cursor"], ["pointer", "auto", "not-allowed"]],
      [
        ["select", "pointer-events"],
        ["none", "all", "auto"],
      ],
      [["list"], ["disc", "none", "inside"]],
    ];
    const standalone = [
      "block",
      "hidden",
      "flex",
      "grid",
      "inline-flex",
      "contents",
      "relative",
      "absolute",
      "sticky",
      "sr-only",
      "not-sr-only",
      "italic",
      "underline",
      "no-underline",
      "uppercase",
      "truncate",
      "tabular-nums",
      "ring-inset",
      "visible",
      "invisible",
    ];
    const classes = new Set(standalone);
    for (const [prefixes, values] of families)
      for (const p of prefixes) for (const v of values) classes.add(v ? `${p}-${v}` : p);
    const all = [...classes];
    const differences: string[] = [];
    for (const variant of ["", "md:", "hover:", "md:hover:", "!"])
      for (const a of all)
        for (const b of all) {
          // Same kind (`px-2 p-4`), or a whole-word utility against anything (`hidden flex`, `truncate text-clip`).
          if (kind(a) !== kind(b) && !standalone.includes(a) && !standalone.includes(b)) continue;
          const input = variant === "!" ? `${a} !${b} !${a}` : `${variant}${a} ${variant}${b}`;
          if (cn(input) !== twMerge(input))
            differences.push(`${input} -> cn "${cn(input)}", tailwind-merge "${twMerge(input)}"`);
        }
    expect(differences.slice(0, 40)).toEqual([]);
  });
});
