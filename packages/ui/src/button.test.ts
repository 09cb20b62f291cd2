import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, buttonVariants } from "./button";

describe("Button asChild", () => {
  it("puts the button's classes and props on its child, the child's own props winning", () => {
    const link = h("a", { href: "/next", className: "extra", title: "from link" }, "Next");
    const html = renderToStaticMarkup(
      h(
        Button,
        { asChild: true, variant: "secondary", size: "sm", title: "from button", "aria-label": "x" },
        link,
      ),
    );
    expect(html).toBe(
      `<a href="/next" class="${buttonVariants({ variant: "secondary", size: "sm" })} extra" title="from link" aria-label="x">Next</a>`,
    );
  });

  it("runs both click handlers (the child's first) and joins styles", () => {
    const calls: string[] = [];
    const link = h("a", { href: "/", onClick: () => calls.push("link"), style: { color: "blue" } });
    const element = Button({
      asChild: true,
      onClick: () => calls.push("button"),
      style: { color: "red", margin: 0 },
      children: link,
    });
    // Button renders the slot, which returns the child with the merged props.
    const slot = element.type as (props: object) => ReactElement<{ onClick: () => void; style: object }>;
    const child = slot(element.props as object);
    child.props.onClick();
    expect(calls).toEqual(["link", "button"]);
    expect(child.props.style).toEqual({ color: "blue", margin: 0 });
  });

  it("is a plain button of type button otherwise", () => {
    expect(renderToStaticMarkup(h(Button, null, "Save"))).toBe(
      `<button class="${buttonVariants({})}" type="button">Save</button>`,
    );
  });
});
