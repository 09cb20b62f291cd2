import { describe, expect, it } from "vitest";
import { poolConfig, poolDefaults } from "./pool";

const url = "postgresql://u:p@localhost:5432/portal";

describe("poolConfig", () => {
  it("sets every limit deliberately when nothing is configured", () => {
    expect(poolConfig(url, {})).toEqual({
      connectionString: url,
      max: poolDefaults.size,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 30_000,
    });
  });

  it("takes each limit from the environment, 0 turning a timeout off", () => {
    const config = poolConfig(url, {
      DATABASE_POOL_SIZE: "25",
      DATABASE_CONNECT_TIMEOUT_MS: "1500",
      DATABASE_STATEMENT_TIMEOUT_MS: "0",
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "60000",
    });
    expect(config).toMatchObject({
      max: 25,
      connectionTimeoutMillis: 1500,
      statement_timeout: 0,
      idle_in_transaction_session_timeout: 60_000,
    });
  });

  it("leaves maintenance commands (seeds) uncut by the request timeouts, unless given a limit of their own", () => {
    const requestLimits = {
      DATABASE_POOL_SIZE: "4",
      DATABASE_CONNECT_TIMEOUT_MS: "1500",
      DATABASE_STATEMENT_TIMEOUT_MS: "1",
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "1",
    };
    expect(poolConfig(url, requestLimits, "maintenance")).toEqual({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 1500,
      statement_timeout: 0,
      idle_in_transaction_session_timeout: 0,
    });
    expect(
      poolConfig(
        url,
        { ...requestLimits, DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS: "600000" },
        "maintenance",
      ),
    ).toMatchObject({ statement_timeout: 600_000, idle_in_transaction_session_timeout: 0 });
  });

  it("refuses values that are not whole non-negative numbers, and an empty pool", () => {
    expect(() => poolConfig(url, { DATABASE_POOL_SIZE: "ten" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => poolConfig(url, { DATABASE_POOL_SIZE: "0" })).toThrow(/at least 1/);
    expect(() => poolConfig(url, { DATABASE_STATEMENT_TIMEOUT_MS: "-5" })).toThrow(/STATEMENT/);
    expect(() =>
      poolConfig(url, { DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS: "soon" }, "maintenance"),
    ).toThrow(/MAINTENANCE_STATEMENT/);
  });
});
