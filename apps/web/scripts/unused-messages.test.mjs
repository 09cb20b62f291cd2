// Every English message is used by the code (node --test, part of the web `test`; ~1-3 s). How uses are found, and
// what to do when a key reached from another file is reported: scripts/unused-messages.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findUnused } from "./unused-messages.mjs";

test("no message key is unused (remove it in every locale, or list a dynamic use in unused-messages.mjs)", () => {
  assert.deepEqual(findUnused().unused, []);
});
