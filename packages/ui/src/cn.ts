import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names (clsx) and resolves Tailwind conflicts: a later utility wins over an earlier one of the same
 * group, with the same variants and importance (`cn("px-4 h-10", "px-2")` -> "h-10 px-2"). This follows
 * tailwind-merge's default configuration for the utility groups listed below; anything else is kept as given.
 * tailwind-merge itself weighs 8.7 kB gzipped on every page (apps/web/scripts/BENCHMARKS.md); `cn.test.ts`
 * compares this with it on every class combination of the code base and on generated pairs.
 */
export const cn = (...inputs: ClassValue[]) => mergeClasses(clsx(inputs));

type Test = (value: string) => boolean;
/** One group of a prefix: its name, and its keywords (space separated) or a test of the value. */
type Rule = [group: string, values: string | Test];

const isNumber: Test = (v) => !!v && !Number.isNaN(Number(v));
const isInteger: Test = (v) => !!v && Number.isInteger(Number(v));
const isFraction: Test = (v) => /^\d+(?:\.\d+)?\/\d+(?:\.\d+)?$/.test(v);
const isTshirt: Test = (v) => /^(\d+(\.\d+)?)?(xs|sm|md|lg|xl)$/.test(v);
const isAny: Test = () => true;
const arbitrary = /^\[(?:(\w[\w-]*):)?(.+)\]$/;
const variable = /^\((?:(\w[\w-]*):)?(.+)\)$/;
const isLength: Test = (v) =>
  /\d+(%|px|r?em|[sdl]?v([hwib]|min|max)|pt|pc|in|cm|mm|cap|ch|ex|r?lh|cq(w|h|i|b|min|max))|\b(calc|min|max|clamp)\(.+\)|^0$/.test(
    v,
  ) && !/^(rgba?|hsla?|hwb|(ok)?(lab|lch)|color-mix|color|light-dark)\(.+\)$/.test(v);
/** `[value]` or `(--variable)`, with an optional type label (`[length:1rem]`), as tailwind-merge reads them. */
const custom =
  (labels: string[], test: Test, unlabelledVariable = false): Test =>
  (v) => {
    const a = arbitrary.exec(v);
    if (a) return a[1] ? labels.includes(a[1]) : test(a[2]!);
    const b = variable.exec(v);
    return b ? (b[1] ? labels.includes(b[1]) : unlabelledVariable) : false;
  };
const isCustom: Test = (v) => arbitrary.test(v) || variable.test(v);
const isCustomLength = custom(["length"], isLength);
const isCustomShadow = custom(
  ["shadow"],
  (v) => /^(inset_)?-?((\d+)?\.?(\d+)[a-z]+|0)_-?((\d+)?\.?(\d+)[a-z]+|0)/.test(v),
  true,
);
const or =
  (...tests: Test[]): Test =>
  (v) =>
    tests.some((t) => t(v));

const spacing = or((v) => v === "px", isNumber, isCustom);
const inset = or(isFraction, (v) => v === "full" || v === "auto", spacing);
const margin = or((v) => v === "auto", spacing);
const sizing = or(isFraction, (v) => /^(auto|full|[dls]?v[wh]|min|max|fit)$/.test(v), spacing);
const borderWidth = or((v) => v === "", isNumber, isCustomLength);
const radius = or((v) => v === "" || v === "none" || v === "full", isTshirt, isCustom);
const color: Test = (v) => v !== "";
const overflow = "auto hidden clip visible scroll";
const primaryAxis = "start end center between around evenly stretch baseline center-safe end-safe";
const secondaryAxis = "start end center stretch center-safe end-safe";
const lineStyle = "solid dashed dotted double";

