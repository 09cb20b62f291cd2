/**
 * Global setup of the integration tests' vitest runs (each package's vitest.integration.config.ts): builds the run's
 * template database once, by running the migration files in order, so every test database is a copy of it
 * (test-database.ts) and the tests still prove that the migrations make a working schema; drops it at the end.
 */
import pg from "pg";
import { databaseUrl, setTestTemplateDatabase } from "./env";
import { createMigratedDatabase, uniqueDatabaseName } from "./test-database";

export default async function setup() {
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  const name = uniqueDatabaseName("template");
  try {
    await createMigratedDatabase(admin, name);
  } finally {
    await admin.end();
  }
  // Read by createTestDatabase in the test workers, which start after this setup with its environment.
  setTestTemplateDatabase(name);
  return async function teardown() {
    const dropper = new pg.Client({ connectionString: databaseUrl() });
    await dropper.connect();
    try {
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await dropper.end();
    }
  };
}
