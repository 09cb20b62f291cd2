import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { withDatasourceUrl } from "./prisma-migrate.mjs";

const prisma7 = `generator client {
  provider = "prisma-client"
  output   = "../src/generated/prisma"
}

datasource db {
  provider = "postgresql"
}

model Thing {
  id String @id
}
`;

test("puts the url line back under the datasource's provider, and changes nothing else", () => {
  assert.equal(
    withDatasourceUrl(prisma7),
    prisma7.replace(
      '  provider = "postgresql"\n',
      '  provider = "postgresql"\n  url      = env("DATABASE_URL")\n',
    ),
  );
});

test("keeps a schema that already has a url as it is", () => {
  const prisma6 = withDatasourceUrl(prisma7);
  assert.equal(withDatasourceUrl(prisma6), prisma6);
});

test("refuses a schema without a datasource or without a provider", () => {
  assert.throws(() => withDatasourceUrl("model Thing {\n  id String @id\n}\n"), /no datasource/);
  assert.throws(() => withDatasourceUrl("datasource db {\n}\n"), /no provider/);
});

test("the project's schema gets exactly one url line, in its datasource", () => {
  const schema = readFileSync(new URL("../prisma/schema.prisma", import.meta.url), "utf8");
  const derived = withDatasourceUrl(schema);
  assert.equal(derived.match(/^\s*url\s*=/gm)?.length, 1);
  assert.match(
    derived,
    /datasource db \{\n {2}provider = "postgresql"\n {2}url {6}= env\("DATABASE_URL"\)\n\}/,
  );
  assert.equal(derived.replace(/^ {2}url .*\n/m, ""), schema);
});