const rules: Record<string, Rule[]> = {
  p: [["p", spacing]],
  px: [["px", spacing]],
  py: [["py", spacing]],
  ps: [["ps", spacing]],
  pe: [["pe", spacing]],
  pt: [["pt", spacing]],
  pr: [["pr", spacing]],
  pb: [["pb", spacing]],
  pl: [["pl", spacing]],
  m: [["m", margin]],
  mx: [["mx", margin]],
  my: [["my", margin]],
  ms: [["ms", margin]],
  me: [["me", margin]],
  mt: [["mt", margin]],
  mr: [["mr", margin]],
  mb: [["mb", margin]],
  ml: [["ml", margin]],
  ...Object.fromEntries(
    ["m", "p"].flatMap((box) =>
      ["", "x", "y", "s", "e", "t", "r", "b", "l"].map((side) => [
        `scroll-${box}${side}`,
        [[`scroll-${box}${side}`, box === "m" ? margin : spacing]],
      ]),
    ),
  ),
  scroll: [["scroll-behavior", "auto smooth"]],
  "space-x": [["space-x", spacing]],
  "space-y": [["space-y", spacing]],
  gap: [["gap", spacing]],
  "gap-x": [["gap-x", spacing]],
  "gap-y": [["gap-y", spacing]],
  size: [["size", sizing]],
  w: [["w", or(isTshirt, (v) => v === "screen", sizing)]],
  "min-w": [["min-w", or(isTshirt, (v) => v === "screen" || v === "none", sizing)]],
  "max-w": [
    [
      "max-w",
      or(
        isTshirt,
        (v) =>
          v === "screen" ||
          v === "none" ||
          v === "prose" ||
          /^screen-(\d+(\.\d+)?)?(xs|sm|md|lg|xl)$/.test(v),
        sizing,
      ),
    ],
  ],
  h: [["h", or((v) => v === "screen" || v === "lh", sizing)]],
  "min-h": [["min-h", or((v) => v === "screen" || v === "lh" || v === "none", sizing)]],
  "max-h": [["max-h", or((v) => v === "screen" || v === "lh" || v === "none", sizing)]],
  inset: [["inset", inset]],
  "inset-x": [["inset-x", inset]],
  "inset-y": [["inset-y", inset]],
  top: [["top", inset]],
  right: [["right", inset]],
  bottom: [["bottom", inset]],
  left: [["left", inset]],
  start: [["start", inset]],
  end: [["end", inset]],
  "translate-x": [["translate-x", or(isFraction, (v) => v === "full", spacing)]],
  "translate-y": [["translate-y", or(isFraction, (v) => v === "full", spacing)]],
  translate: [
    ["translate-none", "none"],
    ["translate", or(isFraction, (v) => v === "full", spacing)],
  ],
  rotate: [["rotate", or(isNumber, (v) => v === "none", isCustom)]],
  z: [["z", or(isInteger, (v) => v === "auto", isCustom)]],
  order: [["order", or(isInteger, (v) => v === "first" || v === "last" || v === "none", isCustom)]],
  basis: [["basis", or(isTshirt, inset)]],
  flex: [
    ["flex-direction", "row row-reverse col col-reverse"],
    ["flex-wrap", "nowrap wrap wrap-reverse"],
    [
      "flex",
      or(
        isNumber,
        isFraction,
        (v) => v === "auto" || v === "initial" || v === "none",
        (v) => arbitrary.test(v),
      ),
    ],
  ],
  grow: [["grow", or((v) => v === "", isNumber, isCustom)]],
  shrink: [["shrink", or((v) => v === "", isNumber, isCustom)]],
  "grid-cols": [["grid-cols", or(isInteger, (v) => v === "none" || v === "subgrid", isCustom)]],
  "grid-rows": [["grid-rows", or(isInteger, (v) => v === "none" || v === "subgrid", isCustom)]],
  col: [["col-start-end", or((v) => v === "auto" || /^span-(full|\d+)$/.test(v), isInteger, isCustom)]],
  "col-span": [["col-start-end", or((v) => v === "full", isInteger, isCustom)]],
  "col-start": [["col-start", or(isInteger, (v) => v === "auto", isCustom)]],
  "col-end": [["col-end", or(isInteger, (v) => v === "auto", isCustom)]],
  row: [["row-start-end", or((v) => v === "auto" || /^span-(full|\d+)$/.test(v), isInteger, isCustom)]],
  "row-span": [["row-start-end", or((v) => v === "full", isInteger, isCustom)]],
  justify: [["justify-content", `${primaryAxis} normal`]],
  "justify-items": [["justify-items", `${secondaryAxis} normal`]],
  "justify-self": [["justify-self", `auto ${secondaryAxis}`]],
  content: [
    ["align-content", `normal ${primaryAxis}`],
    ["content", or((v) => v === "none", isCustom)],
  ],
  items: [["align-items", `${secondaryAxis} baseline baseline-last`]],
  self: [["align-self", `auto ${secondaryAxis} baseline baseline-last`]],
  "place-content": [["place-content", primaryAxis]],
  "place-items": [["place-items", `${secondaryAxis} baseline`]],
  "place-self": [["place-self", `auto ${secondaryAxis}`]],
  overflow: [["overflow", overflow]],
  "overflow-x": [["overflow-x", overflow]],
  "overflow-y": [["overflow-y", overflow]],
  object: [["object-fit", "contain cover fill none scale-down"]],
  text: [
    ["text-alignment", "left center right justify start end"],
    ["text-wrap", "wrap nowrap balance pretty"],
    ["text-overflow", "ellipsis clip"],
    ["font-size", or((v) => v === "base", isTshirt, isCustomLength)],
    ["text-color", or(color, isCustom)],
  ],
  "text-shadow": [
    ["text-shadow", or((v) => v === "none", isTshirt, isCustomShadow)],
    ["text-shadow-color", or(color, isCustom)],
  ],
  font: [
    [
      "font-weight",
      or(
        (v) => /^(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)$/.test(v),
        custom(["number", "weight"], isAny, true),
      ),
    ],
    [
      "font-family",
      or(
        custom(["family-name"], () => false),
        (v) => !isCustom(v),
      ),
    ],
  ],
  "font-stretch": [
    [
      "font-stretch",
      or(
        (v) => /^((ultra|extra|semi)-)?(condensed|expanded)$|^normal$/.test(v),
        (v) => v.endsWith("%") && isNumber(v.slice(0, -1)),
        (v) => arbitrary.test(v),
      ),
    ],
  ],
  "font-features": [["font-features", (v) => arbitrary.test(v)]],
  leading: [["leading", or((v) => /^(none|tight|snug|normal|relaxed|loose)$/.test(v), spacing)]],
  tracking: [["tracking", or((v) => /^(tighter|tight|normal|wide|wider|widest)$/.test(v), isCustom)]],
  "line-clamp": [["line-clamp", or(isNumber, (v) => v === "none", isCustom)]],
  list: [
    ["list-style-position", "inside outside"],
    ["list-style-type", or((v) => /^(disc|decimal|none)$/.test(v), isCustom)],
  ],
  decoration: [
    ["text-decoration-style", `${lineStyle} wavy`],
    ["text-decoration-thickness", or(isNumber, (v) => v === "from-font" || v === "auto", isCustomLength)],
    ["text-decoration-color", or(color, isCustom)],
  ],
  "underline-offset": [["underline-offset", or(isNumber, (v) => v === "auto", isCustom)]],
  indent: [["indent", spacing]],
  align: [
    [
      "vertical-align",
      or((v) => /^(baseline|top|middle|bottom|text-top|text-bottom|sub|super)$/.test(v), isCustom),
    ],
  ],
  whitespace: [["whitespace", "normal nowrap pre pre-line pre-wrap break-spaces"]],
  break: [["break", "normal words all keep"]],
  "break-before": [["break-before", "auto avoid all avoid-page page left right column"]],
  "break-after": [["break-after", "auto avoid all avoid-page page left right column"]],
  "break-inside": [["break-inside", "auto avoid avoid-page avoid-column"]],
  "bg-clip": [["bg-clip", "border padding content text"]],
  "bg-origin": [["bg-origin", "border padding content"]],
  "bg-blend": [
    [
      "bg-blend",
      "normal multiply screen overlay darken lighten color-dodge color-burn hard-light soft-light difference exclusion hue saturation color luminosity",
    ],
  ],
  "bg-linear": [["bg-image", or((v) => /^to-(t|tr|r|br|b|bl|l|tl)$/.test(v), isInteger, isCustom)]],
  "bg-radial": [["bg-image", or((v) => v === "", isCustom)]],
  "bg-conic": [["bg-image", or((v) => v === "", isInteger, isCustom)]],
  "bg-position": [["bg-position", isCustom]],
  "bg-size": [["bg-size", isCustom]],
  bg: [
    ["bg-attachment", "fixed local scroll"],
    [
      "bg-position",
      "center top bottom left right top-left left-top top-right right-top bottom-right right-bottom bottom-left left-bottom",
    ],
    ["bg-repeat", "no-repeat repeat repeat-x repeat-y repeat-space repeat-round"],
    ["bg-size", "auto cover contain"],
    [
      "bg-image",
      or(
        (v) => v === "none",
        custom(["image", "url"], (v) =>
          /^(url|image|image-set|cross-fade|element|(repeating-)?(linear|radial|conic)-gradient)\(.+\)$/.test(
            v,
          ),
        ),
        custom(["image", "url"], () => false),
      ),
    ],
    ["bg-position", custom(["position", "percentage"], () => false)],
    ["bg-size", custom(["length", "size", "bg-size"], () => false)],
    ["bg-color", or(color, isCustom)],
  ],
  rounded: [["rounded", radius]],
  ...Object.fromEntries(
    ["s", "e", "t", "r", "b", "l", "ss", "se", "ee", "es", "tl", "tr", "br", "bl"].map((side) => [
      `rounded-${side}`,
      [[`rounded-${side}`, radius]],
    ]),
  ),
  border: [
    ["border-w", borderWidth],
    ["border-style", `${lineStyle} hidden none`],
    ["border-color", or(color, isCustom)],
  ],
  ...Object.fromEntries(
    ["x", "y", "s", "e", "bs", "be", "t", "r", "b", "l"].map((side) => [
      `border-${side}`,
      [
        [`border-w-${side}`, borderWidth],
        [`border-color-${side}`, or(color, isCustom)],
      ],
    ]),
  ),
  "border-spacing": [["border-spacing", spacing]],
  "border-spacing-x": [["border-spacing-x", spacing]],
  "border-spacing-y": [["border-spacing-y", spacing]],
  "divide-x": [["divide-x", borderWidth]],
  "divide-y": [["divide-y", borderWidth]],
  divide: [
    ["divide-style", `${lineStyle} hidden none`],
    ["divide-color", or(color, isCustom)],
  ],
  outline: [
    ["outline-style", `${lineStyle} none hidden`],
    ["outline-w", or((v) => v === "", isNumber, isCustomLength)],
    ["outline-color", or(color, isCustom)],
  ],
  "outline-offset": [["outline-offset", or(isNumber, isCustom)]],
  shadow: [
    ["shadow", or((v) => v === "" || v === "inner" || v === "none", isTshirt, isCustomShadow)],
    ["shadow-color", or(color, isCustom)],
  ],
  ring: [
    ["ring-w", borderWidth],
    ["ring-color", or(color, isCustom)],
  ],
  "ring-offset": [
    ["ring-offset-w", or(isNumber, custom(["length"], isLength))],
    ["ring-offset-color", or(color, isCustom)],
  ],
  accent: [["accent", or((v) => v === "auto" || color(v), isCustom)]],
  caret: [["caret", or(color, isCustom)]],
  fill: [["fill", or((v) => v === "none" || color(v), isCustom)]],
  stroke: [
    ["stroke-w", or(isNumber, custom(["length", "number", "percentage"], isLength))],
    ["stroke", or(color, isCustom)],
  ],
  opacity: [["opacity", or(isNumber, isCustom)]],
  transition: [
    ["transition", or((v) => /^(|all|colors|opacity|shadow|transform|none)$/.test(v), isCustom)],
    ["transition-behavior", "normal discrete"],
  ],
  duration: [["duration", or(isNumber, (v) => v === "initial", isCustom)]],
  ease: [["ease", or((v) => /^(linear|initial|in|out|in-out)$/.test(v), isCustom)]],
  delay: [["delay", or(isNumber, isCustom)]],
  animate: [["animate", or((v) => /^(none|spin|ping|pulse|bounce)$/.test(v), isCustom)]],
  cursor: [["cursor", or((v) => /^[a-z]+(-[a-z]+)*$/.test(v), isCustom)]],
  select: [["select", "none text all auto"]],
  "pointer-events": [["pointer-events", "auto none"]],
  resize: [
    ["resize", "none x y"],
    ["resize", (v) => v === ""],
  ],
};

/** Utilities that are a whole class name (`hidden`, `italic`), by group. */
const standalone: Record<string, string> = {};
for (const [group, names] of Object.entries({
  display:
    "block inline-block inline flex inline-flex table inline-table table-caption table-cell table-column table-column-group table-footer-group table-header-group table-row-group table-row flow-root grid inline-grid contents list-item hidden",
  position: "static fixed absolute relative sticky",
  visibility: "visible invisible collapse",
  sr: "sr-only not-sr-only",
  "font-style": "italic not-italic",
  "font-smoothing": "antialiased subpixel-antialiased",
  "text-decoration": "underline overline line-through no-underline",
  "text-transform": "uppercase lowercase capitalize normal-case",
  "text-overflow": "truncate",
  "fvn-normal": "normal-nums",
  "fvn-ordinal": "ordinal",
  "fvn-slashed-zero": "slashed-zero",
  "fvn-figure": "lining-nums oldstyle-nums",
  "fvn-spacing": "proportional-nums tabular-nums",
  "fvn-fraction": "diagonal-fractions stacked-fractions",
  isolation: "isolate isolation-auto",
  "ring-w-inset": "ring-inset",
  "border-collapse": "border-collapse border-separate",
  "space-x-reverse": "space-x-reverse",
  "space-y-reverse": "space-y-reverse",
  "divide-x-reverse": "divide-x-reverse",
  "divide-y-reverse": "divide-y-reverse",
  container: "container",
}))
  for (const name of names.split(" ")) standalone[name] = group;

const sides = (prefix: string, all: string[]) => all.map((s) => `${prefix}${s}`);
/** A class of the key group also overrides earlier classes of these groups (`p-2` overrides `px-4`). */
const conflicts: Record<string, string[]> = {
  overflow: ["overflow-x", "overflow-y"],
  inset: ["inset-x", "inset-y", "start", "end", "top", "right", "bottom", "left"],
  "inset-x": ["start", "end", "right", "left"],
  "inset-y": ["top", "bottom"],
  flex: ["basis", "grow", "shrink"],
  gap: ["gap-x", "gap-y"],
  p: sides("p", ["x", "y", "s", "e", "t", "r", "b", "l"]),
  px: sides("p", ["s", "e", "r", "l"]),
  py: sides("p", ["t", "b"]),
  m: sides("m", ["x", "y", "s", "e", "t", "r", "b", "l"]),
  mx: sides("m", ["s", "e", "r", "l"]),
  my: sides("m", ["t", "b"]),
  "scroll-m": sides("scroll-m", ["x", "y", "s", "e", "t", "r", "b", "l"]),
  "scroll-mx": sides("scroll-m", ["s", "e", "r", "l"]),
  "scroll-my": sides("scroll-m", ["t", "b"]),
  "scroll-p": sides("scroll-p", ["x", "y", "s", "e", "t", "r", "b", "l"]),
  "scroll-px": sides("scroll-p", ["s", "e", "r", "l"]),
  "scroll-py": sides("scroll-p", ["t", "b"]),
  size: ["w", "h"],
  translate: ["translate-x", "translate-y", "translate-none"],
  "translate-none": ["translate", "translate-x", "translate-y"],
  "font-size": ["leading"],
  "fvn-normal": ["fvn-ordinal", "fvn-slashed-zero", "fvn-figure", "fvn-spacing", "fvn-fraction"],
  "fvn-ordinal": ["fvn-normal"],
  "fvn-slashed-zero": ["fvn-normal"],
  "fvn-figure": ["fvn-normal"],
  "fvn-spacing": ["fvn-normal"],
  "fvn-fraction": ["fvn-normal"],
  "line-clamp": ["display", "overflow"],
  rounded: sides("rounded-", ["s", "e", "t", "r", "b", "l", "ss", "se", "ee", "es", "tl", "tr", "br", "bl"]),
  "rounded-s": ["rounded-ss", "rounded-es"],
  "rounded-e": ["rounded-se", "rounded-ee"],
  "rounded-t": ["rounded-tl", "rounded-tr"],
  "rounded-r": ["rounded-tr", "rounded-br"],
  "rounded-b": ["rounded-br", "rounded-bl"],
  "rounded-l": ["rounded-tl", "rounded-bl"],
  "border-w": sides("border-w-", ["x", "y", "s", "e", "t", "r", "b", "l"]),
  "border-w-x": sides("border-w-", ["s", "e", "r", "l"]),
  "border-w-y": sides("border-w-", ["t", "b"]),
  "border-color": sides("border-color-", ["x", "y", "s", "e", "t", "r", "b", "l"]),
  "border-color-x": sides("border-color-", ["s", "e", "r", "l"]),
  "border-color-y": sides("border-color-", ["t", "b"]),
};

/** Splits on `separator` outside brackets and parentheses (`p-(--gap)` is "p" and "(--gap)"). */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") depth--;
    else if (depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, text.slice(start)];
}

/** The group of a utility without variants, e.g. "px" for `px-4`, "text-color" for `text-red-700`. */
function groupOf(utility: string): string | undefined {
  if (utility.startsWith("[") && utility.endsWith("]")) {
    const colon = utility.indexOf(":");
    return colon > 1 ? `[${utility.slice(1, colon)}]` : undefined;
  }
  const name = utility.startsWith("-") ? utility.slice(1) : utility;
  if (standalone[name]) return standalone[name];
  const parts = splitOutside(name, "-");
  if (parts.includes("")) return undefined;
  // The longest known prefix decides (`border-t-2` before `border`); its keywords before its tests.
  for (let at = parts.length; at > 0; at--) {
    const prefixRules = rules[parts.slice(0, at).join("-")];
    if (!prefixRules) continue;
    const value = parts.slice(at).join("-");
    const rule =
      prefixRules.find(([, values]) => typeof values === "string" && values.split(" ").includes(value)) ??
      prefixRules.find(([, values]) => typeof values === "function" && values(value));
    if (rule) return rule[0];
  }
  return undefined;
}

const orderSensitive = new Set([
  "*",
  "**",
  "after",
  "backdrop",
  "before",
  "details-content",
  "file",
  "first-letter",
  "first-line",
  "marker",
  "placeholder",
  "selection",
]);

/** Variants in a canonical order (`hover:focus:` = `focus:hover:`), except where their order matters. */
function variantKey(variants: string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  for (const v of variants) {
    if (v.startsWith("[") || orderSensitive.has(v)) {
      out.push(...run.sort(), v);
      run = [];
    } else run.push(v);
  }
  return [...out, ...run.sort()].join(":");
}

/** Splits `md:hover:!px-4/50` into its variants, importance, utility and whether it has a `/` modifier. */
function parse(className: string) {
  const variants: string[] = [];
  let depth = 0;
  let start = 0;
  let slash = -1;
  for (let i = 0; i < className.length; i++) {
    const c = className[i];
    if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") depth--;
    else if (depth === 0 && c === ":") {
      variants.push(className.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && c === "/") slash = i;
  }
  let utility = className.slice(start);
  let important = false;
  if (utility.endsWith("!")) [utility, important] = [utility.slice(0, -1), true];
  else if (utility.startsWith("!")) [utility, important] = [utility.slice(1), true];
  return {
    variants,
    important,
    utility,
    slash: slash > start ? slash - start - (className[start] === "!" ? 1 : 0) : -1,
  };
}

function mergeClasses(classList: string): string {
  const taken = new Set<string>();
  const kept: string[] = [];
  const classNames = classList.trim().split(/\s+/);
  for (let i = classNames.length - 1; i >= 0; i--) {
    const className = classNames[i]!;
    if (!className) continue;
    const { variants, important, utility, slash } = parse(className);
    // A `/` modifier (`bg-red-500/50`, `text-sm/6`) is not part of the group, except in values like `w-1/2`.
    let withModifier = slash > 0;
    let group = withModifier ? groupOf(utility.slice(0, slash)) : groupOf(utility);
    if (!group && withModifier) {
      group = groupOf(utility);
      withModifier = false;
    }
    if (!group) {
      kept.push(className);
      continue;
    }
    const scope = variantKey(variants) + (important ? "!" : "");
    if (taken.has(scope + group)) continue;
    taken.add(scope + group);
    for (const other of conflicts[group] ?? []) taken.add(scope + other);
    // `text-sm/6` also sets the line height.
    if (withModifier && group === "font-size") taken.add(`${scope}leading`);
    kept.push(className);
  }
  return kept.reverse().join(" ");
}
